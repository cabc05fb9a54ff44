"""`skp-bot safety check`, run as a process the way a municipality tries its own phrases: one message a
line on standard input, one answer a line out (CONTRACT.md)."""

import json
import subprocess
import sys
from pathlib import Path

from tests.e2e.test_cli import BASE_ENV

TYPED = ["jeg står på broen nu", "han slog mig i skak", "", "hjælp mig jeg er bange", "he's not breathing"]
MESSAGES = "\n".join([*TYPED, "kan vi ses i morgen"]) + "\n"


def safety_check(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "safety", "check", *args],
        cwd=cwd,
        env=BASE_ENV,
        input=MESSAGES,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_json_gives_one_object_per_message_with_the_danger_and_the_level(tmp_path: Path) -> None:
    result = safety_check("--json", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"text": "jeg står på broen nu", "danger": "suicide", "level": "acute"},
        {"text": "han slog mig i skak", "danger": None, "level": None},
        {"text": "hjælp mig jeg er bange", "danger": None, "level": "worrying"},
        {"text": "he's not breathing", "danger": "overdose", "level": "acute"},
        {"text": "kan vi ses i morgen", "danger": None, "level": None},
    ]


def test_the_readable_lines_say_what_the_bot_would_do_and_which_signs_it_saw(tmp_path: Path) -> None:
    result = safety_check(cwd=tmp_path)

    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stderr
    assert len(lines) == 5
    assert (
        lines[0].startswith("acute    suicide") and "team alerted now" in lines[0] and "at_edge" in lines[0]
    )
    assert lines[1].startswith("none") and "harmless_use" in lines[1] and "as usual" in lines[1]
    assert lines[2].startswith("worrying") and "marked" in lines[2] and "help_asked" in lines[2]
    assert all(
        line.endswith(text)
        for line, text in zip(lines, MESSAGES.replace("\n\n", "\n").split("\n"), strict=False)
    )
