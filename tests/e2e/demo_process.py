"""`skp-bot demo` as a visitor starts it: a separate process, its URL read from what it prints, stopped
with Ctrl-C (SIGINT). Shared by the demo's command test and its browser test."""

import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).parents[2]
URL = re.compile(r"http://127\.0\.0\.1:\d+/")
START_TIMEOUT = 60.0  # a first start compiles nothing, but a loaded CI machine is slow
JSON = dict[str, object]


@dataclass
class RunningDemo:
    """The demo process, what it printed so far, and the simulator's address."""

    process: subprocess.Popen[str]
    url: str = ""
    output: list[str] = field(default_factory=list)

    def state(self) -> dict[str, object]:
        """What the simulator's phones show now (GET /api/state)."""
        answer: dict[str, object] = httpx.get(f"{self.url}api/state", timeout=10).json()
        return answer

    def thread(self, phone: str) -> list[dict[str, object]]:
        phones = self.state()["phones"]
        assert isinstance(phones, dict)
        bubbles: list[dict[str, object]] = phones[phone]
        return bubbles

    def interrupt(self, timeout: float = 30) -> int:
        """Ctrl-C, as the visitor stops it; returns the exit status."""
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=timeout)


def demo_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "bot", "demo", *args]


def demo_environment() -> dict[str, str]:
    """This machine's environment without skp-bot's settings: the demo must not need any."""
    return {key: value for key, value in os.environ.items() if not key.startswith(("SKP_", "TWILIO_"))}


@contextmanager
def running_demo(*args: str) -> Iterator[RunningDemo]:
    """Start `skp-bot demo --port 0 ARGS`, wait for its URL, and stop it (SIGINT, then kill) afterwards."""
    process = subprocess.Popen(
        demo_command("--port", "0", *args),
        cwd=ROOT,
        env=demo_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    demo = RunningDemo(process)
    found = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            demo.output.append(line)
            match = URL.search(line)
            if match and not demo.url:
                demo.url = match.group()
                found.set()
        found.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        if not found.wait(START_TIMEOUT) or not demo.url:
            raise AssertionError(f"the demo printed no URL; it said: {''.join(demo.output)!r}")
        yield demo
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        reader.join(timeout=5)
