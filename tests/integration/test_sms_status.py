"""What Twilio's delivery reports lead to, on SQLite and PostgreSQL: a worker's answer to a citizen on SMS
that failed for a passing reason goes out again, one that cannot be delivered is told to the worker who
wrote it, and a report about a text that is not ours changes nothing.

The text a report queues is nobody's to send until the drainer looks for it: the webhook tells the
drainer to look at once, so the second attempt or the notice does not wait for the idle poll.
"""

import asyncio
import re

import httpx
import pytest
from sqlalchemy import Engine, func, select, update
from starlette.applications import Starlette

from bot.models import Message, OutboxMessage
from bot.models.enums import Channel, DeliveryStatus, Direction, OutboxStatus
from bot.outbox import OutboxDrainer
from bot.services.delivery import record_sms_status
from handlers.http import build_http_app
from handlers.sms_webhook import SmsWebhooks
from tests.fakes.senders import FakeSender
from tests.fakes.sms_forms import AUTH_TOKEN, TEAM_NUMBER, message_sid, signed_inbound, status_callback
from tests.integration.outbox.test_outbox_drainer import bounded, draining
from tests.integration.test_conversations import SUSANNE, Conversation, talk  # noqa: F401

PHONE = "+4527241393"  # Ravn's mobile
ANSWER = "Vi ses kl. 10 ved banegården"
PUBLIC = "https://skp.example.dk"
CODE = re.compile(r"^[2-9A-HJ-NP-Z]{6,10}$", re.MULTILINE)


def answer_to_an_sms_citizen(talk: Conversation) -> None:  # noqa: F811
    """Susanne on Telegram invites Ravn, who links and writes by SMS; she answers his text."""
    talk.worker(SUSANNE, "Susanne")
    talk.says(SUSANNE, "/invite Ravn")
    code = CODE.search(talk.received(SUSANNE)[-1])
    assert code is not None
    talk.says(PHONE, code.group(), channel=Channel.SMS)
    talk.says(PHONE, "hej, har du tid i morgen?", channel=Channel.SMS)
    with talk.deps.new_uow() as uow:
        relay = uow.session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "relay")).all()[-1]
        relay.external_id = "555"  # as the drainer records it once Telegram accepted the message
        uow.commit()
    talk.says(SUSANNE, ANSWER, reply_to="555")
    assert talk.received(PHONE)[-1] == ANSWER


def sent_by_twilio(talk: Conversation) -> str:  # noqa: F811
    """Everything queued went out; the answer's SID, as the drainer records it once Twilio took it."""
    sid = message_sid()
    with talk.deps.new_uow() as uow:
        answer = uow.session.scalars(
            select(OutboxMessage).where(OutboxMessage.channel == Channel.SMS).order_by(OutboxMessage.id)
        ).all()[-1]
        answer.external_id = sid
        uow.session.execute(update(OutboxMessage).values(status=OutboxStatus.SENT))
        uow.commit()
    return sid


def waiting(engine: Engine) -> int:
    """Outbox rows not sent yet."""
    with engine.connect() as connection:
        query = select(func.count()).where(OutboxMessage.status == OutboxStatus.PENDING)
        return connection.scalar(query) or 0


async def nothing_waits(engine: Engine) -> None:
    """Until every outbox row is sent and recorded (looked at every few milliseconds)."""
    while await asyncio.to_thread(waiting, engine):
        await asyncio.sleep(0.01)


def answer_status(talk: Conversation) -> DeliveryStatus:  # noqa: F811
    with talk.deps.new_uow() as uow:
        query = select(Message.delivery_status).where(Message.direction == Direction.OUTBOUND)
        return uow.session.scalars(query.order_by(Message.id)).all()[-1]


async def twilio_reports(app: Starlette, sid: str, status: str, error_code: str) -> int:
    """Twilio's signed status callback for `sid`, as it arrives at PUBLIC_BASE_URL; the answer's code."""
    url = f"{PUBLIC}/sms/status"
    form = status_callback(sid, status, to=PHONE, from_number=TEAM_NUMBER, error_code=error_code)
    headers, form = signed_inbound(url, form, AUTH_TOKEN)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=PUBLIC) as client:
        response = await client.post("/sms/status", data=form, headers=headers)
    return response.status_code


