"""The cost of a worker's check-in commands as the team grows: `/checkin ALIAS CADENCE`, a tap on done,
`/away FROM TO COLLEAGUE`, each through `receive` (stored, routed, answered via the outbox).

    python -m benchmarks.worker_checkins [--database sqlite|postgresql|both] [--rounds 200]

Prints milliseconds per command (median and p95) for teams of 100, 1,000 and 10,000 citizens. The alias
lookup reads the team's citizens by index; the figures show whether a large team costs more per command.
The worker is a lead (so `/checkin` reaches any citizen of the team) with a caseload of 25 of their own.
"""

import argparse
import secrets
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from itertools import count

from sqlalchemy import Engine, create_engine, select, text

from bot import bootstrap, buttons, migrate
from bot.channels import Inbound
from bot.crypto import Vault, generate_secret
from bot.db import make_engine
from bot.models import Checkin, CheckinAgreement, Citizen
from bot.models.enums import Channel, CitizenStatus
from bot.profile import load_profile
from bot.services import staff
from bot.services.context import Deps
from bot.services.inbound import receive
from tests.fakes.clock import FakeClock

POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SIZES = (100, 1_000, 10_000)
CASELOAD = 25  # the worker's own citizens; the rest of the team's belong to colleagues
WORKER, COLLEAGUE = "1001", "1002"


@contextmanager
def database(kind: str) -> Iterator[Engine]:
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            engine = make_engine(f"sqlite:///{folder}/bench.db")
            yield engine
            engine.dispose()
        return
    schema = f"bench_{secrets.token_hex(4)}"
    admin = create_engine(POSTGRES)
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    engine = make_engine(f"{POSTGRES}?options=-csearch_path%3D{schema}")
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def team_of(engine: Engine, size: int) -> tuple[Deps, Callable[[str, str | None], None], int]:
    """A migrated database with two enrolled workers (the first a lead) and `size` citizens in the team,
    `CASELOAD` of them the lead's own: a team grows by citizens, a worker's caseload does not."""
    migrate.upgrade(engine)
    profile, clock = load_profile("default"), FakeClock()
    deps = bootstrap.build(engine, vault=Vault.from_secret(generate_secret()), clock=clock, profile=profile)
    staff.sync_profile_teams(deps.new_uow(), clock, profile)
    ids = count(1)

    def say(address: str, typed: str | None, choice: str | None = None) -> None:
        receive(deps, Inbound(Channel.TELEGRAM, address, f"u{next(ids)}", text=typed or "", choice=choice))

    for address, name, lead in ((WORKER, "Susanne", True), (COLLEAGUE, "Vivian", False)):
        new = staff.add_worker(
            deps.new_uow(), deps.vault, clock, profile, name=name, team_name="SKP", lead=lead
        )
        say(address, f"/start {new.enrolment_code}")
    with deps.new_uow() as uow:
        worker = uow.workers.by_telegram_chat(deps.vault.lookup_hashes(WORKER))
        assert worker is not None
        uow.session.add_all(
            Citizen(
                team_id=worker.team_id,
                alias=f"Borger {n}",
                worker_id=worker.id if n < CASELOAD else None,
                status=CitizenStatus.ACTIVE,
                created_at=clock.now(),
            )
            for n in range(size)
        )
        uow.commit()
    return deps, say, worker.id


def timed(action: Callable[[int], None], rounds: int) -> tuple[float, float]:
    spent = []
    for n in range(rounds):
        started = time.perf_counter()
        action(n)
        spent.append((time.perf_counter() - started) * 1000)
    spent.sort()
    return statistics.median(spent), spent[int(len(spent) * 0.95) - 1]


def bench(kind: str, size: int, rounds: int) -> None:
    with database(kind) as engine:
        deps, say, _ = team_of(engine, size)
        agree = timed(lambda n: say(WORKER, f"/checkin Borger {n * 7 % size} tir,fre 10:00"), rounds)
        with deps.new_uow() as uow:
            due = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
            agreements = uow.session.scalars(select(CheckinAgreement.id)).all()
            rows = [
                Checkin(agreement_id=agreements[n % len(agreements)], due_at=due + timedelta(minutes=n))
                for n in range(rounds)
            ]
            uow.session.add_all(rows)
            uow.commit()
            checkin_ids = [row.id for row in rows]
        tap = timed(lambda n: say(WORKER, None, buttons.checkin_done(checkin_ids[n])), rounds)
        first = date(2027, 1, 4)

        def away(n: int) -> None:
            start = first + timedelta(days=3 * n)
            say(WORKER, f"/away {start.isoformat()} {(start + timedelta(days=1)).isoformat()} Vivian")

        absence = timed(away, min(rounds, 100))
    for name, (median, p95) in (("/checkin ALIAS CADENCE", agree), ("tap done", tap), ("/away", absence)):
        print(f"{kind:<10} {size:>6} citizens  {name:<24} median {median:6.2f} ms   p95 {p95:6.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--rounds", type=int, default=200)
    options = parser.parse_args()
    kinds = ["sqlite", "postgresql"] if options.database == "both" else [options.database]
    for kind in kinds:
        for size in SIZES:
            bench(kind, size, options.rounds)


if __name__ == "__main__":
    main()
