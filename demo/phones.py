"""What each simulator phone shows, read from the stand-ins: the messages as they were sent, both sides,
with the inline buttons and Telegram replies a real phone would show. Plain JSON for the page."""

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from zoneinfo import ZoneInfo

from demo.cast import Cast
from demo.standins.telegram_api import JSON, FakeTelegramServer
from demo.standins.twilio_api import FakeTwilioServer

_QUOTE = 80  # characters of a replied-to message shown above the reply


def telegram_bubbles(telegram: FakeTelegramServer, chat: int, zone: ZoneInfo) -> list[JSON]:
    """The chat as the Telegram user sees it."""
    bubbles = []
    for message in telegram.chat_history(chat):
        rows = message.get("reply_markup", {}).get("inline_keyboard", [])
        replied = message.get("reply_to_message")
        bubbles.append(
            {
                "id": message["message_id"],
                "mine": not message["from"]["is_bot"],
                "text": message.get("text", ""),
                "time": _clock(datetime.fromtimestamp(message["date"], UTC), zone),
                "buttons": [
                    [{"text": b["text"], "data": b["callback_data"]} for b in row if "callback_data" in b]
                    for row in rows
                ],
                "quote": _quote(replied.get("text", "")) if replied else None,
                "edited": "edit_date" in message,
            }
        )
    return bubbles


def sms_bubbles(twilio: FakeTwilioServer, number: str, zone: ZoneInfo) -> list[JSON]:
    """The text-message thread with the team's number, as the citizen's phone shows it."""
    return [
        {
            "id": message["sid"],
            "mine": message["from"] == number,
            "text": message["body"],
            "time": _clock(parsedate_to_datetime(message["date_created"]), zone),
            "buttons": [],
            "quote": None,
            "edited": False,
        }
        for message in twilio.conversation(number)
    ]


def all_phones(telegram: FakeTelegramServer, twilio: FakeTwilioServer, cast: Cast, zone: ZoneInfo) -> JSON:
    """Every phone's thread, keyed by the simulator's phone names."""
    phones: dict[str, Any] = {"citizen": sms_bubbles(twilio, cast.citizen_phone, zone)}
    for phone in ("neighbour", "worker"):
        chat = cast.telegram_chat(phone)
        assert chat is not None
        phones[phone] = telegram_bubbles(telegram, chat, zone)
    return phones


def _clock(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%H:%M")


def _quote(text: str) -> str:
    first_line = text.strip().splitlines()[0] if text.strip() else ""
    return first_line if len(first_line) <= _QUOTE else first_line[: _QUOTE - 1] + "…"
