"""What crosses the line between a channel (Telegram, SMS, the demo) and the services: plain data.

Services never see a `telegram.Update` or a Twilio form; channels never see a database row.
"""

import json
from dataclasses import dataclass, field
from typing import Protocol

from bot.models.enums import Channel


@dataclass(frozen=True)
class Media:
    """A photo, voice note, video, document, location… that came with an inbound message. Nothing of it
    is kept but what it is and, on Telegram, where it is (its message id in the sender's chat), so the bot
    can copy it on (copyMessage) without ever holding the file. An MMS carries its kind only."""

    kind: str  # one of MEDIA_KINDS
    message_id: str | None = None  # Telegram: the message in the sender's chat; None for an MMS


MEDIA_KINDS = ("photo", "voice", "video", "document", "location", "audio", "sticker", "other")


@dataclass(frozen=True)
class Inbound:
    """One thing someone sent: a text, or a tap on a button. `address` is personal data: never log it."""

    channel: Channel
    address: str  # Telegram chat id, or E.164 phone number
    external_id: str  # Telegram update_id, Twilio MessageSid: a redelivery carries the same one
    text: str = ""
    choice: str | None = None  # the data of a tapped button
    reply_to: str | None = None  # our message being replied to (Telegram message_id in that chat)
    language_hint: str | None = None  # Telegram's language_code
    media: Media | None = None  # `text` is then its caption (or the body of an MMS), perhaps empty


@dataclass(frozen=True)
class Choice:
    """One answer the sender can pick: a button on Telegram, a numbered line by SMS."""

    label: str
    data: str


@dataclass(frozen=True)
class Copy:
    """Send a copy of a message the bot can see (Telegram `copyMessage`) instead of a text: the file stays
    on Telegram's servers, the bot holds two ids. `from_chat` is personal data: never log it."""

    from_chat: str
    message_id: str
    drop_caption: bool = False  # the caption went ahead as text already


def seal_copy(vault: "Sealer", copy: Copy) -> str:
    """A copy instruction as an outbox row keeps it: sealed, since it names the sender's chat."""
    return vault.seal(json.dumps([copy.from_chat, copy.message_id, copy.drop_caption]))


def open_copy(vault: "Sealer", sealed: object) -> Copy | None:
    """The copy instruction of an outbox row's options, or None when it has none (or it is unreadable)."""
    if not isinstance(sealed, str):
        return None
    try:
        from_chat, message_id, drop_caption = json.loads(vault.open(sealed))
    except (ValueError, TypeError):
        return None
    return Copy(str(from_chat), str(message_id), drop_caption is True)


class Sealer(Protocol):
    """What `seal_copy` needs of the vault (bot.crypto.Vault)."""

    def seal(self, plaintext: str, /) -> str: ...

    def open(self, token: str, /) -> str: ...


@dataclass(frozen=True)
class Delivery:
    """One message for a channel sender to put on the wire: a text, or a copy (`copy`, Telegram only)."""

    channel: Channel
    address: str
    text: str
    choices: tuple[Choice, ...] = field(default_factory=tuple)
    copy: Copy | None = None
    silent: bool = False  # no sound on the phone: a worker's message outside office hours, not an alert


class SendFailure(Exception):
    """A send did not go through. Subclasses say what to do about it; messages carry no personal data."""


class RetryLater(SendFailure):
    """Flood control or a passing fault: try again after `seconds`."""

    def __init__(self, seconds: float, reason: str) -> None:
        super().__init__(reason)
        self.seconds = seconds


class RecipientGone(SendFailure):
    """The recipient blocked the bot or the number no longer exists: stop writing to them."""


class Rejected(SendFailure):
    """The channel refused this message for good (malformed, too long): retrying will not help."""


class Sender(Protocol):
    """A channel's way out. Returns the channel's id of the sent message (Telegram message_id, SMS sid)."""

    async def send(self, delivery: Delivery) -> str: ...
