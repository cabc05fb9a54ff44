"""Several `skp-bot run` processes on one PostgreSQL, behind a load balancer: the way to outgrow one
machine. Three real processes take Telegram's webhook and Twilio's SMS webhook in turn (the test is the
load balancer: each request to the next live process, a refused connection tried on the next), each
drains the outbox, one leads the scheduler. In the middle of a burst of texts from a Telegram citizen and
an SMS citizen, the leading process is killed with SIGKILL and later started again: every text reaches
the worker, in order per citizen, at most the one on the wire at the kill twice; the reminder goes out
once, and the one due after the kill too, from the new leader."""

import json
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from itertools import cycle
from pathlib import Path

import httpx
import pytest

from bot.crypto import generate_secret
from tests.e2e.harness import free_port
from tests.e2e.test_cli import BASE_ENV
from tests.e2e.test_restart import BotProcess
from tests.e2e.test_scheduler_failover import agree_due_soon, leads, reminders, reminders_recorded, wait_until
from tests.fakes.telegram_server import FakeTelegramServer
from tests.fakes.twilio_server import FakeTwilioServer

WORKER, CITIZEN = 1001, 2002
PHONE = "+4527241393"
SECRET = "lb-test-secret"
CODE = re.compile(r"^[2-9A-HJ-NP-Z]{6,10}$", re.MULTILINE)
BURST = 20  # texts from each citizen


class LoadBalancer:
    """Round robin over the processes' HTTP ports; a process that does not answer is skipped, as a load
    balancer's health check and retry would (and Telegram and Twilio retry what got no 2xx)."""

    def __init__(
        self, bots: list[BotProcess], telegram: FakeTelegramServer, twilio: FakeTwilioServer
    ) -> None:
        self.bots, self.telegram, self.twilio = bots, telegram, twilio
        self._turns = cycle(range(len(bots)))
        self.served: list[int] = []  # which process answered each request

    def _each(self, attempt: Callable[[str], int]) -> None:
        for _ in range(3 * len(self.bots)):
            n = next(self._turns)
            bot = self.bots[n]
            if bot.process is None or bot.process.poll() is not None:
                continue
            if 200 <= attempt(f"http://127.0.0.1:{bot.env['SKP_HTTP_PORT']}") < 300:
                self.served.append(n)
                return
            time.sleep(0.05)
        raise AssertionError("no process took the request")

    def telegram_user_sends(self, chat_id: int, text: str) -> None:
        update_id = self.telegram.user_sends(chat_id, text)
        (body,) = [u for u in self.telegram.pending_updates() if u["update_id"] == update_id]

        def post(base: str) -> int:
            try:
                return httpx.post(
                    f"{base}/telegram/webhook",
                    json=body,
                    headers={"X-Telegram-Bot-Api-Secret-Token": SECRET},
                    timeout=10,
                ).status_code
            except httpx.HTTPError:
                return 0

        self._each(post)

    def sms_user_sends(self, phone: str, text: str) -> None:
        def post(base: str) -> int:
            self.twilio.deliver_to = f"{base}/sms/inbound"
            return self.twilio.user_sends(phone, text, timeout=10).status

        self._each(post)


@pytest.fixture
def postgres_url(database_url: str) -> str:
    if database_url.startswith("sqlite"):
        pytest.skip("SQLite runs one process by design")
    return database_url


@pytest.fixture
def three(
    postgres_url: str, telegram: FakeTelegramServer, twilio: FakeTwilioServer, tmp_path: Path
) -> Iterator[list[BotProcess]]:
    public = f"http://127.0.0.1:{free_port()}"  # the load balancer's address, as Telegram and Twilio know it
    twilio.sms_url = f"{public}/sms/inbound"
    env = {
        **BASE_ENV,
        "DATABASE_URL": postgres_url,
        "SKP_SECRET_KEY": generate_secret(),
        "TELEGRAM_BOT_TOKEN": telegram.token,
        "TELEGRAM_API_BASE_URL": telegram.base_url,
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "PUBLIC_BASE_URL": public,
        "TWILIO_ACCOUNT_SID": twilio.account_sid,
        "TWILIO_AUTH_TOKEN": twilio.auth_token,
        "TWILIO_FROM_NUMBER": twilio.numbers[0],
        "TWILIO_API_BASE_URL": twilio.base_url,
    }
    bots = []
    for n in range(3):
        folder = tmp_path / f"process{n}"
        folder.mkdir()
        bots.append(BotProcess({**env, "SKP_HTTP_PORT": str(free_port())}, folder))
    try:
        for bot in bots:  # one after another: the first migrates the database
            bot.start()
        yield bots
    finally:
        for bot in bots:
            if bot.process is not None and bot.process.poll() is None:
                bot.kill()


