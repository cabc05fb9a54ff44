"""Crisis signs end to end (issue 16): a message that never says "selvmord" but names a means and a time, or
a goodbye, gets the crisis answer at once and the worker an alert, on Telegram and by SMS; a worrying one
gets the numbers and reaches the worker marked; the same words used harmlessly are only relayed."""

from tests.e2e.harness import JSON, BotUnderTest, texts
from tests.e2e.test_sms import PHONE, sms_citizen, texts_to
from tests.e2e.test_telegram_safety import (
    CITIZEN,
    NUMBERS_FOR_NOW,
    WELCOME,
    WORKER,
    citizen_writes,
    linked_citizen,
    outbox_settled,
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


# ---- a short reply read after the worker's question (thread.py) -------------------------------------------


async def _worker_asks_then_citizen_replies(bot: BotUnderTest, question: str, reply: str) -> list[JSON]:
    """Ravn writes, Susanne answers with `question` (a reply to the relayed text), Ravn replies `reply`;
    returns what Ravn got back."""
    await linked_citizen(bot)
    relayed = await citizen_writes(bot, "hej")
    await bot.says(WORKER, question, reply_to=relayed["message_id"], expect=0)
    await bot.received(CITIZEN, 2)  # the welcome, the question
    await outbox_settled(bot)
    before = len(bot.telegram.sent_to(WORKER))
    bot.telegram.user_sends(CITIZEN, reply)
    await bot.received(WORKER, before + 1)
    await outbox_settled(bot)
    return bot.telegram.sent_to(CITIZEN)[2:]


async def test_a_yes_and_a_time_after_the_workers_question_about_a_plan_is_acute(bot: BotUnderTest) -> None:
    back = await _worker_asks_then_citizen_replies(bot, "Har du en plan for hvordan?", "ja. i aften")

    assert len(back) == 1 and all(number in back[0]["text"] for number in NUMBERS_FOR_NOW)
    worker = texts(bot.telegram.sent_to(WORKER))
    assert any("HASTER" in text and "Ravn" in text for text in worker)
    assert worker[-1] == f"{WORRYING_HEADER}\nja. i aften"


async def test_the_same_reply_after_an_everyday_question_is_only_relayed(bot: BotUnderTest) -> None:
    back = await _worker_asks_then_citizen_replies(bot, "Ses vi til kaffe?", "ja. i aften")

    assert back == []
    worker = texts(bot.telegram.sent_to(WORKER))
    assert worker[-1] == "Fra Ravn:\nja. i aften"
    assert not any("HASTER" in text for text in worker)


async def test_a_no_after_are_you_safe_is_acute_and_a_no_after_have_you_taken_anything_is_not(
    bot: BotUnderTest,
) -> None:
    back = await _worker_asks_then_citizen_replies(bot, "er du i sikkerhed nu?", "nej")

    assert len(back) == 1 and all(number in back[0]["text"] for number in NUMBERS_FOR_NOW)
    assert any("HASTER" in text for text in texts(bot.telegram.sent_to(WORKER)))


async def test_no_after_have_you_taken_anything_is_only_relayed(bot: BotUnderTest) -> None:
    back = await _worker_asks_then_citizen_replies(bot, "har du taget noget i aften?", "nej nej, bare træt")

    assert back == []
    assert texts(bot.telegram.sent_to(WORKER))[-1] == "Fra Ravn:\nnej nej, bare træt"
