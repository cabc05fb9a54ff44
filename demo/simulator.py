"""The web simulator: one page with three phones, a small JSON API behind it, and a way to the team
lead's desk (the bot's web console, signed in as the demo's worker).

Every action is what a phone would do at Telegram or Twilio: a Telegram message (optionally a reply),
a press on an inline button, a text message to the team's number. The stand-ins then deliver it to the
bot exactly as the real services would; the page shows what the bot sent back. Served on 127.0.0.1 only.
"""

import asyncio
import html
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from importlib.resources import files
from typing import Any, TypeGuard

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from bot.clock import AdjustableClock
from bot.errors import DomainError
from bot.i18n import Catalogs
from bot.office_hours import weekday_date
from bot.profile import Profile
from demo.cast import PHONES, Cast
from demo.phones import all_phones
from demo.standins.telegram_api import FakeTelegramServer
from demo.standins.twilio_api import FakeTwilioServer

CLOCK_STEPS = {"hour": timedelta(hours=1), "day": timedelta(days=1), "week": timedelta(weeks=1)}
# The clock walks in steps and the scheduler looks at each, as it would in the hours skipped: a reminder
# then arrives at its time, not as one caught up after downtime.
WALK_STEPS = {"hour": timedelta(minutes=15), "day": timedelta(minutes=15), "week": timedelta(hours=1)}
MAX_TELEGRAM = 4096  # what Telegram accepts from a user
MAX_SMS = 1600  # what a phone sends as one (concatenated) text
_TEXT_PREFIX = "demo."

log = logging.getLogger(__name__)


JSON = dict[str, Any]


class BadAction(Exception):
    """A request the page would never make (400), or one the bot would not take (502); the answer
    carries a short reason, never a message's text."""

    def __init__(self, reason: str, status: int = 400) -> None:
        super().__init__(reason)
        self.status = status


def _api(action: Callable[[Request, JSON], Awaitable[JSON]]) -> Callable[[Request], Awaitable[Response]]:
    """A JSON endpoint around `action`: the body parsed, a BadAction answered with its status."""

    async def endpoint(request: Request) -> Response:
        try:
            return JSONResponse(await action(request, await _json(request)))
        except BadAction as error:
            return JSONResponse({"error": str(error)}, error.status)

    return endpoint


