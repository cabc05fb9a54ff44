"""`skp-bot demo`: one command, no tokens, no internet; the real bot behind a web simulator, seeded
through the product's own flows, stopped cleanly with Ctrl-C."""

import json
import re
import subprocess
import time
from collections.abc import Iterator

import httpx
import pytest

from tests.e2e.demo_process import ROOT, RunningDemo, demo_command, demo_environment, running_demo


@pytest.fixture(scope="module")
def demo() -> Iterator[RunningDemo]:
    with running_demo() as running:
        yield running


def run_demo(*args: str) -> subprocess.CompletedProcess[str]:
    """A demo that should refuse to start: its exit status and what it printed."""
    return subprocess.run(
        demo_command(*args), cwd=ROOT, env=demo_environment(), capture_output=True, text=True, timeout=60
    )


def texts(bubbles: list[dict[str, object]]) -> list[str]:
    return [str(bubble["text"]) for bubble in bubbles]


def wait_for_text(demo: RunningDemo, phone: str, wanted: str, timeout: float = 15) -> list[dict[str, object]]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        bubbles = demo.thread(phone)
        if any(wanted in text for text in texts(bubbles)):
            return bubbles
        time.sleep(0.1)
    raise AssertionError(f"{phone} never showed {wanted!r}: {texts(demo.thread(phone))!r}")


def test_the_page_shows_three_labelled_phones_with_danish_texts_from_the_catalogs(demo: RunningDemo) -> None:
    page = httpx.get(demo.url, timeout=10)

    assert page.status_code == 200
    for label in ("Borgeren Ravn", "SMS fra +4527241393", "Medarbejderen Susanne", "En nabo", "+1 dag"):
        assert label in page.text
    shown = json.loads(page.text.split("const TEXTS = ", 1)[1].split(";\n", 1)[0])
    assert shown and all(text != key and "{" not in text for key, text in shown.items())


def test_the_page_comes_in_english_when_asked(demo: RunningDemo) -> None:
    page = httpx.get(f"{demo.url}?lang=en", timeout=10)

    assert "Citizen Ravn" in page.text and 'lang="en"' in page.text


def test_the_worker_was_enrolled_and_the_citizen_linked_through_the_bot_itself(demo: RunningDemo) -> None:
    worker = texts(demo.thread("worker"))
    citizen = demo.thread("citizen")

    assert worker[0].startswith("/start ") and "Susanne" in worker[1]
    assert worker[2] == "/invite Ravn" and "Ravn" in worker[3]
    code = worker[3].splitlines()[1]
    assert citizen[0]["mine"] and citizen[0]["text"] == code
    assert not citizen[1]["mine"] and "Susanne" in str(citizen[1]["text"])
    assert demo.thread("neighbour") == []


def test_a_text_from_the_citizen_reaches_the_worker_and_the_reply_reaches_the_citizen(
    demo: RunningDemo,
) -> None:
    sent = httpx.post(
        f"{demo.url}api/send", json={"phone": "citizen", "text": "Er du på kontoret?"}, timeout=10
    )
    assert sent.status_code == 200
    relayed = [b for b in wait_for_text(demo, "worker", "Er du på kontoret?") if "Er du på" in str(b["text"])]

    time.sleep(0.5)  # the bot records Telegram's id of the relayed message right after sending it
    reply = {"phone": "worker", "text": "Ja, til kl. 15", "reply_to": relayed[-1]["id"]}
    assert httpx.post(f"{demo.url}api/send", json=reply, timeout=10).status_code == 200

    wait_for_text(demo, "citizen", "Ja, til kl. 15")


def _settled(demo: RunningDemo, timeout: float = 10) -> object:
    """The demo's state once what an earlier test set going (a reply on its way) has arrived: two reads
    a moment apart that agree, so "changes nothing" compares like with like on a busy machine."""
    deadline = time.monotonic() + timeout
    state = demo.state()
    while time.monotonic() < deadline:
        time.sleep(0.3)
        again = demo.state()
        if again == state:
            return state
        state = again
    return state


@pytest.mark.parametrize(
    ("path", "body", "reason"),
    [
        ("send", b"not json", "JSON"),
        ("send", b"[1, 2]", "object"),
        ("send", b'{"phone": "landline", "text": "hej"}', "phone must be"),
        ("send", b'{"phone": "worker", "text": "   "}', "non-empty"),
        ("send", b'{"phone": "worker", "text": 7}', "non-empty"),
        ("send", b'{"phone": "worker", "text": "hej", "reply_to": 99999}', "no such message"),
        ("send", b'{"phone": "worker", "text": "hej", "reply_to": "1"}', "message id"),
        ("send", b'{"phone": "citizen", "text": "hej", "reply_to": 1}', "no replies"),
        ("send", b'{"phone": "citizen", "text": "' + b"x" * 1601 + b'"}', "1600"),
        ("send", b'{"phone": "neighbour", "text": "' + b"x" * 4097 + b'"}', "4096"),
        ("press", b'{"phone": "worker", "message_id": 2, "data": "nothing"}', "no such"),
        ("press", b'{"phone": "citizen", "message_id": 1, "data": "x"}', "no buttons"),
        ("press", b'{"phone": "worker", "message_id": true, "data": "x"}', "message_id"),
        ("clock", b'{"step": "year"}', "step must be"),
        ("clock", b'{"step": -1}', "step must be"),
    ],
)
def test_requests_the_page_never_makes_are_refused_and_change_nothing(
    demo: RunningDemo, path: str, body: bytes, reason: str
) -> None:
    before = _settled(demo)

    answer = httpx.post(f"{demo.url}api/{path}", content=body, timeout=10)

    assert answer.status_code == 400 and reason in answer.json()["error"]
    time.sleep(0.2)
    assert demo.state() == before


def test_moving_the_clock_shows_the_new_day_and_time_in_words(demo: RunningDemo) -> None:
    moved = httpx.post(f"{demo.url}api/clock", json={"step": "hour"}, timeout=30)

    assert moved.status_code == 200
    clock = moved.json()["clock"]
    assert re.fullmatch(
        r"(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag) \d{1,2}\.\d{1,2}\. kl\. \d\d:\d\d", clock
    )


def test_ctrl_c_stops_the_demo_with_exit_status_0_and_says_so() -> None:
    with running_demo("--profile", "thisted") as demo:
        assert "Thisted" in httpx.get(demo.url, timeout=10).text

        status = demo.interrupt()

    assert status == 0
    assert "stopped" in demo.output[-1]
    with pytest.raises(httpx.ConnectError):
        httpx.get(demo.url, timeout=2)


def test_a_busy_port_is_refused_in_one_line_before_anything_starts(demo: RunningDemo) -> None:
    port = demo.url.rsplit(":", 1)[1].strip("/")

    result = run_demo("--port", port)

    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "--port" in result.stderr and port in result.stderr


def test_an_unknown_profile_is_refused_in_one_line() -> None:
    result = run_demo("--profile", "atlantis", "--port", "0")

    assert result.returncode == 2
    assert "atlantis" in result.stderr and len(result.stderr.strip().splitlines()) == 1
