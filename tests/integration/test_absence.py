"""Absence and cover (/away), on SQLite and PostgreSQL, through `receive`.

The clock stands at Monday 23 November 2026, 09:00 in Copenhagen.
"""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import Engine, select

from bot.crypto import Vault
from bot.models import AuditEntry
from tests.fakes.clock import FakeClock
from tests.integration.worker_talk import WorkerTalk

SUSANNE, VIVIAN, LEAD, CITIZEN = "1001", "1002", "1003", "2002"


@pytest.fixture
def talk(migrated: Engine, vault: Vault, clock: FakeClock) -> WorkerTalk:
    talk = WorkerTalk(migrated, vault, clock)
    talk.worker(SUSANNE, "Susanne")
    talk.worker(VIVIAN, "Vivian")
    talk.linked_citizen(SUSANNE, CITIZEN)
    talk.says(SUSANNE, "/invite Krage")
    return talk


def test_away_with_a_colleague_registers_the_cover_and_tells_them(talk: WorkerTalk) -> None:
    talk.says(SUSANNE, "/away 24.12 31.12 vivian")

    (absence,) = talk.absences()
    assert (absence.starts_on, absence.ends_on) == (date(2026, 12, 24), date(2026, 12, 31))
    assert absence.cover_worker_id == talk.worker_id("Vivian")
    assert absence.created_by_worker_id == talk.worker_id("Susanne")
    told = talk.last(VIVIAN)
    assert "Susanne" in told and "24.12.2026-31.12.2026" in told and "2 borger" in told


def test_the_absent_worker_is_asked_to_agree_the_cover_with_each_citizen(talk: WorkerTalk) -> None:
    talk.says(SUSANNE, "/away 2026-12-24 2026-12-31 Vivian")

    ask = talk.last(SUSANNE)
    assert "konkret aftale" in ask and "• Ravn" in ask and "• Krage" in ask and "Vivian" in ask


def test_no_ask_to_agree_cover_when_the_profile_does_not_promise_it(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    talk = WorkerTalk(migrated, vault, clock)
    followup = talk.deps.profile.followup.model_copy(update={"agree_cover_on_absence": False})
    profile = talk.deps.profile.model_copy(update={"followup": followup})
    talk.deps = replace(talk.deps, profile=profile)
    talk.worker(SUSANNE, "Susanne")
    talk.worker(VIVIAN, "Vivian")
    talk.linked_citizen(SUSANNE, CITIZEN)

    talk.says(SUSANNE, "/away 24.12 31.12 Vivian")

    assert not any("konkret aftale" in text for text in talk.received(SUSANNE))
    assert len(talk.absences()) == 1


def test_a_citizens_message_during_the_absence_reaches_the_cover_only(talk: WorkerTalk) -> None:
    talk.says(SUSANNE, "/away i dag i morgen Vivian")
    susanne_before = len(talk.received(SUSANNE))

    talk.says(CITIZEN, "er du der?")

    assert talk.last(VIVIAN).endswith("er du der?") and "Ravn" in talk.last(VIVIAN)
    assert len(talk.received(SUSANNE)) == susanne_before


def test_without_a_colleague_the_team_on_duty_answers_not_the_absent_worker(talk: WorkerTalk) -> None:
    talk.says(SUSANNE, "/away today tomorrow")
    said = "\n".join(talk.received(SUSANNE)[-2:])  # the answer, and the ask to agree the cover
    susanne_before = len(talk.received(SUSANNE))

    talk.says(CITIZEN, "hallo?")

    assert "går til: Vivian" in said  # by name: who actually gets them
    assert talk.absences()[0].cover_worker_id is None
    assert talk.last(VIVIAN).endswith("hallo?")
    assert len(talk.received(SUSANNE)) == susanne_before


def test_after_the_absence_messages_reach_the_worker_again(talk: WorkerTalk, clock: FakeClock) -> None:
    talk.says(SUSANNE, "/away i dag Vivian")
    clock.advance(timedelta(days=1))

    talk.says(CITIZEN, "godmorgen")

    assert talk.last(SUSANNE).endswith("godmorgen")


def test_a_lead_may_set_a_colleagues_absence_and_both_are_told(talk: WorkerTalk) -> None:
    talk.worker(LEAD, "Lone", lead=True)

    talk.says(LEAD, "/away Susanne 1.12 4.12 Vivian")

    (absence,) = talk.absences()
    assert absence.worker_id == talk.worker_id("Susanne")
    assert absence.created_by_worker_id == talk.worker_id("Lone")
    assert any("Lone" in text and "1.12.2026-4.12.2026" in text for text in talk.received(SUSANNE))
    assert "Susanne" in talk.last(VIVIAN)


def test_a_worker_who_is_not_lead_may_not_set_a_colleagues_absence(talk: WorkerTalk) -> None:
    talk.says(VIVIAN, "/away Susanne 1.12 4.12")

    assert talk.absences() == []
    assert "teamleder" in talk.last(VIVIAN)


def test_an_overlapping_absence_is_refused_naming_the_existing_one(talk: WorkerTalk) -> None:
    talk.says(SUSANNE, "/away 24.12 31.12 Vivian")

    talk.says(SUSANNE, "/away 30.12 2.1")

    assert len(talk.absences()) == 1
    assert "24.12.2026-31.12.2026" in talk.last(SUSANNE)


def test_a_cover_who_is_away_themselves_is_refused(talk: WorkerTalk) -> None:
    talk.says(VIVIAN, "/away 24.12 26.12")

    talk.says(SUSANNE, "/away 20.12 28.12 Vivian")

    assert len(talk.absences()) == 1
    assert "Vivian" in talk.last(SUSANNE) and "24.12.2026-26.12.2026" in talk.last(SUSANNE)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("/away 31.02 4.03", "31.02"),
        ("/away tomorrow-ish", "/away FRA TIL"),
        ("/away 20.11.2026 24.11.2026", "før i dag"),
        ("/away 24.12 20.12", "før startdatoen"),
        ("/away 24.12.2026 24.12.2028", "år"),
        ("/away i dag Bent", "Bent"),
        ("/away i dag Susanne", "eget fravær"),
        ("/away i dag %", "%"),
        ("/away 1.1.99999", "1.1.99999"),
        ("/away " + "x" * 10_000, "/away FRA TIL"),
    ],
)
def test_bad_dates_and_names_are_explained_and_nothing_is_stored(
    talk: WorkerTalk, typed: str, said: str
) -> None:
    talk.says(SUSANNE, typed)

    assert said in talk.last(SUSANNE)
    assert len(talk.last(SUSANNE)) < 600
    assert talk.absences() == []


