"""E2E fixtures: the fake Telegram Bot API and the real service running against it."""

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine

from bot import migrate
from bot.profile import Profile, load_profile
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


@asynccontextmanager
async def running(
    telegram: FakeTelegramServer,
    engine: Engine,
    secret_key: str,
    profile: str | Profile,
    clock: RunningClock,
    twilio: FakeTwilioServer | None = None,
) -> AsyncIterator[BotUnderTest]:
    """The service, running, on the migrated database with this profile (a shipped name or a Profile),
    with SMS on when `twilio` is given."""
    migrate.upgrade(engine)
    chosen = load_profile(profile) if isinstance(profile, str) else profile
    under_test = BotUnderTest.build(telegram, engine, secret_key, chosen, clock, twilio=twilio)
    await under_test.start()
    try:
        yield under_test
    finally:
        await under_test.stop()


@pytest.fixture
async def sms_bot(
    telegram: FakeTelegramServer,
    twilio: FakeTwilioServer,
    engine: Engine,
    secret_key: str,
    office_clock: RunningClock,
) -> AsyncIterator[BotUnderTest]:
    """The service with SMS on (the fake Twilio), the default profile, in office hours."""
    async with running(telegram, engine, secret_key, "default", office_clock, twilio) as under_test:
        yield under_test


@pytest.fixture
def office_clock() -> RunningClock:
    return RunningClock(MONDAY_MORNING)


@pytest.fixture
async def bot(
    telegram: FakeTelegramServer, engine: Engine, secret_key: str, office_clock: RunningClock
) -> AsyncIterator[BotUnderTest]:
    """The service, running, on an empty migrated database, with the default profile."""
    async with running(telegram, engine, secret_key, "default", office_clock) as under_test:
        yield under_test


StartBot = Callable[..., Awaitable[BotUnderTest]]


@pytest.fixture
async def start_bot(telegram: FakeTelegramServer, engine: Engine, secret_key: str) -> AsyncIterator[StartBot]:
    """Starts the service at another moment or with another profile (a shipped name or a Profile):
    `await start_bot(SUNDAY_NIGHT)`.

    Use it instead of `bot`, not beside it: two services would poll the same fake Telegram.
    """
    async with AsyncExitStack() as started:

        async def start(at: datetime = MONDAY_MORNING, profile: str | Profile = "default") -> BotUnderTest:
            return await started.enter_async_context(
                running(telegram, engine, secret_key, profile, RunningClock(at))
            )

        yield start
