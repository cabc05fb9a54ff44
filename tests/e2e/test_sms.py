"""Citizens on SMS, workers on Telegram: the same conversations by text message, through real Twilio
webhooks (signed with twilio's own RequestValidator) and the real twilio client against a fake Twilio."""

import asyncio
import re
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from bot.models import Message, ProcessedInbound
from bot.models.enums import DeliveryStatus
from tests.e2e.conftest import MONDAY_MORNING, SUNDAY_NIGHT
from tests.e2e.harness import BotUnderTest
from tests.fakes.clock import RunningClock
from tests.fakes.sms_forms import AUTH_TOKEN, inbound_sms, signed_inbound
from tests.fakes.twilio_server import FakeTwilioServer

WORKER = 1001
PHONE = "+4527241393"
CODE = re.compile(r"^[2-9A-HJ-NP-Z]{6,10}$", re.MULTILINE)


async def texts_to(twilio: FakeTwilioServer, number: str, count: int) -> list[str]:
    return [m["body"] for m in await twilio.wait_for_async(count, number, timeout=10)]


async def sms_citizen(bot: BotUnderTest, twilio: FakeTwilioServer) -> None:
    """Susanne on Telegram invites Ravn, who links by texting the code."""
    await bot.enrolled_worker(WORKER, "Susanne")
    (invite,) = await bot.says(WORKER, "/invite Ravn")
    code = CODE.search(invite["text"])
    assert code is not None
    delivery = await twilio.user_sends_async(PHONE, code.group().lower())
    assert delivery.status == 200 and delivery.twiml_error is None
    (welcome,) = await texts_to(twilio, PHONE, 1)
    assert "Susanne" in welcome


async def test_an_sms_citizen_and_a_telegram_worker_talk_both_ways(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    await sms_citizen(sms_bot, twilio)

    await twilio.user_sends_async(PHONE, "Kan vi ses i morgen?")
    relayed = (await sms_bot.received(WORKER, 4))[-1]
    assert relayed["text"].endswith("Kan vi ses i morgen?") and PHONE not in relayed["text"]

    await sms_bot.says(WORKER, "Ja, kl. 10 ved banegården", reply_to=relayed["message_id"], expect=0)
    assert (await texts_to(twilio, PHONE, 2))[-1] == "Ja, kl. 10 ved banegården"
    assert all(str(WORKER) not in body for body in await texts_to(twilio, PHONE, 2))


async def test_a_redelivered_message_sid_changes_nothing(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    await sms_citizen(sms_bot, twilio)
    delivery = await twilio.user_sends_async(PHONE, "hej igen")
    await sms_bot.received(WORKER, 4)

    again = await asyncio.to_thread(twilio.redeliver, delivery.sid)

    assert again.status == 200
    await asyncio.sleep(0.5)
    assert len(sms_bot.telegram.sent_to(WORKER)) == 4


@pytest.mark.parametrize(
    "signature", [None, "", "bm90IGEgc2lnbmF0dXJl", "replayed from another request"], ids=str
)
async def test_a_missing_wrong_or_copied_signature_gets_403_and_stores_nothing(
    sms_bot: BotUnderTest, signature: str | None
) -> None:
    url = f"{sms_bot.settings.public_base_url}/sms/inbound"
    form = inbound_sms(from_number=PHONE, body="hej")
    headers = {}
    if signature == "replayed from another request":  # a valid signature, for a different message
        headers, _ = signed_inbound(url, inbound_sms(from_number=PHONE, body="noget andet"), AUTH_TOKEN)
    elif signature is not None:
        headers = {"X-Twilio-Signature": signature}

    async with httpx.AsyncClient() as client:
        response = await client.post(url, data=form, headers=headers)

    assert response.status_code == 403
    with sms_bot.deps.new_uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ProcessedInbound)) == 0


@pytest.mark.parametrize(
    "changes",
    [{"MessageSid": "not-a-sid"}, {"From": "not a number"}, {"MessageSid": None}, {"From": None}],
    ids=str,
)
async def test_a_signed_but_malformed_form_gets_400_and_stores_nothing(
    sms_bot: BotUnderTest, changes: dict[str, Any]
) -> None:
    url = f"{sms_bot.settings.public_base_url}/sms/inbound"
    form = {
        k: v for k, v in {**inbound_sms(from_number=PHONE, body="hej"), **changes}.items() if v is not None
    }
    headers, form = signed_inbound(url, form, AUTH_TOKEN)

    async with httpx.AsyncClient() as client:
        response = await client.post(url, data=form, headers=headers)

    assert response.status_code == 400
    with sms_bot.deps.new_uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ProcessedInbound)) == 0


@pytest.mark.parametrize("status", [500, 429, 503])
async def test_texts_arrive_once_and_in_order_when_twilio_fails(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer, status: int
) -> None:
    await sms_citizen(sms_bot, twilio)
    await twilio.user_sends_async(PHONE, "hej")
    relayed = (await sms_bot.received(WORKER, 4))[-1]
    twilio.fail_share(0.4, status=status, seed=status)

    answers = [f"svar {n}" for n in range(6)]
    for answer in answers:
        await sms_bot.says(WORKER, answer, reply_to=relayed["message_id"], expect=0)

    got = await twilio.wait_for_async(1 + len(answers), PHONE, timeout=40)
    assert [m["body"] for m in got[1:]] == answers


