"""Telegram updates to plain `Inbound`s: what the services need of an update, and nothing else."""

from telegram import Message, Update
from telegram.constants import ChatType

from bot.channels import Inbound, Media
from bot.models.enums import Channel

# What a message may carry besides text, as the services name it; the first that is present wins.
_MEDIA = (
    ("photo", "photo"),
    ("voice", "voice"),
    ("video", "video"),
    ("video_note", "video"),
    ("animation", "video"),
    ("document", "document"),
    ("audio", "audio"),
    ("location", "location"),
    ("venue", "location"),
    ("sticker", "sticker"),
    ("contact", "other"),
    ("poll", "other"),
    ("dice", "other"),
)


def media_of(message: Message) -> Media | None:
    """The photo, voice note… of a message, by kind and message id only (the file stays at Telegram)."""
    for attribute, kind in _MEDIA:
        if getattr(message, attribute, None):
            return Media(kind=kind, message_id=str(message.message_id))
    return None


def to_inbound(update: Update) -> Inbound | None:
    """The inbound message of a private-chat update; None for what the bot does not handle (groups…)."""
    external_id = str(update.update_id)
    query = update.callback_query
    if query is not None:
        message = query.message
        if message is None or message.chat.type != ChatType.PRIVATE or not isinstance(query.data, str):
            return None
        return Inbound(
            channel=Channel.TELEGRAM,
            address=str(message.chat.id),
            external_id=external_id,
            choice=query.data,
            language_hint=query.from_user.language_code,
        )
    message = update.message
    if message is None or message.chat.type != ChatType.PRIVATE:
        return None
    replied = message.reply_to_message
    return Inbound(
        channel=Channel.TELEGRAM,
        address=str(message.chat.id),
        external_id=external_id,
        text=(message.text or message.caption or "")[:4096],
        reply_to=str(replied.message_id) if replied is not None else None,
        language_hint=message.from_user.language_code if message.from_user else None,
        media=media_of(message),
    )
