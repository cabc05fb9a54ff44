"""Each blind set measured by a detector that never saw it (`python -m benchmarks.crisis_detection
--held-out`; see that module's docstring). For blind set k: the model is trained, and its thresholds
chosen, on dev and the blind sets before k only; the signs are those of k's first sight.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import replace

from benchmarks.crisis_detection import SETS, Labelled, Score, load, score
from benchmarks.crisis_first_sight import RECORD
from benchmarks.crisis_model import ACUTE_BUDGET, DOUBT_BUDGET, Unseen, model_alone, train
from benchmarks.crisis_naive_bayes import MARGIN, Backstop
from bot.policy.crisis import NOTHING, Assessment
from bot.policy.crisis.assess import (
    ASKED,
    HARMLESS_USE,
    LONG_AGO,
    NEGATED,
    RESEMBLES_CRISIS,
    by_signs,
    combine,
)
from bot.policy.crisis.model import Model
from bot.policy.crisis.tokens import read

Judge = Callable[[str], Assessment]
BLIND = [
    name for name in SETS if name.startswith(("blind", "train"))
]  # each written by someone blind to the rest


def first_sight(name: str) -> Judge:
    """The signs as they were when `name` was first measured."""
    said = json.loads(RECORD.read_text(encoding="utf-8"))[name]["said"]

    def judge(text: str) -> Assessment:
        level, kind, signs = said[text]
        return Assessment(level, kind, tuple(signs)) if level or signs else NOTHING

    return judge


def with_naive_bayes(signs: Judge, model: Backstop) -> Judge:
    """The former combination (assess.py before the logistic model): the backstop only adds."""

    def judge(text: str) -> Assessment:
        decided = signs(text)
        if decided.acute or {HARMLESS_USE, NEGATED, LONG_AGO, ASKED} & set(decided.signs):
            return decided
        words = read(text)
        opinion = model.opinion(words, anything_seen=decided is not NOTHING)
        if opinion == "acute":
            return Assessment("acute", decided.kind or model.kind(words), (*decided.signs, RESEMBLES_CRISIS))
        if opinion == "worrying" and decided.level is None:
            return Assessment("worrying", None, (*decided.signs, RESEMBLES_CRISIS))
        return decided

    return judge


def naive_bayes_alone(model: Backstop) -> Judge:
    def judge(text: str) -> Assessment:
        acute, worrying, none = model.levels.log_odds(text)
        if acute - max(worrying, none) > MARGIN:
            return Assessment("acute", model.kind(text), ("model",))
        if max(acute, worrying) - none > MARGIN:
            return Assessment("worrying", model.kind(text), ("model",))
        return NOTHING

    return judge


def with_model(signs: Judge, model: Model) -> Judge:
    return lambda text: combine(signs(text), read(text), model)


def line(label: str, figures: Score) -> str:
    return (
        f"  {label:<34} acute recall {figures.acute_recall:.3f} ({figures.acute_found:>3}/{figures.acute:<3})"
        f"  false alarms {figures.false_alarm:.3f} ({figures.false_acute:>2}/{figures.harmless:<3})"
        f"  caught {figures.caught_share:.3f} ({figures.caught:>3}/{figures.crisis:<3})"
        f"  any level {figures.false_any_share:.3f}"
    )


def held_out() -> list[str]:
    lines = ["held out: each blind set by signs at its first sight and a model trained on the sets before it"]
    pooled: dict[str, list[tuple[Labelled, Assessment]]] = {}
    unseens: list[tuple[str, Model, Unseen]] = []
    for index, name in enumerate(BLIND):
        before = ["dev", *BLIND[:index]]
        test = load(name)
        nb = Backstop.train((m.level, m.kind, m.text) for m in (m for s in before for m in load(s)))
        model, unseen = train([load(s) for s in before])
        unseens.append((name, model, unseen))
        signs = first_sight(name)
        judges: dict[str, Judge] = {
            "signs at first sight alone": signs,
            "before: + naive Bayes backstop": with_naive_bayes(signs, nb),
            "after:  + the new model": with_model(signs, model),
            "naive Bayes alone": naive_bayes_alone(nb),
            "the new model alone": model_alone(model),  # type: ignore[dict-item]
            "today's signs + held-out model (seen)": with_model(lambda text: by_signs(read(text)), model),
        }
        lines.append(f"{name} (model trained on {' + '.join(before)}; thresholds {model.thresholds}):")
        for label, judge in judges.items():
            lines.append(line(label, score(test, judge)))
            said = [(message, judge(message.text)) for message in test]
            pooled.setdefault(label, []).extend(said)
    lines.append("all the blind sets together:")
    for label, said in pooled.items():
        lines.append(line(label, score([m for m, _ in said], dict((m.text, a) for m, a in said).__getitem__)))
    lines.append(
        "other budgets (share of cross-validated harmless messages the model alone may call acute, of acute"
        " ones it may lower), all the blind sets together, signs at first sight + the new model; the shipped"
        f" budgets are {ACUTE_BUDGET:g} and {DOUBT_BUDGET:g}, fixed before any of these were measured:"
    )
    for acute, doubt in itertools.product((0.01, 0.02, 0.05, 0.1), (0.0, 0.02, 0.05, 0.1)):
        said = {}
        for name, model, unseen in unseens:
            budgeted = replace(model, thresholds=unseen.thresholds(acute=acute, doubt=doubt))
            judge = with_model(first_sight(name), budgeted)
            said.update({m.text: judge(m.text) for m in load(name)})
        everything = [m for name in BLIND for m in load(name)]
        lines.append(line(f"acute {acute:<4g} doubt {doubt:<4g}", score(everything, said.__getitem__)))
    return lines
