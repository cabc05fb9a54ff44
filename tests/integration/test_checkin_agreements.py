"""A worker agrees check-in times with a citizen (/checkin), on SQLite and PostgreSQL, through `receive`.

The clock stands at Monday 23 November 2026, 09:00 in Copenhagen (08:00 UTC).
"""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, select

from bot.crypto import Vault
from bot.models import AuditEntry
from tests.fakes.clock import FakeClock
from tests.integration.worker_talk import WorkerTalk

SUSANNE, VIVIAN, LEAD, CITIZEN = "1001", "1002", "1003", "2002"
TUESDAY_10 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # 10:00 in Copenhagen


@pytest.fixture
def talk(migrated: Engine, vault: Vault, clock: FakeClock) -> WorkerTalk:
    talk = WorkerTalk(migrated, vault, clock)
    talk.worker(SUSANNE, "Susanne")
    talk.linked_citizen(SUSANNE, CITIZEN)
    return talk


def test_a_cadence_is_agreed_in_words_with_the_next_check_in_and_contact_form_buttons(
    talk: WorkerTalk,
) -> None:
    talk.says(SUSANNE, "/checkin Ravn tir,fre 10:00")

    answer = talk.last(SUSANNE)
    assert "tirsdag og fredag kl. 10:00" in answer
    assert "tirsdag 24.11. kl. 10:00" in answer
    forms = talk.buttons(SUSANNE)
    assert len(forms) == len(talk.deps.profile.contact_forms)
    assert any("Hjemmebesøg" in label for label in forms)
    agreement = talk.agreement("Ravn")
    assert agreement.status == "active" and agreement.next_due_at == TUESDAY_10


def test_english_cadences_are_understood_too(talk: WorkerTalk) -> None:
    talk.says(SUSANNE, "/checkin Ravn first mon of the month 13:00")

    assert "1. mandag i måneden kl. 13:00" in talk.last(SUSANNE)
    assert talk.agreement("Ravn").next_due_at == datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def test_an_alias_with_spaces_is_matched_by_its_longest_known_form(talk: WorkerTalk) -> None:
    talk.linked_citizen(SUSANNE, "2003", alias="Ravn Hansen")

    talk.says(SUSANNE, "/checkin ravn hansen hver 2. uge man 09:30")

    assert "Ravn Hansen" in talk.last(SUSANNE)
    assert len(talk.agreements("Ravn Hansen")) == 1
    assert talk.agreements("Ravn") == []


def test_a_new_cadence_changes_the_one_agreement_and_drops_what_was_not_yet_reminded(
    talk: WorkerTalk,
) -> None:
    talk.says(SUSANNE, "/checkin Ravn tir,fre 10:00")
    reminded = talk.occurrence("Ravn", TUESDAY_10, reminded=True)
    talk.occurrence("Ravn", TUESDAY_10 + timedelta(days=3), reminded=False)

    talk.says(SUSANNE, "/checkin Ravn ons 14:00")

    agreement = talk.agreement("Ravn")
    assert agreement.next_due_at == datetime(2026, 11, 25, 13, 0, tzinfo=UTC)
    assert "onsdag kl. 14:00" in talk.last(SUSANNE)
    assert [c.id for c in talk.checkins("Ravn")] == [reminded]


@pytest.mark.parametrize("cadence", ["når det passer", "tir 25:00", "x" * 10_000, "hver 0. uge man 9:00"])
def test_a_cadence_not_understood_is_answered_with_examples_and_nothing_is_stored(
    talk: WorkerTalk, cadence: str
) -> None:
    talk.says(SUSANNE, f"/checkin Ravn {cadence}")

    answer = talk.last(SUSANNE)
    assert "tir,fre 10:00" in answer and "hver 2. uge man 09:30" in answer
    assert len(answer) < 1000
    assert talk.agreements("Ravn") == []


def test_after_the_examples_the_worker_just_types_the_cadence_again(talk: WorkerTalk) -> None:
    talk.says(SUSANNE, "/checkin Ravn hver tirsdag-ish")
    talk.says(SUSANNE, "tir 10:00")

    assert talk.agreement("Ravn").next_due_at == TUESDAY_10


def test_english_speaking_workers_get_english_examples(talk: WorkerTalk) -> None:
    talk.presses(SUSANNE, "lang:en")

    talk.says(SUSANNE, "/checkin Ravn sometimes")

    assert "every 2 weeks mon 09:30" in talk.last(SUSANNE)


