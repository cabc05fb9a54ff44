"""A citizen's short reply is read after the worker's question it answers (bot/policy/crisis/thread.py),
through the real relay on SQLite and PostgreSQL: only the worker's latest text the citizen saw, within a day,
with at most three of the citizen's messages since."""

from datetime import timedelta

import pytest
from sqlalchemy import Engine, select

from bot.crypto import Vault
from bot.models import OutboxMessage
from bot.models.enums import OutboxKind
from tests.fakes.clock import FakeClock
from tests.integration.test_conversations import CITIZEN, SUSANNE, Conversation

PLAN = "Har du en plan for hvordan?"


def _asks(talk: Conversation, question: str) -> str:
    """Ravn writes, and Susanne answers `question` as a reply to the relayed text (whose id is returned)."""
    talk.says(CITIZEN, "hej")
    with talk.deps.new_uow() as uow:
        relay = uow.session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "relay")).all()[-1]
        relay.external_id = f"relay-{relay.id}"  # as the drainer records it once Telegram accepted it
        uow.commit()
        replied_to = relay.external_id
    talk.says(SUSANNE, question, reply_to=replied_to)
    assert talk.received(CITIZEN)[-1] == question
    return replied_to


def _crisis_answers(talk: Conversation) -> int:
    return sum(queued.kind == OutboxKind.CRISIS for queued in talk.queued(CITIZEN))


@pytest.fixture
def talk(migrated: Engine, vault: Vault, clock: FakeClock) -> Conversation:
    """Susanne and her citizen Ravn, linked."""
    talk = Conversation(migrated, vault, clock)
    talk.worker(SUSANNE, "Susanne")
    talk.linked_citizen(SUSANNE, CITIZEN)
    return talk


def test_a_yes_and_a_time_after_a_question_about_a_plan_gets_the_numbers_and_alerts_the_worker(
    talk: Conversation, clock: FakeClock
) -> None:
    _asks(talk, PLAN)
    clock.advance(timedelta(hours=9))  # asked in the afternoon, answered in the night

    talk.says(CITIZEN, "ja. i aften")

    assert _crisis_answers(talk) == 1
    assert any(queued.kind == OutboxKind.ALERT for queued in talk.queued(SUSANNE))


def test_a_day_later_the_same_reply_answers_nothing_and_is_only_relayed(
    talk: Conversation, clock: FakeClock
) -> None:
    _asks(talk, PLAN)
    clock.advance(timedelta(hours=25))

    talk.says(CITIZEN, "ja. i aften")

    assert _crisis_answers(talk) == 0
    assert talk.received(SUSANNE)[-1].endswith("\nja. i aften")


def test_a_reply_after_three_other_messages_of_the_citizen_answers_nothing(talk: Conversation) -> None:
    _asks(talk, PLAN)
    for text in ("hvorfor spørger du om det", "det ved du godt", "hmm"):
        talk.says(CITIZEN, text)
    answers_before = _crisis_answers(talk)

    talk.says(CITIZEN, "ja. i aften")

    assert _crisis_answers(talk) == answers_before


def test_a_second_short_message_still_answers_the_question(talk: Conversation) -> None:
    _asks(talk, "tænker du på at tage dit liv?")

    talk.says(CITIZEN, "...")
    talk.says(CITIZEN, "jep")

    assert _crisis_answers(talk) == 1


def test_a_question_and_the_workers_afterthought_are_read_together(talk: Conversation) -> None:
    replied_to = _asks(talk, PLAN)
    talk.says(SUSANNE, "du må gerne svare ærligt, jeg bliver ikke sur 💛", reply_to=replied_to)

    talk.says(CITIZEN, "ja")

    assert _crisis_answers(talk) == 1
