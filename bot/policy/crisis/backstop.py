"""A second opinion for messages the signs let pass: a small naive-Bayes model over words and word pairs,
trained on the project's own labelled messages (tests/corpus/crisis) and shipped as word counts
(backstop.json; `python -m benchmarks.crisis_model --write` makes it again). Nothing is downloaded.

It may only lift a message that no sign flagged to *worrying* (the numbers, and the worker's copy marked),
and only when it is sure: the crisis classes at least e^4 (about 55) times likelier than "harmless". That
margin was chosen on a blind set the model had not been trained on, where the model alone lifted 2.5 % of
harmless messages; acute stays with the signs, which a worker can be told.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

from bot.policy.crisis.tokens import Words, read, skeleton

CLASSES = ("acute", "worrying", "none")
MARGIN = 4.0
RESOURCE = "backstop.json"


def features(text: str | Words) -> list[str]:
    """The words of `text` as the detector reads them, and each pair of neighbouring words."""
    words = [skeleton(word) for word in (read(text) if isinstance(text, str) else text).words]
    return words + [f"{first} {second}" for first, second in zip(words, words[1:], strict=False)]


@dataclass(frozen=True)
class WordCounts:
    """How often each feature occurred in the messages of each class, and how many messages each had."""

    priors: tuple[int, int, int]
    counts: dict[str, tuple[int, int, int]]

    @classmethod
    def train(cls, labelled: Iterable[tuple[str | None, str]]) -> WordCounts:
        """From (level, text) pairs; level None is a harmless message."""
        priors: Counter[str] = Counter()
        counts: dict[str, list[int]] = {}
        for level, text in labelled:
            index = CLASSES.index(level or "none")
            priors[CLASSES[index]] += 1
            for feature in features(text):
                counts.setdefault(feature, [0, 0, 0])[index] += 1
        return cls(
            tuple(priors[name] for name in CLASSES),  # type: ignore[arg-type]
            {feature: (a, w, n) for feature, (a, w, n) in counts.items()},
        )

    @cached_property
    def _weights(self) -> tuple[tuple[float, float, float], dict[str, tuple[float, float, float]]]:
        """Each class's log-probability of a feature it never had (Laplace smoothing), and of each known one."""
        size = len(self.counts) + 1
        totals = [sum(counts[index] for counts in self.counts.values()) for index in range(3)]
        unseen = (-math.log(totals[0] + size), -math.log(totals[1] + size), -math.log(totals[2] + size))
        known = {
            feature: (
                unseen[0] + math.log(counts[0] + 1),
                unseen[1] + math.log(counts[1] + 1),
                unseen[2] + math.log(counts[2] + 1),
            )
            for feature, counts in self.counts.items()
        }
        return unseen, known

    def log_odds(self, text: str | Words) -> tuple[float, float, float]:
        """The log-likelihood of each class for `text`."""
        unseen, known = self._weights
        everyone = sum(self.priors)
        acute, worrying, none = (math.log(self.priors[index] / everyone) for index in range(3))
        for feature in features(text):
            a, w, n = known.get(feature, unseen)
            acute, worrying, none = acute + a, worrying + w, none + n
        return acute, worrying, none

    def margin(self, text: str | Words) -> float:
        """How much likelier (in log terms) the likelier crisis class is than "harmless"."""
        acute, worrying, none = self.log_odds(text)
        return max(acute, worrying) - none

    def as_json(self) -> str:
        return json.dumps({"priors": self.priors, "counts": dict(sorted(self.counts.items()))}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> WordCounts:
        data = json.loads(text)
        return cls(tuple(data["priors"]), {key: tuple(value) for key, value in data["counts"].items()})


@cache
def shipped() -> WordCounts:
    """The model shipped with the package."""
    return WordCounts.from_json(resources.files(__package__).joinpath(RESOURCE).read_text(encoding="utf-8"))


def resembles_crisis(text: str | Words) -> bool:
    """Whether the shipped model is sure enough that `text` is a crisis message to mark it worrying."""
    return shipped().margin(text) > MARGIN
