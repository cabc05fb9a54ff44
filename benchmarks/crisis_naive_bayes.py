"""The detector's former backstop, kept as the baseline the new model (bot/policy/crisis/model.py) is measured
against: small naive-Bayes models over words and word pairs, trained on the labelled messages. It was
shipped as word counts until the logistic model replaced it; `benchmarks.crisis_detection --held-out`
still trains it on the sets before each blind set, with its old margins, to print the "before" figures.

The signs decide first, and a worker can be told which they saw. The model only adds, and only when sure:
  acute     when "acute" is at least e^4 (about 55) times likelier than both other levels;
  worrying  when no sign at all was seen and a crisis level is at least e^4 times likelier than "none".
Both margins were chosen on a blind set the model had not been trained on (blind3 for acute, where the model
alone then lifted 1 of 113 harmless messages; blind2 for worrying, 2.5 %). A second model names the kind.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from bot.policy.crisis.signs import DangerKind
from bot.policy.crisis.tokens import Words, read, skeleton

LEVELS = ("acute", "worrying", "none")
KINDS: tuple[DangerKind, ...] = ("suicide", "overdose", "violence")
MARGIN = 4.0

Opinion = Literal["acute", "worrying"]


def features(text: str | Words) -> list[str]:
    """The words of `text` as the detector reads them, and each pair of neighbouring words."""
    words = [skeleton(word) for word in (read(text) if isinstance(text, str) else text).words]
    return words + [f"{first} {second}" for first, second in zip(words, words[1:], strict=False)]


@dataclass(frozen=True)
class WordCounts:
    """How often each feature occurred in the messages of each class, and how many messages each class had."""

    classes: tuple[str, ...]
    priors: tuple[int, ...]
    counts: dict[str, tuple[int, ...]]

    @classmethod
    def train(cls, classes: tuple[str, ...], labelled: Iterable[tuple[str, str]]) -> WordCounts:
        """From (class, text) pairs."""
        priors: Counter[str] = Counter()
        counts: dict[str, list[int]] = {}
        for name, text in labelled:
            priors[name] += 1
            for feature in features(text):
                counts.setdefault(feature, [0] * len(classes))[classes.index(name)] += 1
        return cls(classes, tuple(priors[name] for name in classes), {f: tuple(c) for f, c in counts.items()})

    @cached_property
    def _weights(self) -> tuple[tuple[float, ...], dict[str, tuple[float, ...]]]:
        """Each class's log-probability of a feature it never had (Laplace smoothing), and of each known."""
        size = len(self.counts) + 1
        totals = [sum(counts[index] for counts in self.counts.values()) for index in range(len(self.classes))]
        unseen = tuple(-math.log(total + size) for total in totals)
        known = {
            feature: tuple(base + math.log(count + 1) for base, count in zip(unseen, counts, strict=True))
            for feature, counts in self.counts.items()
        }
        return unseen, known

    def log_odds(self, text: str | Words) -> list[float]:
        """The log-likelihood of each class for `text`, in the order of `classes`."""
        unseen, known = self._weights
        everyone = sum(self.priors)
        odds = [math.log(prior / everyone) if prior else -math.inf for prior in self.priors]
        for feature in features(text):
            for index, weight in enumerate(known.get(feature, unseen)):
                odds[index] += weight
        return odds

    def as_json(self) -> dict[str, object]:
        return {"classes": self.classes, "priors": self.priors, "counts": dict(sorted(self.counts.items()))}

    @classmethod
    def from_json(cls, data: dict[str, list[object]]) -> WordCounts:
        counts = {str(key): tuple(value) for key, value in data["counts"].items()}  # type: ignore[attr-defined]
        return cls(tuple(data["classes"]), tuple(data["priors"]), counts)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Backstop:
    """The level model and the kind model."""

    levels: WordCounts
    kinds: WordCounts

    def opinion(self, words: str | Words, anything_seen: bool) -> Opinion | None:
        """The model's level when it is sure (see the module's docstring). `anything_seen`: the signs made
        something of the message (a level, a negation): then the model may still say acute, not worrying."""
        acute, worrying, none = self.levels.log_odds(words)
        if acute - max(worrying, none) > MARGIN:
            return "acute"
        if not anything_seen and max(acute, worrying) - none > MARGIN:
            return "worrying"
        return None

    def kind(self, words: str | Words) -> DangerKind:
        odds = self.kinds.log_odds(words)
        return KINDS[odds.index(max(odds))]

    def as_json(self) -> str:
        return json.dumps(
            {"levels": self.levels.as_json(), "kinds": self.kinds.as_json()}, ensure_ascii=False
        )

    @classmethod
    def from_json(cls, text: str) -> Backstop:
        data = json.loads(text)
        return cls(WordCounts.from_json(data["levels"]), WordCounts.from_json(data["kinds"]))

    @classmethod
    def train(cls, labelled: Iterable[tuple[str | None, str | None, str]]) -> Backstop:
        """From (level, kind, text) triples; level None is a harmless message."""
        messages = list(labelled)
        levels = WordCounts.train(LEVELS, ((level or "none", text) for level, _, text in messages))
        kinds = WordCounts.train(KINDS, ((kind, text) for level, kind, text in messages if level and kind))
        return cls(levels, kinds)
