"""How well the crisis detector does on the project's labelled messages, and how fast it is.

    python -m benchmarks.crisis_detection            # figures on every set in tests/corpus/crisis/
    python -m benchmarks.crisis_detection --misses   # also the messages it got wrong (test data only)
    python -m benchmarks.crisis_detection --held-out # each blind set measured by what never saw it

Recall: of the messages labelled acute, the share the detector calls acute; "caught": of all crisis
messages (acute or worrying), the share it calls either. False alarms: of the harmless messages, the
share it calls acute (or, "any": acute or worrying). Timing: one message of 4,096 characters, and how the
time grows with length (it should double when the length doubles).

--held-out: the figures above are on sets the detector has seen (each blind set was used to tune the signs
and train the model after its first sight), so they say little about a new message. This measures each
blind set the honest way: the model trained, and its thresholds chosen, on the sets written before it only;
the signs as they were at that set's first sight (benchmarks/crisis_first_sight.json: the rules of the
commit named in the set's head, run again). "before" is the former naive-Bayes backstop with its margins,
"after" the logistic model with thresholds from cross-validation (benchmarks/crisis_model.py). The signs of
today beside a held-out model are printed too, for comparison only: those signs have seen every set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from bot.policy.crisis import Assessment, assess
from bot.policy.crisis.assess import MODEL_DOUBTS, RESEMBLES_CRISIS
from bot.policy.crisis.model import shipped

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "crisis"
SETS = (
    "dev", "blind1", "blind2", "blind3", "blind4", "blind5", "train1", "train2", "train3", "train4", "blind6",
    "train5", "train6", "blind7", "train7", "train8", "blind8", "train9", "train10", "train11", "train12",
    "train13", "train14", "train15", "train16", "train17", "train18", "train19", "train20", "train21",
    "train22", "train23", "train24", "train25", "blind9", "blind10", "blind11", "blind12", "blind13",
    "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22",
    "blind23", "blind24",
)  # fmt: skip
UNSEEN: tuple[str, ...] = ("blind21", "blind22", "blind23", "blind24")
"""Sets nothing was tuned or trained on yet: their figures are first sight (see each file's head), and the
goal is not asserted on them. Training on one (`benchmarks.crisis_model --write`) takes it off this list."""
THREADS = ("thread1", "thread2", "thread3", "thread4", "thread5", "thread6", "thread7")
"""Sets of pairs, the worker's message and the citizen's reply (labelled in the light of the message): what
the detector makes of a reply in its thread (bot/policy/crisis/thread.py). Not trained on: the model reads
messages alone."""
PAIRED = " || "
KINDS = ("suicide", "overdose", "violence")


@dataclass(frozen=True)
class Labelled:
    """One message of the labelled set: what a careful worker would want the bot to do with it."""

    level: str | None  # "acute", "worrying" or None
    kind: str | None
    language: str
    text: str
    asked: str | None = None  # in a thread set: the worker's message the text answers


def load(name: str) -> list[Labelled]:
    """The messages of tests/corpus/crisis/NAME.txt (format: see the file's head; a thread set's text is
    "WORKER || REPLY")."""
    messages = []
    for line in (CORPUS / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        level, kind, language, text = line.split(" ", 3)
        asked, _, reply = text.rpartition(PAIRED) if name in THREADS else (None, "", text)
        messages.append(
            Labelled(
                None if level == "none" else level, None if kind == "-" else kind, language, reply, asked
            )
        )
    return messages


def judged(judge: Callable[..., Assessment], message: Labelled) -> Assessment:
    """`judge`'s word on a message: a thread set's reply after the worker's message, with `assess`."""
    if message.asked is not None and judge is assess:
        return assess(message.text, message.asked)
    return judge(message.text)


def alone(text: str) -> Assessment:
    """`assess` without the thread: a thread set's replies read alone, for comparison."""
    return assess(text)


@dataclass(frozen=True)
class Score:
    """The figures of one set (or part of one)."""

    acute: int
    acute_found: int  # labelled acute, called acute
    crisis: int
    caught: int  # labelled acute or worrying, called either
    worrying: int
    escalated: int  # labelled worrying, called acute
    worrying_caught: int  # labelled worrying, called worrying or acute
    harmless: int
    false_acute: int
    false_any: int
    kind_right: int  # labelled crisis with a kind, caught, and given that kind
    kind_named: int

    @property
    def acute_recall(self) -> float:
        return _share(self.acute_found, self.acute)

    @property
    def caught_share(self) -> float:
        return _share(self.caught, self.crisis)

    @property
    def false_alarm(self) -> float:
        return _share(self.false_acute, self.harmless)

    @property
    def false_any_share(self) -> float:
        return _share(self.false_any, self.harmless)


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def score(messages: Iterable[Labelled], judge: Callable[..., Assessment] = assess) -> Score:
    counts = dict.fromkeys(Score.__dataclass_fields__, 0)
    for message in messages:
        said = judged(judge, message)
        if message.level is None:
            counts["harmless"] += 1
            counts["false_acute"] += said.level == "acute"
            counts["false_any"] += said.level is not None
            continue
        counts["crisis"] += 1
        counts["caught"] += said.level is not None
        if message.level == "acute":
            counts["acute"] += 1
            counts["acute_found"] += said.level == "acute"
        else:
            counts["worrying"] += 1
            counts["escalated"] += said.level == "acute"
            counts["worrying_caught"] += said.level is not None
        if message.kind is not None and said.level is not None:
            counts["kind_named"] += 1
            counts["kind_right"] += said.kind == message.kind
    return Score(**counts)


def misses(messages: Iterable[Labelled], judge: Callable[..., Assessment] = assess) -> list[str]:
    """The messages judged otherwise than labelled, with both judgements (for the test set only)."""
    lines = []
    for message in messages:
        said = judged(judge, message)
        wanted = message.level
        wrong = (wanted == "acute" and said.level != "acute") or (wanted == "worrying" and said.level is None)
        wrong = wrong or (wanted is None and said.level is not None) or (wanted == "worrying" and said.acute)
        if wrong:
            signs = ",".join(said.signs)
            lines.append(
                f"  {wanted or 'none':8} → {said.level or 'none':8} {said.kind or '-':8} [{signs}] "
                + (f"{message.asked}{PAIRED}" if message.asked is not None else "")
                + message.text
            )
            if {RESEMBLES_CRISIS, MODEL_DOUBTS} & set(said.signs):  # what the model saw (test data only)
                pushed = shipped().explain(message.text)
                lines.append("           model: " + ", ".join(f"{f!r} {w:+.2f}" for f, w in pushed))
    return lines


def report(name: str, messages: list[Labelled], judge: Callable[..., Assessment] = assess) -> list[str]:
    """The figures of one set as printed lines: overall, per kind, per language."""
    total = score(messages, judge)
    lines = [
        f"{name}: {len(messages)} messages ({total.acute} acute, {total.worrying} worrying, "
        f"{total.harmless} harmless)",
        f"  acute recall {total.acute_recall:.3f} ({total.acute_found}/{total.acute})   "
        f"false alarms {total.false_alarm:.3f} ({total.false_acute}/{total.harmless})",
        f"  acute or worrying caught {total.caught_share:.3f} ({total.caught}/{total.crisis})   "
        f"false alarms at either level {total.false_any_share:.3f} ({total.false_any}/{total.harmless})",
        f"  worrying caught (as worrying or acute) {_share(total.worrying_caught, total.worrying):.3f} "
        f"({total.worrying_caught}/{total.worrying})",
        f"  worrying called acute {_share(total.escalated, total.worrying):.3f} "
        f"({total.escalated}/{total.worrying})   kind named right "
        f"{_share(total.kind_right, total.kind_named):.3f} ({total.kind_right}/{total.kind_named})",
    ]
    for kind in KINDS:
        part = score([m for m in messages if m.kind == kind or m.level is None], judge)
        wrongly = sum(
            1 for m in messages if m.level is None and (said := judged(judge, m)).acute and said.kind == kind
        )
        lines.append(
            f"  {kind:9} acute recall {part.acute_recall:.3f} ({part.acute_found}/{part.acute})  "
            f"caught {part.caught_share:.3f} ({part.caught}/{part.crisis})  "
            f"false alarms as {kind} {_share(wrongly, part.harmless):.3f} ({wrongly}/{part.harmless})"
        )
    for language in ("da", "en"):
        part = score([m for m in messages if m.language == language], judge)
        lines.append(
            f"  {language:9} acute recall {part.acute_recall:.3f}  caught {part.caught_share:.3f}  "
            f"false alarms {part.false_alarm:.3f} (any level {part.false_any_share:.3f})"
        )
    return lines


def long_message(length: int, level: str | None = None) -> str:
    """A message of `length` characters made of the corpus's own messages of one level (harmless ones by
    default: full of the same words as crisis messages, so every phrase gets tried)."""
    words = " ".join(m.text for m in load("dev") if m.level == level)
    return (words * (length // len(words) + 1))[:length]


def milliseconds(text: str, repeats: int = 40) -> tuple[float, float]:
    """The best and the median time of one assessment of `text`. The best is the code's own cost; the
    median also holds what other processes on the machine took from it meanwhile."""
    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        assess(text)
        runs.append((time.perf_counter() - started) * 1000)
    return min(runs), statistics.median(runs)


def timing() -> list[str]:
    lines = [
        f"timing (best and median of 40 runs; load average now {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} cores):"
    ]
    for name, level in (("harmless messages", None), ("acute messages", "acute")):
        text = long_message(4096, level)
        started = time.perf_counter()
        assess(text + " førstegangsord")
        cold = (time.perf_counter() - started) * 1000
        best, median = milliseconds(text)
        lines.append(
            f"  4,096 characters of {name}: best {best:.2f} ms, median {median:.2f} ms "
            f"(first run {cold:.2f} ms)"
        )
    for length in (512, 1024, 2048, 4096, 8192, 16384):
        best, median = milliseconds(long_message(length))
        lines.append(
            f"  {length:6,} characters: best {best:6.2f} ms  median {median:6.2f} ms   "
            f"{best / length * 1000:.2f} µs per character"
        )
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.crisis_detection", description=__doc__)
    parser.add_argument("--misses", action="store_true", help="print the messages judged wrongly")
    parser.add_argument("--held-out", action="store_true", help="each blind set, by what never saw it")
    parser.add_argument("--no-timing", dest="timing", action="store_false")
    args = parser.parse_args(argv)
    for name in (*SETS, *THREADS):
        if not (CORPUS / f"{name}.txt").exists():
            continue
        messages = load(name)
        print("\n".join(report(name, messages)))
        if name in THREADS:
            print("\n".join(report(f"{name}, each reply read alone", messages, alone)))
        if args.misses:
            print("\n".join(misses(messages)) or "  (no misses)")
    if args.held_out:
        from benchmarks.crisis_held_out import held_out

        print("\n".join(held_out()))
    if args.timing:
        print("\n".join(timing()))


if __name__ == "__main__":
    main()
