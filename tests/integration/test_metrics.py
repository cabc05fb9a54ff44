"""`GET /metrics` through the HTTP app on real rows (SQLite and PostgreSQL): what a dashboard shows."""

import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import Engine

from bot import bootstrap
from bot.crypto import Vault
from bot.db import make_engine
from bot.models.enums import Direction, OutboxStatus, ReminderKind, ReportStatus
from bot.profile import load_profile
from bot.services.metrics import FiguresReader
from bot.uow import SqlAlchemyUnitOfWork
from handlers.http import build_http_app
from tests.fakes.clock import FakeClock
from tests.fakes.deps import deps_on
from tests.integration.rows import Rows

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


async def scrape(read: Callable[[], object], engine: Engine) -> httpx.Response:
    app = build_http_app(engine, "test", read_figures=read)  # type: ignore[arg-type]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://skp.test") as client:
        return await client.get("/metrics")


def samples(body: str) -> Samples:
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(body)
        for sample in family.samples
    }


@pytest.fixture
def rows(uow: SqlAlchemyUnitOfWork, vault: Vault, clock: FakeClock) -> Rows:
    return Rows(uow, vault, clock.now())


async def test_the_dashboard_shows_messages_outbox_reminders_and_report_deadlines(
    migrated: Engine, uow: SqlAlchemyUnitOfWork, rows: Rows, vault: Vault, clock: FakeClock
) -> None:
    now = clock.now()
    team = rows.team()
    ravn = rows.citizen(team, "Ravn", now - timedelta(days=10))
    for minutes in (50, 40, 30):
        rows.message(ravn, Direction.INBOUND, now - timedelta(minutes=minutes))
    rows.message(ravn, Direction.INBOUND, now - timedelta(minutes=20), channel="sms")
    rows.message(ravn, Direction.OUTBOUND, now - timedelta(minutes=10), channel="sms")
    rows.message(ravn, Direction.OUTBOUND, now - timedelta(minutes=5), channel="sms")
    rows.outbox("telegram", OutboxStatus.PENDING, now - timedelta(minutes=10))
    rows.outbox("telegram", OutboxStatus.PENDING, now - timedelta(minutes=3))
    rows.outbox("sms", OutboxStatus.PENDING, now - timedelta(minutes=1))
    rows.outbox("sms", OutboxStatus.SENT, now - timedelta(hours=5))
    rows.outbox("sms", OutboxStatus.FAILED, now - timedelta(hours=4))
    with uow:
        for day, late in ((1, False), (2, True), (3, False)):
            due = now - timedelta(days=day)
            uow.reminders.claim(f"checkin:{day}", ReminderKind.CHECKIN, due_at=due, now=due, late=late)
        uow.reminders.claim("overview:1", ReminderKind.OVERVIEW, due_at=now, now=now)
        uow.commit()
    created = now - timedelta(days=6)
    rows.report(team, created, deadline_at=now + timedelta(hours=12))  # at risk
    rows.report(team, created, deadline_at=now + timedelta(days=3))  # not yet
    rows.report(team, created, deadline_at=now - timedelta(hours=1))  # passed
    rows.report(team, created, deadline_at=now - timedelta(hours=1), status=ReportStatus.TAKEN, taken_at=now)
    rows.report(team, created, deadline_at=None)  # the profile sets no deadline: never at risk

    response = await scrape(FiguresReader(deps_on(migrated, vault, clock)), migrated)

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    shown = samples(response.text)
    assert shown[("skp_messages_total", (("channel", "telegram"), ("direction", "in")))] == 3
    assert shown[("skp_messages_total", (("channel", "sms"), ("direction", "in")))] == 1
    assert shown[("skp_messages_total", (("channel", "sms"), ("direction", "out")))] == 2
    assert shown[("skp_messages_total", (("channel", "telegram"), ("direction", "out")))] == 0
    assert shown[("skp_outbox_pending", (("channel", "telegram"),))] == 2
    assert shown[("skp_outbox_pending", (("channel", "sms"),))] == 1
    assert shown[("skp_outbox_oldest_pending_age_seconds", ())] == 600
    assert shown[("skp_outbox_given_up", (("channel", "sms"),))] == 1
    assert shown[("skp_reminders_sent_total", (("kind", "checkin"),))] == 3
    assert shown[("skp_reminders_late_total", (("kind", "checkin"),))] == 1
    assert shown[("skp_reminders_sent_total", (("kind", "overview"),))] == 1
    assert shown[("skp_reminders_late_total", (("kind", "overview"),))] == 0
    assert shown[("skp_reminders_sent_total", (("kind", "report_overdue"),))] == 0
    assert shown[("skp_reports_deadline_at_risk", ())] == 1
    assert shown[("skp_reports_deadline_passed", ())] == 1