@pytest.mark.parametrize("typed", ["Krage tir 10:00", "y" * 10_000, "Ravnen tir 10:00"])
def test_an_unknown_alias_is_refused_without_echoing_what_was_typed(talk: WorkerTalk, typed: str) -> None:
    talk.says(SUSANNE, f"/checkin {typed}")

    assert typed.split()[0] not in talk.last(SUSANNE) and "/cases" in talk.last(SUSANNE)
    assert talk.agreements("Ravn") == []


def test_in_the_dialogue_the_citizen_may_be_typed_instead_of_picked(talk: WorkerTalk) -> None:
    talk.says(SUSANNE, "/checkin")
    talk.says(SUSANNE, "ravn")
    talk.says(SUSANNE, "fre 10:00")

    assert talk.agreement("Ravn").next_due_at == datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def test_a_command_ends_the_dialogue(talk: WorkerTalk) -> None:
    talk.says(SUSANNE, "/checkin Ravn")
    talk.says(SUSANNE, "/cases")
    talk.says(SUSANNE, "fre 10:00")

    assert talk.agreements("Ravn") == []


def test_another_workers_citizen_is_refused_but_a_lead_may_agree_for_any(talk: WorkerTalk) -> None:
    talk.worker(VIVIAN, "Vivian")
    talk.worker(LEAD, "Lone", lead=True)

    talk.says(VIVIAN, "/checkin Ravn tir 10:00")
    refused = talk.last(VIVIAN)
    talk.says(LEAD, "/checkin Ravn tir 10:00")

    assert "ikke din borger" in refused
    agreement = talk.agreement("Ravn")
    assert agreement.worker_id == talk.worker_id("Susanne")  # the reminders go to the citizen's worker


def test_a_citizen_of_another_team_is_unknown(talk: WorkerTalk) -> None:
    talk.worker_in_team("1009", "Bo", team="Ungeteam")

    talk.says("1009", "/checkin Ravn tir 10:00")

    assert "/cases" in talk.last("1009")
    assert talk.agreements("Ravn") == []


def test_the_guided_dialogue_picks_the_citizen_asks_the_times_the_form_and_the_reminder(
    talk: WorkerTalk,
) -> None:
    talk.says(SUSANNE, "/checkin")
    pick = talk.buttons(SUSANNE)
    talk.presses(SUSANNE, pick["Ravn"])
    asked = talk.last(SUSANNE)
    talk.says(SUSANNE, "tir,fre 10:00")
    talk.presses(SUSANNE, next(data for label, data in talk.buttons(SUSANNE).items() if "Telefon" in label))
    asked_reminder = talk.last(SUSANNE)
    talk.presses(SUSANNE, talk.buttons(SUSANNE)["Ja"])

    assert "Ravn" in asked and "tir,fre 10:00" in asked
    assert "neutral" in asked_reminder
    agreement = talk.agreement("Ravn")
    assert agreement.contact_form == "phone" and agreement.remind_citizen is True
    assert "påmindelse" in talk.last(SUSANNE)


def test_a_citizen_without_an_open_channel_is_not_offered_the_reminder(talk: WorkerTalk) -> None:
    talk.says(SUSANNE, "/invite Krage")  # invited, has not written yet
    talk.says(SUSANNE, "/checkin Krage man 9:00")

    talk.presses(SUSANNE, next(d for label, d in talk.buttons(SUSANNE).items() if "Hjemmebesøg" in label))

    assert talk.buttons(SUSANNE) == {}
    assert "ingen åben kanal" in talk.last(SUSANNE)
    assert talk.agreement("Krage").remind_citizen is False


def test_a_stopped_citizen_cannot_be_opted_in_by_a_stale_button(talk: WorkerTalk) -> None:
    talk.says(SUSANNE, "/checkin Ravn man 9:00")
    talk.presses(SUSANNE, next(d for label, d in talk.buttons(SUSANNE).items() if "Telefon" in label))
    yes = talk.buttons(SUSANNE)["Ja"]
    talk.says(CITIZEN, "/stop")

    talk.presses(SUSANNE, yes)

    assert talk.agreement("Ravn").remind_citizen is False


