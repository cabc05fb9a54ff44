"""Exactly one scheduler: two `skp-bot run` processes on one PostgreSQL database, one leads (holds the
advisory lock) and sends; killed with SIGKILL, the other takes over and sends what falls due next."""

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import func, insert, select

from bot.db import make_engine
from bot.models import CheckinAgreement, OutboxMessage, Reminder
from bot.models.enums import AgreementStatus, ContactForm, OutboxStatus, ReminderKind
from tests.e2e.harness import free_port
from tests.e2e.test_restart import WORKER, BotProcess, running  # noqa: F401 - the fixture
from tests.fakes.telegram_server import FakeTelegramServer

LEADING = "scheduler leading"


def leads(bot: BotProcess) -> bool:
    return LEADING in bot.log.read_text(errors="replace")


def health(bot: BotProcess) -> str:
    """What /healthz says of this process's scheduler."""
    answer = httpx.get(f"http://127.0.0.1:{bot.env['SKP_HTTP_PORT']}/healthz", timeout=5)
    return str(answer.json()["scheduler"])


def wait_until(condition: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.2)
    raise AssertionError(f"waited {timeout} s for {what}")


def agree_due_soon(database_url: str) -> None:
    """An agreement whose next check-in is in 30 minutes: its reminder (an hour ahead) is due now. Its cadence
    is at a clock time half a day away, so the check-in after it is never within the hour too (a fixed
    "10:00" made two reminders between 09:00 and 10:00)."""
    engine = make_engine(database_url)
    now = datetime.now(UTC)
    far = (now + timedelta(hours=12)).astimezone(ZoneInfo("Europe/Copenhagen"))
    with engine.begin() as connection:
        connection.execute(
            insert(CheckinAgreement).values(
                citizen_id=1,
                worker_id=1,
                cadence=f"hverdage {far:%H}:00",
                contact_form=ContactForm.PHONE,
                status=AgreementStatus.ACTIVE,
                remind_citizen=False,
                next_due_at=now + timedelta(minutes=30),
                created_at=now,
            )
        )
    engine.dispose()


def reminders_recorded(database_url: str) -> int:
    """Check-in reminders the database records as sent: in the ledger, with no reminder left pending in the
    outbox. Not every outbox "reminder": the morning overview is one too, and a leader started after its
    time sends it (so this test failed from mid-morning on, found on 7 December)."""
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            pending = select(func.count()).where(
                OutboxMessage.kind == "reminder", OutboxMessage.status == OutboxStatus.PENDING
            )
            if connection.scalar(pending):
                return 0
            checkins = select(func.count()).select_from(Reminder).where(Reminder.kind == ReminderKind.CHECKIN)
            return connection.scalar(checkins) or 0
    finally:
        engine.dispose()


def reminders(telegram: FakeTelegramServer) -> list[str]:
    return [m["text"] for m in telegram.sent_to(WORKER) if "Påmindelse" in m["text"]]


@pytest.fixture
def second(running: BotProcess, tmp_path: Path) -> Iterator[BotProcess]:  # noqa: F811
    folder = tmp_path / "second"
    folder.mkdir()
    bot = BotProcess({**running.env, "SKP_HTTP_PORT": str(free_port())}, folder)
    bot.start()
    yield bot
    if bot.process is not None and bot.process.poll() is None:
        bot.kill()


@pytest.fixture
def postgres_only(database_url: str) -> None:
    """Asked for first, so that SQLite skips before two processes are started for nothing."""
    if database_url.startswith("sqlite"):
        pytest.skip("SQLite runs one process by design; the reminder ledger still sends each reminder once")


def test_one_of_two_processes_sends_and_the_other_takes_over_when_it_is_killed(
    postgres_only: None,
    running: BotProcess,  # noqa: F811
    second: BotProcess,
    telegram: FakeTelegramServer,
    database_url: str,
) -> None:
    wait_until(lambda: leads(running), 20, "the first process to lead")
    time.sleep(6)  # more than one leadership check of the second process
    assert not leads(second)
    assert (health(running), health(second)) == ("leading", "standby")

    agree_due_soon(database_url)
    wait_until(lambda: len(reminders(telegram)) == 1, 30, "the leader's reminder")
    # Killed after Telegram took the reminder but before the database recorded that (milliseconds), the
    # process would leave it to go out once more when its lease runs out: the outbox's one window for a
    # double. This test is about the lead passing on, so the kill waits until the send is recorded.
    wait_until(lambda: reminders_recorded(database_url) == 1, 10, "the reminder recorded as sent")

    running.kill()
    wait_until(lambda: leads(second), 30, "the second process to take over")
    assert health(second) == "leading"
    agree_due_soon(database_url)
    wait_until(lambda: len(reminders(telegram)) == 2, 30, "the new leader's reminder")
    time.sleep(2)
    assert len(reminders(telegram)) == 2
