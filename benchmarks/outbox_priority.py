"""Crisis-answer latency behind a backlog: 1,000 notices queued for 100 chats, sent at Telegram's pace.

    python -m benchmarks.outbox_priority [--database sqlite|postgresql|both] [--answers 40]

Goal (issue 15): a crisis answer written while the backlog drains reaches the wire within 2 s (p99).
The channel is the fake sender at 30 messages a second, 4 on the wire at once (as `TelegramSender`). Two
kinds of crisis answer, written one every 0.4 s while the backlog drains, from the moment its
transaction commits to the moment the channel accepted it:
- written by this process for a chat with nothing queued (the usual case: a citizen writes in): leased
  to its writer at the commit, it waits only for the sends already on the wire;
- written where no drainer hears of it (another process) for a chat with notices still queued: the next
  round leases it, and that chat's older notices go first, one round each.
Printed: p50, p99 and max per kind, and how much of the backlog was still queued when the last answer
went out.
"""

import argparse
import asyncio
import statistics
import tempfile
import time
from datetime import UTC, datetime

from benchmarks.relay_vs_echo import _database
from bot import migrate
from bot.channels import Delivery
from bot.crypto import Vault, generate_secret
from bot.db import make_engine
from bot.models.enums import Channel, OutboxKind
from bot.outbox import Outbox, OutboxDrainer
from bot.services.context import Deps
from tests.fakes.clock import RunningClock
from tests.fakes.deps import another_process, deps_on
from tests.fakes.senders import FakeSender

CHATS = [str(2000 + n) for n in range(100)]
PER_CHAT = 10
START = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)  # the morning overview's hour


class Timed(FakeSender):
    """The fake channel, noting when it accepted each text."""

    def __init__(self) -> None:
        super().__init__(per_second=30, in_flight=4)
        self.accepted: dict[str, float] = {}

    async def send(self, delivery: Delivery) -> str:
        message_id = await super().send(delivery)
        self.accepted[delivery.text] = time.perf_counter()
        return message_id


def queue(deps: Deps, origin: str, rows: list[tuple[str, str, OutboxKind]]) -> float:
    """Rows (chat, text, kind) in one transaction; when it committed."""
    with deps.new_uow() as uow:
        out = Outbox(uow, deps, origin, deps.clock.now())
        for chat, text, kind in rows:
            out.add(Channel.TELEGRAM, chat, text, kind=kind)
        uow.commit()
    return time.perf_counter()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def run(database: str, answers: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        url, drop = _database(database, folder)
        engine = make_engine(url)
        try:
            migrate.upgrade(engine)
            deps = deps_on(engine, Vault.from_secret(generate_secret()), RunningClock(START))
            other = another_process(deps)
            backlog = [
                (chat, f"Overblik {chat} {n}", OutboxKind.INFO) for n in range(PER_CHAT) for chat in CHATS
            ]
            queue(other, "overview", backlog)
            telegram = Timed()
            drainer = OutboxDrainer(deps, {"telegram": telegram})
            stop = asyncio.Event()
            running = asyncio.create_task(drainer.run(stop))
            written: dict[str, tuple[str, float]] = {}
            for n in range(answers):
                await asyncio.sleep(0.4)
                if n % 2 == 0:  # a citizen in crisis writes in: this process answers
                    text, how = f"Krise {n}", "fresh chat, this process"
                    written[text] = (how, queue(deps, f"crisis:{n}", [(f"9{n:03}", text, OutboxKind.CRISIS)]))
                else:  # written elsewhere, for a chat with notices queued
                    text, how = f"Krise {n}", "busy chat, another process"
                    chat = CHATS[-1 - n]
                    written[text] = (how, queue(other, f"crisis:{n}", [(chat, text, OutboxKind.CRISIS)]))
            while not all(text in telegram.accepted for text in written):
                await asyncio.sleep(0.05)
            left = PER_CHAT * len(CHATS) + answers - len(telegram.sent)
            stop.set()
            running.cancel()
            by_kind: dict[str, list[float]] = {}
            for text, (how, at) in written.items():
                by_kind.setdefault(how, []).append(telegram.accepted[text] - at)
            for how, latencies in by_kind.items():
                print(
                    f"{database:10} {how:28} n={len(latencies):3}  p50 {statistics.median(latencies):.3f} s"
                    f"  p99 {percentile(latencies, 0.99):.3f} s  max {max(latencies):.3f} s"
                )
            print(f"{database:10} backlog still queued when the last crisis answer went out: {left} of 1000")
        finally:
            engine.dispose()
            drop()


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--answers", type=int, default=40)
    arguments = parser.parse_args()
    for database in ["sqlite", "postgresql"] if arguments.database == "both" else [arguments.database]:
        await run(database, arguments.answers)


if __name__ == "__main__":
    asyncio.run(main())
