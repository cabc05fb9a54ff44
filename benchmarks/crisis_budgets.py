"""What other threshold budgets would do to the whole detector, on the training sets, without peeking.

    python -m benchmarks.crisis_model --write --scores /tmp/cv.json   # keeps each message's unseen scores
    python -m benchmarks.crisis_budgets /tmp/cv.json

Each training message is judged by today's signs and by the model's score from the cross-validation fold
that left its set out (so the model never saw it); the thresholds are then taken at several budgets from
those same scores. The signs have seen these sets, so the levels are flattering; the differences between
budgets are what this is for. It chose 3 % for acute and worrying (from 2 %) before blind11 and blind12
were measured: acute recall 0.922 → 0.930 at false alarms 0.019 → 0.020, caught 0.951 → 0.963 at false
alarms at either level 0.101 → 0.111 (15,361 messages, December 2026). A later round (18,561 messages,
blind15 and blind16 trained on) raised the worrying budget to 5 %, for caught, the goal not met on any sealed
set: caught 0.973 → 0.979 at false alarms at either level 0.102 → 0.110, acute recall and its false alarms
unchanged (0.944 / 0.016). A reply in a thread and a message of fewer than five words keep 3 %
(`Thresholds.short_worrying`): on the thread sets, 5 % caught 0.903 → 0.927 but marked 0.196 → 0.241 of
everyday replies, where the worker's question is read anyway; and "hallo 3" was worrying (a test of a
stranger's flood found it). Both cost 0.001 caught on the training sets.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.crisis_detection import SETS, load, score
from benchmarks.crisis_model import Unseen, own_words
from bot.policy.crisis import Assessment
from bot.policy.crisis.assess import by_signs, combine
from bot.policy.crisis.model import Model, Scores, shipped
from bot.policy.crisis.tokens import Words, read

BUDGETS = (
    (0.02, 0.02, 0.02),
    (0.025, 0.02, 0.02),
    (0.03, 0.02, 0.02),
    (0.03, 0.03, 0.02),
    (0.04, 0.04, 0.02),
)


@dataclass(frozen=True)
class _Unseen(Model):
    """The shipped model's kinds, with each message's cross-validated scores instead of its own."""

    unseen: dict[tuple[str, ...], Scores] = field(default_factory=dict)

    def scores(self, text: str | Words) -> Scores:
        words = text if isinstance(text, Words) else read(text)
        return self.unseen[words.words]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.crisis_budgets", description=__doc__)
    parser.add_argument("scores", type=Path, help="the file `benchmarks.crisis_model --scores` wrote")
    args = parser.parse_args(argv)
    data = json.loads(args.scores.read_text(encoding="utf-8"))
    groups = [load(name) for name in SETS if name in data["sets"]] + [own_words()]
    messages = [message for group in groups for message in group]
    scored = [Scores(acute, crisis) for acute, crisis in data["scores"]]
    if len(scored) != len(messages):
        raise SystemExit("the scores are of other sets: train again with --scores")
    unseen = Unseen.of(messages, scored)
    read_once = {message.text: read(message.text) for message in messages}
    by_words = {read_once[m.text].words: s for m, s in zip(messages, scored, strict=True)}
    signs = {words.words: by_signs(words) for words in read_once.values()}
    labelled = [message for group in groups[:-1] for message in group]
    base = shipped()
    for acute, worrying, doubt in BUDGETS:
        thresholds = unseen.thresholds(acute=acute, worrying=worrying, doubt=doubt)
        model = _Unseen(base.weights, base.bias, thresholds, by_words)

        def judge(text: str, model: Model = model) -> Assessment:
            words = read(text)
            return combine(signs[words.words], words, model)

        figures = score(labelled, judge)
        print(
            f"budgets acute {acute:g} worrying {worrying:g} doubt {doubt:g} "
            f"({thresholds.acute:+.3f} / {thresholds.worrying:+.3f} / {thresholds.doubt:+.3f}): "
            f"acute recall {figures.acute_recall:.3f}, false alarms {figures.false_alarm:.3f}; "
            f"caught {figures.caught_share:.3f}, false alarms at either level {figures.false_any_share:.3f}"
        )


if __name__ == "__main__":
    main()
