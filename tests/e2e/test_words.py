"""Issue 13, section 5, as people see it on their phones: SMS users are told words they can type, help
shows no empty team line, and an answered button does nothing a second time."""

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import Engine

from tests.e2e.conftest import running
from tests.e2e.harness import BotUnderTest, buttons
from tests.e2e.test_sms import texts_to
from tests.e2e.test_telegram_relay import invited_citizen
from tests.fakes.clock import RunningClock
from tests.fakes.telegram_server import FakeTelegramServer
from tests.fakes.twilio_server import FakeTwilioServer

WORKER, CITIZEN, PHONE = 1001, 2002, "+4527241393"


@pytest.fixture
async def esbjerg(
    telegram: FakeTelegramServer,
    twilio: FakeTwilioServer,
    engine: Engine,
    secret_key: str,
    office_clock: RunningClock,
) -> AsyncIterator[BotUnderTest]:
    """The service with SMS on, Esbjerg's profile (no team phone)."""
    async with running(telegram, engine, secret_key, "esbjerg", office_clock, twilio) as bot:
        yield bot


async def test_hjaelp_by_sms_in_esbjerg_gives_the_numbers_and_no_empty_team_line(
    esbjerg: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    await twilio.user_sends_async(PHONE, "hjaelp")

    (answer,) = await texts_to(twilio, PHONE, 1)
    assert "112" in answer and "70 201 201" in answer
    assert "Teamet: " not in answer and "()" not in answer and "  " not in answer


async def test_a_slash_word_by_sms_reaches_the_team_and_is_answered_without_slash_commands(
    esbjerg: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    await esbjerg.enrolled_worker(WORKER, "Susanne", team=esbjerg.deps.profile.teams[0].name)
    await twilio.user_sends_async(PHONE, "/menu")

    (answer,) = await texts_to(twilio, PHONE, 1)
    assert "112" in answer and "/help" not in answer and "/start" not in answer
    assert (await esbjerg.received(WORKER, 2))[-1]["text"].endswith("\n/menu")  # a message, not lost


async def test_tapping_yes_twice_under_the_delete_question_deletes_once_and_says_so(
    bot: BotUnderTest,
) -> None:
    await bot.enrolled_worker(WORKER, "Susanne")
    await bot.says(CITIZEN, await invited_citizen(bot))
    (question,) = await bot.says(CITIZEN, "/slet")
    yes = buttons(question)["Ja"]
    await bot.presses(CITIZEN, question, yes)
    told_worker = len(bot.telegram.sent_to(WORKER))

    (second,) = await bot.presses(CITIZEN, question, yes)

    assert "allerede svaret" in second["text"] and "Intet er ændret" in second["text"]
    assert len(bot.telegram.sent_to(WORKER)) == told_worker
