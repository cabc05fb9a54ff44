"""The Telegram channel: python-telegram-bot's Application, our own durable polling loop, the webhook.

PTB's own Updater confirms a batch of updates (the next getUpdates offset) before any handler has run,
so a crash would lose it. Our loop runs `Application.process_update` on each update first — the
handler's service commits the update's id with all its effects — and confirms an update only after
that. If the database is away, the update is not confirmed and Telegram keeps it for the next poll; a
webhook call gets 503 and Telegram redelivers.
"""

import asyncio
import logging
import os
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.models.enums import Channel
from bot.services.context import Deps
from bot.services.inbound import keep_failed
from handlers.inbound_batch import InboundBatcher
from handlers.telegram_http import AiohttpRequest, Builder
from handlers.telegram_sender import IN_FLIGHT
from handlers.telegram_updates import to_inbound

log = logging.getLogger(__name__)

POLL_TIMEOUT = 25  # seconds Telegram holds a getUpdates call open when nothing happens
ALLOWED_UPDATES = ["message", "callback_query"]
# HTTP connections for sending: as many as sends in flight (telegram_sender.IN_FLIGHT); a burst of sends
# then reuses a few warm connections instead of opening dozens.
SEND_CONNECTIONS = IN_FLIGHT

# The command menu, with Danish descriptions first (the default) and English for English-language users.
COMMANDS = {
    "da": [
        ("start", "Menu: skriv til din kontaktperson, bekymring, hjælp"),
        ("hjaelp", "Numre til hjælp nu og teamets åbningstid"),
        ("bekymring", "Fortæl os, at du er bekymret for en borger"),
        ("status", "Se status på en bekymring: /status KODE"),
        ("sprog", "Skift sprog"),
        ("stop", "Sæt alle beskeder på pause"),
        ("slet", "Slet alt om dig"),
    ],
    "en": [
        ("start", "Menu: write to your contact person, report a concern, help"),
        ("help", "Numbers for help now and the team's hours"),
        ("bekymring", "Report a concern about a citizen"),
        ("status", "Status of a concern: /status CODE"),
        ("sprog", "Change language"),
        ("stop", "Pause all messages"),
        ("slet", "Delete everything about you"),
    ],
}


def build_application(
    token: str, api_base_url: str, rate_limited: bool = True
) -> Application[Any, Any, Any, Any, Any, Any]:
    """PTB's Application without its Updater (we poll ourselves), pointed at TELEGRAM_API_BASE_URL, its
    requests carried by aiohttp (see telegram_http): one connection for the long poll, a few for sends."""
    os.environ.setdefault("PTB_TIMEDELTA", "true")  # PTB 22's forward-compatible durations, no warnings
    polling_ourselves = ApplicationBuilder().token(token).base_url(f"{api_base_url}/bot").updater(None)
    builder = carried_by_aiohttp(polling_ourselves)
    if not rate_limited:
        return builder.build()
    return builder.rate_limiter(AIORateLimiter()).build()


def carried_by_aiohttp(builder: Builder) -> Builder:
    """The builder's requests over aiohttp: one connection for the long poll, SEND_CONNECTIONS for sends.
    (The benchmark's reference echo bot is built the same way.)"""
    return builder.request(AiohttpRequest(SEND_CONNECTIONS)).get_updates_request(AiohttpRequest(1))


