"""The Telegram channel: python-telegram-bot's Application, our own durable polling loop, the webhook.

PTB's own Updater confirms a batch of updates (the next getUpdates offset) before any handler has run,
so a crash would lose it. Our loop stores each update in the database first, confirms only then, and
lets `Application.process_update` work from what was stored. After a crash, stored but unhandled
updates are handled at start.
"""

import asyncio
import json
import logging
import os
from collections.abc import Callable
from typing import Any

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
from bot.services.inbound import mark_failed, receive, store_inbound, waiting_inbound
from handlers.telegram_updates import to_inbound

log = logging.getLogger(__name__)

POLL_TIMEOUT = 25  # seconds Telegram holds a getUpdates call open when nothing happens
ALLOWED_UPDATES = ["message", "callback_query"]

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
    """PTB's Application without its Updater (we poll ourselves), pointed at TELEGRAM_API_BASE_URL."""
    os.environ.setdefault("PTB_TIMEDELTA", "true")  # PTB 22's forward-compatible durations, no warnings
    builder = ApplicationBuilder().token(token).base_url(f"{api_base_url}/bot").updater(None)
    if not rate_limited:
        return builder.build()
    return builder.rate_limiter(AIORateLimiter()).build()


class TelegramChannel:
    """Wires the services into PTB and runs the polling loop or takes webhook updates."""

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        deps: Deps,
        on_commit: Callable[[], None],
    ) -> None:
        self.application = application
        self._deps = deps
        self._on_commit = on_commit
        self._queue: asyncio.Queue[Update] = asyncio.Queue()
        # The one list of handler registrations. Commands are parsed by the services (SMS shares them), so
        # every text, command or not, goes to one handler; taps on inline buttons go to another.
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
        """Logs with the update id only; the update is marked failed so it is not retried forever."""
        update_id = update.update_id if isinstance(update, Update) else None
        log.error("telegram update failed", exc_info=context.error, extra={"update_id": update_id})
        if update_id is not None:
            await asyncio.to_thread(mark_failed, self._deps, Channel.TELEGRAM, str(update_id))

    async def _handle(self, update: Update) -> None:
        inbound = to_inbound(update)
        if inbound is None:
            return
        if await asyncio.to_thread(receive, self._deps, inbound):
            self._on_commit()

    async def set_commands(self) -> None:
        """The command menu, in Danish by default and in English for English-language users."""
        bot = self.application.bot
        for language, commands in COMMANDS.items():
            menu = [BotCommand(name, description) for name, description in commands]
            await bot.set_my_commands(menu, language_code=None if language == "da" else language)

    async def accept(self, update_json: dict[str, Any]) -> bool:
        """Store an update (polling or webhook) durably and queue it; False for a redelivery."""
        update = Update.de_json(update_json, self.application.bot)
        stored = await asyncio.to_thread(
            store_inbound, self._deps, Channel.TELEGRAM, str(update.update_id), json.dumps(update_json)
        )
        if stored:
            self._queue.put_nowait(update)
        return stored

    async def recover(self) -> int:
        """Queue updates stored before a crash but never handled."""
        waiting = await asyncio.to_thread(waiting_inbound, self._deps, Channel.TELEGRAM, 1000)
        for item in waiting:
            self._queue.put_nowait(Update.de_json(json.loads(item.payload), self.application.bot))
        return len(waiting)

    async def process(self, stop: asyncio.Event) -> None:
        """Handle queued updates one at a time, so each chat's messages are handled in order."""
        while not (stop.is_set() and self._queue.empty()):
            try:
                update = await asyncio.wait_for(self._queue.get(), timeout=0.5)
            except TimeoutError:
                continue
            await self.application.process_update(update)

    async def poll(self, stop: asyncio.Event, timeout: int = POLL_TIMEOUT) -> None:
        """Long-poll getUpdates: store each update, and only then confirm it with the next offset."""
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
            for update in updates:
                await self.accept(update.to_dict())
            if updates:
                offset = updates[-1].update_id + 1
