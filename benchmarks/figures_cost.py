"""What a `/metrics` scrape and a month of `skp-bot stats` cost on a database with years of history.

    python -m benchmarks.figures_cost [--database sqlite|postgresql|both] [--messages 500000]

Seeds `messages` relayed over a year (and as many sent outbox rows), a few hundred pending ones, reminders
and concern reports, then prints how long a process' first scrape takes (it counts all messages once),
the median and worst of the next 20 (they read only what is new), of 5 one-month `period_stats`, and of
3 years week by week (`weekly_figures`, the console's Figures: 53 weeks in one pass over the messages).
A Prometheus scrape runs every 15-60 s; it should stay well under a second.
"""

import argparse
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, text

from benchmarks.relay_vs_echo import _database
from bot import bootstrap, migrate
from bot.crypto import Vault, generate_secret
from bot.db import make_engine
from bot.models import Citizen, ConcernReport, Message, OutboxMessage, Reminder, Team
from bot.profile import load_profile
from bot.services.metrics import FiguresReader
from bot.services.stats import period_stats
from bot.services.weekly_figures import weekly_figures
from tests.fakes.clock import FakeClock

NOW = datetime(2026, 11, 23, 8, tzinfo=UTC)
BATCH = 10_000
SEALED = "gAAAAA" + "x" * 120  # the size of a sealed short text; sealing a million would time the seed


def seed(engine: object, messages: int) -> None:
    """A year of a busy team: `messages` relayed, each also an outbox row, 200 still pending."""
    with engine.begin() as connection:  # type: ignore[attr-defined]
        connection.execute(insert(Team), [{"id": 1, "name": "SKP", "created_at": NOW}])
        citizens = 500
        connection.execute(
            insert(Citizen),
            [
                {"id": n, "team_id": 1, "alias": f"c{n}", "status": "active", "created_at": NOW}
                for n in range(1, citizens + 1)
            ],
        )
        year = timedelta(days=365).total_seconds()
        for start in range(0, messages, BATCH):
            rows = range(start, min(start + BATCH, messages))
            at = [NOW - timedelta(seconds=year * (messages - n) / messages) for n in rows]
            connection.execute(
                insert(Message),
                [
                    {
                        "citizen_id": 1 + n % citizens,
                        "direction": "in" if n % 2 else "out",
                        "channel": "sms" if n % 3 == 0 else "telegram",
                        "body_enc": SEALED,
                        "delivery_status": "received" if n % 2 else "sent",
                        "created_at": moment,
                    }
                    for n, moment in zip(rows, at, strict=True)
                ],
            )
            connection.execute(
                insert(OutboxMessage),
                [
                    {
                        "idempotency_key": f"k{n}",
                        "channel": "telegram",
                        "recipient_hash": f"{n % citizens:064d}",
                        "recipient_enc": SEALED,
                        "body_enc": SEALED,
                        "status": "pending" if n >= messages - 200 else "sent",
                        "attempts": 0,
                        "next_attempt_at": moment,
                        "created_at": moment,
                    }
                    for n, moment in zip(rows, at, strict=True)
                ],
            )
        connection.execute(
            insert(Reminder),
            [
                {
                    "key": f"checkin:{n}",
                    "kind": "checkin" if n % 4 else "overview",
                    "due_at": NOW - timedelta(minutes=n),
                    "sent_at": NOW - timedelta(minutes=n),
                    "late": n % 50 == 0,
                }
                for n in range(messages // 10)
            ],
        )
        connection.execute(
            insert(ConcernReport),
            [
                {
                    "team_id": 1,
                    "reporter_category": "neighbour",
                    "anonymous": True,
                    "urgency": "this_week",
                    "status": "new" if n % 10 == 0 else "taken",
                    "deadline_at": NOW + timedelta(hours=n % 200 - 100),
                    "created_at": NOW - timedelta(days=n % 365),
                    "taken_at": None if n % 10 == 0 else NOW - timedelta(days=n % 365) + timedelta(hours=20),
                }
                for n in range(messages // 100)
            ],
        )


def analyse(engine: Any) -> None:
    """PostgreSQL's planner statistics, as autovacuum keeps them on a live database (a bulk load has none
    yet). SQLite is left as skp-bot leaves it: nothing runs ANALYZE there."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text("ANALYZE"))


def timed(action: object, times: int) -> tuple[float, float]:
    seconds = []
    for _ in range(times):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), max(seconds)


def measure(kind: str, messages: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        url, drop = _database(kind, folder)
        engine = make_engine(url)
        try:
            migrate.upgrade(engine)
            started = time.perf_counter()
            seed(engine, messages)
            analyse(engine)
            seeded = time.perf_counter() - started
            profile = load_profile("default")
            deps = bootstrap.build(
                engine, vault=Vault.from_secret(generate_secret()), clock=FakeClock(NOW), profile=profile
            )
            reader = FiguresReader(deps)
            first = timed(reader, 1)[0]
            scrape = timed(reader, 20)
            month = timed(
                lambda: period_stats(deps.new_uow(), profile, date(2026, 10, 1), date(2026, 10, 31)), 5
            )
            year = timed(
                lambda: weekly_figures(deps.new_uow, profile, date(2025, 11, 24), date(2026, 11, 22)), 3
            )
            print(
                f"{kind:10} {messages:>9} messages (seeded in {seeded:.0f} s): "
                f"/metrics first scrape {first * 1000:.0f} ms, then median {scrape[0] * 1000:.1f} ms, "
                f"worst {scrape[1] * 1000:.1f} ms; "
                f"stats for one month median {month[0] * 1000:.0f} ms, worst {month[1] * 1000:.0f} ms; "
                f"a year week by week (the console's Figures) median {year[0] * 1000:.0f} ms, "
                f"worst {year[1] * 1000:.0f} ms"
            )
        finally:
            engine.dispose()
            drop()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--messages", type=int, default=500_000)
    args = parser.parse_args()
    for kind in ["sqlite", "postgresql"] if args.database == "both" else [args.database]:
        measure(kind, args.messages)


if __name__ == "__main__":
    main()
