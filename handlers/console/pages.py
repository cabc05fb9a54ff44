"""The console's pages for signing in and out, the day, the citizens, a thread and the access log.

Each page does its database work in a worker thread (the services are synchronous) and renders a template.
"""

import asyncio
from datetime import timedelta

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.services import console_sessions, desk
from bot.services.console_sessions import Viewer
from bot.services.desk_thread import new_nonce
from handlers.console.web import COOKIE, PREFIX, SIGN_IN_HELP, Console, int_param


async def login(console: Console, request: Request) -> Response:
    """`GET /console/login?token=…`: spend the one-time link, open a session, go to the day. A used,
    expired or unknown link opens nothing and says how to get a new one."""
    token = request.query_params.get("token", "")
    deps = console.deps

    def open_session() -> Viewer | None:
        with deps.new_uow() as uow:
            viewer = console_sessions.open_session(uow, token, deps.clock.now())
            uow.commit()
            return viewer

    viewer = await asyncio.to_thread(open_session)
    if viewer is None:
        problem = console.text(request, None, "console.signin.link_spent")
        return console.render(request, "signin.html", None, status=400, problem=problem)
    response = RedirectResponse(f"{PREFIX}/", status_code=303)
    console.set_session(response, viewer.session_token)
    return response


async def sign_in_help(console: Console, request: Request) -> Response:
    """Where a browser without a session lands: how to get a link. Never any data."""
    signed_out = request.query_params.get("out") == "1"
    notice = console.text(request, None, "console.signin.signed_out") if signed_out else None
    return console.render(request, "signin.html", None, notice=notice)


async def logout(console: Console, request: Request, viewer: Viewer) -> Response:
    """End the session on the server (a copied cookie opens nothing after this) and forget the cookie."""
    deps = console.deps

    def end() -> None:
        with deps.new_uow() as uow:
            console_sessions.sign_out(uow, request.cookies.get(COOKIE, ""), deps.clock.now())
            uow.commit()

    await asyncio.to_thread(end)
    response = RedirectResponse(f"{SIGN_IN_HELP}?out=1", status_code=303)
    console.clear_session(response)
    return response


async def today(console: Console, request: Request, viewer: Viewer) -> Response:
    deps = console.deps
    picture = await asyncio.to_thread(desk.today, deps.new_uow(), deps, viewer, deps.clock.now())
    return console.render(request, "today.html", viewer, today=picture)


async def citizens(console: Console, request: Request, viewer: Viewer) -> Response:
    deps = console.deps
    lines = await asyncio.to_thread(desk.citizens, deps.new_uow(), deps, viewer, deps.clock.now())
    return console.render(request, "citizens.html", viewer, citizens=lines)


async def thread(console: Console, request: Request, viewer: Viewer) -> Response:
    """A citizen's thread, for whoever answers for them now (the opening is logged); else not found."""
    citizen_id = int_param(request.path_params.get("citizen_id"))
    if citizen_id is None:
        return console.not_found(request, viewer)
    deps = console.deps
    shown = await asyncio.to_thread(desk.thread, deps.new_uow(), deps, viewer, citizen_id, deps.clock.now())
    if shown is None:
        return console.not_found(request, viewer)
    notice = _done(console, request, viewer, request.query_params.get("done", ""))
    return console.render(request, "thread.html", viewer, thread=shown, notice=notice, nonce=new_nonce())


def _done(console: Console, request: Request, viewer: Viewer, done: str) -> str | None:
    """The notice after a reply (`?done=sent0`, `sent2` for two SMS, `held`): words only, no data."""
    if done == "held":
        return console.text(request, viewer, "console.thread.held")
    if done.startswith("sent") and done[4:].isdigit() and len(done) < 8:
        parts = int(done[4:])
        if parts > 1:
            return console.text(request, viewer, "console.thread.sent_sms", count=parts)
        return console.text(request, viewer, "console.thread.sent")
    return None


async def access_log(console: Console, request: Request, viewer: Viewer) -> Response:
    """The lead's view of who opened or exported which thread (names and aliases looked up now; the log
    itself holds ids only)."""
    if not viewer.is_lead:
        return console.not_found(request, viewer)
    deps = console.deps
    days = deps.profile.console.access_log_days
    now = deps.clock.now()
    entries = await asyncio.to_thread(
        desk.access_log, deps.new_uow(), deps, viewer, now - timedelta(days=days)
    )
    return console.render(request, "access.html", viewer, entries=entries, days=days)


async def unknown(console: Console, request: Request, viewer: Viewer) -> Response:
    return console.not_found(request, viewer)
