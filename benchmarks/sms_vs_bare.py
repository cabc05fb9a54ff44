"""Signed inbound SMS through skp-bot (stored, routed, relayed to a Telegram worker), side by side with a
bare Starlette endpoint that only validates the signature and answers empty TwiML — same run, same client.

    python -m benchmarks.sms_vs_bare [--database sqlite|postgresql|both] [--requests 400] [--concurrency 8]
                                     [--repeat 5]

Target (issue 4): requests/s ratio skp-bot/bare ≥ 0.3. The bare endpoint and skp-bot run back to back
`--repeat` times after a pair that warms them up, both kept running between their runs; the ratio given
is the median of the pairs (benchmarks/figures.py). Figures: requests per second with `concurrency`
requests in flight, and p50/p99 latency of single requests. After each of skp-bot's runs every text must
have reached the worker's Telegram chat, each once (so a broken relay cannot make a good figure), before
the next pair starts (so none of skp-bot's work overlaps a bare run).

The fake Telegram Bot API runs in a child process (benchmarks/telegram_process.py): in production Telegram
is a remote service, and served in this process its CPU and GIL time would be charged to skp-bot, while the
bare endpoint talks to no Telegram at all. (relay_vs_echo keeps it in-process: both its sides use it.)
"""

import argparse
import asyncio
import contextlib
import statistics
import tempfile
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qsl

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from twilio.request_validator import RequestValidator

from benchmarks.figures import Figures, Pair, median_ratios
from benchmarks.relay_vs_echo import _database
from benchmarks.telegram_process import TelegramInChildProcess
from bot import migrate
from bot.crypto import generate_secret
from bot.db import make_engine
from bot.profile import load_profile
from handlers.sms_webhook import EMPTY_TWIML
from tests.e2e.harness import BotUnderTest, free_port
from tests.fakes.clock import RunningClock
from tests.fakes.sms_forms import AUTH_TOKEN, inbound_sms, signed_inbound
from tests.fakes.twilio_server import FakeTwilioServer

WORKER_CHAT = 1000
LATENCY_REQUESTS = 150
BARE = "bare Starlette + RequestValidator"
BARE = "bare Starlette + RequestValidator"


async def hammer(name: str, url: str, requests: int, concurrency: int, first: int = 0) -> Figures:
    """Throughput with `concurrency` signed requests in flight, then latency one at a time. The texts say
    "sms N", N counting from `first`."""
    senders = [f"+452724{n:04d}" for n in range(20)]

    def signed(n: int) -> tuple[dict[str, str], dict[str, str]]:
        return signed_inbound(
            url, inbound_sms(from_number=senders[n % len(senders)], body=f"sms {first + n}"), AUTH_TOKEN
        )

    async with httpx.AsyncClient(timeout=30) as client:
        queue = [signed(n) for n in range(requests)]
        started = time.perf_counter()

        async def worker() -> None:
            while queue:
                headers, form = queue.pop()
                response = await client.post(url, data=form, headers=headers)
                assert response.status_code == 200, response.text

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        per_second = requests / (time.perf_counter() - started)
        latencies = []
        for n in range(requests, requests + LATENCY_REQUESTS):
            headers, form = signed(n)
            sent = time.perf_counter()
            response = await client.post(url, data=form, headers=headers)
            latencies.append(time.perf_counter() - sent)
            assert response.status_code == 200
    latencies.sort()
    return Figures(
        name, per_second, statistics.median(latencies) * 1000, latencies[int(len(latencies) * 0.99)] * 1000
    )


@contextlib.asynccontextmanager
async def bare_endpoint() -> AsyncIterator[str]:
    """A Starlette endpoint that only validates the signature and answers empty TwiML; its URL."""
    validator = RequestValidator(AUTH_TOKEN)
    port = free_port()
    url = f"http://127.0.0.1:{port}/sms/inbound"

    async def inbound(request: Request) -> Response:
        form = dict(parse_qsl((await request.body()).decode(), keep_blank_values=True))
        if not validator.validate(url, form, request.headers.get("X-Twilio-Signature", "")):
            return PlainTextResponse("forbidden", status_code=403)
        return Response(EMPTY_TWIML, media_type="text/xml")

    app = Starlette(routes=[Route("/sms/inbound", inbound, methods=["POST"])])
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    try:
        yield url
    finally:
        server.should_exit = True
        await task


@dataclass
class Skp:
    """skp-bot running, with its worker enrolled in Telegram: every text reaches her chat."""

    url: str
    telegram: TelegramInChildProcess

    async def relays_arrived(self, first: int, texts: int) -> None:
        """Wait until the worker's chat holds texts `first` … `first + texts - 1`, each once. The rate
        limiter sends 30 a second, so the last ones arrive well after the last request was answered."""
        started = time.perf_counter()
        relayed = await self.telegram.wait_for_async(
            first + texts + 1, WORKER_CHAT, timeout=30 + texts / 20
        )  # + 1: the welcome when she enrolled
        waited = time.perf_counter() - started
        bodies = sorted(message["text"].rsplit("\n", 1)[-1] for message in relayed[1:])
        expected = sorted(f"sms {n}" for n in range(first + texts))
        assert bodies == expected, "relays missing, doubled or extra"
        print(f"all {first + texts} texts relayed to the worker, {waited:.1f} s after the last answer")


@contextlib.asynccontextmanager
async def skp_endpoint(database: str) -> AsyncIterator[Skp]:
    with (
        tempfile.TemporaryDirectory() as folder,
        TelegramInChildProcess() as telegram,
        FakeTwilioServer() as twilio,
    ):
        url, cleanup = _database(database, folder)
        engine = make_engine(url)
        migrate.upgrade(engine)
        clock = RunningClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
        bot = BotUnderTest.build(
            telegram, engine, generate_secret(), load_profile("default"), clock, twilio=twilio
        )
        await bot.start()
        await bot.enrolled_worker(WORKER_CHAT, "Susanne")
        try:
            yield Skp(f"{bot.settings.public_base_url}/sms/inbound", telegram)
        finally:
            await bot.stop()
            engine.dispose()
            cleanup()


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=5, help="pairs of runs; the median ratio is reported")
    args = parser.parse_args()
    texts = args.requests + LATENCY_REQUESTS
    for database in ["sqlite", "postgresql"] if args.database == "both" else [args.database]:
        pairs = []
        async with bare_endpoint() as bare_url, skp_endpoint(database) as skp:
            # The first pair warms both up (connections, compiled and prepared statements, the 20 new
            # contacts) and is not counted.
            for attempt in range(args.repeat + 1):
                first = attempt * texts
                bare = await hammer(BARE, bare_url, args.requests, args.concurrency)
                ours = await hammer(
                    f"skp-bot /sms/inbound ({database})", skp.url, args.requests, args.concurrency, first
                )
                # Every relay out before the next pair: none of skp-bot's work may overlap a bare run.
                await skp.relays_arrived(first, texts)
                print(bare.line())
                print(ours.line())
                if attempt == 0:
                    print(f"{'':<40} warm-up, not counted: {Pair(bare, ours).throughput:.2f}")
                else:
                    pairs.append(Pair(bare, ours))
        ratio, _ = median_ratios(pairs)
        each = ", ".join(f"{pair.throughput:.2f}" for pair in pairs)
        print(f"{'':<40} ratio skp-bot/bare {ratio:.2f} (target ≥ 0.3)   median of {len(pairs)}: {each}\n")


if __name__ == "__main__":
    asyncio.run(main())
