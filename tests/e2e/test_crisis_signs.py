"""Crisis signs end to end (issue 16): a message that never says "selvmord" but names a means and a time, or
a goodbye, gets the crisis answer at once and the worker an alert, on Telegram and by SMS; a worrying one
gets the numbers and reaches the worker marked; the same words used harmlessly are only relayed."""

from tests.e2e.harness import BotUnderTest, texts
from tests.e2e.test_sms import PHONE, sms_citizen, texts_to
from tests.e2e.test_telegram_safety import (
    CITIZEN,
    NUMBERS_FOR_NOW,
    WELCOME,
    WORKER,
    citizen_writes,
    linked_citizen,
)
from tests.fakes.twilio_server import FakeTwilioServer

WORRYING_HEADER = "⚠️ Fra Ravn (kan være alvorligt):"


async def test_a_means_and_a_time_on_telegram_get_the_crisis_answer_and_the_worker_an_alert(
    bot: BotUnderTest,
) -> None:
    await linked_citizen(bot)

    (crisis,) = await bot.says(CITIZEN, "har samlet piller længe. i aften gør jeg det")

    assert all(number in crisis["text"] for number in NUMBERS_FOR_NOW)
    alert, relayed = (await bot.received(WORKER, 5))[-2:]
    assert "HASTER" in alert["text"] and "Ravn" in alert["text"]
    assert "piller" not in alert["text"]  # the alert names no words; they come in the relay
    assert relayed["text"] == f"{WORRYING_HEADER}\nhar samlet piller længe. i aften gør jeg det"


async def test_a_goodbye_by_sms_gets_the_crisis_answer_and_the_worker_an_alert(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    await sms_citizen(sms_bot, twilio)

    await twilio.user_sends_async(PHONE, "farvel. tak for alt, det er slut nu")

    (crisis,) = (await texts_to(twilio, PHONE, 2))[1:]
    assert all(number in crisis for number in NUMBERS_FOR_NOW)
    alert, relayed = (await sms_bot.received(WORKER, 5))[-2:]
    assert "HASTER" in alert["text"] and "Ravn" in alert["text"]
    assert relayed["text"] == f"{WORRYING_HEADER}\nfarvel. tak for alt, det er slut nu"


async def test_a_worrying_message_gets_the_numbers_and_reaches_the_worker_marked_without_an_alert(
    bot: BotUnderTest,
) -> None:
    await linked_citizen(bot)

    (numbers,) = await bot.says(CITIZEN, "jeg orker ikke mere")

    assert all(number in numbers["text"] for number in NUMBERS_FOR_NOW)
    relayed = (await bot.received(WORKER, 4))[-1]
    assert relayed["text"] == f"{WORRYING_HEADER}\njeg orker ikke mere"
    assert not any("HASTER" in text for text in texts(bot.telegram.sent_to(WORKER)))


async def test_the_same_words_used_harmlessly_are_only_relayed(bot: BotUnderTest) -> None:
    await linked_citizen(bot)

    relayed = await citizen_writes(bot, "han slog mig i skak igen 😂 og jeg har en kniv til brødet")

    assert relayed["text"] == "Fra Ravn:\nhan slog mig i skak igen 😂 og jeg har en kniv til brødet"
    assert texts(bot.telegram.sent_to(CITIZEN)) == [WELCOME]
    assert not any("HASTER" in text for text in texts(bot.telegram.sent_to(WORKER)))
