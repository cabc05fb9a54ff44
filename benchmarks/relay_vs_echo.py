"""Relay throughput and latency through skp-bot, side by side with a bare python-telegram-bot echo bot.

Both run in the same process, against the same fake Telegram Bot API server (tests/fakes), in the same
run. A citizen's message to skp-bot is stored, routed, relayed to a worker via the outbox; the echo bot
just answers. Figures: messages per second for a burst, and latency (user sends → bot's message
recorded by the server) for messages sent one at a time.

    python -m benchmarks.relay_vs_echo [--database sqlite|postgresql|both] [--burst 400] [--rounds 500]
                                       [--repeat 3]

Targets (issue 3): throughput ratio relay/echo ≥ 0.5, relay p99 latency ≤ 2 × echo p99. Echo and relay
run back to back `--repeat` times; the ratios given are the medians of the pairs (benchmarks/figures.py).
The p99 of `--rounds` messages is the round(rounds / 100)-th slowest: of 150, the second slowest, which a
single scheduling hiccup of the machine decides (for either bot); of 500, the fifth.
"""

import argparse
import asyncio
import re
import secrets
import statistics
import tempfile
import time
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import create_engine, text
from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters

from benchmarks.figures import Figures, Pair, median_ratios
from bot import migrate
from bot.crypto import generate_secret
from bot.db import make_engine
from bot.profile import load_profile
from handlers.telegram_bot import carried_by_aiohttp
from tests.e2e.harness import BotUnderTest
from tests.fakes.clock import RunningClock
from tests.fakes.telegram_server import FakeTelegramServer

POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
CODE = re.compile(r"^[2-9A-HJ-NP-Z]{6,10}$", re.MULTILINE)
PAIRS = 10  # citizens, each with their own worker (and 10 chats for the echo bot)


async def measure(
    name: str, server: FakeTelegramServer, chats: list[int], burst: int, rounds: int
) -> Figures:
    """Burst throughput, then one-at-a-time latency, through whatever bot is answering `chats`.

    Every message a user sends makes the bot send exactly one message, so counting what the server has
    recorded (woken by the server, no polling) tells when the bot is done.
    """
    since = len(server.sent_times)
    started = time.perf_counter()
    for n in range(burst):
        server.user_sends(chats[n % len(chats)], f"burst {n}")
    await server.count_reached_async(since + burst, timeout=120)
    per_second = burst / (server.sent_times[since + burst - 1][0] - started)
    latencies = []
    for n in range(rounds):
        since = len(server.sent_times)
        sent = time.perf_counter()
        server.user_sends(chats[n % len(chats)], f"round {n}")
        await server.count_reached_async(since + 1, timeout=30)
        latencies.append(server.sent_times[since][0] - sent)
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return Figures(name, per_second, statistics.median(latencies) * 1000, p99 * 1000)


async def echo_figures(burst: int, rounds: int, transport: str = "httpx") -> Figures:
    """The bare PTB echo bot, with PTB's own polling Updater; on PTB's default HTTP client (httpx) unless
    `transport` is "aiohttp", the one skp-bot uses (a reference: how much of the gap is the transport)."""

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.message and update.message.text:
            await update.message.reply_text(update.message.text)

    with FakeTelegramServer() as server:
        builder = ApplicationBuilder().token(server.token).base_url(server.bot_base_url)
        if transport == "aiohttp":
            builder = carried_by_aiohttp(builder)
        app: Application[Any, Any, Any, Any, Any, Any] = builder.build()
        app.add_handler(MessageHandler(filters.TEXT, echo))
        name = "bare PTB echo" + (" (on aiohttp, reference)" if transport == "aiohttp" else "")
        async with app:
            await app.start()
            assert app.updater is not None
            await app.updater.start_polling(poll_interval=0, timeout=10)
            figures = await measure(name, server, [5000 + n for n in range(PAIRS)], burst, rounds)
            await app.updater.stop()
            await app.stop()
    return figures


async def relay_figures(database: str, burst: int, rounds: int, rate_limited: bool) -> Figures:
    """skp-bot's real runtime: citizens linked to workers, each citizen message relayed to its worker."""
    with tempfile.TemporaryDirectory() as folder, FakeTelegramServer() as server:
        url, cleanup = _database(database, folder)
        engine = make_engine(url)
        migrate.upgrade(engine)
        clock = RunningClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
        bot = BotUnderTest.build(server, engine, generate_secret(), load_profile("default"), clock)
        bot.rate_limited = rate_limited
        await bot.start()
        citizens = []
        for n in range(PAIRS):
            worker, citizen = 1000 + n, 2000 + n
            await bot.enrolled_worker(worker, f"Worker{n}")
            (invite,) = await bot.says(worker, f"/invite Alias{n}")
            code = CODE.search(invite["text"])
            assert code is not None
            await bot.says(citizen, code.group())
            citizens.append(citizen)
        limiter = "rate limiter on" if rate_limited else "no rate limiter"
        figures = await measure(f"skp-bot relay ({database}, {limiter})", server, citizens, burst, rounds)
        await bot.stop()
        engine.dispose()
        cleanup()
    return figures


def _database(kind: str, folder: str) -> tuple[str, Any]:
    if kind == "sqlite":
        return f"sqlite:///{folder}/bench.db", lambda: None
    schema = f"bench_{secrets.token_hex(4)}"
    admin = create_engine(POSTGRES)
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))

    def drop() -> None:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()

    return f"{POSTGRES}?options=-csearch_path%3D{schema}", drop


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--burst", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3, help="pairs of runs; the medians are reported")
    parser.add_argument("--rate-limited", action="store_true", help="keep PTB's AIORateLimiter on in skp-bot")
    parser.add_argument(
        "--reference", action="store_true", help="also run the echo bot on skp-bot's HTTP transport (aiohttp)"
    )
    args = parser.parse_args()
    databases = ["sqlite", "postgresql"] if args.database == "both" else [args.database]
    for database in databases:
        pairs = []
        for _ in range(args.repeat):
            echo = await echo_figures(args.burst, args.rounds)
            relay = await relay_figures(database, args.burst, args.rounds, args.rate_limited)
            print(echo.line())
            print(relay.line())
            pairs.append(Pair(echo, relay))
            if args.reference:
                same = await echo_figures(args.burst, args.rounds, transport="aiohttp")
                print(same.line())
                print(
                    f"{'':<28} relay/echo on the same transport {relay.per_second / same.per_second:.2f}   "
                    f"p99 {relay.p99_ms / same.p99_ms:.2f}"
                )
        throughput, p99 = median_ratios(pairs)
        print(
            f"{'':<28} ratio relay/echo {throughput:.2f} (target ≥ 0.5)   "
            f"p99 relay/echo {p99:.2f} (target ≤ 2)   medians of {len(pairs)}: "
            + ", ".join(f"{pair.throughput:.2f}/{pair.p99:.2f}" for pair in pairs)
            + "\n"
        )


if __name__ == "__main__":
    asyncio.run(main())