@pytest.mark.parametrize(
    ("status", "error_code"), [("failed", "30008"), ("undelivered", "30003")], ids=["retryable", "final"]
)
async def test_what_a_failure_report_queues_goes_out_without_waiting_for_the_idle_poll(
    talk: Conversation,  # noqa: F811
    status: str,
    error_code: str,
) -> None:
    """30008 (unknown error) is worth a second attempt: Ravn gets the answer again. 30003 (handset
    unreachable) is not: Susanne is told. Either way, at once, though the drainer's idle poll is long
    and nothing of this process is on the wire to end in a round that would find the new row."""
    answer_to_an_sms_citizen(talk)
    telegram, sms = FakeSender(), FakeSender(ids=message_sid)
    drainer = OutboxDrainer(talk.deps, {"telegram": telegram, "sms": sms})
    app = build_http_app(talk.engine, "test", sms=SmsWebhooks(talk.deps, AUTH_TOKEN, PUBLIC))
    to_susanne = len(talk.received(SUSANNE))

    async with draining(drainer) as stop:
        await bounded(nothing_waits(talk.engine), "the conversation's messages")
        assert sms.texts_to(PHONE)[-1] == ANSWER
        assert await twilio_reports(app, sms.id_of(PHONE, ANSWER), status, error_code) == 204
        await bounded(nothing_waits(talk.engine), "what the report queued")
        await stop()

    if status == "failed":
        assert sms.texts_to(PHONE)[-2:] == [ANSWER, ANSWER]
        assert len(telegram.texts_to(SUSANNE)) == to_susanne
        assert answer_status(talk) == DeliveryStatus.SENT  # the second attempt, taken by Twilio
    else:
        assert sms.texts_to(PHONE)[-1] == ANSWER and sms.texts_to(PHONE).count(ANSWER) == 1
        notice = telegram.texts_to(SUSANNE)[-1]
        assert len(telegram.texts_to(SUSANNE)) == to_susanne + 1
        assert "Ravn" in notice and "ikke leveret" in notice
        assert answer_status(talk) == DeliveryStatus.UNDELIVERED


@pytest.mark.parametrize(
    ("status", "error_code", "queued"),
    [
        ("failed", "30008", "the answer again"),
        ("undelivered", "30003", "word to the worker"),
        ("delivered", None, None),
        ("sent", None, None),
    ],
    ids=["retryable", "final", "delivered", "on-its-way"],
)
def test_a_report_says_whether_it_queued_a_text_for_the_drainer(
    talk: Conversation,  # noqa: F811
    status: str,
    error_code: str | None,
    queued: str | None,
) -> None:
    """The webhook wakes the drainer only when the report queued something (True); a report that
    queued nothing must not cost a drain round."""
    answer_to_an_sms_citizen(talk)
    sid = sent_by_twilio(talk)
    before = {SUSANNE: len(talk.received(SUSANNE)), PHONE: len(talk.received(PHONE))}

    assert record_sms_status(talk.deps, sid, status, error_code) is (queued is not None)

    added = {who: talk.received(who)[count:] for who, count in before.items()}
    if queued == "the answer again":
        assert added == {SUSANNE: [], PHONE: [ANSWER]}
    elif queued == "word to the worker":
        assert added[PHONE] == [] and len(added[SUSANNE]) == 1 and "Ravn" in added[SUSANNE][0]
    else:
        assert added == {SUSANNE: [], PHONE: []}


def test_a_report_about_a_text_that_is_not_ours_changes_nothing(talk: Conversation) -> None:  # noqa: F811
    """A SID we never sent (another app on the account, or one forgotten since): nothing is queued, and
    the webhook does not wake the drainer."""
    answer_to_an_sms_citizen(talk)
    sent_by_twilio(talk)
    status_before = answer_status(talk)
    before = {SUSANNE: len(talk.received(SUSANNE)), PHONE: len(talk.received(PHONE))}

    assert record_sms_status(talk.deps, message_sid(), "failed", "30008") is False

    assert {SUSANNE: len(talk.received(SUSANNE)), PHONE: len(talk.received(PHONE))} == before
    assert answer_status(talk) == status_before


@pytest.mark.parametrize(("status", "error_code"), [("failed", "30008"), ("undelivered", "30003")])
def test_a_failure_reported_twice_is_acted_on_once(
    talk: Conversation,  # noqa: F811
    status: str,
    error_code: str,
) -> None:
    """Twilio may send the same callback again: the second changes nothing and is not an error (a 5xx
    would make Twilio try once more), so the citizen gets the answer again once, the worker one notice."""
    answer_to_an_sms_citizen(talk)
    sid = sent_by_twilio(talk)
    before = {SUSANNE: len(talk.received(SUSANNE)), PHONE: len(talk.received(PHONE))}

    assert record_sms_status(talk.deps, sid, status, error_code)
    assert not record_sms_status(talk.deps, sid, status, error_code)

    added = {who: len(talk.received(who)) - count for who, count in before.items()}
    assert added == ({SUSANNE: 0, PHONE: 1} if error_code == "30008" else {SUSANNE: 1, PHONE: 0})
