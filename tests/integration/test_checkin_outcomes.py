"""The reminder's buttons: done, not reached, move — who may press them, and pressing twice.

The scheduler makes the check-in rows and sends the reminders; here they are made as it would.
"""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine

from bot.crypto import Vault
from bot.models import Absence
from tests.fakes.clock import FakeClock
from tests.integration.worker_talk import WorkerTalk

SUSANNE, VIVIAN, LEAD, LEAD_2, CITIZEN = "1001", "1002", "1003", "1004", "2002"
MONDAY_10 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # 10:00 in Copenhagen, an hour from now


@pytest.fixture
def talk(migrated: Engine, vault: Vault, clock: FakeClock) -> WorkerTalk:
    talk = WorkerTalk(migrated, vault, clock)
    talk.worker(SUSANNE, "Susanne")
    talk.worker(VIVIAN, "Vivian")
    talk.worker(LEAD, "Lone", lead=True)
    talk.linked_citizen(SUSANNE, CITIZEN)
    talk.says(SUSANNE, "/checkin Ravn man,tor 10:00")
    return talk


def test_done_is_recorded_with_who_and_when_and_confirmed(talk: WorkerTalk, clock: FakeClock) -> None:
    checkin = talk.occurrence("Ravn", MONDAY_10)

    talk.presses(SUSANNE, f"ci:done:{checkin}")

    row = talk.checkin(checkin)
    assert row.outcome == "done" and row.recorded_at == clock.now()
    assert row.recorded_by_worker_id == talk.worker_id("Susanne")
    assert "Ravn" in talk.last(SUSANNE) and "gennemført" in talk.last(SUSANNE)


def test_pressing_twice_changes_nothing_the_second_time(talk: WorkerTalk, clock: FakeClock) -> None:
    checkin = talk.occurrence("Ravn", MONDAY_10)
    talk.presses(SUSANNE, f"ci:done:{checkin}")
    clock.advance(timedelta(minutes=5))

    talk.presses(SUSANNE, f"ci:nr:{checkin}")
    talk.presses(SUSANNE, f"ci:done:{checkin}")

    row = talk.checkin(checkin)
    assert row.outcome == "done" and row.recorded_at == clock.now() - timedelta(minutes=5)
    assert "allerede registreret" in talk.last(SUSANNE)


def test_a_missed_check_in_may_still_be_marked(talk: WorkerTalk) -> None:
    checkin = talk.occurrence("Ravn", MONDAY_10 - timedelta(days=4), outcome="missed")

    talk.presses(SUSANNE, f"ci:nr:{checkin}")

    assert talk.checkin(checkin).outcome == "not_reached"


def test_a_missed_check_in_cannot_be_moved(talk: WorkerTalk) -> None:
    checkin = talk.occurrence("Ravn", MONDAY_10 - timedelta(days=4), outcome="missed")

    talk.presses(SUSANNE, f"ci:md:{checkin}")

    assert len(talk.checkins("Ravn")) == 1 and talk.checkin(checkin).outcome == "missed"
    assert "ikke truffet" in talk.last(SUSANNE)


def test_a_colleague_is_refused_but_a_lead_may_record(talk: WorkerTalk) -> None:
    first, second = talk.occurrence("Ravn", MONDAY_10), talk.occurrence("Ravn", MONDAY_10 + timedelta(days=3))

    talk.presses(VIVIAN, f"ci:done:{first}")
    refused = talk.last(VIVIAN)
    talk.presses(LEAD, f"ci:done:{second}")

    assert talk.checkin(first).outcome == "pending" and "kan ikke" in refused
    assert talk.checkin(second).outcome == "done"
    assert talk.checkin(second).recorded_by_worker_id == talk.worker_id("Lone")


def test_the_cover_may_record_while_the_worker_is_away(talk: WorkerTalk) -> None:
    checkin = talk.occurrence("Ravn", MONDAY_10)
    talk.says(SUSANNE, "/away i dag 30.11 Vivian")

    talk.presses(VIVIAN, f"ci:done:{checkin}")

    assert talk.checkin(checkin).recorded_by_worker_id == talk.worker_id("Vivian")


@pytest.mark.parametrize("forged", ["ci:done:99999", "ci:done:99999999999999999999", "ci:done:-1", "ci:x:1"])
def test_a_forged_or_unknown_id_gets_a_polite_refusal(talk: WorkerTalk, forged: str) -> None:
    talk.presses(SUSANNE, forged)

    assert "kan ikke registrere" in talk.last(SUSANNE)


def test_a_forged_id_of_another_teams_check_in_changes_nothing(talk: WorkerTalk) -> None:
    checkin = talk.occurrence("Ravn", MONDAY_10)
    talk.worker_in_team("1009", "Bo", team="Ungeteam")

    talk.presses("1009", f"ci:done:{checkin}")
    talk.presses("1009", f"ci:md:{checkin}")

    assert talk.checkin(checkin).outcome == "pending"
    assert "kan ikke registrere" in talk.last("1009")
    assert len(talk.checkins("Ravn")) == 1


