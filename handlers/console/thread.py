"""A citizen's thread in the console: the answer box and the export for the journal (the reading of the
thread is in pages.py). Only for whoever answers for the citizen now; anyone else gets "not found"."""

import asyncio

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.services import desk, desk_thread
from bot.services.citizen_answer import Answered, Outcome
from bot.services.console_sessions import Viewer
from bot.services.journal_export import as_pdf, as_text
from handlers.console.web import PREFIX, Console, form_field, int_param

REPLY_LIMIT = 1600  # a little over what one Twilio message carries; the service says when it is too long


async def reply(console: Console, request: Request, viewer: Viewer) -> Response:
    """Send the answer; then back to the thread (303), or the thread again with the reason and the draft
    when it could not go (CPR, SMS words to confirm, too long)."""
    citizen_id = int_param(request.path_params.get("citizen_id"))
    if citizen_id is None:
        return console.not_found(request, viewer)
    text = await form_field(request, "text", limit=REPLY_LIMIT + 1)
    nonce = await form_field(request, "nonce", limit=64)
    confirmed = await form_field(request, "sensitive_confirmed", limit=1) == "1"
    deps = console.deps
    replied = await asyncio.to_thread(
        desk_thread.reply,
        deps.new_uow(),
        deps,
        viewer,
        citizen_id,
        text,
        nonce,
        deps.clock.now(),
        sensitive_confirmed=confirmed,
    )
    if replied is None:
        return console.not_found(request, viewer)
    answered = replied.answered
    if answered.outcome in (Outcome.SENT, Outcome.HELD):
        done = "held" if answered.outcome == Outcome.HELD else f"sent{answered.sms_segments}"
        return RedirectResponse(f"{PREFIX}/citizens/{citizen_id}?done={done}", status_code=303)
    problem = _problem(console, request, viewer, answered, replied.alias)
    shown = await asyncio.to_thread(desk.thread, deps.new_uow(), deps, viewer, citizen_id, deps.clock.now())
    if shown is None:
        return console.not_found(request, viewer)
    return console.render(
        request,
        "thread.html",
        viewer,
        status=400,
        thread=shown,
        reply_problem=problem,
        draft=text,
        confirm_sensitive=answered.outcome == Outcome.SENSITIVE,
        nonce=desk_thread.new_nonce(),
    )


def _problem(console: Console, request: Request, viewer: Viewer, answered: Answered, alias: str) -> str:
    """Why the answer did not go, in the words the worker gets in Telegram (`Answered.told`)."""
    said = answered.told(alias, console.text(request, viewer, "team.name"))
    if said is None:
        return console.text(request, viewer, "console.thread.write_something")
    key, params = said
    return console.text(request, viewer, key, **params)


async def export(console: Console, request: Request, viewer: Viewer) -> Response:
    """The thread and check-ins for the journal as PDF or plain text; who exported it is logged."""
    citizen_id = int_param(request.path_params.get("citizen_id"))
    kind = request.path_params.get("kind")
    if citizen_id is None or kind not in ("pdf", "txt"):
        return console.not_found(request, viewer)
    deps = console.deps
    now = deps.clock.now()
    exported = await asyncio.to_thread(desk_thread.export, deps.new_uow(), deps, viewer, citizen_id, now)
    if exported is None:
        return console.not_found(request, viewer)
    language = console.language(request, viewer)
    name = f"journal-{citizen_id}-{now.astimezone(deps.profile.tz):%Y-%m-%d}.{kind}"
    disposition = {"content-disposition": f'attachment; filename="{name}"'}
    if kind == "pdf":
        body = await asyncio.to_thread(as_pdf, exported, deps.texts, language)
        return Response(body, media_type="application/pdf", headers=disposition)
    return Response(
        as_text(exported, deps.texts, language), media_type="text/plain; charset=utf-8", headers=disposition
    )
