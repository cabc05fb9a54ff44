"""A fake Twilio REST API (the Messages resource) that speaks HTTP, for end-to-end tests and benchmarks.

The real `twilio` client talks to it (see `twilio_client_for`) exactly as to api.twilio.com: HTTP Basic
auth with the account SID and auth token, form bodies, Message resources, Twilio's JSON error bodies and
error codes. Tests play the phone user (`user_sends`: a webhook signed with the real RequestValidator,
and the TwiML answer's messages delivered back as Twilio delivers them), read what the bot sent
(`sent_to`, `wait_for`), inject failures (`fail_next`, `fail_share`, `block`) and drive delivery
reports (`send_status_callback`).

Deliberate differences from Twilio: one account, no API keys; no media; a message can be created, read,
listed and deleted, not updated (405); messages never move on by themselves (a test says when one is
sent, delivered or failed, and Twilio's status callback follows); webhook URLs may be plain http.

How the real client is pointed here (the same mechanism serves TWILIO_API_BASE_URL in production):
twilio 9.x builds every URL from the Domain's hard-coded root ("https://api.twilio.com", in
`twilio.rest.api.ApiBase`; `Client(edge=…, region=…)` only rewrites it to api.{edge}.{region}.twilio.com)
and then hands the full URL to `client.http_client.request(method, url, …)`. `http_client` is a public,
documented `Client` argument (Twilio's "custom HTTP client" guide, for proxies), so a `TwilioHttpClient`
subclass that swaps the scheme and host of api[.edge.region].twilio.com URLs for another root
(`RedirectingHttpClient`) redirects every request and keeps the client's own auth, headers, form
encoding and error handling, also when TWILIO_EDGE/TWILIO_REGION are set (the client reads them from
the environment). The other way, assigning `client.api.base_url`, works too but relies on an
undocumented attribute of `twilio.base.domain.Domain`, and an edge or region then mangles the host:
http://127.0.0.1:8765 becomes http://127.ie1.0.1:8765 (`ClientBase.get_hostname` splits it on dots).
"""

import asyncio
import base64
import binascii
import contextlib
import copy
import json
import random
import re
import threading
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import phonenumbers
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.http.response import Response as TwilioResponse
from twilio.rest import Client

from bot.sms_text import fits_twilio, segments
from demo.standins import sms_forms
from demo.standins.serving import serve_in_thread
from demo.standins.sms_forms import (
    ACCOUNT_SID,
    API_VERSION,
    AUTH_TOKEN,
    MESSAGING_SERVICE_SID,
    TEAM_NUMBER,
    Form,
)
from demo.standins.waiting import RecordedWaits
from handlers.sms_sender import RedirectingHttpClient, redirected

__all__ = [
    "ACCOUNT_SID",
    "AUTH_TOKEN",
    "MESSAGING_SERVICE_SID",
    "TEAM_NUMBER",
    "AsyncRedirectingHttpClient",
    "Call",
    "FakeTwilioServer",
    "InboundDelivery",
    "RedirectingHttpClient",
    "StatusDelivery",
    "TwilioError",
    "async_twilio_client_for",
    "twilio_client_for",
]

JSON = dict[str, Any]
Until = int | Callable[[JSON], bool]

_ACCOUNT = rf"/{API_VERSION}/Accounts/(?P<account>[^/]+)"
_MESSAGES = re.compile(_ACCOUNT + r"/Messages\.json")
_MESSAGE = re.compile(_ACCOUNT + r"/Messages/(?P<sid>[^/]+)\.json")
_E164 = re.compile(r"\+[1-9][0-9]{6,14}")
_STATUSES = frozenset("queued sending sent delivered undelivered failed".split())
# Twilio's default opt-out handling (US/Canadian long codes; a Messaging Service's Advanced Opt-Out
# elsewhere): these words from a phone block further messages to it, and these lift the block.
_OPT_OUT = frozenset("STOP STOPALL UNSUBSCRIBE CANCEL END QUIT".split())
_OPT_IN = frozenset("START YES UNSTOP".split())
_DEFAULT_FAILURES = {
    429: (20429, "Too Many Requests"),
    500: (20500, "Internal Server Error"),
    503: (20503, "Service Unavailable"),
}