async def test_an_empty_database_shows_every_series_at_zero(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    response = await scrape(FiguresReader(deps_on(migrated, vault, clock)), migrated)

    shown = samples(response.text)
    assert response.status_code == 200
    assert shown[("skp_outbox_oldest_pending_age_seconds", ())] == 0
    for kind in ReminderKind:
        assert shown[("skp_reminders_sent_total", (("kind", kind.value),))] == 0
    assert sum(v for (name, _), v in shown.items() if name == "skp_messages_total") == 0
    assert len([name for name, _ in shown if name == "skp_messages_total"]) == 4


async def test_the_figures_come_from_the_database_so_a_restarted_replica_shows_the_same(
    migrated: Engine, rows: Rows, vault: Vault, clock: FakeClock
) -> None:
    team = rows.team()
    ravn = rows.citizen(team, "Ravn", clock.now())
    rows.message(ravn, Direction.INBOUND, clock.now())
    deps = deps_on(migrated, vault, clock)
    first = samples((await scrape(FiguresReader(deps), migrated)).text)

    other_engine = make_engine(migrated.url.render_as_string(hide_password=False))
    try:
        replica = deps_on(other_engine, vault, clock)
        second = samples((await scrape(FiguresReader(replica), other_engine)).text)
    finally:
        other_engine.dispose()

    def business(shown: Samples) -> Samples:
        return {key: v for key, v in shown.items() if key[0].startswith("skp_") and "read" not in key[0]}

    assert business(first) == business(second)
    assert first[("skp_messages_total", (("channel", "telegram"), ("direction", "in")))] == 1


async def test_messages_and_reminders_written_between_scrapes_are_counted_once(
    migrated: Engine, uow: SqlAlchemyUnitOfWork, rows: Rows, vault: Vault, clock: FakeClock
) -> None:
    team = rows.team()
    ravn = rows.citizen(team, "Ravn", clock.now())
    rows.message(ravn, Direction.INBOUND, clock.now() - timedelta(days=3))
    deps = deps_on(migrated, vault, clock)
    reader = FiguresReader(deps)
    telegram_in = ("skp_messages_total", (("channel", "telegram"), ("direction", "in")))
    late_nudges = ("skp_reminders_late_total", (("kind", "nudge"),))
    seen = []

    def nudge(key: str, late: bool) -> None:
        with uow:
            uow.reminders.claim(key, ReminderKind.NUDGE, due_at=clock.now(), now=clock.now(), late=late)
            uow.commit()

    async def count() -> tuple[float, float]:
        shown = samples((await scrape(reader, migrated)).text)
        return shown[telegram_in], shown[late_nudges]

    seen.append(await count())
    rows.message(ravn, Direction.INBOUND, clock.now())
    rows.message(ravn, Direction.INBOUND, clock.now())
    nudge("nudge:1", late=True)
    seen.append(await count())
    seen.append(await count())
    clock.advance(timedelta(minutes=5))  # those are settled now: counted from the tally, not afresh
    rows.message(ravn, Direction.INBOUND, clock.now())
    nudge("nudge:2", late=True)
    nudge("nudge:3", late=False)
    seen.append(await count())
    seen.append(await count())

    assert seen == [(1, 0), (3, 1), (3, 1), (4, 2), (4, 2)]
    assert samples((await scrape(FiguresReader(deps), migrated)).text)[telegram_in] == 4  # a fresh start


async def test_no_label_or_value_names_a_person(
    migrated: Engine, rows: Rows, vault: Vault, clock: FakeClock
) -> None:
    now = clock.now()
    team = rows.team("Gadeteamet")
    ravn = rows.citizen(team, "Ravnen-fra-Nørrebro", now)
    rows.message(ravn, Direction.INBOUND, now, text="jeg sover under broen ved 27243949")
    rows.outbox("sms", OutboxStatus.PENDING, now, to="+4527243949")
    rows.report(team, now, deadline_at=now + timedelta(hours=2))

    response = await scrape(FiguresReader(deps_on(migrated, vault, clock)), migrated)

    labels = {value for (_, pairs) in samples(response.text) for _, value in pairs}
    assert labels <= {"telegram", "sms", "in", "out"} | {kind.value for kind in ReminderKind}
    for personal in ("Ravnen", "Gadeteamet", "27243949", "broen"):
        assert personal not in response.text


async def test_a_database_that_is_down_gives_a_clear_503() -> None:
    down = make_engine("postgresql+psycopg://skp@127.0.0.1:1/skp?connect_timeout=2")
    deps = bootstrap.build(
        down, vault=Vault.from_secret("x" * 40), clock=FakeClock(), profile=load_profile("default")
    )

    response = await scrape(FiguresReader(deps), down)

    assert response.status_code == 503
    assert response.text == "database unavailable\n"
    down.dispose()


async def test_the_readme_documents_every_figure_shown(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")

    response = await scrape(FiguresReader(deps_on(migrated, vault, clock)), migrated)

    shown = {name for name, _ in samples(response.text) if name.startswith("skp_")}
    documented = set(re.findall(r"`(skp_[a-z_]+)[`{]", readme))
    assert shown == documented
