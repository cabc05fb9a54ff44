"""E2E fixtures: the fake Telegram Bot API and the real service running against it."""

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine

from bot import migrate
from bot.profile import load_profile
from tests.e2e.harness import BotUnderTest
from tests.fakes.clock import RunningClock
from tests.fakes.telegram_server import FakeTelegramServer
from tests.fakes.twilio_server import FakeTwilioServer

MONDAY_MORNING = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # 10:00 in Copenhagen: the team is in
SUNDAY_NIGHT = datetime(2026, 11, 22, 22, 0, tzinfo=UTC)  # 23:00 in Copenhagen: closed


@pytest.fixture
def telegram() -> Iterator[FakeTelegramServer]:
    with FakeTelegramServer() as server:
        yield server


@pytest.fixture
def twilio() -> Iterator[FakeTwilioServer]:
    with FakeTwilioServer() as server:
        yield server


@pytest.fixture
async def sms_bot(
    telegram: FakeTelegramServer,
    twilio: FakeTwilioServer,
    engine: Engine,
    secret_key: str,
    office_clock: RunningClock,
) -> AsyncIterator[BotUnderTest]:
    migrate.upgrade(engine)
    bot = BotUnderTest.build(
        telegram, engine, secret_key, load_profile("default"), office_clock, twilio=twilio
    )
    await bot.start()
    yield bot
    await bot.stop()


@pytest.fixture
def office_clock() -> RunningClock:
    return RunningClock(MONDAY_MORNING)


@pytest.fixture
async def bot(
    telegram: FakeTelegramServer, engine: Engine, secret_key: str, office_clock: RunningClock
) -> AsyncIterator[BotUnderTest]:
    """The service, running, on an empty migrated database, with the default profile."""
    migrate.upgrade(engine)
    under_test = BotUnderTest.build(telegram, engine, secret_key, load_profile("default"), office_clock)
    await under_test.start()
    yield under_test
    await under_test.stop()


StartBot = Callable[..., Awaitable[BotUnderTest]]


@pytest.fixture
async def start_bot(telegram: FakeTelegramServer, engine: Engine, secret_key: str) -> AsyncIterator[StartBot]:
    """Starts the service at another moment or with another profile: `await start_bot(SUNDAY_NIGHT)`.

    Use it instead of `bot`, not beside it: two services would poll the same fake Telegram.
    """
    started: list[BotUnderTest] = []

    async def start(at: datetime = MONDAY_MORNING, profile: str = "default") -> BotUnderTest:
        migrate.upgrade(engine)
        under_test = BotUnderTest.build(telegram, engine, secret_key, load_profile(profile), RunningClock(at))
        await under_test.start()
        started.append(under_test)
        return under_test

    yield start
    for under_test in started:
        await under_test.stop()