@dataclass
class Simulator:
    """The page and its API, acting on the stand-ins; `wake` makes the scheduler look at the clock now;
    `desk_link` makes a one-time link to the web console for the demo's worker (demo/desk.py)."""

    telegram: FakeTelegramServer
    twilio: FakeTwilioServer
    cast: Cast
    clock: AdjustableClock
    profile: Profile
    texts: Catalogs
    wake: Callable[[], Awaitable[None]]
    desk_link: Callable[[], str]

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/", self.page, methods=["GET"]),
                Route("/api/state", self.state, methods=["GET"]),
                Route("/api/send", _api(self.send), methods=["POST"]),
                Route("/api/press", _api(self.press), methods=["POST"]),
                Route("/api/clock", _api(self.advance), methods=["POST"]),
                Route("/console", self.desk, methods=["GET"]),
            ]
        )

    # ---- the page ------------------------------------------------------------------------------------

    async def page(self, request: Request) -> Response:
        """The page in the visitor's language (`?lang=en`), its texts from the bot's catalogs."""
        language = self._language(request)
        texts = {
            key: self.texts.text(key, language, **self._names())
            for key in self.texts.keys(language)
            if key.startswith(_TEXT_PREFIX)
        }
        template = files("demo").joinpath("simulator.html").read_text(encoding="utf-8")
        # JSON inside a <script>: "</" must not end the script early.
        payload = json.dumps(texts, ensure_ascii=False).replace("</", "<\\/")
        page = template.replace("{{TEXTS}}", payload).replace("{{LANG}}", html.escape(language))
        return HTMLResponse(page, headers={"Cache-Control": "no-store"})

    async def state(self, request: Request) -> Response:
        """What every phone shows now, and the demo's clock."""
        language = self._language(request)
        return JSONResponse(
            {
                "clock": self._clock_text(language),
                "phones": all_phones(self.telegram, self.twilio, self.cast, self.profile.tz),
            },
            headers={"Cache-Control": "no-store"},
        )

    async def desk(self, request: Request) -> Response:
        """The team lead's desk: a fresh one-time link, and the browser sent on to it (the bot's port)."""
        try:
            url = await asyncio.to_thread(self.desk_link)
        except DomainError as error:
            log.warning("demo: no console link (%s)", error.key)
            return PlainTextResponse("the web console is not available\n", status_code=503)
        return RedirectResponse(url, status_code=303, headers={"Cache-Control": "no-store"})

    # ---- what the phones do (JSON in, JSON out; see `_api`) ------------------------------------------

    async def send(self, request: Request, body: JSON) -> JSON:
        """A phone sends a message: {"phone", "text", "reply_to"?}; Telegram replies name a message id."""
        phone, text = _phone(body), _text(body)
        reply_to = body.get("reply_to")
        chat = self.cast.telegram_chat(phone)
        if chat is None:
            if len(text) > MAX_SMS:
                raise BadAction(f"an SMS holds at most {MAX_SMS} characters")
            if reply_to is not None:
                raise BadAction("text messages have no replies")
            delivery = await self.twilio.user_sends_async(self.cast.citizen_phone, text)
            if not 200 <= delivery.status < 300:
                raise BadAction("the bot did not take the text message", status=502)
            return {"ok": True}
        if len(text) > MAX_TELEGRAM:
            raise BadAction(f"a Telegram message holds at most {MAX_TELEGRAM} characters")
        if reply_to is not None and not _is_id(reply_to):
            raise BadAction("reply_to must be a message id")
        try:
            self.telegram.user_sends(
                chat, text, first_name=self.cast.first_name(phone), reply_to_message_id=reply_to
            )
        except ValueError:
            raise BadAction("no such message in this chat") from None
        return {"ok": True}

    async def press(self, request: Request, body: JSON) -> JSON:
        """A Telegram user taps an inline button: {"phone", "message_id", "data"}."""
        chat = self.cast.telegram_chat(_phone(body))
        message_id, data = body.get("message_id"), body.get("data")
        if chat is None:
            raise BadAction("text messages have no buttons")
        if not _is_id(message_id) or not isinstance(data, str):
            raise BadAction("message_id (a number) and data (a string) are needed")
        try:
            self.telegram.user_presses(chat, message_id, data)
        except ValueError:
            raise BadAction("no such button under that message") from None
        return {"ok": True}

    async def advance(self, request: Request, body: JSON) -> JSON:
        """Move the demo's clock forward ({"step": "hour" | "day" | "week"}); what falls due, fires."""
        name = str(body.get("step"))
        step = CLOCK_STEPS.get(name)
        if step is None:
            raise BadAction(f"step must be one of {', '.join(CLOCK_STEPS)}")
        while step > timedelta():
            walked = min(step, WALK_STEPS[name])
            self.clock.advance(walked)
            step -= walked
            await self.wake()
        return {"ok": True, "clock": self._clock_text(self._language(request))}

    # ---- helpers ---------------------------------------------------------------------------------------

    def _language(self, request: Request) -> str:
        wanted = request.query_params.get("lang", "")
        return wanted if wanted in self.texts.languages() else self.profile.default_language

    def _names(self) -> dict[str, object]:
        cast = self.cast
        return {
            "worker": cast.worker_name,
            "alias": cast.citizen_alias,
            "phone": cast.citizen_phone,
            "municipality": self.profile.municipality,
        }

    def _clock_text(self, language: str) -> str:
        return weekday_date(self.clock.now().astimezone(self.profile.tz), language, self.texts)


def _is_id(value: object) -> TypeGuard[int]:
    """A Telegram message id: an int, and JSON's true/false are not numbers here."""
    return isinstance(value, int) and not isinstance(value, bool)


async def _json(request: Request) -> JSON:
    try:
        body = await request.json()
    except ValueError:
        raise BadAction("the body must be JSON") from None
    if not isinstance(body, dict):
        raise BadAction("the body must be a JSON object")
    return body


def _phone(body: JSON) -> str:
    phone = body.get("phone")
    if phone not in PHONES:
        raise BadAction(f"phone must be one of {', '.join(PHONES)}")
    return str(phone)


def _text(body: JSON) -> str:
    text = body.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BadAction("text must be a non-empty string")
    return text
