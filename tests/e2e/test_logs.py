"""What the running service logs, read the way an operator's log shipper reads it: at DEBUG, through a
whole conversation on Telegram and by SMS, the log holds no bot token, no Twilio credential, no message
text, no phone number and no chat id (issue 18, item 7); at INFO nothing per routine tick."""

import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot import logs
from tests.e2e.harness import BotUnderTest
from tests.e2e.test_sms import PHONE, sms_citizen, texts_to
from tests.fakes.sms_forms import AUTH_TOKEN
from tests.fakes.twilio_server import FakeTwilioServer

WORKER = 1001
CITIZEN_SAYS = "Kan vi ses i morgen ved Føtex?"
WORKER_SAYS = "Ja, kl. 10 ved indgangen"


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """The service's log, as `skp-bot run` configures it, at DEBUG; the test's own logging put back."""
    root = logging.getLogger()
    before = (list(root.handlers), root.level)
    levels = {name: logging.getLogger(name).level for name in logs.LIBRARIES}
    stream = io.StringIO()
    logs.configure("DEBUG", "text", stream)
    try:
        yield stream
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in before[0]:
            root.addHandler(handler)
        root.setLevel(before[1])
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


async def test_a_conversation_at_debug_leaves_nothing_personal_and_no_secret_in_the_log(
    captured: io.StringIO, sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    await sms_citizen(sms_bot, twilio)
    await twilio.user_sends_async(PHONE, CITIZEN_SAYS)
    relayed = (await sms_bot.received(WORKER, 4))[-1]
    await sms_bot.says(WORKER, WORKER_SAYS, reply_to=relayed["message_id"], expect=0)
    assert (await texts_to(twilio, PHONE, 2))[-1] == WORKER_SAYS

    log = captured.getvalue()
    assert "DEBUG" in log  # it did log at DEBUG (else the scan proves nothing)
    token = sms_bot.telegram.token
    for secret in (token, token.split(":")[-1], AUTH_TOKEN):
        assert secret not in log
    for text in (CITIZEN_SAYS, WORKER_SAYS, "Føtex", relayed["text"]):
        assert text not in log
    for number in (PHONE, PHONE.lstrip("+"), PHONE[3:]):
        assert number not in log
    assert str(WORKER) not in log


def test_a_json_log_is_one_object_per_line_with_the_events_fields() -> None:
    stream = io.StringIO()
    root = logging.getLogger()
    before = (list(root.handlers), root.level)
    try:
        logs.configure("INFO", "json", stream)
        logging.getLogger("bot.outbox.drainer").warning(
            "outbox gave up", extra={"outbox_id": 7, "attempts": 12, "reason": "RecipientGone"}
        )
        logging.getLogger("skp_bot").info("chat %s wrote from %s", "x", "+4527241393")
        logging.getLogger("apscheduler.executors.default").info('Running job "tick" (scheduled at …)')
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in before[0]:
            root.addHandler(handler)
        root.setLevel(before[1])

    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert len(lines) == 2  # APScheduler's routine line is held back
    gave_up, blanked = lines
    assert gave_up["level"] == "WARNING" and gave_up["logger"] == "bot.outbox.drainer"
    assert gave_up["message"] == "outbox gave up"
    assert (gave_up["outbox_id"], gave_up["attempts"], gave_up["reason"]) == (7, 12, "RecipientGone")
    assert gave_up["time"].endswith("+00:00")
    assert "+4527241393" not in blanked["message"] and "<phone>" in blanked["message"]
