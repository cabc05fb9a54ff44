"""The console's HTTP plumbing: the session cookie, the signed-in viewer, the form token, the security
headers and the templates. Pages (handlers/console/pages*.py) use only what is here and the services.

- Every page that shows data needs a session; without one the answer is a redirect to a page that says
  how to get a link, never data.
- Every POST carries the session's form token (CSRF) and comes from this origin; otherwise 403.
- The Content-Security-Policy allows nothing but this origin's stylesheet and images: no script runs, no
  third party is asked for anything, no frame may hold a page.
- Pages are never cached, and no URL carries anything personal (ids only).
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from importlib.resources import files
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.exc import SQLAlchemyError
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot import moments
from bot.services import console_sessions
from bot.services.console_sessions import Viewer
from bot.services.context import Deps

log = logging.getLogger(__name__)

COOKIE = "skp_console"
PREFIX = "/console"
SIGN_IN_HELP = f"{PREFIX}/signin"
MAX_FORM_BYTES = 20_000  # a reply box's text and a few fields; more is refused before it is parsed
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    # Not no-referrer: under it a browser sends `Origin: null` with a form's POST, and the origin check
    # below would refuse every real form (found by the Chromium test). Same-origin leaks nothing outside.
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


class SecurityHeaders:
    """Adds the console's headers to every answer under /console, static files included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(name, value) for name, value in SECURITY_HEADERS if name not in present]
                if b"cache-control" not in present:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


class Console:
    """What every console page needs: the services' collaborators, the templates, the cookie's rules."""

    def __init__(self, deps: Deps, *, secure_cookie: bool) -> None:
        self.deps = deps
        self.secure_cookie = secure_cookie
        self.templates = Environment(
            loader=FileSystemLoader(str(files("handlers.console") / "templates")),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.filters["clock"] = lambda moment: moments.clock(moment) if moment else ""
        self.templates.filters["when"] = lambda moment: moment.strftime("%d.%m.%Y %H:%M") if moment else ""
        self.templates.filters["day"] = lambda moment: moment.strftime("%d.%m.%Y") if moment else ""

    @property
    def idle(self) -> timedelta:
        return timedelta(minutes=self.deps.profile.console.idle_minutes)

    def render(
        self, request: Request, template: str, viewer: Viewer | None, status: int = 200, **context: Any
    ) -> HTMLResponse:
        language = self.language(request, viewer)

        def t(key: str, **params: object) -> str:
            return self.deps.text(key, language, **params)

        body = self.templates.get_template(template).render(
            t=t, viewer=viewer, language=language, prefix=PREFIX, path=request.url.path, **context
        )
        return HTMLResponse(body, status_code=status)

    def language(self, request: Request, viewer: Viewer | None) -> str:
        return viewer.language if viewer is not None else _language(request, self.deps)

    def text(self, request: Request, viewer: Viewer | None, key: str, **params: object) -> str:
        return self.deps.text(key, self.language(request, viewer), **params)

    def not_found(self, request: Request, viewer: Viewer | None) -> HTMLResponse:
        """The same answer for what does not exist and what is not the viewer's: ids cannot be probed."""
        return self.render(request, "not_found.html", viewer, status=404)

    def set_session(self, response: Response, token: str) -> None:
        response.set_cookie(
            COOKIE,
            token,
            max_age=int(self.idle.total_seconds()) * 16,  # the server ends it sooner: idle, sign-out
            path=PREFIX,
            secure=self.secure_cookie,
            httponly=True,
            samesite="strict",
        )

    def clear_session(self, response: Response) -> None:
        response.delete_cookie(
            COOKIE, path=PREFIX, secure=self.secure_cookie, httponly=True, samesite="strict"
        )

    async def viewer(self, request: Request) -> Viewer | None:
        token = request.cookies.get(COOKIE, "")
        if not token:
            return None
        deps = self.deps

        def find() -> Viewer | None:
            with deps.new_uow() as uow:
                viewer = console_sessions.viewer_of(uow, token, deps.clock.now(), self.idle)
                uow.commit()
                return viewer

        return await asyncio.to_thread(find)


Page = Callable[[Request, Viewer], Awaitable[Response]]


def signed_in(
    console: Console, page: Page, *, form: bool = False
) -> Callable[[Request], Awaitable[Response]]:
    """A page for a signed-in viewer. Without a session: to the sign-in help (never data). A form (POST)
    must come from this origin with the session's form token. The database being away is a clear 503."""

    async def endpoint(request: Request) -> Response:
        try:
            viewer = await console.viewer(request)
            if viewer is None:
                return RedirectResponse(SIGN_IN_HELP, status_code=303)
            if request.method == "POST" and not await _form_allowed(console, request, viewer):
                log.warning("console: form refused (origin or form token)")
                return PlainTextResponse("forbidden", status_code=403)
            return await page(request, viewer)
        except SQLAlchemyError as error:
            log.error("console: database unavailable (%s)", type(error).__name__)
            return PlainTextResponse("database unavailable, try again in a minute\n", status_code=503)

    return endpoint


async def _form_allowed(console: "Console", request: Request, viewer: Viewer) -> bool:
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > MAX_FORM_BYTES):
        return False
    origin = request.headers.get("origin")
    if origin is not None and origin not in _origins(request, console.deps):
        return False
    if request.headers.get("sec-fetch-site") not in (None, "same-origin", "none"):
        return False
    form = await request.form(max_files=0, max_fields=20)
    given = form.get("csrf")
    return isinstance(given, str) and console_sessions.form_token_matches(viewer.session_token, given)


def _origins(request: Request, deps: Deps) -> set[str]:
    """Where a form may come from: this server as the browser reached it, and PUBLIC_BASE_URL (behind a
    proxy that ends TLS, the request itself looks like plain http)."""
    allowed = {f"{request.url.scheme}://{request.url.netloc}"}
    if deps.public_base_url:
        public = urlsplit(deps.public_base_url)
        allowed.add(f"{public.scheme}://{public.netloc}")
    return allowed


def _language(request: Request, deps: Deps) -> str:
    """Before sign-in: the browser's first language we have, else Danish."""
    known = deps.texts.languages()
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in known:
            return code
    return "da"


async def form_field(request: Request, name: str, limit: int = 4000) -> str:
    """A text field of the posted form, cut to `limit` characters ('' when absent or a file)."""
    value = (await request.form()).get(name)
    return value[:limit] if isinstance(value, str) else ""


def int_param(value: str | None) -> int | None:
    """An id from a URL or a form: digits only, of sane length; anything else is None (then not found)."""
    if value is None or not value.isdigit() or len(value) > 12 or not value.isascii():
        return None
    return int(value)
