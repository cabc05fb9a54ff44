"""The web console as one Starlette application, mounted at /console by handlers/http.py.

Routes (CONTRACT.md: `GET /console/login?token=…` and `/console/…`): every page but the sign-in ones
needs a session; any other path under /console without one redirects to the sign-in help.
"""

import functools
from collections.abc import Awaitable, Callable
from importlib.resources import files

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from bot.services.context import Deps
from handlers.console import figures, pages, reports, team, thread
from handlers.console.web import Console, SecurityHeaders, signed_in


def console_app(deps: Deps) -> Starlette:
    """The console for `deps`; the session cookie is Secure when PUBLIC_BASE_URL is https."""
    secure = bool(deps.public_base_url and deps.public_base_url.startswith("https://"))
    console = Console(deps, secure_cookie=secure)

    def public(
        page: Callable[[Console, Request], Awaitable[Response]],
    ) -> Callable[[Request], Awaitable[Response]]:
        return functools.partial(page, console)

    def private(
        page: Callable[..., Awaitable[Response]], form: bool = False
    ) -> Callable[[Request], Awaitable[Response]]:
        return signed_in(console, functools.partial(page, console), form=form)

    routes = [
        Route("/login", public(pages.login), methods=["GET"]),
        Route("/signin", public(pages.sign_in_help), methods=["GET"]),
        Route("/logout", private(pages.logout), methods=["POST"]),
        Route("/", private(pages.today), methods=["GET"]),
        Route("/citizens", private(pages.citizens), methods=["GET"]),
        Route("/citizens/{citizen_id}", private(pages.thread), methods=["GET"]),
        Route("/citizens/{citizen_id}/reply", private(thread.reply), methods=["POST"]),
        Route("/citizens/{citizen_id}/export.{kind}", private(thread.export), methods=["GET"]),
        Route("/access", private(pages.access_log), methods=["GET"]),
        Route("/figures", private(figures.figures), methods=["GET"]),
        Route("/figures.csv", private(figures.figures_csv), methods=["GET"]),
        Route("/reports", private(reports.reports), methods=["GET"]),
        Route("/reports/{report_id}/take", private(reports.take, form=True), methods=["POST"]),
        Route("/reports/{report_id}/answer", private(reports.answer, form=True), methods=["POST"]),
        Route("/reports/{report_id}/close", private(reports.close, form=True), methods=["POST"]),
        Route("/team", private(team.team), methods=["GET"]),
        Route("/team/citizens/{citizen_id}/assign", private(team.hand_over, form=True), methods=["POST"]),
        Route("/team/{worker_id}/deactivate", private(team.deactivate, form=True), methods=["POST"]),
        Route("/team/{worker_id}/activate", private(team.activate, form=True), methods=["POST"]),
        Route("/team/{worker_id}/lead", private(team.lead, form=True), methods=["POST"]),
        Route("/team/{worker_id}/duty", private(team.duty, form=True), methods=["POST"]),
        Route("/team/{worker_id}/code", private(team.code, form=True), methods=["POST"]),
        Mount("/static", StaticFiles(directory=str(files("handlers.console") / "static")), name="static"),
        Route("/{rest:path}", private(pages.unknown), methods=["GET", "POST"]),
    ]
    app = Starlette(routes=routes)
    app.add_middleware(SecurityHeaders)
    return app