def test_checkin_with_an_alias_shows_the_agreement_and_pause_resume_and_end_work(
    talk: WorkerTalk, clock: FakeClock
) -> None:
    talk.says(SUSANNE, "/checkin Ravn tir,fre 10:00")
    talk.occurrence("Ravn", TUESDAY_10, reminded=False)

    talk.says(SUSANNE, "/checkin Ravn")
    summary, buttons = talk.last(SUSANNE), talk.buttons(SUSANNE)
    talk.presses(SUSANNE, buttons["Sæt på pause"])
    paused = talk.agreement("Ravn")
    clock.advance(timedelta(days=10))  # Thursday 3 December
    talk.says(SUSANNE, "/checkin Ravn")
    talk.presses(SUSANNE, talk.buttons(SUSANNE)["Genoptag"])
    resumed = talk.agreement("Ravn")
    talk.presses(SUSANNE, buttons["Afslut aftalen"])
    ended = talk.agreement("Ravn")
    talk.presses(SUSANNE, buttons["Afslut aftalen"])

    assert "tirsdag og fredag kl. 10:00" in summary and "aktiv" in summary
    assert paused.status == "paused" and paused.next_due_at is None
    assert talk.checkins("Ravn") == []  # the occurrence nobody was reminded of is gone with the pause
    assert resumed.status == "active"
    assert resumed.next_due_at == datetime(2026, 12, 4, 9, 0, tzinfo=UTC)  # Friday, from now
    assert ended.status == "ended" and ended.ended_at == clock.now() and ended.next_due_at is None
    assert "allerede afsluttet" in talk.last(SUSANNE)


def test_after_the_end_a_new_cadence_makes_a_new_agreement(talk: WorkerTalk) -> None:
    talk.says(SUSANNE, "/checkin Ravn tir 10:00")
    talk.says(SUSANNE, "/checkin Ravn")
    talk.presses(SUSANNE, talk.buttons(SUSANNE)["Afslut aftalen"])

    talk.says(SUSANNE, "/checkin Ravn fre 10:00")

    assert [a.status for a in talk.agreements("Ravn")] == ["ended", "active"]


def test_change_asks_for_new_times(talk: WorkerTalk) -> None:
    talk.says(SUSANNE, "/checkin Ravn tir 10:00")
    talk.says(SUSANNE, "/checkin Ravn")

    talk.presses(SUSANNE, talk.buttons(SUSANNE)["Skift tider"])
    talk.says(SUSANNE, "den 15. hver måned 11:00")

    assert "den 15. hver måned kl. 11:00" in talk.last(SUSANNE)
    assert talk.agreement("Ravn").next_due_at == datetime(2026, 12, 15, 10, 0, tzinfo=UTC)


def test_a_forged_agreement_button_changes_nothing(talk: WorkerTalk) -> None:
    talk.worker(VIVIAN, "Vivian")
    talk.says(SUSANNE, "/checkin Ravn tir 10:00")
    agreement = talk.agreement("Ravn")

    for data in (f"ag:end:{agreement.id}", "ag:end:99999999999999999999", "ag:form:1:rocket", "ag:pick:-1"):
        talk.presses(VIVIAN, data)
    talk.presses(SUSANNE, f"ag:form:{agreement.id}:rocket")

    assert talk.agreement("Ravn").status == "active"
    assert talk.agreement("Ravn").contact_form == agreement.contact_form


def test_cases_shows_each_citizens_times_and_next_check_in(talk: WorkerTalk) -> None:
    talk.says(SUSANNE, "/checkin Ravn tir,fre 10:00")

    talk.says(SUSANNE, "/cases")

    assert "tirsdag og fredag kl. 10:00" in talk.last(SUSANNE)
    assert "tirsdag 24.11. kl. 10:00" in talk.last(SUSANNE)


def test_agreements_are_audited_by_id_only(talk: WorkerTalk) -> None:
    talk.says(SUSANNE, "/checkin Ravn tir 10:00")
    talk.says(SUSANNE, "/checkin Ravn fre 10:00")
    talk.presses(SUSANNE, next(d for label, d in talk.buttons(SUSANNE).items() if "Telefon" in label))
    talk.presses(SUSANNE, talk.buttons(SUSANNE)["Ja"])

    with talk.deps.new_uow() as uow:
        entries = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.subject_type == "checkin_agreement")
        )
        actions = [(e.action, e.subject_id) for e in entries]
    agreement_id = talk.agreement("Ravn").id
    assert actions == [
        ("checkin.agreed", agreement_id),
        ("checkin.changed", agreement_id),
        ("checkin.citizen_reminder_on", agreement_id),
    ]


def test_when_a_lead_hands_the_citizen_on_the_reminders_follow(talk: WorkerTalk) -> None:
    talk.worker(VIVIAN, "Vivian")
    talk.worker(LEAD, "Lone", lead=True)
    talk.says(SUSANNE, "/checkin Ravn tir 10:00")

    talk.says(LEAD, "/assign Ravn Vivian")

    assert talk.agreement("Ravn").worker_id == talk.worker_id("Vivian")
