"""The model beside the signs: a naive-Bayes over words and word pairs (bot/policy/crisis/backstop.py),
measured the way the signs were: trained on the sets written before a blind set, tested on that set.

    python -m benchmarks.crisis_model          # the model alone, per blind set; and as the signs' backstop
    python -m benchmarks.crisis_model --write  # train on every labelled set and write backstop.json
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.crisis_detection import SETS, Labelled, load, score
from bot.policy.crisis import Assessment, assess
from bot.policy.crisis.backstop import MARGIN, RESOURCE, Backstop

SHIPPED = Path(__file__).resolve().parent.parent / "bot" / "policy" / "crisis" / RESOURCE
BLIND = [name for name in SETS if name.startswith("blind")]


def trained(messages: list[Labelled]) -> Backstop:
    return Backstop.train((message.level, message.kind, message.text) for message in messages)


def as_judge(model: Backstop, margin: float) -> object:
    """The model alone: the likelier crisis level when it beats "none" by `margin`."""

    def judge(text: str) -> Assessment:
        acute, worrying, none = model.levels.log_odds(text)
        if max(acute, worrying) - none <= margin:
            return Assessment(None, None, ())
        return Assessment("acute" if acute >= worrying else "worrying", model.kind(text), ("model",))

    return judge


def line(name: str, messages: list[Labelled], judge: object) -> str:
    s = score(messages, judge)  # type: ignore[arg-type]
    return (
        f"  {name:<40} acute recall {s.acute_recall:.3f}  false alarms {s.false_alarm:.3f}  "
        f"caught {s.caught_share:.3f}  false alarms at either level {s.false_any_share:.3f}"
    )


def compare() -> list[str]:
    """The model alone, trained on everything written before each blind set and tested on that set: the
    same footing the signs had at each set's first sight (recorded in each file's head)."""
    lines = ["naive Bayes, trained on the sets written before, tested on each blind set at first sight:"]
    for index, name in enumerate(BLIND):
        before = [message for earlier in ("dev", *BLIND[:index]) for message in load(earlier)]
        model, test = trained(before), load(name)
        lines.append(line(f"{name}, most likely class", test, as_judge(model, 0.0)))
        lines.append(line(f"{name}, only when sure (margin {MARGIN:g})", test, as_judge(model, MARGIN)))
    lines.append("the shipped detector (the signs, and the model as their backstop), on every set:")
    lines += [line(name, load(name), assess) for name in SETS]
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.crisis_model", description=__doc__)
    parser.add_argument("--write", action="store_true", help=f"train on the labelled sets, write {RESOURCE}")
    parser.add_argument("--sets", nargs="*", default=list(SETS), help="the sets to train on (default: all)")
    args = parser.parse_args(argv)
    if args.write:
        messages = [message for name in SETS if name in args.sets for message in load(name)]
        SHIPPED.write_text(trained(messages).as_json() + "\n", encoding="utf-8")
        print(f"{SHIPPED.name}: trained on {len(messages)} messages")
        return
    print("\n".join(compare()))


if __name__ == "__main__":
    main()
