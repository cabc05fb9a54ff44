"""A fake Telegram Bot API server that speaks the real HTTP protocol, for end-to-end tests and benchmarks.

The real python-telegram-bot `Bot`/`Application` talks to it exactly as to api.telegram.org
(`{base_url}/bot{token}/{method}`, form, multipart or JSON bodies, `{"ok": …}` answers, Telegram's error
codes), so e2e tests exercise our real wiring without the internet. Tests play the user
(`user_sends`, `user_presses`), read what the bot sent (`sent_to`, `wait_for`), inject failures
(`fail_next`, `fail_share`, `block`) and drive webhook delivery (`deliver_webhook`, `redeliver_until_ok`).

Deliberate differences from Telegram: only private chats; webhook URLs may be plain http; and webhook
delivery happens when a test asks for it, so tests decide when Telegram "retries".
"""

import asyncio
import contextlib
import copy
import json
import random
import re
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.parser import BytesParser
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from demo.standins import telegram_updates as tg
from demo.standins.serving import serve_in_thread
from demo.standins.waiting import RecordedWaits

JSON = dict[str, Any]
Until = int | Callable[[JSON], bool]

_PATH = re.compile(r"/bot(?P<token>[^/]*)/(?P<method>[^/]+)")
_TOKEN = re.compile(r"\d+:[\w-]+")
_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
# PTB sends str-typed parameters raw and everything else JSON-encoded; these must stay strings.
_STRING_PARAMS = frozenset(
    "text caption parse_mode url secret_token callback_query_id inline_message_id action language_code "
    "description short_description name ip_address business_connection_id message_effect_id emoji title "
    "query".split()
)
_JSON_PARAMS = frozenset(
    "reply_markup reply_parameters allowed_updates commands scope entities caption_entities "
    "link_preview_options".split()
)
_BUTTON_ACTIONS = frozenset(
    "url callback_data web_app login_url switch_inline_query switch_inline_query_current_chat "
    "switch_inline_query_chosen_chat copy_text callback_game pay".split()
)
_CHAT_ACTIONS = frozenset(
    "typing upload_photo record_video upload_video record_voice upload_voice upload_document "
    "choose_sticker find_location record_video_note upload_video_note".split()
)
_DESCRIPTIONS = {429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway"}


class ApiError(Exception):
    """An answer `{"ok": false, …}` with Telegram's status code and description."""

    def __init__(self, status: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.status, self.description, self.parameters = status, description, parameters

    def body(self) -> JSON:
        body: JSON = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(reason: str) -> ApiError:
    return ApiError(400, f"Bad Request: {reason}")


@dataclass
class Call:
    """One request the bot made: the method, its decoded parameters, and the status it got."""

    method: str
    params: JSON
    status: int = 0


@dataclass(frozen=True)
class WebhookDelivery:
    """One POST of an update to the bot's webhook (status 0: no HTTP answer at all)."""

    update_id: int | None
    status: int
    secret_token: str | None


@dataclass(frozen=True)
class _Failure:
    status: int
    retry_after: int
    methods: frozenset[str]

    def error(self) -> ApiError:
        if self.status == 429:
            description = f"Too Many Requests: retry after {self.retry_after}"
            return ApiError(429, description, {"retry_after": self.retry_after})
        return ApiError(self.status, _DESCRIPTIONS.get(self.status) or HTTPStatus(self.status).phrase)


@dataclass
class _ShareOfFailures:
    share: float
    failure: _Failure
    rng: random.Random


@dataclass
class _Chat:
    """A private chat: the user, every message in it (both sides), and what the bot sent."""

    chat: JSON
    user: JSON
    messages: dict[int, JSON] = field(default_factory=dict)
    sent_ids: list[int] = field(default_factory=list)
    silent_ids: set[int] = field(default_factory=set)  # sent with disable_notification: no sound
    reply_keyboard: JSON | None = None
    last_message_id: int = 0

    def next_message_id(self) -> int:
        """Telegram numbers a private chat's messages in one sequence for both sides."""
        self.last_message_id += 1
        return self.last_message_id


class FakeTelegramServer(RecordedWaits):
    """The Bot API on 127.0.0.1 in a background thread; use as a context manager or start()/stop()."""

    def __init__(
        self,
        token: str = "123:ABC",
        *,
        strict_token: bool = False,
        first_update_id: int = 1,
        clock: Callable[[], datetime] | None = None,
        bot_username: str = "skp_test_bot",
        bot_first_name: str = "SKP Test Bot",
    ) -> None:
        """`strict_token`: other well-formed tokens get 401 Unauthorized, as a revoked token does."""
        if not _TOKEN.fullmatch(token):
            raise ValueError(f"not a bot token: {token!r}")
        self._token, self._strict_token, self._clock = token, strict_token, clock
        self.bot_user = tg.bot_user(int(token.split(":")[0]), bot_first_name, bot_username)
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)  # bot messages sent or edited
        self._async_waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()
        self._chats: dict[int, _Chat] = {}
        self._sent_order: list[tuple[int, int]] = []
        self.sent_times: list[tuple[float, int, str]] = []  # (perf_counter, chat, text): for benchmarks
        self._updates: dict[int, JSON] = {}
        self._pending: list[JSON] = []
        self._next_update_id = first_update_id
        self._allowed_updates: list[str] = []
        self._poll_generation = 0
        self._calls: list[Call] = []
        self._open_queries: dict[str, JSON] = {}
        self._next_query_id = 1
        self._commands: dict[tuple[str, str], list[JSON]] = {}
        self._webhook: JSON | None = None
        self._webhook_error: tuple[int, str] | None = None
        self._deliveries: list[WebhookDelivery] = []
        self._fail_next: list[_Failure] = []
        self._share: _ShareOfFailures | None = None
        self._blocked: set[int] = set()
        self._stopping = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._updates_event: asyncio.Event | None = None
        self._ready = threading.Event()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._http: httpx.Client | None = None
        self._port = 0
        self._methods: dict[str, tuple[str, Callable[[JSON], Any]]] = {
            name.lower(): (name, handler)
            for name, handler in {
                "getMe": lambda _: (
                    self.bot_user
                    | {
                        "can_join_groups": False,
                        "can_read_all_group_messages": False,
                        "supports_inline_queries": False,
                    }
                ),
                "sendMessage": self._send_message,
                "copyMessage": self._copy_message,
                "editMessageText": self._edit_message_text,
                "editMessageReplyMarkup": self._edit_message_reply_markup,
                "answerCallbackQuery": self._answer_callback_query,
                "setMyCommands": self._set_my_commands,
                "getMyCommands": self._get_my_commands,
                "deleteMyCommands": self._delete_my_commands,
                "setWebhook": self._set_webhook,
                "deleteWebhook": self._delete_webhook,
                "getWebhookInfo": lambda _: self._webhook_info(),
                "sendChatAction": self._send_chat_action,
                "close": lambda _: True,
                "logOut": lambda _: True,
                "getUpdates": lambda _: None,  # answered by the async long poll in _endpoint
            }.items()
        }
        self.app = Starlette(
            routes=[Route("/{path:path}", self._endpoint, methods=["GET", "POST"])], lifespan=self._lifespan
        )

    # ---- lifecycle -------------------------------------------------------------------------------

    def start(self) -> "FakeTelegramServer":
        """Serve on a free port; returns once the server accepts connections."""
        if self._thread is not None:
            raise RuntimeError("FakeTelegramServer was started already")
        self._server, self._thread, self._port = serve_in_thread(self.app, "fake-telegram")
        if not self._ready.wait(timeout=10):
            raise RuntimeError("FakeTelegramServer did not start")
        return self

    def stop(self) -> None:
        """Answer open long polls, shut uvicorn down and join its thread."""
        if self._thread is None or self._server is None:
            return
        with self._lock:
            self._stopping = True
        self._wake_pollers()
        self._server.should_exit = True
        self._thread.join(timeout=10)
        if self._http is not None:
            self._http.close()

    def __enter__(self) -> "FakeTelegramServer":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """The server root, e.g. http://127.0.0.1:PORT (TELEGRAM_API_BASE_URL)."""
        return f"http://127.0.0.1:{self._port}"

    @property
    def bot_base_url(self) -> str:
        """What PTB's `base_url` wants: it appends the token and /method itself."""
        return f"{self.base_url}/bot"

    @property
    def token(self) -> str:
        return self._token

    @contextlib.asynccontextmanager
    async def _lifespan(self, app: Starlette) -> AsyncIterator[None]:
        self._loop = asyncio.get_running_loop()
        self._updates_event = asyncio.Event()
        self._ready.set()
        yield

    # ---- the user's side ---------------------------------------------------------------------------

    def open_chat(self, chat_id: int, *, first_name: str = "Test", language_code: str = "da") -> None:
        """The user pressed Start without the bot seeing an update; the bot may now write to them."""
        with self._lock:
            self._chat(chat_id, first_name, language_code)

    def user_sends(
        self,
        chat_id: int,
        text: str,
        *,
        first_name: str = "Test",
        language_code: str = "da",
        reply_to_message_id: int | None = None,
    ) -> int:
        """The user writes `text` (optionally as a Telegram reply); returns the queued update_id."""
        return self._user_message(
            chat_id,
            first_name,
            language_code,
            reply_to_message_id,
            lambda chat: tg.text_message(
                chat.next_message_id(), chat.chat, chat.user, self._now(), text, tg.command_entities(text)
            ),
        )

    def user_sends_media(
        self,
        chat_id: int,
        kind: str,
        *,
        caption: str | None = None,
        first_name: str = "Test",
        language_code: str = "da",
        reply_to_message_id: int | None = None,
    ) -> int:
        """The user sends a photo, voice note, video, video_note, document, audio, sticker or location
        (optionally with a caption, optionally as a reply); returns the queued update_id."""
        return self._user_message(
            chat_id,
            first_name,
            language_code,
            reply_to_message_id,
            lambda chat: tg.media_message(
                chat.next_message_id(), chat.chat, chat.user, self._now(), kind, caption
            ),
        )

    def _user_message(
        self,
        chat_id: int,
        first_name: str,
        language_code: str,
        reply_to_message_id: int | None,
        build: Callable[[_Chat], JSON],
    ) -> int:
        """A message from the user, built by `build` in their chat, as a reply if asked: queued as an
        update; returns its update_id."""
        with self._lock:
            chat = self._chat(chat_id, first_name, language_code)
            message = build(chat)
            if reply_to_message_id is not None:
                target = chat.messages.get(reply_to_message_id)
                if target is None:
                    raise ValueError(f"chat {chat_id} has no message {reply_to_message_id} to reply to")
                message["reply_to_message"] = tg.as_reply_target(copy.deepcopy(target))
            chat.messages[message["message_id"]] = message
            update_id = self._queue("message", copy.deepcopy(message))
        self._wake_pollers()
        return update_id

    def user_presses(self, chat_id: int, message_id: int, data: str) -> int:
        """The user presses the inline button with callback `data` under a bot message; returns update_id."""
        with self._lock:
            chat = self._chats.get(chat_id)
            message = chat.messages.get(message_id) if chat else None
            if chat is None or message is None or not message["from"]["is_bot"]:
                raise ValueError(f"the bot sent no message {message_id} to chat {chat_id}")
            rows = message.get("reply_markup", {}).get("inline_keyboard", [])
            offered = [button.get("callback_data") for row in rows for button in row]
            if data not in offered:
                raise ValueError(f"message {message_id} has no button with callback_data {data!r}: {offered}")
            query_id = str(4_000_000_000 + self._next_query_id)
            self._next_query_id += 1
            query = {
                "id": query_id,
                "from": chat.user,
                "message": copy.deepcopy(message),
                "chat_instance": str((chat_id * 2_654_435_761) % 2**63),
                "data": data,
            }
            self._open_queries[query_id] = query
            update_id = self._queue("callback_query", copy.deepcopy(query))
        self._wake_pollers()
        return update_id

    def _chat(self, chat_id: int, first_name: str, language_code: str) -> _Chat:
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = _Chat(tg.private_chat(chat_id, first_name), {})
        chat.chat["first_name"] = first_name
        chat.user = tg.user(chat_id, first_name, language_code)
        return chat

    def _queue(self, kind: str, payload: JSON) -> int:
        update_id = self._next_update_id
        self._next_update_id += 1
        update = {"update_id": update_id, kind: payload}
        self._updates[update_id] = update
        if not self._allowed_updates or kind in self._allowed_updates:
            self._pending.append(update)
        return update_id

    def _now(self) -> int:
        return int(self._clock().timestamp() if self._clock else time.time())

    def chat_history(self, chat_id: int) -> list[JSON]:
        """Every message in the chat, the user's and the bot's, oldest first, as the user's phone shows
        them now (after edits); [] for a chat nobody opened."""
        with self._lock:
            chat = self._chats.get(chat_id)
            return copy.deepcopy([chat.messages[key] for key in sorted(chat.messages)]) if chat else []

    # ---- what the bot did --------------------------------------------------------------------------

    def sent_to(self, chat_id: int) -> list[JSON]:
        """The messages the bot sent to `chat_id`, oldest first, as they are now (after edits)."""
        with self._lock:
            return copy.deepcopy(self._sent(chat_id))

    def rang(self, chat_id: int) -> list[bool]:
        """For each message the bot sent to `chat_id`, oldest first: whether the phone made a sound
        (False for one sent with disable_notification)."""
        with self._lock:
            chat = self._chats.get(chat_id)
            return [message_id not in chat.silent_ids for message_id in chat.sent_ids] if chat else []

    def all_sent(self) -> list[JSON]:
        """Every message the bot sent, in the order it sent them."""
        with self._lock:
            return copy.deepcopy(self._sent(None))

    def wait_for(self, until: Until, chat_id: int | None = None, timeout: float = 5.0) -> list[JSON]:
        """Block until the bot sent `until` messages (to `chat_id`, or anywhere), or one matching
        the predicate; returns them (the matching ones for a predicate). Raises AssertionError.

        Call it from a thread without a running event loop; in async tests use wait_for_async.
        """
        return self._wait(until, chat_id, timeout)

    async def wait_for_async(
        self, until: Until, chat_id: int | None = None, timeout: float = 5.0
    ) -> list[JSON]:
        """wait_for for async tests: the event loop keeps running (the bot may be running in it)."""
        return await self._wait_async(until, chat_id, timeout)

    def calls(self, method: str) -> list[JSON]:
        """The decoded parameters of every `method` request, failed ones included, oldest first."""
        with self._lock:
            return [
                copy.deepcopy(call.params) for call in self._calls if call.method.lower() == method.lower()
            ]

    def call_log(self) -> list[Call]:
        """Every request with its method, parameters and answered status."""
        with self._lock:
            return copy.deepcopy(self._calls)

    def commands(self, language_code: str = "", scope: JSON | None = None) -> list[JSON]:
        """The command menu set for this language and scope (default scope when None)."""
        with self._lock:
            return copy.deepcopy(self._commands.get(_commands_key(scope, language_code), []))

    def reply_keyboard(self, chat_id: int) -> JSON | None:
        """The custom reply keyboard the user sees now (Telegram leaves it out of Message objects)."""
        with self._lock:
            chat = self._chats.get(chat_id)
            return copy.deepcopy(chat.reply_keyboard) if chat else None

    def pending_updates(self) -> list[JSON]:
        """Updates Telegram still holds: not confirmed by getUpdates nor acknowledged by the webhook."""
        with self._lock:
            return copy.deepcopy(self._pending)

    @property
    def webhook(self) -> JSON | None:
        """The registered webhook (url, secret_token, allowed_updates, max_connections) or None."""
        with self._lock:
            return copy.deepcopy(self._webhook)

    def webhook_deliveries(self) -> list[WebhookDelivery]:
        with self._lock:
            return list(self._deliveries)

    def _recorded(self, key: int | None) -> list[JSON]:
        return self._sent(key)

    def _count(self, key: int | None) -> int:
        return len(self._sent_order) if key is None else len(self._sent(key))

    def _sent(self, chat_id: int | None) -> list[JSON]:
        if chat_id is not None:
            chat = self._chats.get(chat_id)
            return [chat.messages[message_id] for message_id in chat.sent_ids] if chat else []
        return [self._chats[chat].messages[message_id] for chat, message_id in self._sent_order]

    def _missing(self, until: Until, chat_id: int | None, timeout: float) -> str:
        wanted = f"{until} message(s)" if isinstance(until, int) else "a message matching the predicate"
        where = f"to chat {chat_id}" if chat_id is not None else "at all"
        texts = [message.get("text") for message in self._sent(chat_id)]
        return f"expected {wanted} {where} within {timeout}s; the bot sent {len(texts)}: {texts!r}"

    # ---- failure injection -------------------------------------------------------------------------

    def fail_next(
        self, n: int, status: int = 500, retry_after: int = 1, methods: Iterable[str] = ("sendMessage",)
    ) -> None:
        """The next `n` calls of `methods` fail with `status` (429 carries retry_after)."""
        failure = _Failure(status, retry_after, frozenset(method.lower() for method in methods))
        with self._lock:
            self._fail_next.extend([failure] * n)

    def fail_share(
        self,
        share: float,
        status: int = 500,
        retry_after: int = 1,
        methods: Iterable[str] = ("sendMessage",),
        seed: int = 0,
    ) -> None:
        """A deterministic pseudo-random `share` of calls of `methods` fail; share 0 turns it off."""
        failure = _Failure(status, retry_after, frozenset(method.lower() for method in methods))
        with self._lock:
            self._share = _ShareOfFailures(share, failure, random.Random(seed)) if share > 0 else None

    def heal(self) -> None:
        """Stop injected failures (blocked chats stay blocked)."""
        with self._lock:
            self._fail_next.clear()
            self._share = None

    def block(self, chat_id: int) -> None:
        """The user blocked the bot: sends and edits to the chat answer 403."""
        with self._lock:
            self._blocked.add(chat_id)

    def unblock(self, chat_id: int) -> None:
        with self._lock:
            self._blocked.discard(chat_id)

    def _injected_failure(self, method: str) -> ApiError | None:
        """The failure this call gets, if any; lock held. fail_next goes before fail_share."""
        lowered = method.lower()
        for index, failure in enumerate(self._fail_next):
            if lowered in failure.methods:
                del self._fail_next[index]
                return failure.error()
        share = self._share
        if share and lowered in share.failure.methods and share.rng.random() < share.share:
            return share.failure.error()
        return None

    # ---- webhook delivery --------------------------------------------------------------------------

    def deliver_webhook(
        self,
        update: int | str | Mapping[str, Any] | None = None,
        *,
        chat_id: int | None = None,
        timeout: float = 5.0,
    ) -> int:
        """POST one update to the registered webhook as Telegram does; returns the HTTP status (0: none).

        `update`: None, the oldest pending update; an int, that update again (a redelivery, even when it
        was acknowledged before); a str, the text `chat_id`'s user sends now; a mapping, sent as is.
        A 2xx acknowledges the update. Blocks: from async tests use `await asyncio.to_thread(...)`.
        """
        with self._lock:
            if self._webhook is None:
                raise RuntimeError("no webhook is set: the bot has not called setWebhook")
            url, secret = self._webhook["url"], self._webhook.get("secret_token")
        if isinstance(update, str):
            if chat_id is None:
                raise ValueError("deliver_webhook(text) needs chat_id")
            update = self.user_sends(chat_id, update)
        with self._lock:
            if update is None:
                if not self._pending:
                    raise ValueError("no pending update to deliver")
                body = copy.deepcopy(self._pending[0])
            elif isinstance(update, int):
                body = copy.deepcopy(self._updates[update])
            else:
                body = dict(update)
        status, error = self._post(url, secret, body, timeout)
        with self._lock:
            self._deliveries.append(WebhookDelivery(body.get("update_id"), status, secret))
            if 200 <= status < 300:
                self._pending = [
                    pending
                    for pending in self._pending
                    if pending is not None and pending.get("update_id") != body.get("update_id")
                ]
            else:
                self._webhook_error = (self._now(), error)
        return status

    def deliver_pending(self) -> list[int]:
        """Deliver the pending updates in order, stopping at the first that is not acknowledged."""
        statuses: list[int] = []
        while self.pending_updates():
            statuses.append(self.deliver_webhook())
            if not 200 <= statuses[-1] < 300:
                break
        return statuses

    def redeliver_until_ok(self, update_id: int | None = None, *, attempts: int = 5) -> list[int]:
        """Telegram's retrying: deliver the update (default: oldest pending) until a 2xx or `attempts`."""
        if update_id is None:
            pending = self.pending_updates()
            if not pending:
                raise ValueError("no pending update to deliver")
            update_id = pending[0]["update_id"]
        statuses: list[int] = []
        while len(statuses) < attempts and not (statuses and 200 <= statuses[-1] < 300):
            statuses.append(self.deliver_webhook(update_id))
        return statuses

    def _post(self, url: str, secret: str | None, body: JSON, timeout: float) -> tuple[int, str]:
        if self._http is None:
            self._http = httpx.Client()
        headers = {"Content-Type": "application/json"}
        if secret:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        try:
            response = self._http.post(
                url, content=json.dumps(body).encode(), headers=headers, timeout=timeout
            )
        except httpx.HTTPError as error:
            return 0, f"Connection failed: {type(error).__name__}"
        return (
            response.status_code,
            f"Wrong response from the webhook: {response.status_code} {response.reason_phrase}",
        )

    # ---- HTTP -----------------------------------------------------------------------------------

    async def _endpoint(self, request: Request) -> Response:
        """Every request: check the token, decode the parameters, record, inject failures, answer."""
        match = _PATH.fullmatch(request.url.path)
        if not match or not _TOKEN.fullmatch(match["token"]):
            return _answer(ApiError(404, "Not Found").body(), 404)
        if self._strict_token and match["token"] != self._token:
            return _answer(ApiError(401, "Unauthorized").body(), 401)
        name, handler = self._methods.get(match["method"].lower(), (match["method"], None))
        try:
            params = await _read_params(request)
        except ValueError as error:
            return _answer(bad_request(str(error)).body(), 400)
        with self._lock:
            call = Call(name, params)
            self._calls.append(call)
            try:
                if handler is None:
                    raise ApiError(404, "Not Found")
                failure = self._injected_failure(name)
                if failure is not None:
                    raise failure
                if name != "getUpdates":
                    call.status = 200
                    return _answer({"ok": True, "result": handler(params)}, 200)
            except ApiError as error:
                call.status = error.status
                return _answer(error.body(), error.status)
        try:
            updates = await self._get_updates(params)
        except ApiError as error:
            call.status = error.status
            return _answer(error.body(), error.status)
        call.status = 200
        with self._lock:
            return _answer({"ok": True, "result": updates}, 200)

    async def _get_updates(self, params: JSON) -> list[JSON]:
        """Confirm updates below `offset`, then long-poll up to `timeout` s; a newer poll ends this one."""
        timeout = max(float(params.get("timeout") or 0), 0.0)
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        offset = int(params.get("offset") or 0)
        with self._lock:
            if self._webhook is not None:
                raise ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                )
            if isinstance(params.get("allowed_updates"), list):
                self._allowed_updates = list(params["allowed_updates"])
            if offset > 0:
                self._pending = [update for update in self._pending if update["update_id"] >= offset]
            elif offset < 0:
                self._pending = self._pending[offset:]
            self._poll_generation += 1
            generation = self._poll_generation
        self._wake_pollers()  # an older long poll now ends with 409, as on Telegram
        assert self._loop is not None
        deadline = self._loop.time() + timeout
        while True:
            with self._lock:
                if self._stopping:
                    return []
                if generation != self._poll_generation:
                    raise ApiError(
                        409,
                        "Conflict: terminated by other getUpdates request; "
                        "make sure that only one bot instance is running",
                    )
                remaining = deadline - self._loop.time()
                if self._pending or remaining <= 0:
                    return self._pending[:limit]
                event = self._updates_event
            assert event is not None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    def _wake_pollers(self) -> None:
        """Wake every waiting getUpdates; safe from any thread."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._set_updates_event)

    def _set_updates_event(self) -> None:
        event, self._updates_event = self._updates_event, asyncio.Event()
        if event is not None:
            event.set()

    # ---- Bot API methods (called with the lock held) ---------------------------------------------

    def _writable_chat(self, params: JSON) -> _Chat:
        chat_id = params.get("chat_id")
        chat = self._chats.get(chat_id) if isinstance(chat_id, int) else None
        if chat is None:
            raise bad_request("chat not found")
        if chat_id in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    def _rendered_text(self, params: JSON) -> tuple[str, list[JSON]]:
        raw = params.get("text")
        if not isinstance(raw, str) or not raw.strip():
            raise bad_request("message text is empty")
        try:
            if isinstance(params.get("entities"), list):
                text, entities = tg.trim(raw, params["entities"])
            else:
                text, entities = tg.render(raw, params.get("parse_mode"))
        except tg.EntityParseError as error:
            raise bad_request(f"can't parse entities: {error}") from error
        if not text:
            raise bad_request("message text is empty")
        if len(text) > 4096:
            raise bad_request("message is too long")
        return text, entities

    def _send_message(self, params: JSON) -> JSON:
        chat = self._writable_chat(params)
        text, entities = self._rendered_text(params)
        markup = _checked_markup(params.get("reply_markup"))
        reply = params.get("reply_parameters") or {}
        reply_to_id = reply.get("message_id", params.get("reply_to_message_id"))
        target = chat.messages.get(reply_to_id) if reply_to_id is not None else None
        if reply_to_id is not None and target is None and not reply.get("allow_sending_without_reply"):
            raise bad_request("message to be replied not found")
        message = tg.text_message(
            chat.next_message_id(), chat.chat, self.bot_user, self._now(), text, entities
        )
        if target is not None:
            message["reply_to_message"] = tg.as_reply_target(copy.deepcopy(target))
        if markup and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        elif markup and "keyboard" in markup:
            chat.reply_keyboard = markup
        elif markup and markup.get("remove_keyboard"):
            chat.reply_keyboard = None
        chat.messages[message["message_id"]] = message
        chat.sent_ids.append(message["message_id"])
        if params.get("disable_notification") is True:
            chat.silent_ids.add(message["message_id"])
        self._sent_order.append((chat.chat["id"], message["message_id"]))
        self.sent_times.append((time.perf_counter(), chat.chat["id"], text))
        self._notify_sent()
        return message

    def _copy_message(self, params: JSON) -> JSON:
        """copyMessage: the bot sends a copy of a message it can see, without a link to the original;
        Telegram answers with the new MessageId only. `caption` replaces the caption ("" removes it)."""
        chat = self._writable_chat(params)
        source_chat = self._chats.get(params.get("from_chat_id"))  # type: ignore[arg-type]
        if source_chat is None:
            raise bad_request("chat not found")
        source = source_chat.messages.get(params.get("message_id"))  # type: ignore[arg-type]
        if source is None:
            raise bad_request("message to copy not found")
        markup = _checked_markup(params.get("reply_markup"))
        message: JSON = {"message_id": chat.next_message_id(), "from": self.bot_user, "chat": chat.chat}
        message["date"] = self._now()
        message |= {key: copy.deepcopy(value) for key, value in source.items() if key in tg.COPIED_FIELDS}
        if "caption" in params:
            message.pop("caption", None)
            message.pop("caption_entities", None)
            if params["caption"]:
                if not tg.CAPTIONABLE & message.keys():
                    raise bad_request("message can't have a caption")
                message["caption"] = params["caption"]
        if markup and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        chat.messages[message["message_id"]] = message
        chat.sent_ids.append(message["message_id"])
        self._sent_order.append((chat.chat["id"], message["message_id"]))
        self.sent_times.append((time.perf_counter(), chat.chat["id"], message.get("text", "")))
        self._notify_sent()
        return {"message_id": message["message_id"]}

    def _editable_message(self, params: JSON) -> JSON:
        if "inline_message_id" in params:
            raise bad_request("inline messages are not supported by the fake server")
        chat = self._writable_chat(params)
        message = chat.messages.get(params.get("message_id"))  # type: ignore[arg-type]
        if message is None:
            raise bad_request("message to edit not found")
        if not message["from"]["is_bot"]:
            raise bad_request("message can't be edited")
        return message

    def _edit_message_text(self, params: JSON) -> JSON:
        message = self._editable_message(params)
        text, entities = self._rendered_text(params)
        return self._edit(message, text, entities, _checked_markup(params.get("reply_markup")))

    def _edit_message_reply_markup(self, params: JSON) -> JSON:
        message = self._editable_message(params)
        markup = _checked_markup(params.get("reply_markup"))
        return self._edit(message, message["text"], message.get("entities", []), markup)

    def _edit(self, message: JSON, text: str, entities: list[JSON], markup: JSON | None) -> JSON:
        """Apply an edit; without reply_markup the inline keyboard goes, as on Telegram."""
        keyboard = markup if markup and "inline_keyboard" in markup else None
        if (text, entities, keyboard) == (
            message["text"],
            message.get("entities", []),
            message.get("reply_markup"),
        ):
            raise bad_request(
                "message is not modified: specified new message content and reply markup are exactly "
                "the same as a current content and reply markup of the message"
            )
        message["text"], message["edit_date"] = text, self._now()
        for key, value in (("entities", entities), ("reply_markup", keyboard)):
            if value:
                message[key] = value
            else:
                message.pop(key, None)
        self._notify_sent()
        return message

    def _answer_callback_query(self, params: JSON) -> bool:
        if self._open_queries.pop(str(params.get("callback_query_id")), None) is None:
            raise bad_request("query is too old and response timeout expired or query ID is invalid")
        if len(params.get("text") or "") > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        return True

    def _set_my_commands(self, params: JSON) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad_request("commands must be a list of at most 100 BotCommand")
        for command in commands:
            if not _COMMAND.fullmatch(str(command.get("command", ""))):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise bad_request("command description must be non-empty")
        self._commands[_commands_key(params.get("scope"), params.get("language_code", ""))] = commands
        return True

    def _get_my_commands(self, params: JSON) -> list[JSON]:
        return self._commands.get(_commands_key(params.get("scope"), params.get("language_code", "")), [])

    def _delete_my_commands(self, params: JSON) -> bool:
        self._commands.pop(_commands_key(params.get("scope"), params.get("language_code", "")), None)
        return True

    def _set_webhook(self, params: JSON) -> bool:
        url = params.get("url") or ""
        if not url:
            return self._delete_webhook(params)
        if not str(url).startswith(("https://", "http://")):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not _SECRET.fullmatch(str(secret)):
            raise bad_request("secret token contains unallowed characters")
        if params.get("drop_pending_updates"):
            self._pending.clear()
        if isinstance(params.get("allowed_updates"), list):
            self._allowed_updates = list(params["allowed_updates"])
        self._webhook = {
            "url": url,
            "secret_token": secret,
            "allowed_updates": params.get("allowed_updates"),
            "max_connections": int(params.get("max_connections") or 40),
        }
        self._webhook_error = None
        self._wake_pollers()  # a waiting getUpdates now conflicts
        return True

    def _delete_webhook(self, params: JSON) -> bool:
        if params.get("drop_pending_updates"):
            self._pending.clear()
        self._webhook = None
        return True

    def _webhook_info(self) -> JSON:
        info: JSON = {"url": "", "has_custom_certificate": False, "pending_update_count": len(self._pending)}
        if self._webhook is None:
            return info
        info |= {"url": self._webhook["url"], "max_connections": self._webhook["max_connections"]}
        if self._webhook["allowed_updates"] is not None:
            info["allowed_updates"] = self._webhook["allowed_updates"]
        if self._webhook_error:
            info["last_error_date"], info["last_error_message"] = self._webhook_error
        return info

    def _send_chat_action(self, params: JSON) -> bool:
        self._writable_chat(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True


def _answer(body: JSON, status: int) -> Response:
    """Serialise now (callers hold the lock, so no other thread edits a message mid-dump)."""
    return Response(json.dumps(body, ensure_ascii=False), status_code=status, media_type="application/json")


def _commands_key(scope: Any, language_code: Any) -> tuple[str, str]:
    return json.dumps(scope or {"type": "default"}, sort_keys=True), str(language_code or "")


def _checked_markup(markup: Any) -> JSON | None:
    """Reject what Telegram rejects in an inline keyboard; reply keyboards pass as they are."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if not button.get("text") or not _BUTTON_ACTIONS & button.keys():
                raise bad_request("text buttons are unallowed in the inline keyboard")
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= 64:
                raise bad_request("BUTTON_DATA_INVALID")
    return markup


