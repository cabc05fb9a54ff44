"""Telegram updates to plain `Inbound`s: what the services need of an update, and nothing else."""

from telegram import Update
from telegram.constants import ChatType

from bot.channels import Inbound
from bot.models.enums import Channel


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
    )
