"""The cost of one scheduler tick with 1,000, 10,000 and 100,000 check-in agreements, the same number due.

    python -m benchmarks.scheduler_tick [--database sqlite|postgresql|both] [--due 50] [--ticks 5]

Target (issue 5): a tick's cost grows with what is due, not with how many agreements exist — the 100k
tick with the same number due costs at most 2x the 1k tick. Printed per size: the median time of a tick
that plans and sends `due` reminders, of an idle tick (nothing due), the Python memory a tick allocates
at its peak (tracemalloc), and the process's resident memory.
"""

import argparse
import resource
import statistics
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, insert, update

from benchmarks.relay_vs_echo import _database
from bot import migrate
from bot.crypto import Vault, generate_secret
from bot.db import make_engine
from bot.models import CheckinAgreement, Citizen, Team, Worker
from bot.models.enums import AgreementStatus, CitizenStatus, ContactForm, WorkerStatus
from scheduling.tick import run_tick
from tests.fakes.clock import FakeClock
from tests.fakes.deps import deps_on

NOW = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)  # a Tuesday, 14:00 in Copenhagen: no overview due
WORKERS = 20


def populate(engine: Engine, vault: Vault, size: int) -> None:
    """`size` active citizens, each with a weekly agreement whose next check-in is days away."""
    with engine.begin() as connection:
        connection.execute(insert(Team).values(id=1, name="SKP", created_at=NOW))
        connection.execute(
            insert(Worker),
            [
                {
                    "id": n,
                    "team_id": 1,
                    "name": f"Worker {n}",
                    "status": WorkerStatus.ACTIVE,
                    "telegram_chat_hash": vault.lookup_hash(str(1000 + n)),
                    "telegram_chat_enc": vault.seal(str(1000 + n)),
                    "created_at": NOW,
                }
                for n in range(1, WORKERS + 1)
            ],
        )
        for start in range(0, size, 10_000):
            rows = range(start + 1, min(size, start + 10_000) + 1)
            connection.execute(
                insert(Citizen),
                [
                    {
                        "id": n,
                        "team_id": 1,
                        "alias": f"Borger {n}",
                        "worker_id": 1 + n % WORKERS,
                        "status": CitizenStatus.ACTIVE,
                        "created_at": NOW,
                        "last_contact_at": NOW,
                        "review_due_at": NOW + timedelta(days=90),
                    }
                    for n in rows
                ],
            )
            connection.execute(
                insert(CheckinAgreement),
                [
                    {
                        "id": n,
                        "citizen_id": n,
                        "worker_id": 1 + n % WORKERS,
                        "cadence": "tor 10:00",
                        "contact_form": ContactForm.HOME_VISIT,
                        "status": AgreementStatus.ACTIVE,
                        "remind_citizen": False,
                        "next_due_at": NOW + timedelta(days=2, hours=n % 48),
                        "created_at": NOW,
                    }
                    for n in rows
                ],
            )


def make_due(engine: Engine, first: int, count: int, clock: FakeClock) -> None:
    """Bring `count` agreements' next check-in to 30 minutes from now: their reminders are due."""
    with engine.begin() as connection:
        connection.execute(
            update(CheckinAgreement)
            .where(CheckinAgreement.id >= first, CheckinAgreement.id < first + count)
            .values(next_due_at=clock.now() + timedelta(minutes=30))
        )


def measure(kind: str, size: int, due: int, ticks: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        url, drop = _database(kind, folder)
        engine = make_engine(url)
        try:
            migrate.upgrade(engine)
            vault = Vault.from_secret(generate_secret())
            populate(engine, vault, size)
            clock = FakeClock(NOW)
            deps = deps_on(engine, vault, clock)
            run_tick(deps)  # warm: caches, prepared statements
            busy, idle, peaks = [], [], []
            for n in range(ticks * 2):
                clock.advance(timedelta(minutes=1))
                make_due(engine, 1 + n * due, due, clock)
                traced = n % 2 == 1  # every other tick under tracemalloc, which slows Python down
                if traced:
                    tracemalloc.start()
                started = time.perf_counter()
                report = run_tick(deps)
                if traced:
                    peaks.append(tracemalloc.get_traced_memory()[1])
                    tracemalloc.stop()
                else:
                    busy.append(time.perf_counter() - started)
                assert report.counts["remind"] == due and not report.failed, report
                clock.advance(timedelta(seconds=15))
                started = time.perf_counter()
                run_tick(deps)
                idle.append(time.perf_counter() - started)
            return {
                "busy_ms": statistics.median(busy) * 1000,
                "idle_ms": statistics.median(idle) * 1000,
                "peak_kib": statistics.median(peaks) / 1024,
                "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        finally:
            engine.dispose()
            drop()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--due", type=int, default=50)
    parser.add_argument("--ticks", type=int, default=5)
    parser.add_argument("--sizes", default="1000,10000,100000")
    args = parser.parse_args()
    databases = ["sqlite", "postgresql"] if args.database == "both" else [args.database]
    sizes = [int(size) for size in args.sizes.split(",")]
    for kind in databases:
        print(f"\n{kind}: a tick with {args.due} reminders due, median of {args.ticks}")
        print(f"{'agreements':>11} {'tick ms':>9} {'idle ms':>9} {'tick peak KiB':>14} {'max RSS MiB':>12}")
        results = {}
        for size in sizes:
            results[size] = figures = measure(kind, size, args.due, args.ticks)
            print(
                f"{size:>11,} {figures['busy_ms']:>9.1f} {figures['idle_ms']:>9.1f} "
                f"{figures['peak_kib']:>14.0f} {figures['rss_mib']:>12.0f}"
            )
        ratio = results[sizes[-1]]["busy_ms"] / results[sizes[0]]["busy_ms"]
        print(f"tick {sizes[-1]:,} / {sizes[0]:,}: {ratio:.2f}x (target ≤ 2)")


if __name__ == "__main__":
    main()
