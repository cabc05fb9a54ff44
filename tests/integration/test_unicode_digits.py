"""Every dialogue step that takes a number reads the ASCII digits 0–9 only, on SQLite and PostgreSQL:
`"²".isdigit()` is True but `int("²")` raises, so "²", "٣", "１" or "①" where a number is asked for must
get the step's question again, never an exception (by SMS an HTTP 500, and the message lost)."""

from collections.abc import Callable
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from bot.crypto import Vault
from bot.models.enums import Channel
from bot.profile import LimitRules
from tests.fakes.clock import FakeClock
from tests.integration.test_report_dialogue import NEIGHBOUR, bronderslev, reports, up_to_the_age
from tests.integration.worker_talk import WorkerTalk

SUSANNE, CITIZEN, REPORTER = "1001", "2002", "+4520304051"
FOREIGN_DIGITS = st.characters(categories=("Nd", "No"), exclude_characters="0123456789")
NUMBERS = st.text(FOREIGN_DIGITS, min_size=1, max_size=3)
PROPERTY = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def typed_digits(test: Callable[..., None]) -> Callable[..., None]:
    """The examples every step gets: the four the issue names, then whatever Hypothesis finds."""
    for digits in ("²", "٣", "１", "①", "12²", "¹⁰"):
        test = example(digits=digits)(test)
    return PROPERTY(given(digits=NUMBERS)(test))


@pytest.fixture
def talk(migrated: Engine, vault: Vault, clock: FakeClock) -> WorkerTalk:
    """A team and a citizen, with limits high enough that the bot answers every example."""
    talk = WorkerTalk(migrated, vault, clock)
    generous(talk)
    talk.worker(SUSANNE, "Susanne")
    talk.linked_citizen(SUSANNE, CITIZEN)
    return talk


def generous(talk: WorkerTalk) -> None:
    limits = LimitRules(auto_replies_per_hour=100, dialogue_replies_per_hour=200, safety_replies_per_hour=200)
    talk.deps = replace(talk.deps, profile=talk.deps.profile.model_copy(update={"limits": limits}))


REPORT_STEPS = {  # the step, the SMS answers that lead to it after the concern and the place
    "Hvor meget haster det?": (),
    "Hvordan kender du personen?": ("2",),
    "Vil du være anonym?": ("2", "1"),
}


@pytest.mark.parametrize("question", list(REPORT_STEPS))
def test_a_report_question_answered_with_other_digits_is_asked_again(talk: WorkerTalk, question: str) -> None:
    for text in ("BEKYMRING", "Naboen har ikke været ude i tre uger", "Opgang 4", *REPORT_STEPS[question]):
        talk.says(REPORTER, text, channel=Channel.SMS)
    assert question in talk.last(REPORTER)

    @typed_digits
    def asked_again(digits: str) -> None:
        talk.says(REPORTER, digits, channel=Channel.SMS)
        assert question in talk.last(REPORTER)

    asked_again()
    assert reports(talk) == []


def test_the_age_answered_with_other_digits_is_asked_again(talk: WorkerTalk) -> None:
    bronderslev(talk)
    generous(talk)
    up_to_the_age(talk)

    @typed_digits
    def asked_again(digits: str) -> None:
        for answer in (digits, f"{digits} år"):
            talk.says(NEIGHBOUR, answer)
            assert talk.last(NEIGHBOUR) == "Hvor gammel er personen cirka? Vælg, eller skriv alderen."

    asked_again()
    assert reports(talk) == []


def test_a_check_in_time_with_other_digits_is_not_understood_and_asked_again(talk: WorkerTalk) -> None:
    talk.says(SUSANNE, "/checkin Ravn")

    @typed_digits
    def asked_again(digits: str) -> None:
        for cadence in (digits, f"i morgen {digits}", f"mandag kl {digits}", f"hver {digits}. uge man 10:00"):
            talk.says(SUSANNE, cadence)
            assert talk.last(SUSANNE).startswith("Det forstod jeg ikke. Skriv tiderne for Ravn"), cadence

    asked_again()
    assert talk.agreements("Ravn") == []


def test_an_absence_with_other_digits_is_refused_and_nothing_is_stored(talk: WorkerTalk) -> None:
    @typed_digits
    def refused(digits: str) -> None:
        before = len(talk.received(SUSANNE))
        talk.says(SUSANNE, f"/fravær {digits}.12-{digits}.12")
        assert len(talk.received(SUSANNE)) == before + 1

    refused()
    assert talk.absences() == []


def test_a_language_chosen_with_other_digits_changes_nothing(talk: WorkerTalk) -> None:
    @typed_digits
    def unchanged(digits: str) -> None:
        talk.says(CITIZEN, "/sprog")
        talk.says(CITIZEN, digits)
        talk.says(CITIZEN, "/start")
        assert talk.last(CITIZEN).startswith("Hej")  # still Danish

    unchanged()
