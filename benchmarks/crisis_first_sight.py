"""What the signs said of each blind set at first sight: the rules of the commit named in each blind file's
head, before that set was used to tune them, run again on that set (their word-count backstop, where they
had one, left out: it is replaced by the model being measured). Recorded in crisis_first_sight.json, so
`python -m benchmarks.crisis_detection --held-out` can measure the signs and a model together on messages
neither had seen, without a git checkout at run time.

    python -m benchmarks.crisis_first_sight   # runs the old rules from git history, writes the JSON

The rules cannot be untuned; their old versions can be run. The training sets (trainN) were written blind
too, and are measured the same way at their first sight.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORD = Path(__file__).resolve().parent / "crisis_first_sight.json"
# The rules each blind set was first seen by (the commit before the one that added the set; see its head).
FIRST_SIGHT = {
    "blind1": "09531a2",
    "blind2": "9d6bae7",
    "blind3": "2b5e2cb",
    "blind4": "d98f367",
    "blind5": "b81d2b8",
    # Written together by helpers who never saw the detector, added in 24c066e; that commit's signs had been
    # tuned on blind5 only.
    "train1": "24c066e",
    "train2": "24c066e",
    "train3": "24c066e",
    "train4": "24c066e",
    "blind6": "24c066e",
    "train5": "0894d09",
    "train6": "0894d09",
    "blind7": "0894d09",
    "train7": "049dcbe",
    "train8": "049dcbe",
    "blind8": "41507f3",
    # Session 10: written together by helpers who never saw the detector; first seen by 017ae22 (signs
    # tuned on blind8) or, for the later ones, by 94e9701 (signs tuned on train9-13 too); the same model.
    "blind9": "017ae22",
    "train9": "017ae22",
    "train10": "017ae22",
    "train11": "017ae22",
    "train12": "017ae22",
    "train13": "017ae22",
    "train14": "94e9701",
    "train15": "94e9701",
    "train16": "94e9701",
    "train17": "94e9701",
    "blind10": "94e9701",
    "train18": "59903c5",  # signs tuned on train9-17 too, and the model retrained
    "train19": "59903c5",
    "train20": "59903c5",
    "train21": "59903c5",
    "train22": "59903c5",
    # Session 11: train23-25 first seen by 5fc4cf6 (signs tuned on train9-22, the model on 13,920 messages);
    # the sealed blind11 and blind12 by 9ce12a2, as shipped that session (the model on 15,361 messages).
    "train23": "5fc4cf6",
    "train24": "5fc4cf6",
    "train25": "5fc4cf6",
    "blind11": "9ce12a2",
    "blind12": "9ce12a2",
    # Session 12: the sealed blind13 and blind14 by 3bf2c2b (signs tuned on blind9-12 and a fifth reader's
    # probes, the model on 16,961 messages).
    "blind13": "3bf2c2b",
    "blind14": "3bf2c2b",
    # Session 13: written by helpers who never saw the detector; measured once by the detector of 153b560
    # (signs tuned on blind13, blind14 and thread3, the model trained on them)
    "blind15": "153b560",
    "blind16": "153b560",
    # Session 14: the same; measured once by the detector of 013d24c (signs tuned on blind15, blind16 and
    # thread4, a seventh reader's probes and a reviewer's findings; the model trained on blind15 and blind16)
    "blind17": "013d24c",
    "blind18": "013d24c",
    # Session 14, second round: measured once by the detector of 7c36631 (signs and thread reading tuned on
    # blind17, blind18 and thread5 and an eighth reader's probes; the model as for blind17 and blind18)
    "blind19": "7c36631",
    "blind20": "7c36631",
    # Session 15: measured once by the detector of e241797 (signs and thread reading tuned on blind19, blind20
    # and thread6 and a ninth reader's probes; the model trained on blind17-20 as well)
    "blind21": "e241797",
    "blind22": "e241797",
    # …and two more sealed sets commissioned after those were measured, by the same detector, unchanged
    "blind23": "e241797",
    "blind24": "e241797",
}

_RUNNER = """
import importlib, json, sys
rules = importlib.import_module("bot.policy.crisis.assess")
if hasattr(rules, "resembles_crisis"):
    rules.resembles_crisis = lambda words: False  # the signs alone
if hasattr(rules, "combine"):  # the signs and the logistic model: the signs alone
    judge = lambda text: rules.by_signs(rules.read(text))
else:
    judge = rules.assess
out = {}
for text in json.load(sys.stdin):
    said = judge(text)
    out[text] = [said.level, said.kind, list(said.signs)]
json.dump(out, sys.stdout, ensure_ascii=False)
"""


def run_old_rules(commit: str, texts: list[str]) -> dict[str, list[object]]:
    """The old rules' (level, kind, signs) for each text, run from `commit`'s bot/policy/crisis alone."""
    with tempfile.TemporaryDirectory() as root:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", commit, "bot/policy/crisis"], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", root], input=archive, check=True)
        for package in ("bot", "bot/policy"):
            (Path(root) / package / "__init__.py").write_text("")
        done = subprocess.run(
            [sys.executable, "-c", _RUNNER],
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            check=True,
            cwd=root,
            env={"PYTHONPATH": root, "PATH": "/usr/bin:/bin"},
        )
        result: dict[str, list[object]] = json.loads(done.stdout)
        return result


def main() -> None:
    from benchmarks.crisis_detection import load

    record = {
        name: {"commit": commit, "said": run_old_rules(commit, [m.text for m in load(name)])}
        for name, commit in FIRST_SIGHT.items()
    }
    RECORD.write_text(
        json.dumps(record, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"{RECORD.name}: {sum(len(r['said']) for r in record.values())} messages")


if __name__ == "__main__":
    main()
