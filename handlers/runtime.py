"""The running service: Telegram, SMS (Twilio), the outbox drainer, the scheduler and the HTTP server in
one process.

Started by `skp-bot run` (and by the demo and the e2e tests, so they run the same code path). Stops
cleanly when `stop` is set: polling ends (an update not yet handled stays unconfirmed at Telegram), the
batch on the wire is recorded, anything not yet sent stays in the outbox for the next start.
"""

import asyncio
import contextlib
import gc
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field

import uvicorn
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from bot.channels import Sender
from bot.db import WAL_CHECKPOINT_SECONDS, checkpoint_wal
from bot.outbox import OutboxDrainer
from bot.services.context import Deps
from bot.services.metrics import FiguresReader
from bot.settings import Settings
from handlers.console.app import console_app
from handlers.http import build_http_app
from handlers.sms_sender import TwilioSender, twilio_client
from handlers.sms_webhook import SmsWebhooks
from handlers.telegram_bot import ALLOWED_UPDATES, TelegramChannel, build_application
from handlers.telegram_sender import TelegramSender
from scheduling.runner import TICK_SECONDS, Scheduler

log = logging.getLogger(__name__)


async def _checkpoints(engine: Engine, stop: asyncio.Event) -> None:
    """SQLite's log copied into its database file every second, beside the work (see `checkpoint_wal`),
    and once more on the way out."""
    while not stop.is_set():
        try:
            await asyncio.wait_for(stop.wait(), timeout=WAL_CHECKPOINT_SECONDS)
        except TimeoutError:
            pass
        try:
            await asyncio.to_thread(checkpoint_wal, engine)
        except SQLAlchemyError as error:  # busy or away: the next one, or SQLite's backstop, catches up
            log.warning("wal checkpoint failed: %s", type(error).__name__)


def _settle_heap() -> None:
    """Move what start-up built (modules, SQLAlchemy's mappers, the bot's objects) out of the cyclic
    garbage collector's sight. Its full collections walk every object still alive, and with all that in
    the heap one took 130 ms in the middle of a burst, holding up every message in flight; now they walk
    only what was made since. The price: start-up's own garbage is collected first, and what start-up made
    is never freed by that collector (the process keeps it for its whole life anyway)."""
    gc.collect()
    gc.freeze()


class _Server(uvicorn.Server):
    """uvicorn without its own signal handlers: the runtime decides when to stop."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


@dataclass
class Runtime:
    """Everything `skp-bot run` runs, for the caller to start and stop."""

    settings: Settings
    deps: Deps
    engine: Engine
    version: str
    telegram_rate_limited: bool = True
    poll_timeout: int = 25
    retry_unit: float = 2.0  # first outbox back-off in seconds (tests shorten it)
    drainer: OutboxDrainer | None = None
    telegram: TelegramChannel | None = None
    scheduler: Scheduler | None = None
    tick_seconds: float = TICK_SECONDS
    # `skp-bot run` sets it; tests, which start many runtimes in one process, do not (see `_settle_heap`)
    freeze_heap: bool = False
    started: asyncio.Event = field(default_factory=asyncio.Event)

    async def run(self, stop: asyncio.Event) -> None:
        settings = self.settings
        senders: dict[str, Sender] = {}
        application = None
        if settings.telegram_bot_token is not None:
            application = build_application(
                settings.telegram_bot_token.get_secret_value(),
                settings.telegram_api_base_url,
                rate_limited=self.telegram_rate_limited,
            )
            senders["telegram"] = TelegramSender(application.bot)
        if settings.sms_enabled:
            senders["sms"] = self._sms_sender()
        drainer = self.drainer = OutboxDrainer(self.deps, senders, retry_unit=self.retry_unit)
        if application is not None:
            self.telegram = TelegramChannel(application, self.deps)
        sms = None
        if settings.sms_enabled and settings.twilio_auth_token and settings.public_base_url:
            token = settings.twilio_auth_token.get_secret_value()
            sms = SmsWebhooks(self.deps, token, settings.public_base_url)
        scheduler = self.scheduler = Scheduler(
            self.deps, self.engine, tick_seconds=self.tick_seconds, after_tick=drainer.wake
        )
        webhook = self._webhook_url()
        secret = (
            settings.telegram_webhook_secret.get_secret_value() if settings.telegram_webhook_secret else None
        )
        http_app = build_http_app(
            self.engine,
            self.version,
            accept_telegram_update=self.telegram.accept_webhook if self.telegram and webhook else None,
            telegram_webhook_secret=secret,
            sms=sms,
            read_figures=FiguresReader(self.deps),
            scheduler_state=lambda: "leading" if scheduler.leading else "standby",
            console=console_app(self.deps),
        )
        config = uvicorn.Config(
            http_app,
            host=settings.skp_http_host,
            port=settings.skp_http_port,
            # Through our logging (bot.logs: its format, its filter), not uvicorn's own handlers; only its
            # warnings: the app logs what matters itself ("skp-bot running").
            log_config=None,
            log_level="warning",
            lifespan="off",
            access_log=False,  # request lines can carry ids; the app logs what matters itself
        )
        server = _Server(config)
        if self.freeze_heap:
            _settle_heap()  # before anything is served: the one full collection holds up nobody
        tasks = [asyncio.create_task(server.serve(), name="http")]
        tasks.append(asyncio.create_task(drainer.run(stop), name="outbox"))
        tasks.append(asyncio.create_task(scheduler.run(stop), name="scheduler"))
        if self.engine.dialect.name == "sqlite":
            tasks.append(asyncio.create_task(_checkpoints(self.engine, stop), name="wal-checkpoint"))
        poller = None
        if self.telegram is not None and application is not None:
            await application.initialize()
            await application.start()
            await self.telegram.set_commands()
            if webhook:
                await application.bot.set_webhook(
                    url=webhook, secret_token=secret, allowed_updates=ALLOWED_UPDATES
                )
            else:
                await application.bot.delete_webhook()
                poller = asyncio.create_task(
                    self.telegram.poll(stop, self.poll_timeout), name="telegram-poll"
                )
        self.started.set()
        log.info("skp-bot running", extra={"telegram": bool(application), "webhook": bool(webhook)})
        await stop.wait()
        if poller is not None:
            poller.cancel()  # an update not yet handled is not confirmed: Telegram delivers it again
            await asyncio.gather(poller, return_exceptions=True)
        server.should_exit = True
        await asyncio.gather(*tasks, return_exceptions=True)
        if application is not None:
            await application.stop()
            await application.shutdown()
        log.info("skp-bot stopped")

    def _sms_sender(self) -> TwilioSender:
        settings = self.settings
        assert settings.twilio_account_sid and settings.twilio_auth_token  # sms_enabled checked it
        client = twilio_client(
            settings.twilio_account_sid,
            settings.twilio_auth_token.get_secret_value(),
            settings.twilio_api_base_url,
        )
        callback = f"{settings.public_base_url}/sms/status" if settings.public_base_url else None
        return TwilioSender(
            client,
            from_number=settings.twilio_from_number,
            messaging_service_sid=settings.twilio_messaging_service_sid,
            status_callback=callback,
        )

    def _webhook_url(self) -> str | None:
        settings = self.settings
        if settings.public_base_url and settings.telegram_webhook_secret:
            return f"{settings.public_base_url}/telegram/webhook"
        return None