@pytest.fixture
def telegram() -> Iterator[FakeTelegramServer]:
    with FakeTelegramServer() as server:
        yield server


@pytest.fixture
def twilio() -> Iterator[FakeTwilioServer]:
    with FakeTwilioServer() as server:
        yield server


def relayed(telegram: FakeTelegramServer, prefix: str) -> list[str]:
    """The worker's relayed texts from one citizen (their last line), in the order they arrived."""
    return [
        m["text"].splitlines()[-1]
        for m in telegram.sent_to(WORKER)
        if m["text"].splitlines()[-1].startswith(prefix)
    ]


def test_three_processes_behind_a_load_balancer_one_killed_mid_burst_deliver_everything_in_order(
    three: list[BotProcess], telegram: FakeTelegramServer, twilio: FakeTwilioServer, postgres_url: str
) -> None:
    balancer = LoadBalancer(three, telegram, twilio)
    added = subprocess.run(
        [sys.executable, "-m", "bot", "worker", "add", "Susanne", "--team", "SKP", "--json"],
        cwd=three[0].cwd,
        env=three[0].env,
        capture_output=True,
        text=True,
        check=True,
    )
    balancer.telegram_user_sends(WORKER, f"/start {json.loads(added.stdout)['enrolment_code']}")
    telegram.wait_for(1, WORKER, timeout=15)
    for alias, send in (
        ("Ravn", lambda text: balancer.telegram_user_sends(CITIZEN, text)),
        ("Falk", lambda text: balancer.sms_user_sends(PHONE, text)),
    ):
        before = len(telegram.sent_to(WORKER))
        balancer.telegram_user_sends(WORKER, f"/invite {alias}")
        invite = telegram.wait_for(before + 1, WORKER, timeout=15)[-1]
        code = CODE.search(invite["text"])
        assert code is not None
        send(code.group())
        telegram.wait_for(before + 2, WORKER, timeout=15)  # "linked"

    wait_until(lambda: sum(leads(bot) for bot in three) == 1, 20, "one process to lead")
    (leader,) = [bot for bot in three if leads(bot)]
    agree_due_soon(postgres_url)  # citizen 1, worker 1: Ravn and Susanne
    wait_until(lambda: reminders_recorded(postgres_url) == 1, 30, "the leader's reminder recorded")

    for n in range(BURST):
        balancer.telegram_user_sends(CITIZEN, f"ravn {n}")
        balancer.sms_user_sends(PHONE, f"falk {n}")
        if n == BURST // 3:
            leader.kill()
        if n == 2 * BURST // 3:
            leader.start()
    wait_until(lambda: any(leads(bot) for bot in three if bot is not leader), 30, "another process to lead")
    agree_due_soon(postgres_url)

    expected_ravn = [f"ravn {n}" for n in range(BURST)]
    expected_falk = [f"falk {n}" for n in range(BURST)]
    wait_until(
        lambda: (
            set(relayed(telegram, "ravn ")) >= set(expected_ravn)
            and set(relayed(telegram, "falk ")) >= set(expected_falk)
        ),
        60,
        "every text relayed",
    )
    wait_until(lambda: len(reminders(telegram)) == 2, 60, "the new leader's reminder")
    time.sleep(2)  # anything sent twice would be here by now

    assert len(set(balancer.served)) == 3  # each process took requests
    ravn, falk = relayed(telegram, "ravn "), relayed(telegram, "falk ")
    assert list(dict.fromkeys(ravn)) == expected_ravn
    assert list(dict.fromkeys(falk)) == expected_falk
    # Telegram has no idempotency key: the one message on the wire at the instant of the kill may arrive
    # twice (its lease runs out before its sending was recorded).
    assert len(ravn) + len(falk) - 2 * BURST <= 1
    assert len(reminders(telegram)) == 2
    for bot in three:
        assert "Traceback" not in bot.log.read_text(errors="replace")
