"""Runs the real service (the same Runtime as `skp-bot run`) against the fake Telegram Bot API."""

import asyncio
import socket
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from typing_extensions import TypeVar

from bot import bootstrap
from bot.crypto import Vault
from bot.profile import Profile
from bot.services import staff
from bot.services.context import Deps
from bot.settings import Settings
from handlers.runtime import Runtime
from tests.fakes.telegram_server import FakeTelegramServer
from tests.fakes.twilio_server import FakeTwilioServer

JSON = dict[str, Any]


class TelegramStandIn(Protocol):
    """What BotUnderTest needs from a Telegram Bot API stand-in: FakeTelegramServer, or a benchmark's proxy
    for one in a child process (benchmarks/telegram_process.py)."""

    @property
    def token(self) -> str: ...

    @property
    def base_url(self) -> str: ...

    def sent_to(self, chat_id: int) -> list[JSON]: ...

    def user_sends(
        self, chat_id: int, text: str, *, language_code: str = ..., reply_to_message_id: int | None = ...
    ) -> int: ...

    def user_presses(self, chat_id: int, message_id: int, data: str) -> int: ...

    async def wait_for_async(
        self, until: int, chat_id: int | None = ..., timeout: float = ...
    ) -> list[JSON]: ...


# Tests reach past the protocol (fail_next, block, commands…): a bare `BotUnderTest` has the in-process fake.
Telegram = TypeVar("Telegram", bound=TelegramStandIn, default=FakeTelegramServer)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class DatabaseSwitch:
    """Takes the database away from the bot's services, as a dead server or a full disk would."""

    def __init__(self) -> None:
        self.down = False

    def check(self) -> None:
        if self.down:
            raise OperationalError("SELECT 1", {}, ConnectionRefusedError("database is down (test)"))


@dataclass
class BotUnderTest(Generic[Telegram]):
    """The running bot, the fake Telegram it talks to, and shortcuts for what users do."""

    telegram: Telegram
    deps: Deps
    engine: Engine
    settings: Settings
    runtime: Runtime | None = None
    rate_limited: bool = True
    database: "DatabaseSwitch" = field(default_factory=lambda: DatabaseSwitch())
    _stop: asyncio.Event = field(default_factory=asyncio.Event)
    _task: asyncio.Task[None] | None = None

    @classmethod
    def build(
        cls,
        telegram: Telegram,
        engine: Engine,
        secret: str,
        profile: Profile,
        clock: Any,
        *,
        webhook_secret: str | None = None,
        twilio: "FakeTwilioServer | None" = None,
    ) -> "BotUnderTest[Telegram]":
        """`webhook_secret`: run in webhook mode (PUBLIC_BASE_URL is then this machine), else long polling."""
        outage = DatabaseSwitch()
        port = free_port()
        deps = bootstrap.build(
            engine,
            vault=Vault.from_secret(secret),
            clock=clock,
            profile=profile,
            before_uow=outage.check,
            public_base_url=f"http://127.0.0.1:{port}",  # the web console's links
        )
        staff.sync_profile_teams(deps.new_uow(), clock, profile)
        public = f"http://127.0.0.1:{port}" if webhook_secret or twilio else None
        sms: dict[str, Any] = {}
        if twilio is not None:
            twilio.sms_url = f"{public}/sms/inbound"
            sms = {
                "twilio_account_sid": twilio.account_sid,
                "twilio_auth_token": twilio.auth_token,
                "twilio_from_number": twilio.numbers[0],
                "twilio_api_base_url": twilio.base_url,
            }
        config = Settings(
            database_url=engine.url.render_as_string(hide_password=False),
            skp_secret_key=secret,
            telegram_bot_token=telegram.token,
            telegram_api_base_url=telegram.base_url,
            skp_http_port=port,
            public_base_url=public,
            telegram_webhook_secret=webhook_secret,
            **sms,
        )
        return cls(telegram=telegram, deps=deps, engine=engine, settings=config, database=outage)

    async def start(self) -> None:
        self._stop = asyncio.Event()
        self.runtime = Runtime(
            self.settings,
            self.deps,
            self.engine,
            "test",
            telegram_rate_limited=self.rate_limited,
            poll_timeout=1,
            retry_unit=0.05,
            # The scheduler ticks when a test wakes it (`runtime.scheduler.wake()`), so that an overview
            # or deadline never lands in the middle of a conversation under test.
            tick_seconds=3600,
        )
        self._task = asyncio.create_task(self.runtime.run(self._stop))
        await asyncio.wait_for(self.runtime.started.wait(), 10)

    async def stop(self) -> None:
        self._stop.set()
        if self._task is not None:
            await asyncio.wait_for(self._task, 15)

    # ---- what people do --------------------------------------------------------------------------

    def new_worker(self, name: str, *, team: str = "SKP", lead: bool = False) -> str:
        """A worker made on the command line; returns the enrolment code."""
        new = staff.add_worker(
            self.deps.new_uow(),
            self.deps.vault,
            self.deps.clock,
            self.deps.profile,
            name=name,
            team_name=team,
            lead=lead,
        )
        return new.enrolment_code

    async def enrolled_worker(self, chat_id: int, name: str, **options: Any) -> None:
        code = self.new_worker(name, **options)
        await self.says(chat_id, f"/start {code}")

    async def says(
        self,
        chat_id: int,
        text: str,
        *,
        expect: int = 1,
        reply_to: int | None = None,
        language_code: str = "da",
    ) -> list[JSON]:
        """The user writes; returns the `expect` new messages the bot sent to that same chat."""
        before = len(self.telegram.sent_to(chat_id))
        if reply_to is not None:
            await self.recorded(chat_id, reply_to)
        self.telegram.user_sends(chat_id, text, reply_to_message_id=reply_to, language_code=language_code)
        return await self.next_messages(chat_id, before, expect)

    async def recorded(self, chat_id: int, message_id: int, timeout: float = 5) -> None:
        """Until the bot has recorded Telegram's id for a message it sent (a person needs that long to
        read it before answering; a test does not)."""
        recipient = self.deps.vault.lookup_hash(str(chat_id))
        deadline = asyncio.get_running_loop().time() + timeout
        while asyncio.get_running_loop().time() < deadline:
            with self.deps.new_uow() as uow:
                if uow.outbox.sent_as("telegram", [recipient], str(message_id)) is not None:
                    return
            await asyncio.sleep(0.01)

    async def presses(self, chat_id: int, message: JSON, data: str, *, expect: int = 1) -> list[JSON]:
        before = len(self.telegram.sent_to(chat_id))
        self.telegram.user_presses(chat_id, message["message_id"], data)
        return await self.next_messages(chat_id, before, expect)

    async def next_messages(self, chat_id: int, before: int, count: int, timeout: float = 10) -> list[JSON]:
        if count == 0:
            await asyncio.sleep(0.5)
            return self.telegram.sent_to(chat_id)[before:]
        await self.telegram.wait_for_async(before + count, chat_id, timeout=timeout)
        return self.telegram.sent_to(chat_id)[before:]

    async def received(self, chat_id: int, count: int, timeout: float = 10) -> list[JSON]:
        """Waits until `chat_id` got `count` messages in all; returns all of them."""
        return await self.telegram.wait_for_async(count, chat_id, timeout=timeout)


def texts(messages: Sequence[JSON]) -> list[str]:
    return [message["text"] for message in messages]


def buttons(message: JSON) -> dict[str, str]:
    """label → callback data of a message's inline keyboard."""
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return {button["text"]: button["callback_data"] for row in rows for button in row}