class TelegramChannel:
    """Wires the services into PTB and feeds it updates from long polling or the webhook."""

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        deps: Deps,
    ) -> None:
        self.application = application
        self._deps = deps
        self._not_stored: set[int] = set()  # update ids whose handling the database did not take
        self._inbound = InboundBatcher(deps)  # updates of different chats share a commit
        # The one list of handler registrations. Commands are parsed by the services (SMS shares them), so
        # every private message, command or not, goes to one handler; taps on inline buttons to another.
        application.add_handler(CallbackQueryHandler(self.on_button))
        application.add_handler(MessageHandler(filters.ChatType.PRIVATE, self.on_message))
        application.add_error_handler(self.on_error)

    async def on_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Any private message: text, command, or something we cannot read (a photo, a sticker)."""
        await self._handle(update)

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A tap on one of our inline buttons."""
        if update.callback_query is not None:
            try:
                await update.callback_query.answer()  # stops the spinner on the user's button
            except TelegramError:
                log.info("callback answer failed", extra={"update_id": update.update_id})
        await self._handle(update)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Logs with the update id only. A crash that is not the database's is marked, with its update id
        and error type only, so it is not retried forever."""
        update_id = update.update_id if isinstance(update, Update) else None
        log.error("telegram update failed", exc_info=context.error, extra={"update_id": update_id})
        if isinstance(update, Update) and not isinstance(context.error, SQLAlchemyError):
            error = type(context.error).__name__  # never the update: a name, a chat id, a reporter's text
            try:
                await asyncio.to_thread(
                    keep_failed, self._deps, Channel.TELEGRAM, str(update.update_id), error
                )
            except SQLAlchemyError:
                self._not_stored.add(update.update_id)

    async def _handle(self, update: Update) -> None:
        inbound = to_inbound(update)
        if inbound is None:
            return
        try:
            await self._inbound.receive(inbound)
        except SQLAlchemyError:
            self._not_stored.add(update.update_id)  # do not confirm: Telegram keeps it until we can store it
            raise

    async def handle(self, update: Update) -> bool:
        """Run one update through PTB; False when it could not be made durable (do not confirm it)."""
        await self.application.process_update(update)
        if update.update_id in self._not_stored:
            self._not_stored.discard(update.update_id)
            return False
        return True

    async def accept_webhook(self, update_json: dict[str, Any]) -> bool:
        """A webhook update: handled before the 2xx; False (answer 503) when the database is away."""
        return await self.handle(Update.de_json(update_json, self.application.bot))

    async def set_commands(self) -> None:
        """The command menu, in Danish by default and in English for English-language users."""
        bot = self.application.bot
        for language, commands in COMMANDS.items():
            menu = [BotCommand(name, description) for name, description in commands]
            await bot.set_my_commands(menu, language_code=None if language == "da" else language)

    async def poll(self, stop: asyncio.Event, timeout: int = POLL_TIMEOUT) -> None:
        """Long-poll getUpdates; an update is confirmed (next offset) only once it was handled durably."""
        bot = self.application.bot
        offset: int | None = None
        while not stop.is_set():
            try:
                updates = await bot.get_updates(
                    offset=offset, timeout=timeout, allowed_updates=ALLOWED_UPDATES, read_timeout=timeout + 10
                )
            except TelegramError as error:
                log.warning("getUpdates failed: %s", type(error).__name__)
                await asyncio.sleep(1)
                continue
            if not updates:
                continue
            failed = await self.handle_batch(updates)
            if failed is None:
                offset = updates[-1].update_id + 1
            else:
                # Confirm only what came before the first update the database did not take; the rest
                # comes again (what was handled of it is recognised by its id and changes nothing).
                offset = failed
                log.warning("database unavailable; updates left unconfirmed for Telegram to keep")
                await asyncio.sleep(1)

    async def handle_batch(self, updates: Sequence[Update]) -> int | None:
        """Handle a batch: each chat's updates in order, different chats side by side.

        Returns the id of the first update that could not be made durable, or None when all were.
        """
        chats: dict[int | None, list[Update]] = defaultdict(list)
        for update in updates:
            chats[update.effective_chat.id if update.effective_chat else None].append(update)

        async def in_order(chat_updates: list[Update]) -> int | None:
            for update in chat_updates:
                if not await self.handle(update):
                    return update.update_id
            return None

        failures = [f for f in await asyncio.gather(*(in_order(u) for u in chats.values())) if f is not None]
        return min(failures) if failures else None
