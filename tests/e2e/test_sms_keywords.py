"""SMS keywords as citizens type them, alone: each does what it promises, and nothing else is a keyword.

Also the limits on the bot's own answers: safety answers (the numbers, STOP, START, SLET) are never
silenced by the limit on ordinary automatic answers, and a worker's own texts do not count against it.
"""

import asyncio
from datetime import timedelta

from sqlalchemy import select

from bot.models import OutboxMessage
from bot.sms_text import segments
from tests.e2e.conftest import MONDAY_MORNING, SUNDAY_NIGHT
from tests.e2e.harness import BotUnderTest, buttons
from tests.e2e.test_sms import PHONE, WORKER, sms_citizen, texts_to
from tests.fakes.clock import RunningClock
from tests.fakes.twilio_server import FakeTwilioServer

NUMBERS = ("112", "1813", "70 201 201")


async def quiet() -> None:
    """Long enough for anything the bot would still send to have gone out."""
    await asyncio.sleep(0.5)


def worker_texts(bot: BotUnderTest) -> list[str]:
    return [m["text"] for m in bot.telegram.sent_to(WORKER)]


async def test_help_however_it_is_typed_gives_the_numbers_and_tells_the_worker(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    await sms_citizen(sms_bot, twilio)
    typed = ["hjælp", "HJÆLP", "Hjaelp!", "hjalp", " help ", "HJÆLP..."]

    for n, text in enumerate(typed, start=2):
        await twilio.user_sends_async(PHONE, text)
        answer = (await texts_to(twilio, PHONE, n))[-1]
        assert all(number in answer for number in NUMBERS), text

    notes = (await sms_bot.received(WORKER, 3 + len(typed)))[3:]
    assert all("Ravn har bedt om telefonnumrene" in note["text"] for note in notes)
    assert not any(text.strip() in worker_texts(sms_bot)[-1] for text in typed[1:])  # no keyword relayed


async def test_help_inside_a_sentence_gets_the_numbers_and_reaches_the_worker_marked(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    await sms_citizen(sms_bot, twilio)

    await twilio.user_sends_async(PHONE, "hjælp mig jeg er bange")

    (answer,) = (await texts_to(twilio, PHONE, 2))[1:]
    assert all(number in answer for number in NUMBERS)
    relayed = (await sms_bot.received(WORKER, 4))[-1]["text"]
    assert relayed == "⚠️ Fra Ravn (kan være alvorligt):\nhjælp mig jeg er bange"


async def test_stop_and_start_however_typed_pause_and_resume_and_the_worker_hears_both(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    await sms_citizen(sms_bot, twilio)
    await twilio.user_sends_async(PHONE, "hej")
    relayed = (await sms_bot.received(WORKER, 4))[-1]
    pairs = [("STOP", "start"), ("Stop.", "START!"), (" stop ", "Start"), ("stop!!", "  start. ")]

    sent, told = 1, 4
    for stop, start in pairs:
        await twilio.user_sends_async(PHONE, stop)
        sent += 1
        assert "Skriv START" in (await texts_to(twilio, PHONE, sent))[-1], stop
        assert "Dine beskeder når ikke frem" in (await sms_bot.received(WORKER, told + 1))[-1]["text"]
        (refused,) = await sms_bot.says(WORKER, "Er du ok?", reply_to=relayed["message_id"])
        assert "Ravn" in refused["text"]
        await twilio.user_sends_async(PHONE, start)
        sent += 1
        assert "Velkommen tilbage" in (await texts_to(twilio, PHONE, sent))[-1], start
        told += 3  # the STOP, the answer kept, the START
        assert "Dine beskeder når frem igen" in (await sms_bot.received(WORKER, told))[-1]["text"]

    await quiet()
    texts = worker_texts(sms_bot)
    assert sum("Dine beskeder når ikke frem" in t for t in texts) == len(pairs)
    assert sum("Dine beskeder når frem igen" in t for t in texts) == len(pairs)
    assert not any(t.startswith("Fra Ravn:\n") and "stop" in t.lower() for t in texts)  # not relayed
    await sms_bot.says(WORKER, "Godt at høre fra dig", reply_to=relayed["message_id"], expect=0)
    assert (await texts_to(twilio, PHONE, sent + 1))[-1] == "Godt at høre fra dig"


async def test_slet_asks_first_and_slet_ja_deletes(sms_bot: BotUnderTest, twilio: FakeTwilioServer) -> None:
    await sms_citizen(sms_bot, twilio)

    await twilio.user_sends_async(PHONE, "Slet")
    assert "SLET JA" in (await texts_to(twilio, PHONE, 2))[-1]
    await twilio.user_sends_async(PHONE, "nej")
    assert "Intet er slettet" in (await texts_to(twilio, PHONE, 3))[-1]
    sids = {message["sid"] for message in twilio.all_sent() if message["to"] == PHONE}
    await twilio.user_sends_async(PHONE, "slet ja.")
    assert "slettet" in (await texts_to(twilio, PHONE, 4))[-1]
    await quiet()
    with sms_bot.deps.new_uow() as uow:  # a Twilio SID resolves to the number: none is kept
        kept = set(uow.session.scalars(select(OutboxMessage.external_id)))
    assert sids and not sids & kept

    note = (await sms_bot.received(WORKER, 4))[-1]["text"]
    assert "Ravn" in note
    await twilio.user_sends_async(PHONE, "hej er der nogen")  # a stranger now: a new contact
    assert "Ny henvendelse" in (await sms_bot.received(WORKER, 5))[-1]["text"]


async def test_bekymring_alone_starts_a_report_and_in_a_sentence_is_a_message(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    await sms_citizen(sms_bot, twilio)

    await twilio.user_sends_async(PHONE, "bekymring for min søster")
    assert (await sms_bot.received(WORKER, 4))[-1]["text"] == "Fra Ravn:\nbekymring for min søster"
    await twilio.user_sends_async(PHONE, "Bekymring!")
    question = (await texts_to(twilio, PHONE, 2))[-1]
    assert "Ravn" not in question and len(question) > 10  # the report's first question


async def test_status_with_a_receipt_code_typed_loosely_answers_and_an_unknown_code_is_relayed(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    neighbour = "+4520304051"
    for step, text in enumerate(
        ["BEKYMRING", "Naboen har ikke været ude i tre uger", "Opgang 4, 2. sal", "2", "1", "1"], start=1
    ):
        await twilio.user_sends_async(neighbour, text)
        await twilio.wait_for_async(step, neighbour, timeout=10)
    receipt = twilio.sent_to(neighbour)[-1]["body"]
    code = next(line.strip() for line in receipt.splitlines() if line.strip().isalnum() and line.isupper())

    await twilio.user_sends_async(neighbour, f"status {code[:3].lower()}-{code[3:].lower()}.")
    assert "modtaget" in (await twilio.wait_for_async(7, neighbour))[-1]["body"]

    await sms_citizen(sms_bot, twilio)
    await twilio.user_sends_async(PHONE, "status K7QM3X")
    assert (await sms_bot.received(WORKER, 4))[-1]["text"] == "Fra Ravn:\nstatus K7QM3X"


async def test_many_cries_for_help_in_an_hour_are_all_answered(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    await sms_citizen(sms_bot, twilio)

    for n in range(12):
        await twilio.user_sends_async(PHONE, "HJÆLP")
        answer = (await texts_to(twilio, PHONE, n + 2))[-1]
        assert all(number in answer for number in NUMBERS), n


async def test_a_workers_own_texts_do_not_use_up_the_citizens_automatic_answers(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer, office_clock: RunningClock
) -> None:
    await sms_citizen(sms_bot, twilio)
    await twilio.user_sends_async(PHONE, "hej")
    relayed = (await sms_bot.received(WORKER, 4))[-1]
    for n in range(10):
        await sms_bot.says(WORKER, f"svar {n}", reply_to=relayed["message_id"], expect=0)
    await texts_to(twilio, PHONE, 11)
    office_clock.jump(timedelta(hours=11))  # 21:00: the team has gone home

    await twilio.user_sends_async(PHONE, "er du der stadig")

    closed = (await texts_to(twilio, PHONE, 12))[-1]
    assert "i morgen kl. 08:00" in closed
    assert (await sms_bot.received(WORKER, 5))[-1]["text"].endswith("\ner du der stadig")


async def test_at_night_five_texts_get_one_answer_and_the_next_night_one_more(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer, office_clock: RunningClock
) -> None:
    await sms_citizen(sms_bot, twilio)
    office_clock.jump(SUNDAY_NIGHT - MONDAY_MORNING + timedelta(days=7))  # Sunday 23:00

    for n in range(5):
        await twilio.user_sends_async(PHONE, f"kan ikke sove {n}")
    await sms_bot.received(WORKER, 3 + 5)
    await quiet()
    assert len(twilio.sent_to(PHONE)) == 1 + 1

    office_clock.jump(timedelta(days=1))  # Monday 23:00: another closed stretch
    await twilio.user_sends_async(PHONE, "stadig vågen")
    assert "i morgen kl. 08:00" in (await texts_to(twilio, PHONE, 3))[-1]


async def test_a_crisis_at_night_gets_one_text_of_one_sms_and_nothing_more_that_night(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer, office_clock: RunningClock
) -> None:
    await sms_citizen(sms_bot, twilio)
    office_clock.jump(SUNDAY_NIGHT - MONDAY_MORNING + timedelta(days=7))

    await twilio.user_sends_async(PHONE, "jeg vil ikke leve mere")
    await twilio.user_sends_async(PHONE, "undskyld")
    await sms_bot.received(WORKER, 3 + 3)  # the alert and both texts
    await quiet()

    (crisis,) = [m["body"] for m in twilio.sent_to(PHONE)[1:]]
    assert all(number in crisis for number in NUMBERS) and "i morgen kl. 08:00" in crisis
    assert crisis.count("112") == 1
    count = segments(crisis)
    assert (count.encoding, count.segments) == ("GSM-7", 1)


async def test_a_reply_written_after_stop_is_kept_and_sent_when_the_worker_taps_after_start(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    await sms_citizen(sms_bot, twilio)
    await twilio.user_sends_async(PHONE, "hej")
    relayed = (await sms_bot.received(WORKER, 4))[-1]
    await twilio.user_sends_async(PHONE, "STOP")
    await texts_to(twilio, PHONE, 2)
    await sms_bot.received(WORKER, 5)  # told of the STOP

    (held,) = await sms_bot.says(WORKER, "Vi ses torsdag kl 10", reply_to=relayed["message_id"])
    assert "gemmes" in held["text"] and len(twilio.sent_to(PHONE)) == 2
    await twilio.user_sends_async(PHONE, "start")
    await texts_to(twilio, PHONE, 3)
    resumed = (await sms_bot.received(WORKER, 7))[-1]
    assert "Ravn har skrevet START" in resumed["text"]

    ((label, data),) = buttons(resumed).items()
    assert label == "Send det tilbageholdte svar"

    (sent,) = await sms_bot.presses(WORKER, resumed, data)
    assert "1" in sent["text"]
    assert (await texts_to(twilio, PHONE, 4))[-1] == "Vi ses torsdag kl 10"
    (again,) = await sms_bot.presses(WORKER, resumed, data)
    assert "sendt allerede" in again["text"]
    await quiet()
    assert len(twilio.sent_to(PHONE)) == 4  # a second tap sends nothing twice


async def test_a_stranger_in_danger_at_night_gets_one_answer_and_no_office_hours_text_after(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer, office_clock: RunningClock
) -> None:
    await sms_bot.enrolled_worker(WORKER, "Susanne")
    stranger = "+4520304059"
    office_clock.jump(SUNDAY_NIGHT - MONDAY_MORNING + timedelta(days=7))

    await twilio.user_sends_async(stranger, "min ven har taget en overdosis")
    await twilio.user_sends_async(stranger, "hvad skal jeg gøre nu")
    await sms_bot.received(WORKER, 1 + 3)  # the alert and both texts reach the team
    await quiet()

    (crisis,) = [m["body"] for m in twilio.sent_to(stranger)]
    assert "112" in crisis and "i morgen kl. 08:00" in crisis