def test_three_times_not_reached_in_a_row_tells_the_leads_once(talk: WorkerTalk) -> None:
    talk.worker(LEAD_2, "Lars", lead=True)
    days = [MONDAY_10 - timedelta(days=d) for d in (11, 7, 4, 0)]
    first, *rest = [talk.occurrence("Ravn", day) for day in days]
    talk.presses(SUSANNE, f"ci:done:{first}")
    leads_before = len(talk.received(LEAD)), len(talk.received(LEAD_2))

    for checkin in rest:
        talk.presses(SUSANNE, f"ci:nr:{checkin}")
    talk.presses(SUSANNE, f"ci:nr:{rest[-1]}")  # a second press
    susanne_saw = talk.received(SUSANNE)

    told = talk.received(LEAD)[leads_before[0] :]
    assert len(told) == 1 and "Ravn" in told[0] and "3" in told[0] and "Susanne" in told[0]
    assert len(talk.received(LEAD_2)) == leads_before[1] + 1
    assert not any("⚠️" in text for text in susanne_saw)


def test_two_not_reached_then_done_tells_nobody(talk: WorkerTalk) -> None:
    days = [MONDAY_10 - timedelta(days=d) for d in (7, 4, 0)]
    checkins = [talk.occurrence("Ravn", day) for day in days]
    before = len(talk.received(LEAD))

    for checkin, action in zip(checkins, ["nr", "nr", "done"], strict=True):
        talk.presses(SUSANNE, f"ci:{action}:{checkin}")

    assert len(talk.received(LEAD)) == before


def test_move_offers_three_times_and_moves_to_tomorrow_at_the_same_local_time(talk: WorkerTalk) -> None:
    checkin = talk.occurrence("Ravn", MONDAY_10)

    talk.presses(SUSANNE, f"ci:mv:{checkin}")
    offered = talk.buttons(SUSANNE)
    talk.presses(SUSANNE, offered["I morgen samme tid"])

    assert set(offered) == {"En time senere", "I morgen samme tid", "Næste uge samme tid"}
    old, new = talk.checkins("Ravn")
    assert old.id == checkin and old.outcome == "moved"
    assert new.outcome == "pending" and new.moved_from_id == checkin and new.reminded_at is None
    assert new.due_at == MONDAY_10 + timedelta(days=1)
    assert "tirsdag 24.11. kl. 10:00" in talk.last(SUSANNE)


def test_a_move_over_the_change_to_summer_time_keeps_the_local_time(migrated: Engine, vault: Vault) -> None:
    clock = FakeClock(datetime(2027, 3, 22, 8, 0, tzinfo=UTC))  # Monday; summer time begins Sunday 28th
    talk = WorkerTalk(migrated, vault, clock)
    talk.worker(SUSANNE, "Susanne")
    talk.linked_citizen(SUSANNE, CITIZEN)
    talk.says(SUSANNE, "/checkin Ravn fre 10:00")
    checkin = talk.occurrence("Ravn", datetime(2027, 3, 26, 9, 0, tzinfo=UTC))

    talk.presses(SUSANNE, f"ci:mw:{checkin}")

    assert talk.checkins("Ravn")[-1].due_at == datetime(2027, 4, 2, 8, 0, tzinfo=UTC)  # 10:00 summer time


def test_one_hour_later_counts_from_now_when_the_check_in_is_long_past(
    talk: WorkerTalk, clock: FakeClock
) -> None:
    checkin = talk.occurrence("Ravn", MONDAY_10)
    clock.advance(timedelta(hours=5, seconds=17))

    talk.presses(SUSANNE, f"ci:mh:{checkin}")

    assert talk.checkins("Ravn")[-1].due_at == datetime(2026, 11, 23, 14, 0, tzinfo=UTC)


def test_a_move_onto_an_existing_check_in_is_refused_and_changes_nothing(talk: WorkerTalk) -> None:
    checkin = talk.occurrence("Ravn", MONDAY_10)
    talk.occurrence("Ravn", MONDAY_10 + timedelta(hours=1))

    talk.presses(SUSANNE, f"ci:mh:{checkin}")

    assert talk.checkin(checkin).outcome == "pending"
    assert len(talk.checkins("Ravn")) == 2
    assert "allerede" in talk.last(SUSANNE)


def test_a_moved_check_in_cannot_be_moved_or_marked_again(talk: WorkerTalk) -> None:
    checkin = talk.occurrence("Ravn", MONDAY_10)
    talk.presses(SUSANNE, f"ci:md:{checkin}")

    talk.presses(SUSANNE, f"ci:md:{checkin}")
    talk.presses(SUSANNE, f"ci:done:{checkin}")

    assert len(talk.checkins("Ravn")) == 2
    assert talk.checkin(checkin).outcome == "moved"
    assert "flyttet" in talk.last(SUSANNE)


def test_a_cover_whose_absence_is_over_may_no_longer_record(talk: WorkerTalk) -> None:
    checkin = talk.occurrence("Ravn", MONDAY_10)
    with talk.deps.new_uow() as uow:
        uow.absences.add(
            Absence(
                worker_id=talk.worker_id("Susanne"),
                cover_worker_id=talk.worker_id("Vivian"),
                starts_on=date(2026, 11, 16),
                ends_on=date(2026, 11, 20),
                created_at=talk.deps.clock.now(),
            )
        )
        uow.commit()

    talk.presses(VIVIAN, f"ci:done:{checkin}")

    assert talk.checkin(checkin).outcome == "pending"
