"""How long the web console's pages take for a lead of a busy team, on a database with a year of history.

    python -m benchmarks.console_pages [--database sqlite|postgresql|both] [--messages 100000]

Seeds what benchmarks/figures_cost.py seeds (500 citizens, a year of messages, reports), gives the
citizens to ten workers, a check-in today for each of 200 of them, and 200 readable messages in one
citizen's thread; then signs a lead in (a one-time link, as /web gives) and times each page through the
real Starlette app (median and worst of 10, in-process: no network). A page should answer well within a
second; the day is what a lead opens first.
"""

import argparse
import tempfile
from datetime import timedelta

from sqlalchemy import insert, update
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.testclient import TestClient

from benchmarks.figures_cost import NOW, analyse, seed, timed
from benchmarks.relay_vs_echo import _database
from bot import bootstrap, migrate
from bot.crypto import Vault, generate_secret
from bot.db import make_engine
from bot.models import Checkin, CheckinAgreement, Citizen, Message, Worker
from bot.profile import load_profile
from bot.services import console_sessions
from handlers.console.app import console_app
from handlers.console.web import COOKIE
from tests.fakes.clock import FakeClock

WORKERS = 10
PAGES = ("/", "/citizens", "/citizens/1", "/reports", "/team", "/figures", "/access")


def team(engine: object, vault: Vault) -> None:
    """Ten active workers (the first a lead), the citizens shared among them, check-ins today."""
    today = NOW.replace(hour=9)
    with engine.begin() as connection:  # type: ignore[attr-defined]
        connection.execute(
            insert(Worker),
            [
                {
                    "id": n,
                    "team_id": 1,
                    "name": f"Worker {n}",
                    "is_lead": n == 1,
                    "status": "active",
                    "language": "da",
                    "on_duty": True,
                    "created_at": NOW,
                    "enrolled_at": NOW,
                    "telegram_chat_hash": f"{n:064d}",
                    "telegram_chat_enc": vault.seal(str(5000 + n)),
                }
                for n in range(1, WORKERS + 1)
            ],
        )
        for n in range(1, WORKERS + 1):
            connection.execute(update(Citizen).where(Citizen.id % WORKERS == n % WORKERS).values(worker_id=n))
        connection.execute(
            insert(CheckinAgreement),
            [
                {
                    "id": n,
                    "citizen_id": n,
                    "worker_id": 1 + n % WORKERS,
                    "cadence": "man 10:00",
                    "contact_form": "home_visit",
                    "status": "active",
                    "remind_citizen": False,
                    "next_due_at": today + timedelta(days=7),
                    "created_at": NOW - timedelta(days=60),
                }
                for n in range(1, 201)
            ],
        )
        connection.execute(
            insert(Checkin),
            [
                {
                    "agreement_id": n,
                    "due_at": today + timedelta(minutes=n),
                    "outcome": "pending",
                    "one_off": False,
                }
                for n in range(1, 201)
            ],
        )
        connection.execute(
            insert(Message),
            [
                {
                    "citizen_id": 1,
                    "worker_id": None if n % 2 else 1,
                    "direction": "in" if n % 2 else "out",
                    "channel": "telegram",
                    "body_enc": vault.seal(f"besked nummer {n}"),
                    "delivery_status": "received" if n % 2 else "sent",
                    "created_at": NOW - timedelta(minutes=10 * (200 - n)),
                }
                for n in range(200)
            ],
        )


def page_timed(client: TestClient, path: str, times: int = 10) -> tuple[float, float]:
    """Median and worst of `times` requests for a page (each must answer 200), by figures_cost's `timed`."""

    def get() -> None:
        answer = client.get(path)
        assert answer.status_code == 200, (path, answer.status_code)

    return timed(get, times)


def measure(kind: str, messages: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        url, drop = _database(kind, folder)
        engine = make_engine(url)
        try:
            migrate.upgrade(engine)
            vault = Vault.from_secret(generate_secret())
            seed(engine, messages)
            team(engine, vault)
            analyse(engine)
            deps = bootstrap.build(
                engine,
                vault=vault,
                clock=FakeClock(NOW),
                profile=load_profile("default"),
                public_base_url="http://bench",
            )
            with deps.new_uow() as uow:
                lead = uow.workers.get(1)
                assert lead is not None
                token = console_sessions.new_link(uow, lead, NOW)
                viewer = console_sessions.open_session(uow, token, NOW)
                uow.commit()
            assert viewer is not None
            client = TestClient(
                Starlette(routes=[Mount("/console", app=console_app(deps))]), base_url="http://bench/console"
            )
            client.cookies.set(COOKIE, viewer.session_token)
            figures = [f"{page} {page_timed(client, page)[0] * 1000:.0f} ms" for page in PAGES]
            year = page_timed(
                client, f"/figures?from={(NOW - timedelta(days=364)).date()}&to={NOW.date()}", 3
            )
            print(
                f"{kind:10} {messages:>7} messages, 500 citizens, 200 check-ins today (median of 10): "
                + ", ".join(figures)
                + f"; a year of figures {year[0] * 1000:.0f} ms (worst {year[1] * 1000:.0f} ms)"
            )
        finally:
            engine.dispose()
            drop()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--messages", type=int, default=100_000)
    args = parser.parse_args()
    for kind in ["sqlite", "postgresql"] if args.database == "both" else [args.database]:
        measure(kind, args.messages)


if __name__ == "__main__":
    main()
