"""The console's reports page and its forms: take, answer, close (`bot.services.desk_reports`).

After a form the browser goes back to the report on the page (303) with a line saying what happened; a
refused answer (a CPR number, an empty text) shows the page again with the reason and the draft kept.
"""

import asyncio

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.errors import DomainError
from bot.services import desk_reports, report_actions
from bot.services.console_sessions import Viewer
from handlers.console.web import PREFIX, Console, form_field, int_param

MAX_ANSWER = 2000
# What a finished action says after the redirect: ?done=…&report=N (ids and fixed words only in the URL).
NOTICES = {
    "taken": "worker.report.taken",
    "answered": "worker.report.answered",
    "closed": "worker.report.closed",
    "unchanged": "button.answered",
}
DONE = {
    "worker.report.taken": "taken",
    "worker.report.answered": "answered",
    "worker.report.closed": "closed",
}


async def reports(console: Console, request: Request, viewer: Viewer) -> Response:
    """`GET /console/reports`: open reports first, then those answered or closed lately."""
    notice = None
    done = NOTICES.get(request.query_params.get("done", ""))
    number = int_param(request.query_params.get("report"))
    if done is not None and number is not None:
        notice = console.text(request, viewer, done, number=number)
    return await _page(console, request, viewer, notice=notice)


async def _page(
    console: Console, request: Request, viewer: Viewer, status: int = 200, **context: object
) -> Response:
    deps = console.deps
    page = await asyncio.to_thread(desk_reports.reports, deps.new_uow(), deps, viewer, deps.clock.now())
    return console.render(request, "reports.html", viewer, status=status, page=page, **context)


async def take(console: Console, request: Request, viewer: Viewer) -> Response:
    return await _act(console, request, viewer, "take")


async def answer(console: Console, request: Request, viewer: Viewer) -> Response:
    return await _act(console, request, viewer, "answer")


async def close(console: Console, request: Request, viewer: Viewer) -> Response:
    return await _act(console, request, viewer, "close")


async def _act(console: Console, request: Request, viewer: Viewer, action: str) -> Response:
    report_id = int_param(request.path_params.get("report_id"))
    if report_id is None:
        return console.not_found(request, viewer)
    text = await form_field(request, "text", MAX_ANSWER) if action == "answer" else ""
    if action == "answer" and not text.strip():
        problem = console.text(request, viewer, "console.reports.empty_answer")
        return await _page(console, request, viewer, 400, problem=problem, problem_report=report_id)
    deps = console.deps
    try:
        done = await asyncio.to_thread(
            desk_reports.act, deps.new_uow(), deps, viewer, report_id, action, deps.clock.now(), text
        )
    except DomainError as refused:
        if refused.key == report_actions.GONE:
            return console.not_found(request, viewer)
        problem = console.text(request, viewer, refused.key, **refused.params)
        return await _page(
            console, request, viewer, 400, problem=problem, problem_report=report_id, draft=text
        )
    word = DONE.get(done.key, "unchanged") if done.changed else "unchanged"
    return RedirectResponse(
        f"{PREFIX}/reports?done={word}&report={report_id}#report-{report_id}", status_code=303
    )