# ---- pointing the real client here -----------------------------------------------------------------


class AsyncRedirectingHttpClient(AsyncTwilioHttpClient):  # type: ignore[misc]  # as above
    """twilio's aiohttp client (for `create_async` and friends) with the same redirection. Build it
    inside a running event loop and `await client.http_client.close()` when done.

    It also writes the Basic Authorization header itself: twilio 9.13 hands the credentials to aiohttp
    as `auth=BasicAuth(…)`, and aiohttp 3.14 deprecates both `BasicAuth` and `auth=` with a
    DeprecationWarning on every request (an error under our `filterwarnings = error`). The bytes on
    the wire are the same.
    """

    def __init__(self, root: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.root = root

    async def request(
        self,
        method: str,
        url: str,
        params: dict[str, object] | None = None,
        data: dict[str, object] | None = None,
        headers: dict[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float | None = None,
        allow_redirects: bool = False,
    ) -> TwilioResponse:
        if auth is not None:
            credentials = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
            headers = {**(headers or {}), "Authorization": f"Basic {credentials}"}
        return await super().request(
            method, redirected(url, self.root), params, data, headers, None, timeout, allow_redirects
        )


def twilio_client_for(
    server: "FakeTwilioServer", account_sid: str | None = None, auth_token: str | None = None
) -> Client:
    """The real twilio `Client`, with the server's credentials unless others are given, talking to
    the fake. Close it with `client.http_client.session.close()` (the fixture in the e2e tests does)."""
    http_client = RedirectingHttpClient(server.base_url, timeout=5)
    assert http_client.session is not None
    http_client.session.trust_env = False  # no proxy from the environment between a test and 127.0.0.1
    return Client(account_sid or server.account_sid, auth_token or server.auth_token, http_client=http_client)


def async_twilio_client_for(
    server: "FakeTwilioServer", account_sid: str | None = None, auth_token: str | None = None
) -> Client:
    """twilio_client_for for the async API (`await client.messages.create_async(…)`); call it in a
    running event loop and `await client.http_client.close()` afterwards."""
    http_client = AsyncRedirectingHttpClient(server.base_url, timeout=5)
    return Client(account_sid or server.account_sid, auth_token or server.auth_token, http_client=http_client)


# ---- what the server records --------------------------------------------------------------------------


class TwilioError(Exception):
    """An error answer with Twilio's JSON body: code, message, more_info, status."""

    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message

    def body(self) -> JSON:
        return {
            "code": self.code,
            "message": self.message,
            "more_info": f"https://www.twilio.com/docs/errors/{self.code}",
            "status": self.status,
        }


def _bad_request(code: int, message: str) -> TwilioError:
    return TwilioError(400, code, message)


@dataclass
class Call:
    """One request to the REST API: method, path, decoded form or query, and the answer."""

    method: str
    path: str
    params: JSON
    status: int = 0
    code: int | None = None  # Twilio's error code when it failed


@dataclass(frozen=True)
class InboundDelivery:
    """One POST of an inbound SMS to the messaging webhook, and what came of it.

    `status` 0: no HTTP answer at all. `replies`: the Message resources Twilio sent back to the phone
    from the TwiML answer. `twiml_error`: Twilio's debugger code for an answer it could not use (11200
    HTTP retrieval failure, 12100 document parse failure), None when the answer was fine.
    """

    sid: str
    status: int
    body: str
    replies: list[JSON]
    twiml_error: int | None
    form: Form = field(repr=False)


@dataclass(frozen=True)
class StatusDelivery:
    """One status callback POSTed to the bot: message, status sent, and the HTTP answer (0: none)."""

    sid: str
    message_status: str
    status: int


@dataclass(frozen=True)
class _Failure:
    status: int

    def error(self) -> TwilioError:
        code, message = _DEFAULT_FAILURES.get(
            self.status, (20000 + self.status, HTTPStatus(self.status).phrase)
        )
        return TwilioError(self.status, code, message)


@dataclass(frozen=True)
class _Request:
    """A webhook request ready to go: where it goes physically, the headers and the form."""

    target: str
    headers: dict[str, str]
    form: Form


class FakeTwilioServer(RecordedWaits):
    """The Messages resource on 127.0.0.1 in a background thread; a context manager or start()/stop()."""

    def __init__(
        self,
        account_sid: str = ACCOUNT_SID,
        auth_token: str = AUTH_TOKEN,
        *,
        numbers: tuple[str, ...] = (TEAM_NUMBER,),
        messaging_service_sid: str = MESSAGING_SERVICE_SID,
        sms_url: str | None = None,
        deliver_to: str | None = None,
        opt_out_keywords: bool = False,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        """`numbers`: the senders the account owns (From must be one; the service sends from the first).
        `sms_url`: the number's messaging webhook as set in Twilio's console (the URL signed);
        `deliver_to`: where those requests physically go (the bot behind its proxy), default sms_url.
        `opt_out_keywords`: STOP/START from a phone block/unblock it, as Twilio's opt-out handling does.
        """
        self.account_sid, self.auth_token = account_sid, auth_token
        self.numbers, self.messaging_service_sid = numbers, messaging_service_sid
        self.sms_url, self.deliver_to = sms_url, deliver_to
        self._opt_out_keywords, self._clock = opt_out_keywords, clock
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._async_waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()
        self._messages: dict[str, JSON] = {}  # every Message resource by sid, both directions
        self._callbacks: dict[str, str | None] = {}  # outbound sid → its StatusCallback
        self._sent: list[JSON] = []  # outbound messages in order, kept when deleted at Twilio
        self._received: list[str] = []  # inbound sids in order
        self._exchanged: list[JSON] = []  # both directions in order, kept when deleted at Twilio
        self._inbound_requests: dict[str, _Request] = {}
        self._status_deliveries: list[StatusDelivery] = []
        self._calls: list[Call] = []
        self._fail_next: list[_Failure] = []
        self._share: tuple[float, _Failure, random.Random] | None = None
        self._blocked: set[str] = set()
        self.sent_times: list[tuple[float, str, str]] = []  # (perf_counter, to, body): for benchmarks
        self._ready = threading.Event()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._http: httpx.Client | None = None
        self._port = 0
        self.app = Starlette(
            routes=[Route("/{path:path}", self._endpoint, methods=["GET", "POST", "DELETE"])],
            lifespan=self._lifespan,
        )

    # ---- lifecycle -----------------------------------------------------------------------------------

    def start(self) -> "FakeTwilioServer":
        """Serve on a free port; returns once the server accepts connections."""
        if self._thread is not None:
            raise RuntimeError("FakeTwilioServer was started already")
        self._server, self._thread, self._port = serve_in_thread(self.app, "fake-twilio")
        if not self._ready.wait(timeout=10):
            raise RuntimeError("FakeTwilioServer did not start")
        return self

    def stop(self) -> None:
        """Shut uvicorn down and join its thread."""
        if self._thread is None or self._server is None:
            return
        self._server.should_exit = True
        self._thread.join(timeout=10)
        if self._http is not None:
            self._http.close()

    def __enter__(self) -> "FakeTwilioServer":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """The server root, e.g. http://127.0.0.1:PORT (TWILIO_API_BASE_URL)."""
        return f"http://127.0.0.1:{self._port}"

    @contextlib.asynccontextmanager
    async def _lifespan(self, app: Starlette) -> AsyncIterator[None]:
        self._ready.set()
        yield

    # ---- what the bot sent -------------------------------------------------------------------------

    def sent_to(self, number: str) -> list[JSON]:
        """The Message resources the bot sent to `number` (API and TwiML replies), oldest first, as
        they are now (status callbacks change status); a message deleted at Twilio stays here."""
        with self._lock:
            return copy.deepcopy(self._outbound(number))

    def all_sent(self) -> list[JSON]:
        """Every message the bot sent, in order."""
        with self._lock:
            return copy.deepcopy(self._outbound(None))

    def received(self) -> list[JSON]:
        """Every inbound message (a phone texting the team), in order."""
        with self._lock:
            return copy.deepcopy([self._messages[sid] for sid in self._received])

    def conversation(self, number: str) -> list[JSON]:
        """What `number`'s phone shows: the texts it sent to the team and those the bot sent it, in
        order, as they are now (status callbacks change status)."""
        with self._lock:
            return copy.deepcopy([m for m in self._exchanged if number in (m["from"], m["to"])])

    def message(self, sid: str) -> JSON | None:
        """The Message resource `sid` as GET would show it, or None (never existed or deleted)."""
        with self._lock:
            return copy.deepcopy(self._messages.get(sid))

    def wait_for(self, until: Until, number: str | None = None, timeout: float = 5.0) -> list[JSON]:
        """Block until the bot sent `until` messages (to `number`, or anywhere), or one matching the
        predicate; returns them (the matching ones for a predicate). Raises AssertionError.

        Call it from a thread without a running event loop; in async tests use wait_for_async.
        """
        return self._wait(until, number, timeout)

    async def wait_for_async(
        self, until: Until, number: str | None = None, timeout: float = 5.0
    ) -> list[JSON]:
        """wait_for for async tests: the event loop keeps running (the bot may be running in it)."""
        return await self._wait_async(until, number, timeout)

    def calls(self, method: str | None = None) -> list[Call]:
        """Every REST request (failed ones included), oldest first; only `method` ("POST", …) if given."""
        with self._lock:
            return [copy.deepcopy(c) for c in self._calls if method is None or c.method == method.upper()]

    def status_deliveries(self) -> list[StatusDelivery]:
        with self._lock:
            return list(self._status_deliveries)

    def _recorded(self, key: str | None) -> list[JSON]:
        return self._outbound(key)

    def _outbound(self, number: str | None) -> list[JSON]:
        return [m for m in self._sent if number is None or m["to"] == number]

    def _missing(self, until: Until, number: str | None, timeout: float) -> str:
        wanted = f"{until} message(s)" if isinstance(until, int) else "a message matching the predicate"
        where = f"to {number}" if number is not None else "at all"
        bodies = [message["body"] for message in self._outbound(number)]
        return f"expected {wanted} {where} within {timeout}s; the bot sent {len(bodies)}: {bodies!r}"

    # ---- failure injection ---------------------------------------------------------------------------

    def fail_next(self, n: int, status: int = 500) -> None:
        """The next `n` message creations fail with `status` (500, 503: 20500/20503; 429: 20429
        Too Many Requests) and store nothing."""
        with self._lock:
            self._fail_next.extend([_Failure(status)] * n)

    def fail_share(self, share: float, status: int = 500, seed: int = 0) -> None:
        """A deterministic pseudo-random `share` of message creations fail; share 0 turns it off."""
        with self._lock:
            self._share = (share, _Failure(status), random.Random(seed)) if share > 0 else None

    def heal(self) -> None:
        """Stop injected failures (blocked numbers stay blocked)."""
        with self._lock:
            self._fail_next.clear()
            self._share = None

    def block(self, number: str) -> None:
        """`number` opted out (texted STOP to Twilio): sending to it answers 400, code 21610."""
        with self._lock:
            self._blocked.add(number)

    def unblock(self, number: str) -> None:
        with self._lock:
            self._blocked.discard(number)

    def _injected_failure(self) -> TwilioError | None:
        """The failure this creation gets, if any; lock held. fail_next goes before fail_share."""
        if self._fail_next:
            return self._fail_next.pop(0).error()
        if self._share and self._share[2].random() < self._share[0]:
            return self._share[1].error()
        return None

    # ---- the phone user's side: inbound SMS ---------------------------------------------------------

    def user_sends(
        self,
        from_number: str,
        body: str,
        *,
        to: str | None = None,
        timeout: float = 5.0,
        media_types: Sequence[str] = (),
    ) -> InboundDelivery:
        """`from_number` texts `body` to the team (`to`, default the first number): Twilio POSTs the
        signed webhook and sends the TwiML answer's <Message>s back to the phone. Blocks: from async
        tests use user_sends_async. `media_types`: an MMS ("image/jpeg", "audio/amr"…)."""
        request, sid = self._inbound(from_number, body, to, media_types)
        return self._deliver_inbound(sid, request, self._post_sync(request, timeout))

    async def user_sends_async(
        self,
        from_number: str,
        body: str,
        *,
        to: str | None = None,
        timeout: float = 5.0,
        media_types: Sequence[str] = (),
    ) -> InboundDelivery:
        """user_sends for async tests (the bot's HTTP server may run in this event loop)."""
        request, sid = self._inbound(from_number, body, to, media_types)
        return self._deliver_inbound(sid, request, await _post_async(request, timeout))

    def redeliver(self, sid: str, timeout: float = 5.0) -> InboundDelivery:
        """POST inbound message `sid` again, byte for byte (same signature), as a retrying Twilio would."""
        with self._lock:
            request = self._inbound_requests[sid]
        return self._deliver_inbound(sid, request, self._post_sync(request, timeout))

    async def redeliver_async(self, sid: str, timeout: float = 5.0) -> InboundDelivery:
        with self._lock:
            request = self._inbound_requests[sid]
        return self._deliver_inbound(sid, request, await _post_async(request, timeout))

    def _inbound(
        self, from_number: str, body: str, to: str | None, media_types: Sequence[str] = ()
    ) -> tuple[_Request, str]:
        if self.sms_url is None:
            raise RuntimeError("no messaging webhook: set sms_url (and deliver_to) on the fake")
        to = to or self.numbers[0]
        if to not in self.numbers:
            raise ValueError(f"{to} is not one of the account's numbers {self.numbers}")
        form = sms_forms.inbound_sms(
            from_number, body, to=to, account_sid=self.account_sid, media_types=media_types
        )
        headers, form = sms_forms.signed_inbound(self.sms_url, form, self.auth_token)
        request = _Request(self.deliver_to or self.sms_url, headers, form)
        now = self._rfc2822()
        resource = self._resource(form["MessageSid"], from_number, to, body, "inbound", "received", now)
        keyword = body.strip().upper()
        with self._lock:
            self._messages[resource["sid"]] = resource
            self._received.append(resource["sid"])
            self._exchanged.append(resource)
            self._inbound_requests[resource["sid"]] = request
            if self._opt_out_keywords and keyword in _OPT_OUT:
                self._blocked.add(from_number)
            elif self._opt_out_keywords and keyword in _OPT_IN:
                self._blocked.discard(from_number)
        return request, resource["sid"]

    def _deliver_inbound(self, sid: str, request: _Request, answer: tuple[int, str]) -> InboundDelivery:
        """Send the TwiML answer's <Message>s to the phone, as Twilio does."""
        status, text = answer
        phone, team = request.form["From"], request.form["To"]
        if not 200 <= status < 300:
            return InboundDelivery(sid, status, text, [], 11200, request.form)
        try:
            messages = _twiml_messages(text)
        except ValueError:
            return InboundDelivery(sid, status, text, [], 12100, request.form)
        replies: list[JSON] = []
        with self._lock:
            for reply_to, reply_from, body, action in messages:
                reply = self._record_outbound(
                    reply_to or phone, reply_from or team, body, None, "outbound-reply", action
                )
                replies.append(copy.deepcopy(reply))
        return InboundDelivery(sid, status, text, replies, None, request.form)

    # ---- delivery reports: status callbacks -----------------------------------------------------------

    def send_status_callback(
        self,
        sid: str,
        status: str,
        public_url: str | None = None,
        auth_token: str | None = None,
        *,
        error_code: int | str | None = None,
        deliver_to: str | None = None,
        timeout: float = 5.0,
    ) -> int:
        """Message `sid` reached `status`: update it and POST Twilio's signed status callback; returns
        the bot's HTTP status (0: no answer).

        The callback goes to `public_url`, default the message's StatusCallback, and is signed for that
        URL with `auth_token` (default the account's; pass another to forge). `deliver_to`: where the
        request physically goes when the public URL is a proxy in front of the bot. Undelivered and
        failed carry ErrorCode (`error_code`, default 30003 and 30008). Blocks: in async tests use
        send_status_callback_async.
        """
        request = self._status_request(sid, status, public_url, auth_token, error_code, deliver_to)
        return self._record_status(sid, status, self._post_sync(request, timeout)[0])

    async def send_status_callback_async(
        self,
        sid: str,
        status: str,
        public_url: str | None = None,
        auth_token: str | None = None,
        *,
        error_code: int | str | None = None,
        deliver_to: str | None = None,
        timeout: float = 5.0,
    ) -> int:
        """send_status_callback for async tests."""
        request = self._status_request(sid, status, public_url, auth_token, error_code, deliver_to)
        return self._record_status(sid, status, (await _post_async(request, timeout))[0])

    def _status_request(
        self,
        sid: str,
        status: str,
        public_url: str | None,
        auth_token: str | None,
        error_code: int | str | None,
        deliver_to: str | None,
    ) -> _Request:
        if status not in _STATUSES:
            raise ValueError(f"not a message status Twilio reports: {status!r}")
        with self._lock:
            message = self._messages.get(sid)
            if message is None or sid not in self._callbacks:
                raise ValueError(f"the bot sent no message {sid}")
            url = public_url or self._callbacks[sid]
            if url is None:
                raise ValueError(f"message {sid} has no StatusCallback; pass public_url")
            now = self._now()
            form = sms_forms.status_callback(
                sid,
                status,
                to=message["to"],
                from_number=message["from"],
                account_sid=self.account_sid,
                messaging_service_sid=message["messaging_service_sid"],
                error_code=error_code,
                done_at=now,
            )
            message |= {"status": status, "date_updated": sms_forms.rfc2822(now)}
            if status in ("sent", "delivered", "undelivered") and message["date_sent"] is None:
                message["date_sent"] = sms_forms.rfc2822(now)
            if "ErrorCode" in form:
                message["error_code"] = int(form["ErrorCode"])
            self._notify_sent()
        headers, form = sms_forms.signed_inbound(url, form, auth_token or self.auth_token)
        return _Request(deliver_to or url, headers, form)

    def _record_status(self, sid: str, status: str, http_status: int) -> int:
        with self._lock:
            self._status_deliveries.append(StatusDelivery(sid, status, http_status))
        return http_status

    def _post_sync(self, request: _Request, timeout: float) -> tuple[int, str]:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            raise RuntimeError("this would block the event loop the bot may run in; use the _async method")
        if self._http is None:
            self._http = httpx.Client(trust_env=False)
        try:
            response = self._http.post(
                request.target, data=request.form, headers=request.headers, timeout=timeout
            )
        except httpx.HTTPError:
            return 0, ""
        return response.status_code, response.text

    # ---- HTTP: the REST API ----------------------------------------------------------------------------

    async def _endpoint(self, request: Request) -> Response:
        """Every request: authenticate, decode, record, inject failures, answer like Twilio."""
        path = request.url.path
        body = await request.body()
        content_type = request.headers.get("content-type", "")
        params: JSON = dict(request.query_params)
        if body and content_type.startswith("application/x-www-form-urlencoded"):
            params.update(parse_qsl(body.decode(), keep_blank_values=True))
        with self._lock:
            call = Call(request.method, path, params)
            self._calls.append(call)
            try:
                authorization = request.headers.get("authorization")
                status, answer = self._route(request.method, path, params, authorization)
            except TwilioError as error:
                call.status, call.code = error.status, error.code
                headers = {"WWW-Authenticate": 'Basic realm="Twilio API"'} if error.status == 401 else None
                return _answer(error.body(), error.status, headers)
            call.status = status
            return _answer(answer, status)

    def _route(self, method: str, path: str, params: JSON, authorization: str | None) -> tuple[int, Any]:
        """Dispatch one request; lock held."""
        collection, single = _MESSAGES.fullmatch(path), _MESSAGE.fullmatch(path)
        match = collection or single
        if match is None:
            raise TwilioError(404, 20404, f"The requested resource {path} was not found")
        if not self._authenticated(authorization) or match["account"] != self.account_sid:
            raise TwilioError(401, 20003, "Authenticate")
        if collection and method == "POST":
            failure = self._injected_failure()
            if failure is not None:
                raise failure
            return 201, self._create(params)
        if collection and method == "GET":
            return 200, self._list(path, params)
        sid = single["sid"] if single else ""
        message = self._messages.get(sid)
        if message is None or not single:
            raise TwilioError(404, 20404, f"The requested resource {path} was not found")
        if method == "GET":
            return 200, message
        if method == "DELETE":
            del self._messages[sid]
            return 204, None
        raise TwilioError(405, 20004, "Method not allowed")

    def _authenticated(self, authorization: str | None) -> bool:
        scheme, _, encoded = (authorization or "").partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            user, _, password = base64.b64decode(encoded, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return False
        return (user, password) == (self.account_sid, self.auth_token)

    def _create(self, params: JSON) -> JSON:
        """POST Messages.json: validate as Twilio does, then queue the message; lock held."""
        to, from_, service = params.get("To"), params.get("From"), params.get("MessagingServiceSid")
        body, callback = params.get("Body"), params.get("StatusCallback")
        if not to:
            raise _bad_request(21604, "A 'To' phone number is required.")
        if not _valid_number(to):
            raise _bad_request(21211, f"The 'To' number {to} is not a valid phone number.")
        if not from_ and not service:
            raise _bad_request(21603, "A 'From' phone number is required.")
        if from_ and from_ not in self.numbers:
            raise _bad_request(
                21606,
                f"The From phone number {from_} is not a valid, SMS-capable inbound phone number or short "
                "code for your account.",
            )
        if service and service != self.messaging_service_sid:
            raise _bad_request(21701, "The Messaging Service does not exist")
        if not body:
            raise _bad_request(21602, "Message body is required.")
        if not fits_twilio(body):
            raise _bad_request(21617, "The concatenated message body exceeds the 1600 character limit.")
        if callback is not None and urlsplit(callback).scheme not in ("http", "https"):
            raise _bad_request(21609, "The StatusCallback URL is not a valid URL.")
        if to in self._blocked:
            raise _bad_request(21610, "Attempt to send to unsubscribed recipient")
        message = self._record_outbound(to, from_ or self.numbers[0], body, service, "outbound-api", callback)
        if from_:
            return message
        # Sent through a Messaging Service without From: Twilio answers before picking the sender.
        return message | {"from": None, "status": "accepted", "num_segments": "0"}

    def _list(self, path: str, params: JSON) -> JSON:
        """GET Messages.json: filtered by To and From, newest first, one page; lock held."""
        messages = [
            message
            for message in reversed(self._messages.values())
            if all(params.get(key) in (None, message[key.lower()]) for key in ("To", "From"))
        ]
        size = int(params.get("PageSize") or 50)
        return {
            "messages": messages[:size],
            "end": min(size, len(messages)) - 1,
            "first_page_uri": f"{path}?PageSize={size}&Page=0",
            "next_page_uri": None,
            "page": 0,
            "page_size": size,
            "previous_page_uri": None,
            "start": 0,
            "uri": f"{path}?PageSize={size}&Page=0",
        }

    def _record_outbound(
        self, to: str, from_: str, body: str, service: str | None, direction: str, callback: str | None
    ) -> JSON:
        """Store a message the bot sent (by API or TwiML); lock held."""
        sid, now = sms_forms.message_sid(), self._rfc2822()
        resource = self._resource(sid, from_, to, body, direction, "queued", now)
        resource["messaging_service_sid"] = service
        self._messages[resource["sid"]] = resource
        self._callbacks[resource["sid"]] = callback
        self._sent.append(resource)
        self._exchanged.append(resource)
        self.sent_times.append((time.perf_counter(), to, body))
        self._notify_sent()
        return resource

    def _resource(
        self, sid: str, from_: str, to: str, body: str, direction: str, status: str, now: str
    ) -> JSON:
        """A Message resource with every field Twilio's has."""
        uri = f"/{API_VERSION}/Accounts/{self.account_sid}/Messages/{sid}"
        return {
            "account_sid": self.account_sid,
            "api_version": API_VERSION,
            "body": body,
            "date_created": now,
            "date_sent": now if direction == "inbound" else None,
            "date_updated": now,
            "direction": direction,
            "error_code": None,
            "error_message": None,
            "from": from_,
            "messaging_service_sid": None,
            "num_media": "0",
            "num_segments": str(segments(body).segments),
            "price": None,
            "price_unit": "USD",
            "sid": sid,
            "status": status,
            "subresource_uris": {"media": f"{uri}/Media.json", "feedback": f"{uri}/Feedback.json"},
            "to": to,
            "uri": f"{uri}.json",
        }

    def _now(self) -> datetime:
        return (self._clock() if self._clock else datetime.now(UTC)).astimezone(UTC)

    def _rfc2822(self) -> str:
        return sms_forms.rfc2822(self._now())


def _valid_number(number: str) -> bool:
    """E.164 and a number that exists in its country's numbering plan, as Twilio checks To."""
    if not _E164.fullmatch(number):
        return False
    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(number, None)))
    except phonenumbers.NumberParseException:
        return False


def _twiml_messages(text: str) -> list[tuple[str | None, str | None, str, str | None]]:
    """(to, from, body, action) of each <Message> in a TwiML answer (action: its status callback URL);
    ValueError when it is not TwiML. An empty answer is fine: no reply."""
    if not text.strip():
        return []
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as error:
        raise ValueError(f"not XML: {error}") from error
    if root.tag != "Response":
        raise ValueError(f"the root element is <{root.tag}>, not <Response>")
    messages: list[tuple[str | None, str | None, str, str | None]] = []
    for element in root.iter("Message"):
        body_element = element.find("Body")
        body = (body_element.text if body_element is not None else element.text) or ""
        messages.append((element.get("to"), element.get("from"), body.strip(), element.get("action")))
    return messages


async def _post_async(request: _Request, timeout: float) -> tuple[int, str]:
    async with httpx.AsyncClient(trust_env=False) as client:
        try:
            response = await client.post(
                request.target, data=request.form, headers=request.headers, timeout=timeout
            )
        except httpx.HTTPError:
            return 0, ""
    return response.status_code, response.text


def _answer(body: Any, status: int, headers: Mapping[str, str] | None = None) -> Response:
    if status == 204:
        return Response(status_code=204, headers=headers)
    content = json.dumps(body, ensure_ascii=False)
    return Response(content, status_code=status, media_type="application/json", headers=headers)
