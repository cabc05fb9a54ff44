"""The Telegram way out: an outbox `Delivery` becomes a `sendMessage` (or, for a photo, voice note… passed
on, a `copyMessage`), Telegram's errors become ours."""

import asyncio

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import MessageLimit
from telegram.error import BadRequest, ChatMigrated, Forbidden, InvalidToken, RetryAfter

from bot.channels import Delivery, RecipientGone, Rejected, RetryLater

CHAT_GONE = ("chat not found", "user is deactivated", "bot was kicked")


def keyboard(delivery: Delivery) -> InlineKeyboardMarkup | None:
    """Choices as inline buttons, one per row so long Danish labels stay readable on small phones."""
    if not delivery.choices:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(c.label, callback_data=c.data[:64])] for c in delivery.choices]
    )


def fit(text: str) -> str:
    """Telegram refuses texts over 4096 characters; cut with a visible mark rather than lose it all."""
    limit = MessageLimit.MAX_TEXT_LENGTH
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Sends in flight at once. Telegram takes about 30 messages a second from a bot: a few requests on the
# wire keep up with that. More would only wait inside the HTTP client's connection pool, which scans every
# connection and every waiting request each time one starts or ends: a cost per message that grows with
# the burst.
IN_FLIGHT = 4


NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


class TelegramSender:
    """Sends through python-telegram-bot's `Bot` (and its rate limiter), a few at a time."""

    def __init__(self, bot: Bot, in_flight: int = IN_FLIGHT) -> None:
        self._bot = bot
        self.in_flight = in_flight  # the outbox drainer lets no more through, most urgent first
        self._slots = asyncio.Semaphore(in_flight)

    async def send(self, delivery: Delivery) -> str:
        try:
            async with self._slots:
                if delivery.copy is not None:
                    copied = await self._bot.copy_message(
                        chat_id=int(delivery.address),
                        from_chat_id=int(delivery.copy.from_chat),
                        message_id=int(delivery.copy.message_id),
                        caption="" if delivery.copy.drop_caption else None,
                        reply_markup=keyboard(delivery),
                    )
                    return str(copied.message_id)
                message = await self._bot.send_message(
                    chat_id=int(delivery.address),
                    text=fit(delivery.text),
                    reply_markup=keyboard(delivery),
                    disable_notification=delivery.silent or None,
                    # No previews: Telegram would fetch a link itself to draw one, and the one-time link
                    # from /web would be spent before the worker taps it.
                    link_preview_options=NO_PREVIEW,
                )
        except RetryAfter as error:
            seconds = error.retry_after
            raise RetryLater(
                seconds if isinstance(seconds, int | float) else seconds.total_seconds(), "429"
            ) from None
        except Forbidden:
            raise RecipientGone("403") from None
        except ChatMigrated:
            raise RecipientGone("chat migrated") from None
        except InvalidToken:
            raise  # an operator problem: not the recipient's; the drainer retries with back-off
        except BadRequest as error:
            if any(marker in str(error).lower() for marker in CHAT_GONE):
                raise RecipientGone("400 chat gone") from None
            raise Rejected("400") from None
        return str(message.message_id)