async def _read_params(request: Request) -> JSON:
    """Query string plus a form, multipart or JSON body, decoded the way the Bot API decodes them."""
    params: JSON = {key: _decode(key, value) for key, value in request.query_params.multi_items()}
    body = await request.body()
    content_type = request.headers.get("content-type", "")
    if not body:
        pass
    elif content_type.startswith("application/json"):
        decoded = json.loads(body)
        if not isinstance(decoded, dict):
            raise ValueError("the JSON body must be an object")
        params.update(decoded)
    elif content_type.startswith("application/x-www-form-urlencoded"):
        params.update(
            (key, _decode(key, value)) for key, value in parse_qsl(body.decode(), keep_blank_values=True)
        )
    elif content_type.startswith("multipart/form-data"):
        params.update(_multipart(content_type, body))
    for key in _JSON_PARAMS & params.keys():
        if isinstance(params[key], str):
            params[key] = json.loads(params[key])  # JSON bodies may nest JSON strings too
    return params


def _decode(key: str, value: str) -> Any:
    """Form values arrive as text: str parameters as they are, anything else JSON-encoded."""
    if key in _STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _multipart(content_type: str, body: bytes) -> JSON:
    """Fields of a multipart/form-data body; an uploaded file is noted by name and size."""
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = BytesParser(policy=policy.HTTP).parsebytes(head + body)
    fields: JSON = {}
    for part in message.iter_parts():
        name = str(part.get_param("name", header="content-disposition"))
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        if part.get_filename() is not None:
            fields[name] = {"filename": part.get_filename(), "size": len(content)}
        else:
            fields[name] = _decode(name, content.decode())
    return fields
