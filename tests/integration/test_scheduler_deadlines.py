"""The team's deadlines kept in sight: concern reports picked up in time (counted in Danish working
days), Thisted's written status before the period ends, reviews, Greve's inactivity, the handover after
an absence, and the nightly retention purge."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import Engine, select

from bot.crypto import Vault
from bot.models import ChannelIdentity, Citizen, ConcernReport, Message
from bot.models.enums import CitizenStatus, ReporterCategory, ReportStatus, Urgency
from bot.workdays import deadline_after
from scheduling.tick import run_retention
from tests.fakes.clock import FakeClock
from tests.integration.scheduling_world import (
    CITIZEN,
    LEAD,
    SUSANNE,
    VIVIAN,
    World,
    local,
    team_with_citizen,
)


def world_for(profile: str, engine: Engine, vault: Vault, clock: FakeClock) -> World:
    world = World(engine, vault, clock, profile=profile)
    team_with_citizen(world)
    return world


def new_report(world: World, received: datetime) -> int:
    deps = world.deps
    with deps.new_uow() as uow:
        report = ConcernReport(
            team_id=1,
            reporter_category=ReporterCategory.NEIGHBOUR,
            anonymous=True,
            urgency=Urgency.THIS_WEEK,
            concern_enc=deps.vault.seal("han virker forvirret"),
            status=ReportStatus.NEW,
            created_at=received,
            deadline_at=deadline_after(received, 5, deps.profile.tz),
        )
        uow.reports.add(report)
        uow.commit()
        return report.id


def texts(world: World, address: str, containing: str) -> list[tuple[datetime, str]]:
    return [(at, text) for at, text, _ in world.reminders(address) if containing in text]


def test_greve_a_report_not_taken_is_warned_of_the_day_before_and_alerted_when_five_working_days_pass(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    world = world_for("greve", migrated, vault, clock)
    # Received Friday 18 December: five working days skip the weekend and 24-26 December.
    clock.advance(local(2026, 12, 18, 11, 0) - clock.now())
    number = new_report(world, clock.now())

    world.walk(local(2027, 1, 2, 12, 0), step=timedelta(hours=2))

    warnings = texts(world, SUSANNE, "Frist nærmer sig")
    alerts = texts(world, LEAD, "Frist overskredet")
    assert len(warnings) == 1 and f"nr. {number}" in warnings[0][1] and "29.12. 23:59" in warnings[0][1]
    assert warnings[0][0].astimezone(world.deps.profile.tz).date() == date(2026, 12, 28)
    assert len(alerts) == 1 and alerts[0][0].astimezone(world.deps.profile.tz).date() == date(2026, 12, 30)


def test_a_report_taken_in_time_raises_no_alarm(migrated: Engine, vault: Vault, clock: FakeClock) -> None:
    world = world_for("greve", migrated, vault, clock)
    number = new_report(world, clock.now())
    with world.deps.new_uow() as uow:
        report = uow.reports.get(number)
        assert report is not None
        report.status = ReportStatus.TAKEN
        uow.commit()

    world.walk(clock.now() + timedelta(days=10), step=timedelta(hours=3))

    assert texts(world, SUSANNE, "Frist") == [] and texts(world, LEAD, "Frist") == []


def test_thisted_asks_for_the_written_status_before_the_period_ends_and_alerts_after(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    world = world_for("thisted", migrated, vault, clock)
    with world.deps.new_uow() as uow:
        citizen = uow.session.scalars(select(Citizen)).one()
        citizen.period_ends_on = date(2027, 1, 15)
        uow.commit()

    world.walk(local(2027, 1, 17, 12, 0), step=timedelta(hours=6))

    [(asked_at, asked)] = texts(world, SUSANNE, "skriftlig status")
    assert asked_at.astimezone(world.deps.profile.tz).date() == date(2026, 12, 16)  # 30 days before
    assert "15.1.2027" in asked
    assert len(texts(world, LEAD, "udløb 15.1.2027")) == 1
    assert len(texts(world, SUSANNE, "udløb 15.1.2027")) == 1


def test_the_worker_is_asked_every_review_interval_whether_the_citizen_can_move_on(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    world = world_for("default", migrated, vault, clock)

    world.walk(clock.now() + timedelta(days=185), step=timedelta(hours=12))

    asked = texts(world, SUSANNE, "almindeligt tilbud")
    assert len(asked) == 2  # after 90 and 180 days
    assert all("Ravn" in text for _, text in asked)


def test_greve_suggests_closing_a_citizen_silent_for_90_days_once_per_silence(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    world = world_for("greve", migrated, vault, clock)

    world.walk(clock.now() + timedelta(days=95), step=timedelta(hours=12))
    assert len(texts(world, SUSANNE, "ikke været i kontakt i 90 dage")) == 1

    world.says(CITIZEN, "hej, jeg er her stadig")
    world.walk(clock.now() + timedelta(days=30), step=timedelta(hours=12))
    assert len(texts(world, SUSANNE, "ikke været i kontakt")) == 1  # heard from: the silence starts over

    world.walk(clock.now() + timedelta(days=65), step=timedelta(hours=12))
    assert len(texts(world, SUSANNE, "ikke været i kontakt")) == 2


def test_bronderslev_never_suggests_closing_for_silence(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    world = world_for("bronderslev", migrated, vault, clock)

    world.walk(clock.now() + timedelta(days=120), step=timedelta(days=1))

    assert texts(world, SUSANNE, "ikke været i kontakt") == []


def test_back_from_absence_the_worker_gets_a_handover_of_what_happened(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    world = world_for("default", migrated, vault, clock)
    world.agree("Ravn", "tir 10:00")
    world.away("Susanne", date(2026, 11, 23), date(2026, 11, 27), cover="Vivian")
    world.says(CITIZEN, "er du der?")
    world.says(CITIZEN, "ok, jeg venter")

    world.walk(local(2026, 11, 28, 9, 0), step=timedelta(hours=1))
    assert texts(world, SUSANNE, "Velkommen tilbage") == []  # Saturday: it waits for the working week
    world.walk(local(2026, 11, 30, 9, 0), step=timedelta(hours=1))

    assert len([t for _, t, _ in world.sent(VIVIAN) if "er du der?" in t]) == 1  # the cover had them
    [(at, handover)] = texts(world, SUSANNE, "Velkommen tilbage")
    assert at.astimezone(world.deps.profile.tz) == local(2026, 11, 30, 8, 0)  # Monday morning
    assert "23.11.-27.11." in handover and "Vivian" in handover
    assert "Ravn: 2 beskeder" in handover and "1 ikke markeret" in handover
    assert "er du der" not in handover  # counts, never the texts


def test_retention_purges_old_texts_anonymises_closed_cases_and_expires_codes(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    world = world_for("greve", migrated, vault, clock)  # 30 days for texts and closed cases
    world.says(CITIZEN, "en gammel besked")
    world.says(SUSANNE, "/invite Solsort")  # a code nobody uses: it expires after 7 days
    number = new_report(world, clock.now())

    clock.advance(timedelta(days=20))
    with world.deps.new_uow() as uow:
        citizen = uow.session.scalars(select(Citizen).where(Citizen.alias == "Ravn")).one()
        citizen.status, citizen.closed_at = CitizenStatus.CLOSED, clock.now()
        report = uow.reports.get(number)
        assert report is not None
        report.status, report.closed_at = ReportStatus.CLOSED, clock.now()
        uow.commit()
    clock.advance(timedelta(days=31))
    report_time = run_retention(world.deps)

    assert report_time.failed == []
    with world.deps.new_uow() as uow:
        assert all(m.body_enc is None for m in uow.session.scalars(select(Message)))
        closed = uow.session.scalars(select(Citizen).where(Citizen.status == CitizenStatus.CLOSED)).one()
        assert closed.alias == f"#{closed.id}"
        assert (
            uow.session.scalars(select(ChannelIdentity).where(ChannelIdentity.citizen_id == closed.id)).all()
            == []
        )
        invited = uow.session.scalars(select(Citizen).where(Citizen.alias == "Solsort")).one()
        assert invited.invite_code_hash is None
        report = uow.reports.get(number)
        assert report is not None
        assert (report.concern_enc, report.receipt_code_hash) == (None, None)


@pytest.mark.parametrize("profile", ["default", "greve", "thisted", "bronderslev", "esbjerg"])
def test_a_quiet_week_sends_nothing_but_what_is_due(
    profile: str, migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    world = world_for(profile, migrated, vault, clock)

    world.walk(clock.now() + timedelta(days=7), step=timedelta(hours=2))

    assert world.reminders(SUSANNE) == [] and world.reminders(LEAD) == []
