"""The console's team page (`bot.services.desk_team`): every worker sees the team; a lead changes it.

A change goes back to the worker on the page (303) with a line saying what happened; a rule that
refuses it (the last lead cannot leave) shows the page again with the catalog's words. A new enrolment
code is shown on the page that answers the form, once, and never put in a URL.
"""

import asyncio

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.errors import DomainError
from bot.services import desk_team
from bot.services.console_sessions import Viewer
from handlers.console.web import PREFIX, Console, form_field, int_param

# The notice after the redirect, by the word in ?done=… (the name is looked up from ?worker=N).
NOTICES = {
    "deactivate": "console.team.done.deactivated",
    "activate": "console.team.done.activated",
    "lead_on": "console.team.done.lead_on",
    "lead_off": "console.team.done.lead_off",
    "duty_on": "console.team.done.duty_on",
    "duty_off": "console.team.done.duty_off",
}


async def team(console: Console, request: Request, viewer: Viewer) -> Response:
    """`GET /console/team`."""
    page = await _load(console, viewer)
    notice = None
    key = NOTICES.get(request.query_params.get("done", ""))
    worker_id = int_param(request.query_params.get("worker"))
    name = page.name_of(worker_id) if worker_id is not None else None
    if key is not None and name is not None:
        notice = console.text(request, viewer, key, name=name)
    elif request.query_params.get("done") == "assigned":
        citizen_id = int_param(request.query_params.get("citizen"))
        given = next((c for c in page.citizens if c.citizen_id == citizen_id), None)
        if given is not None:
            notice = console.text(
                request, viewer, "console.team.done.assigned", alias=given.alias, name=given.worker or ""
            )
    return console.render(request, "team.html", viewer, page=page, notice=notice)


async def _load(console: Console, viewer: Viewer) -> desk_team.TeamPage:
    deps = console.deps
    return await asyncio.to_thread(desk_team.team, deps.new_uow(), deps, viewer, deps.clock.now())


async def _refused(console: Console, request: Request, viewer: Viewer, refused: DomainError) -> Response:
    page = await _load(console, viewer)
    problem = console.text(request, viewer, refused.key, **refused.params)
    return console.render(request, "team.html", viewer, status=400, page=page, problem=problem)


async def deactivate(console: Console, request: Request, viewer: Viewer) -> Response:
    successor = await form_field(request, "successor", 12)
    successor_id = int_param(successor) if successor else None
    if successor and successor_id is None:
        return console.not_found(request, viewer)
    return await _apply(console, request, viewer, "deactivate", successor_id=successor_id)


async def activate(console: Console, request: Request, viewer: Viewer) -> Response:
    return await _apply(console, request, viewer, "activate")


async def lead(console: Console, request: Request, viewer: Viewer) -> Response:
    return await _apply(console, request, viewer, "lead", on=await form_field(request, "on", 1) == "1")


async def duty(console: Console, request: Request, viewer: Viewer) -> Response:
    return await _apply(console, request, viewer, "duty", on=await form_field(request, "on", 1) == "1")


async def code(console: Console, request: Request, viewer: Viewer) -> Response:
    return await _apply(console, request, viewer, "code")


async def _apply(
    console: Console,
    request: Request,
    viewer: Viewer,
    what: str,
    *,
    on: bool = True,
    successor_id: int | None = None,
) -> Response:
    worker_id = int_param(request.path_params.get("worker_id"))
    if worker_id is None or not viewer.is_lead:
        return console.not_found(request, viewer)
    deps = console.deps
    try:
        changed = await asyncio.to_thread(
            lambda: desk_team.change(
                deps.new_uow(),
                deps,
                viewer,
                worker_id,
                what,
                deps.clock.now(),
                on=on,
                successor_id=successor_id,
            )
        )
    except DomainError as refused:
        return await _refused(console, request, viewer, refused)
    if changed is None:
        return console.not_found(request, viewer)
    if changed.code is not None:
        page = await _load(console, viewer)
        return console.render(request, "team.html", viewer, page=page, new_code=changed)
    return RedirectResponse(
        f"{PREFIX}/team?done={changed.done}&worker={changed.worker_id}#worker-{changed.worker_id}",
        status_code=303,
    )


async def hand_over(console: Console, request: Request, viewer: Viewer) -> Response:
    """A lead gives a citizen to a colleague (`/assign`)."""
    citizen_id = int_param(request.path_params.get("citizen_id"))
    worker_id = int_param(await form_field(request, "worker", 12))
    if citizen_id is None or worker_id is None or not viewer.is_lead:
        return console.not_found(request, viewer)
    deps = console.deps
    try:
        given = await asyncio.to_thread(
            desk_team.hand_over, deps.new_uow(), deps, viewer, citizen_id, worker_id, deps.clock.now()
        )
    except DomainError as refused:
        return await _refused(console, request, viewer, refused)
    if given is None:
        return console.not_found(request, viewer)
    return RedirectResponse(
        f"{PREFIX}/team?done=assigned&citizen={citizen_id}#citizen-{citizen_id}", status_code=303
    )
