"""Signed inbound SMS through skp-bot (stored, routed, relayed to a Telegram worker), side by side with a
bare Starlette endpoint that only validates the signature and answers empty TwiML — same run, same client.

    python -m benchmarks.sms_vs_bare [--database sqlite|postgresql|both] [--requests 400] [--concurrency 8]
                                     [--repeat 3]

Target (issue 4): requests/s ratio skp-bot/bare ≥ 0.3. The bare endpoint and skp-bot run back to back
`--repeat` times; the ratio given is the median of the pairs (benchmarks/figures.py). Figures: requests
per second with `concurrency` requests in flight, and p50/p99 latency of single requests. Afterwards
every text must have reached the worker's Telegram chat, so a broken relay cannot make a good figure.

The fake Telegram Bot API runs in a child process (benchmarks/telegram_process.py): in production Telegram
is a remote service, and served in this process its CPU and GIL time would be charged to skp-bot, while the
bare endpoint talks to no Telegram at all. (relay_vs_echo keeps it in-process: both its sides use it.)
"""

import argparse
import asyncio
import statistics
import tempfile
import time
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


async def hammer(name: str, url: str, requests: int, concurrency: int) -> Figures:
    """Throughput with `concurrency` signed requests in flight, then latency one at a time."""
    senders = [f"+452724{n:04d}" for n in range(20)]

    def signed(n: int) -> tuple[dict[str, str], dict[str, str]]:
        return signed_inbound(
            url, inbound_sms(from_number=senders[n % len(senders)], body=f"sms {n}"), AUTH_TOKEN
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


async def bare_figures(requests: int, concurrency: int) -> Figures:
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
    figures = await hammer("bare Starlette + RequestValidator", url, requests, concurrency)
    server.should_exit = True
    await task
    return figures


async def skp_figures(database: str, requests: int, concurrency: int) -> Figures:
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
        await bot.enrolled_worker(WORKER_CHAT, "Susanne")  # every text reaches her Telegram chat
        before = len(telegram.sent_to(WORKER_CHAT))
        figures = await hammer(
            f"skp-bot /sms/inbound ({database})",
            f"{bot.settings.public_base_url}/sms/inbound",
            requests,
            concurrency,
        )
        await relays_arrived(telegram, before, requests + LATENCY_REQUESTS)
        await bot.stop()
        engine.dispose()
        cleanup()
    return figures


async def relays_arrived(telegram: TelegramInChildProcess, before: int, texts: int) -> None:
    """Wait until the worker's chat holds every text, each once. The rate limiter sends 30 a second, so
    the last ones arrive well after the last request was answered."""
    started = time.perf_counter()
    relayed = await telegram.wait_for_async(before + texts, WORKER_CHAT, timeout=30 + texts / 20)
    waited = time.perf_counter() - started
    bodies = sorted(message["text"].rsplit("\n", 1)[-1] for message in relayed[before:])
    assert bodies == sorted(f"sms {n}" for n in range(texts)), "relays missing, doubled or extra"
    print(f"{texts} relays in the worker's chat {waited:.1f} s after the last answer")


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3, help="pairs of runs; the median ratio is reported")
    args = parser.parse_args()
    for database in ["sqlite", "postgresql"] if args.database == "both" else [args.database]:
        pairs = []
        for _ in range(args.repeat):
            bare = await bare_figures(args.requests, args.concurrency)
            skp = await skp_figures(database, args.requests, args.concurrency)
            print(bare.line())
            print(skp.line())
            pairs.append(Pair(bare, skp))
        ratio, _ = median_ratios(pairs)
        each = ", ".join(f"{pair.throughput:.2f}" for pair in pairs)
        print(f"{'':<40} ratio skp-bot/bare {ratio:.2f} (target ≥ 0.3)   median of {len(pairs)}: {each}\n")


if __name__ == "__main__":
    asyncio.run(main())