async def test_an_undelivered_text_is_shown_to_the_worker(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    await sms_citizen(sms_bot, twilio)
    await twilio.user_sends_async(PHONE, "hej")
    relayed = (await sms_bot.received(WORKER, 4))[-1]
    await sms_bot.says(WORKER, "Vi ses kl. 10", reply_to=relayed["message_id"], expect=0)
    sent = (await twilio.wait_for_async(2, PHONE))[-1]
    await asyncio.sleep(0.3)  # the drainer records the sid

    await twilio.send_status_callback_async(sent["sid"], "undelivered", error_code=30003)

    notice = (await sms_bot.received(WORKER, 5))[-1]
    assert "Ravn" in notice["text"] and "ikke leveret" in notice["text"]
    with sms_bot.deps.new_uow() as uow:
        statuses = uow.session.scalars(
            select(Message.delivery_status).where(Message.direction == "out")
        ).all()
    assert DeliveryStatus.UNDELIVERED in statuses


async def test_stop_pauses_texts_and_start_resumes(sms_bot: BotUnderTest, twilio: FakeTwilioServer) -> None:
    await sms_citizen(sms_bot, twilio)
    await twilio.user_sends_async(PHONE, "hej")
    relayed = (await sms_bot.received(WORKER, 4))[-1]
    await twilio.user_sends_async(PHONE, "STOP")
    assert "START" in (await texts_to(twilio, PHONE, 2))[-1]
    assert "STOP" in (await sms_bot.received(WORKER, 5))[-1]["text"]  # the worker is told

    (refused,) = await sms_bot.says(WORKER, "Er du ok?", reply_to=relayed["message_id"])
    assert "Ravn" in refused["text"] and len(twilio.sent_to(PHONE)) == 2
    await twilio.user_sends_async(PHONE, "START")
    await texts_to(twilio, PHONE, 3)
    await sms_bot.says(WORKER, "Godt at høre fra dig", reply_to=relayed["message_id"], expect=0)

    assert (await texts_to(twilio, PHONE, 4))[-1] == "Godt at høre fra dig"


async def test_a_worker_reply_that_reveals_too_much_by_sms_is_held_until_confirmed(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    await sms_citizen(sms_bot, twilio)
    await twilio.user_sends_async(PHONE, "hej")
    relayed = (await sms_bot.received(WORKER, 4))[-1]

    (warning,) = await sms_bot.says(
        WORKER, "Husk din tid i misbrugscentret kl. 10", reply_to=relayed["message_id"]
    )
    assert "SMS" in warning["text"]
    await asyncio.sleep(0.3)
    assert len(twilio.sent_to(PHONE)) == 1

    await sms_bot.presses(WORKER, warning, "sms:send", expect=0)
    assert (await texts_to(twilio, PHONE, 2))[-1] == "Husk din tid i misbrugscentret kl. 10"


async def test_a_long_reply_is_sent_whole_and_the_worker_told_what_it_cost(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    await sms_citizen(sms_bot, twilio)
    await twilio.user_sends_async(PHONE, "hej")
    relayed = (await sms_bot.received(WORKER, 4))[-1]
    long_answer = "Vi ses på torsdag ved biblioteket. " * 12

    (cost,) = await sms_bot.says(WORKER, long_answer.strip(), reply_to=relayed["message_id"])

    assert "3" in cost["text"]
    assert (await texts_to(twilio, PHONE, 2))[-1] == long_answer.strip()


async def test_a_stranger_texting_in_a_loop_at_night_gets_one_answer_and_every_text_reaches_the_team(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer, office_clock: RunningClock
) -> None:
    await sms_bot.enrolled_worker(WORKER, "Susanne")
    stranger = "+4520304050"
    office_clock.jump(SUNDAY_NIGHT - MONDAY_MORNING + timedelta(days=7))

    for n in range(14):
        await twilio.user_sends_async(stranger, f"Auto-svar {n}: jeg er på ferie")

    await sms_bot.received(WORKER, 1 + 14, timeout=15)  # every text still reaches the team
    await asyncio.sleep(0.5)
    (answer,) = [m["body"] for m in twilio.sent_to(stranger)]  # one night answer, not one per text
    assert "i morgen kl. 08:00" in answer


async def test_a_report_by_sms_is_a_short_numbered_dialogue(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    neighbour = "+4520304051"
    for step, text in enumerate(
        ["BEKYMRING", "Naboen har ikke været ude i tre uger", "Opgang 4, 2. sal", "2", "1", "1"], start=1
    ):
        await twilio.user_sends_async(neighbour, text)
        await twilio.wait_for_async(step, neighbour, timeout=10)

    receipt = twilio.sent_to(neighbour)[-1]["body"]
    code = CODE.search(receipt)
    assert code is not None
    await twilio.user_sends_async(neighbour, f"STATUS {code.group()}")
    assert "modtaget" in (await twilio.wait_for_async(7, neighbour))[-1]["body"]
