"""Nothing is kept for ever because nobody closed it, on SQLite and PostgreSQL: a citizen silent for the
profile's `close_silent_after_days` is closed (their worker and the leads told a week before, with one
tap to keep them) and then anonymised on the usual schedule; a report nobody closed is closed after the
same period; absences go after `closed_case_days`."""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import Engine, select

from bot.crypto import Vault
from bot.models import Absence, ChannelIdentity, Citizen, ConcernReport
from bot.models.enums import CitizenStatus, ReportStatus
from scheduling.tick import run_retention
from tests.fakes.clock import FakeClock
from tests.integration.scheduling_world import CITIZEN, LEAD, SUSANNE, World, team_with_citizen
from tests.integration.test_scheduler_deadlines import new_report

SILENT_DAYS = 30


@pytest.fixture
def world(migrated: Engine, vault: Vault, clock: FakeClock) -> World:
    world = World(migrated, vault, clock)
    rules = world.deps.profile.retention.model_copy(update={"close_silent_after_days": SILENT_DAYS})
    world.deps = replace(world.deps, profile=world.deps.profile.model_copy(update={"retention": rules}))
    team_with_citizen(world)
    return world


def ravn(world: World) -> Citizen:
    with world.deps.new_uow() as uow:
        citizen = uow.session.scalars(select(Citizen).where(Citizen.worker_id.is_not(None))).one()
        uow.session.expunge_all()
        return citizen


def warnings(world: World, address: str) -> list[tuple[str, dict[str, str]]]:
    return [
        (text, {label: data for label, data in (options or {}).get("choices", [])})
        for _, text, options in world.sent(address)
        if "lukkes" in text
    ]


def test_a_silent_citizen_is_warned_a_week_before_then_closed_and_later_anonymised(world: World) -> None:
    world.walk(world.clock.now() + timedelta(days=SILENT_DAYS - 8), step=timedelta(hours=12))
    assert warnings(world, SUSANNE) == []

    world.walk(world.clock.now() + timedelta(days=2), step=timedelta(hours=12))
    ((warning, keep),) = warnings(world, SUSANNE)
    assert "Ravn har ikke skrevet i lang tid" in warning and list(keep) == ["Behold"]
    assert len(warnings(world, LEAD)) == 1
    assert ravn(world).status != CitizenStatus.CLOSED

    world.walk(world.clock.now() + timedelta(days=8), step=timedelta(hours=12))
    assert ravn(world).status == CitizenStatus.CLOSED

    world.clock.advance(timedelta(days=world.deps.profile.retention.closed_case_days + 1))
    assert run_retention(world.deps).failed == []
    with world.deps.new_uow() as uow:
        closed = uow.session.scalars(select(Citizen).where(Citizen.status == CitizenStatus.CLOSED)).one()
        assert closed.alias == f"#{closed.id}"
        assert (
            uow.session.scalars(select(ChannelIdentity).where(ChannelIdentity.citizen_id == closed.id)).all()
            == []
        )


def test_one_tap_keeps_the_citizen_open_for_another_full_period(world: World) -> None:
    world.walk(world.clock.now() + timedelta(days=SILENT_DAYS - 6), step=timedelta(hours=12))
    ((_, keep),) = warnings(world, SUSANNE)

    world.says(SUSANNE, choice=keep["Behold"])
    assert "Ravn holdes åben" in world.received(SUSANNE)[-1]
    world.walk(world.clock.now() + timedelta(days=SILENT_DAYS - 8), step=timedelta(hours=12))

    assert ravn(world).status == CitizenStatus.ACTIVE
    assert len(warnings(world, SUSANNE)) == 1


def test_a_citizen_who_writes_is_never_closed_for_silence(world: World) -> None:
    for _ in range(4):
        world.walk(world.clock.now() + timedelta(days=SILENT_DAYS // 2), step=timedelta(hours=12))
        world.says(CITIZEN, "hej, jeg er her stadig")

    assert ravn(world).status == CitizenStatus.ACTIVE
    assert warnings(world, SUSANNE) == []


def test_a_forged_keep_button_keeps_nothing(world: World) -> None:
    world.says(SUSANNE, choice="keep:999999")

    assert world.received(SUSANNE)[-1] == "Den borger er her ikke længere."


def test_a_report_nobody_closed_is_closed_and_then_anonymised(world: World) -> None:
    number = new_report(world, world.clock.now())

    world.clock.advance(timedelta(days=SILENT_DAYS + 1))
    run_retention(world.deps)
    with world.deps.new_uow() as uow:
        report = uow.session.get(ConcernReport, number)
        assert report is not None and report.status == ReportStatus.CLOSED and report.concern_enc is not None

    world.clock.advance(timedelta(days=world.deps.profile.retention.closed_case_days + 1))
    run_retention(world.deps)
    with world.deps.new_uow() as uow:
        report = uow.session.get(ConcernReport, number)
        assert report is not None and report.concern_enc is None


def test_an_absence_goes_after_closed_case_days(world: World) -> None:
    world.away("Susanne", date(2026, 11, 23), date(2026, 11, 27))
    keep_days = world.deps.profile.retention.closed_case_days

    world.clock.advance(timedelta(days=keep_days))
    run_retention(world.deps)
    with world.deps.new_uow() as uow:
        assert len(uow.session.scalars(select(Absence)).all()) == 1  # ended less than the period ago

    world.clock.advance(timedelta(days=7))
    run_retention(world.deps)
    with world.deps.new_uow() as uow:
        assert uow.session.scalars(select(Absence)).all() == []
