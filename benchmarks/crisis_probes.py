"""How the crisis detector judges the readers' probes (benchmarks/crisis_probes.txt): messages written to
break the signs of a round, by helpers who read the detector but never the labelled sets.

    python -m benchmarks.crisis_probes            # the counts
    python -m benchmarks.crisis_probes --wrong    # and each probe judged otherwise

Not a test and not a measure of recall: the probes are chosen to be hard, many of them for behaviour older
than the round they were written for. A worrying message called acute is not counted as wrong.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.policy.crisis import assess

PROBES = Path(__file__).resolve().parent / "crisis_probes.txt"
EXPECTED = {"A": "acute", "W": "worrying", "N": None}
PAIRED = " || "


def judged_otherwise() -> tuple[int, dict[str, list[str]]]:
    """How many probes there are, and those judged otherwise: an acute one not acute, an everyday one acute, a
    worrying one given nothing, an everyday one marked worrying."""
    wrong: dict[str, list[str]] = {"acute missed": [], "everyday made acute": [], "worrying missed": [],
                                   "everyday made worrying": []}  # fmt: skip
    count = 0
    for line in PROBES.read_text(encoding="utf-8").splitlines():
        code, _, text = line.partition("|")
        if line.startswith("#") or code not in EXPECTED:
            continue
        count += 1
        asked, _, reply = text.rpartition(PAIRED)
        level = assess(reply, asked or None).level
        want = EXPECTED[code]
        if want == "acute" and level != "acute":
            wrong["acute missed"].append(text)
        elif want is None and level is not None:
            wrong["everyday made acute" if level == "acute" else "everyday made worrying"].append(text)
        elif want == "worrying" and level is None:
            wrong["worrying missed"].append(text)
    return count, wrong


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="How the crisis detector judges the readers' probes.")
    parser.add_argument("--wrong", action="store_true", help="print each probe judged otherwise")
    args = parser.parse_args(argv)
    count, wrong = judged_otherwise()
    print(f"{count} probes, {sum(map(len, wrong.values()))} judged otherwise")
    for what, texts in wrong.items():
        print(f"  {what}: {len(texts)}")
        if args.wrong:
            print("\n".join(f"    {text}" for text in texts))


if __name__ == "__main__":
    main()
