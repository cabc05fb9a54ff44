"""Check-in reminders as the worker lives them: once per occurrence, on time across daylight saving,
to the cover while away, nudged and escalated when not marked, caught up after downtime."""

from datetime import date, timedelta

import pytest
from sqlalchemy import Engine, select

from bot.crypto import Vault
from bot.models import Checkin, CheckinAgreement, Reminder
from bot.models.enums import AgreementStatus, Channel, CheckinOutcome, ReminderKind
from bot.safety import looks_sensitive
from scheduling.tick import run_tick
from tests.fakes.clock import FakeClock
from tests.integration.scheduling_world import (
    CITIZEN,
    CITIZEN_SMS,
    LEAD,
    SUSANNE,
    VIVIAN,
    World,
    local,
    team_with_citizen,
)


@pytest.fixture
def world(migrated: Engine, vault: Vault, clock: FakeClock) -> World:
    world = World(migrated, vault, clock)
    team_with_citizen(world)
    return world


def test_the_worker_is_reminded_once_an_hour_before_each_check_in_with_buttons(world: World) -> None:
    world.agree("Ravn", "tir,fre 10:00")

    world.walk(local(2026, 11, 28, 12, 0))  # Monday 09:00 to Saturday noon, a tick every 15 minutes

    reminders = world.checkin_reminders(SUSANNE)
    assert [at for at, _, _ in reminders] == [local(2026, 11, 24, 9, 0), local(2026, 11, 27, 9, 0)]
    at, text, options = reminders[0]
    assert "Ravn" in text and "24.11." in text and "10:00" in text and "hjemmebesøg" in text
    assert options is not None
    labels = [label for label, _ in options["choices"]]
    assert labels == ["Gennemført", "Ikke truffet", "Flyt"]
    assert [data.split(":")[:2] for _, data in options["choices"]] == [
        ["ci", "done"],
        ["ci", "nr"],
        ["ci", "mv"],
    ]
    assert world.reminders(VIVIAN) == [] and world.reminders(CITIZEN) == []