def test_away_alone_lists_absences_with_a_cancel_button_and_cancel_removes_a_coming_one(
    talk: WorkerTalk,
) -> None:
    talk.says(SUSANNE, "/away 24.12 31.12 Vivian")

    talk.says(SUSANNE, "/away")
    listed, buttons = talk.last(SUSANNE), talk.buttons(SUSANNE)
    (cancel,) = buttons.values()
    talk.presses(SUSANNE, cancel)
    told_cover = talk.last(VIVIAN)
    talk.presses(SUSANNE, cancel)

    assert "24.12.2026-31.12.2026" in listed and "Vivian" in listed
    assert talk.absences() == []
    assert "annulleret" in told_cover
    assert "findes ikke længere" in talk.last(SUSANNE)


def test_cancelling_a_current_absence_ends_it_yesterday(talk: WorkerTalk, clock: FakeClock) -> None:
    talk.says(SUSANNE, "/away i dag 30.11 Vivian")
    clock.advance(timedelta(days=2))
    talk.says(SUSANNE, "/away")

    talk.presses(SUSANNE, next(iter(talk.buttons(SUSANNE).values())))

    (absence,) = talk.absences()
    assert absence.ends_on == date(2026, 11, 24)
    talk.says(CITIZEN, "hej igen")
    assert talk.last(SUSANNE).endswith("hej igen")


def test_a_colleague_cannot_cancel_someone_elses_absence_but_a_lead_sees_and_may(talk: WorkerTalk) -> None:
    talk.worker(LEAD, "Lone", lead=True)
    talk.says(SUSANNE, "/away 24.12 31.12")
    absence_id = talk.absences()[0].id

    talk.presses(VIVIAN, f"away:cancel:{absence_id}")
    still_there = len(talk.absences())
    talk.says(LEAD, "/away")
    talk.presses(LEAD, next(iter(talk.buttons(LEAD).values())))

    assert still_there == 1
    assert talk.absences() == []
    assert any("annulleret" in text for text in talk.received(SUSANNE))


def test_absences_are_audited_by_id_only(talk: WorkerTalk) -> None:
    talk.says(SUSANNE, "/away 24.12 31.12 Vivian")
    absence_id = talk.absences()[0].id
    talk.says(SUSANNE, "/away")
    talk.presses(SUSANNE, f"away:cancel:{absence_id}")

    with talk.deps.new_uow() as uow:
        entries = uow.session.scalars(select(AuditEntry).where(AuditEntry.subject_type == "absence"))
        actions = [(e.action, e.subject_id) for e in entries]
    assert actions == [("absence.created", absence_id), ("absence.cancelled", absence_id)]


def test_away_alone_in_the_team_is_warned_that_the_messages_still_come_to_them(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    talk = WorkerTalk(migrated, vault, clock)
    talk.worker(SUSANNE, "Susanne")
    talk.linked_citizen(SUSANNE, CITIZEN)

    talk.says(SUSANNE, "/away i dag 31.12")

    said = "\n".join(talk.received(SUSANNE)[-2:])
    assert "ingen anden i teamet er på vagt" in said and "går stadig til Susanne" in said
    assert "vagthavende" not in said  # nobody is promised who is not there


def test_where_the_profile_says_so_each_citizen_is_told_neutrally_who_answers_meanwhile(
    migrated: Engine, vault: Vault, clock: FakeClock
) -> None:
    talk = WorkerTalk(migrated, vault, clock)
    followup = talk.deps.profile.followup.model_copy(update={"tell_citizens_of_cover": True})
    talk.deps = replace(talk.deps, profile=talk.deps.profile.model_copy(update={"followup": followup}))
    talk.worker(SUSANNE, "Susanne")
    talk.worker(VIVIAN, "Vivian Holm")
    talk.linked_citizen(SUSANNE, CITIZEN)

    talk.says(SUSANNE, "/away 24.12 31.12 Vivian Holm")

    assert talk.last(CITIZEN) == "Fra 24.12.2026 til 31.12.2026 svarer Vivian på dine beskeder her."


def test_citizens_are_not_told_of_an_absence_unless_the_profile_says_so(talk: WorkerTalk) -> None:
    before = len(talk.received(CITIZEN))

    talk.says(SUSANNE, "/away 24.12 31.12 Vivian")

    assert len(talk.received(CITIZEN)) == before
