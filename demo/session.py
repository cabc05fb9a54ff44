"""One run of `skp-bot demo`: a throwaway database, the stand-ins, the bot's settings pointing at them,
and the loop that runs the real `Runtime` beside the simulator until Ctrl-C.

bot/app.py builds the Runtime exactly as `skp-bot run` does, from the settings made here; this module
only decides where things live (a temp dir, local ports) and what the visitor sees first.
"""

import asyncio
import contextlib
import functools
import logging
import signal
import socket
import tempfile
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from types import TracebackType

import uvicorn

from bot.clock import AdjustableClock
from bot.crypto import generate_secret
from bot.office_hours import is_open, next_opening
from bot.profile import Profile
from bot.services.context import Deps
from bot.settings import Settings
from demo.cast import Cast
from demo.desk import desk_link
from demo.seed import seed
from demo.simulator import Simulator
from demo.standins.telegram_api import FakeTelegramServer
from demo.standins.twilio_api import FakeTwilioServer
from handlers.runtime import Runtime

log = logging.getLogger(__name__)

BOT_TOKEN = "1000001:skp-demo-bot"  # only the Telegram stand-in ever sees it
START_TIMEOUT = 30.0
DELIVERY_REPORT_EVERY = 0.5  # seconds between the Twilio stand-in's delivery reports


class _Server(uvicorn.Server):
    """uvicorn without its own signal handlers: Ctrl-C stops the whole demo, in order."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def simulator_socket(host: str, port: int) -> socket.socket:
    """The simulator's listening socket, bound before anything starts so a busy port fails at once
    (port 0: any free port)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class DemoSession:
    """The demo's world around the bot: use as a context manager, then `serve`."""

    def __init__(
        self, profile: Profile, source: str, clock: AdjustableClock, log_level: str, cast: Cast | None = None
    ) -> None:
        """`source`: the profile as the visitor named it (a shipped name or a TOML path)."""
        self.profile, self.clock, self.cast = profile, clock, cast or Cast()
        self._source = source
        self._log_level = log_level
        self._folder = tempfile.TemporaryDirectory(prefix="skp-demo-")
        now = clock.now
        self.telegram = FakeTelegramServer(
            BOT_TOKEN, clock=now, bot_username="skp_demo_bot", bot_first_name="SKP"
        )
        self.twilio = FakeTwilioServer(clock=now)
        self.settings: Settings | None = None

    def __enter__(self) -> "DemoSession":
        try:
            self.telegram.start()
            self.twilio.start()
            self.settings = self._settings()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.telegram.stop()
        self.twilio.stop()
        self._folder.cleanup()

    def _settings(self) -> Settings:
        """Every setting given here, none read from the environment or `.env`: the demo must never
        reach a real bot token or Twilio account an operator has configured on this machine."""
        port = _free_port()
        public = f"http://127.0.0.1:{port}"
        self.twilio.sms_url = f"{public}/sms/inbound"  # the number's webhook, as set in Twilio's console
        database = Path(self._folder.name) / "demo.db"
        return Settings(
            _env_file=None,
            database_url=f"sqlite:///{database}",
            skp_secret_key=generate_secret(),
            skp_profile=self._source,
            skp_http_host="127.0.0.1",
            skp_http_port=port,
            public_base_url=public,
            telegram_bot_token=self.telegram.token,
            telegram_api_base_url=self.telegram.base_url,
            telegram_webhook_secret=None,
            twilio_account_sid=self.twilio.account_sid,
            twilio_auth_token=self.twilio.auth_token,
            twilio_from_number=self.twilio.numbers[0],
            twilio_messaging_service_sid=None,
            twilio_api_base_url=self.twilio.base_url,
            skp_log_level=self._log_level,
        )

    def open_office(self) -> None:
        """Start in office hours (the clock only moves forward): a visitor at night meets the team at
        work, not the out-of-hours answer; the clock control shows the nights."""
        now = self.clock.now()
        if not is_open(self.profile, now):
            self.clock.advance(next_opening(self.profile, now) - now + timedelta(minutes=5))

    async def serve(
        self, runtime: Runtime, deps: Deps, listener: socket.socket, announce: Callable[[str], None]
    ) -> None:
        """Run the bot, seed the team through it, serve the simulator; return after SIGINT or SIGTERM."""
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        bot = asyncio.create_task(runtime.run(stop), name="skp-bot")
        started = asyncio.create_task(runtime.started.wait())
        await asyncio.wait({bot, started}, timeout=START_TIMEOUT, return_when=asyncio.FIRST_COMPLETED)
        if bot.done():
            started.cancel()
            await bot  # the bot's own error, as `skp-bot run` would show it
            return
        if not runtime.started.is_set():
            stop.set()
            await bot
            raise RuntimeError(f"the bot did not start within {START_TIMEOUT:.0f} s")
        simulator = Simulator(
            self.telegram,
            self.twilio,
            self.cast,
            self.clock,
            self.profile,
            deps.texts,
            functools.partial(wake_scheduler, runtime),
            functools.partial(desk_link, deps, self.cast),
        )
        server = _Server(
            uvicorn.Config(
                simulator.app(), lifespan="off", log_level="warning", access_log=False, log_config=None
            )
        )
        try:
            await seed(deps, self.telegram, self.twilio, self.cast)
            web = asyncio.create_task(server.serve(sockets=[listener]), name="simulator")
            reports = asyncio.create_task(self._delivery_reports(stop), name="delivery-reports")
            while not server.started and not web.done():
                await asyncio.sleep(0.02)
            host, port = listener.getsockname()[:2]
            announce(f"http://{host}:{port}/")
            await stop.wait()
            server.should_exit = True
            await asyncio.gather(web, reports, return_exceptions=True)
        finally:
            stop.set()
            await bot

    async def _delivery_reports(self, stop: asyncio.Event) -> None:
        """Twilio reports each text as sent, then delivered, to the bot's status callback, as it does
        for a phone that is on; the bot records it as for a real SMS."""
        reported: set[str] = set()
        while not stop.is_set():
            for message in self.twilio.all_sent():
                sid = message["sid"]
                if sid in reported:
                    continue
                reported.add(sid)
                for status in ("sent", "delivered"):
                    try:
                        await self.twilio.send_status_callback_async(sid, status)
                    except ValueError:
                        break  # a TwiML answer: Twilio reports those to nobody
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), DELIVERY_REPORT_EVERY)


async def wake_scheduler(runtime: Runtime) -> None:
    """After the clock moved: the scheduler looks at once rather than at its next tick."""
    if runtime.scheduler is not None:
        await runtime.scheduler.wake()