def test_running_the_tick_again_or_from_a_second_process_sends_nothing_twice(
    world: World, migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    world.agree("Ravn", "tir 10:00")
    other_process = World.__new__(World)
    other_process.__dict__.update(world.__dict__)
    clock.advance(local(2026, 11, 24, 9, 0) - clock.now())

    for _ in range(3):
        world.tick()
        run_tick(other_process.deps)

    assert len(world.checkin_reminders(SUSANNE)) == 1
    assert sorted(row.kind for row in world.ledger()) == [ReminderKind.CHECKIN, ReminderKind.OVERVIEW]


def test_a_10_oclock_check_in_stays_at_10_local_across_the_spring_and_autumn_changes(
    migrated: Engine, vault: Vault
) -> None:
    # Wednesdays before and after the changes (28 March and 31 October 2027), clear of Easter.
    spring = (local(2027, 3, 20, 12), [local(2027, 3, 24, 9), local(2027, 3, 31, 9)])
    autumn = (local(2027, 10, 23, 12), [local(2027, 10, 27, 9), local(2027, 11, 3, 9)])
    for start, expected in (spring, autumn):
        clock = FakeClock(start)
        world = World(migrated, vault, clock)
        if not world.sent(SUSANNE):
            team_with_citizen(world)
        world.agree("Ravn", "ons 10:00")
        world.walk(start + timedelta(days=12), step=timedelta(hours=1))

        times = [at for at, _, _ in world.checkin_reminders(SUSANNE) if at >= start]
        assert times == expected
        assert times[0].hour != times[1].hour  # the same local hour is another UTC hour after the change
        with world.deps.new_uow() as uow:
            uow.session.execute(
                CheckinAgreement.__table__.update().values(status=AgreementStatus.ENDED)  # type: ignore[attr-defined]
            )
            uow.commit()


def test_while_the_worker_is_away_the_cover_is_reminded_and_told_for_whom(world: World) -> None:
    world.agree("Ravn", "tir 10:00")
    world.away("Susanne", date(2026, 11, 24), date(2026, 11, 24), cover="Vivian")

    world.walk(local(2026, 11, 24, 12, 0))

    assert world.checkin_reminders(SUSANNE) == []
    [(_, text, _)] = world.checkin_reminders(VIVIAN)
    assert "Ravn" in text and "dækker for Susanne" in text


def test_away_without_cover_the_colleagues_on_duty_are_reminded_as_they_get_the_messages(
    world: World,
) -> None:
    world.agree("Ravn", "tir 10:00")
    world.away("Susanne", date(2026, 11, 23), date(2026, 11, 30))

    world.walk(local(2026, 11, 24, 12, 0))

    assert world.checkin_reminders(SUSANNE) == []
    assert len(world.checkin_reminders(VIVIAN)) == 1 and len(world.checkin_reminders(LEAD)) == 1


def test_away_without_cover_the_colleagues_on_duty_see_the_check_in_in_their_morning_overview(
    world: World,
) -> None:
    world.agree("Ravn", "tir 10:00")
    world.away("Susanne", date(2026, 11, 23), date(2026, 11, 30))

    world.walk(local(2026, 11, 24, 8, 0))

    for colleague in (VIVIAN, LEAD):  # they get Ravn's reminder (above), so their overview lists it
        [(_, overview, _)] = [r for r in world.reminders(colleague) if "Godmorgen" in r[1]]
        assert "10:00 Ravn (hjemmebesøg)" in overview and "dækker for Susanne" in overview
    assert [r for r in world.reminders(SUSANNE) if "Godmorgen" in r[1]] == []


def test_a_check_in_not_marked_gets_one_nudge_then_the_lead_is_told_and_it_counts_as_missed(
    world: World,
) -> None:
    world.agree("Ravn", "tir 10:00")

    world.walk(local(2026, 11, 25, 15, 0), step=timedelta(minutes=30))

    texts = [text for _, text, _ in world.reminders(SUSANNE) if "Ravn" in text and "Godmorgen" not in text]
    assert len(texts) == 2 and "ikke markeret endnu" in texts[1]
    [nudged_at] = [at for at, text, _ in world.reminders(SUSANNE) if "ikke markeret endnu" in text]
    assert nudged_at == local(2026, 11, 24, 13, 0)  # three hours after the check-in
    [(told_at, told, _)] = [r for r in world.reminders(LEAD) if "teamleder" in r[1]]
    assert "Ravn" in told and "Susanne" in told
    assert told_at == local(2026, 11, 25, 13, 0)  # a day after the nudge
    with world.deps.new_uow() as uow:
        assert uow.session.scalars(select(Checkin.outcome)).all() == [CheckinOutcome.MISSED]


def test_a_check_in_marked_in_time_gets_no_nudge(world: World) -> None:
    world.agree("Ravn", "tir 10:00")
    world.walk(local(2026, 11, 24, 11, 0))
    with world.deps.new_uow() as uow:
        checkin = uow.session.scalars(select(Checkin)).one()
        checkin.outcome = CheckinOutcome.DONE
        uow.commit()

    world.walk(local(2026, 11, 26, 12, 0), step=timedelta(hours=1))

    assert len(world.checkin_reminders(SUSANNE)) == 1
    assert [text for _, text, _ in world.reminders(SUSANNE) if "ikke markeret" in text] == []
    assert [text for _, text, _ in world.reminders(LEAD) if "teamleder" in text] == []


def test_a_paused_agreement_reminds_no_one(world: World) -> None:
    agreement_id = world.agree("Ravn", "hverdage 10:00")
    with world.deps.new_uow() as uow:
        agreement = uow.agreements.get(agreement_id)
        assert agreement is not None
        agreement.status = AgreementStatus.PAUSED
        uow.commit()

    world.walk(local(2026, 11, 27, 12, 0), step=timedelta(hours=1))

    assert world.checkin_reminders(SUSANNE) == []


def test_after_downtime_a_reminder_still_relevant_is_sent_late_and_marked_late(world: World) -> None:
    world.agree("Ravn", "tir 10:00")
    world.clock.advance(local(2026, 11, 24, 9, 40) - world.clock.now())  # down from Monday to 09:40

    world.tick()

    [(at, text, _)] = world.checkin_reminders(SUSANNE)
    assert at == local(2026, 11, 24, 9, 40)
    assert text.startswith("(Forsinket påmindelse")
    [row] = [r for r in world.ledger() if r.kind == ReminderKind.CHECKIN]
    assert row.late is True and row.due_at == local(2026, 11, 24, 9, 0)


def test_after_long_downtime_a_past_check_in_is_folded_into_the_next_overview(world: World) -> None:
    world.agree("Ravn", "tir 10:00")
    world.clock.advance(local(2026, 11, 24, 14, 0) - world.clock.now())  # down past the check-in

    world.tick()
    assert world.reminders(SUSANNE) == []

    world.walk(local(2026, 11, 25, 8, 0), step=timedelta(minutes=30))

    [(at, overview, _)] = [r for r in world.reminders(SUSANNE) if "Godmorgen" in r[1]]
    assert at.astimezone(world.deps.profile.tz).hour == 7  # the 07:30 overview, on the next tick
    assert "Ikke markeret endnu (1)" in overview and "24.11. 10:00 Ravn" in overview


def test_the_morning_overview_comes_on_working_days_only_and_lists_the_day(world: World) -> None:
    world.agree("Ravn", "hverdage 10:00")
    world.clock.advance(local(2026, 12, 23, 7, 0) - world.clock.now())
    with world.deps.new_uow() as uow:  # skip the weeks in between: nothing there is under test
        agreement = uow.session.scalars(select(CheckinAgreement)).one()
        agreement.next_due_at = local(2026, 12, 23, 10, 0)
        uow.commit()

    world.walk(local(2026, 12, 28, 8, 0), step=timedelta(minutes=30))

    overviews = [(at, text) for at, text, _ in world.reminders(SUSANNE) if text.startswith("Godmorgen")]
    # Wednesday 23rd and Monday 28th; not the 24th-26th (Christmas), nor the weekend.
    assert [at.astimezone(world.deps.profile.tz).date() for at, _ in overviews] == [
        date(2026, 12, 23),
        date(2026, 12, 28),
    ]
    assert "10:00 Ravn (hjemmebesøg)" in overviews[0][1]


def test_the_citizen_who_opted_in_gets_one_neutral_reminder_the_day_before(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    world = World(migrated, vault, clock)
    team_with_citizen(world, channel=Channel.SMS)
    world.agree("Ravn", "ons 10:00", remind_citizen=True)

    world.walk(local(2026, 11, 25, 12, 0))

    [(at, text, _)] = world.reminders(CITIZEN_SMS)
    assert at == local(2026, 11, 24, 10, 0)
    assert text == "Husk: vi ses i morgen kl. 10:00. /Susanne"
    assert not looks_sensitive(text)


def test_a_citizen_who_did_not_opt_in_or_sent_stop_gets_no_reminder(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    world = World(migrated, vault, clock)
    team_with_citizen(world, channel=Channel.SMS)
    world.agree("Ravn", "ons 10:00", remind_citizen=True)
    world.says(CITIZEN_SMS, "STOP", channel=Channel.SMS)

    world.walk(local(2026, 11, 25, 12, 0))

    assert world.reminders(CITIZEN_SMS) == []
    assert [r.kind for r in world.ledger() if r.kind == ReminderKind.CITIZEN] == []


def test_a_moved_check_in_is_reminded_at_its_new_time(world: World) -> None:
    world.agree("Ravn", "tir 10:00")
    world.walk(local(2026, 11, 24, 9, 30))
    with world.deps.new_uow() as uow:  # what the "move" button does: the old one moved, a new one pending
        old = uow.session.scalars(select(Checkin)).one()
        old.outcome = CheckinOutcome.MOVED
        uow.checkins.add(
            Checkin(agreement_id=old.agreement_id, due_at=local(2026, 11, 25, 14, 0), moved_from_id=old.id)
        )
        uow.commit()

    world.walk(local(2026, 11, 25, 14, 0))

    assert [at for at, _, _ in world.checkin_reminders(SUSANNE)] == [
        local(2026, 11, 24, 9),
        local(2026, 11, 25, 13),
    ]


def test_every_reminder_is_in_the_ledger_once(world: World) -> None:
    world.agree("Ravn", "tir,fre 10:00")
    world.walk(local(2026, 12, 5, 12, 0), step=timedelta(hours=1))

    keys = [row.key for row in world.ledger()]
    assert len(keys) == len(set(keys))
    with world.deps.new_uow() as uow:
        count = uow.session.scalar(select(Reminder.id).order_by(Reminder.id.desc()).limit(1))
    assert count == len(keys)


def test_an_agreement_whose_cadence_no_longer_reads_holds_up_no_one_else(world: World) -> None:
    broken = world.agree("Ravn", "tir 10:00")
    with world.deps.new_uow() as uow:
        agreement = uow.agreements.get(broken)
        assert agreement is not None
        agreement.cadence = "hver anden tirsdag eller deromkring"  # edited by hand in the database
        uow.commit()
    world.agree("Ravn", "tir 10:00")  # a second, sound agreement (as another citizen's would be)

    world.walk(local(2026, 11, 24, 9, 30))

    assert len(world.checkin_reminders(SUSANNE)) == 1
