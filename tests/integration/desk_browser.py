"""A browser on the web console for integration tests: signed in through a one-time link as a named
worker, sending its session cookie, reading the form token from the page as a browser would, and posting
forms with it. Requests go through the real ASGI app (httpx's ASGI transport; Starlette's TestClient
now asks for a package we do not ship)."""

import asyncio
import re
from dataclasses import replace

import httpx
from starlette.applications import Starlette
from starlette.routing import Mount

from bot.services import console_sessions
from bot.services.context import Deps
from handlers.console.app import console_app
from handlers.console.web import COOKIE

BASE = "http://testserver"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


class Desk:
    """One browser, signed in as `name` of team `team_id` (by the link `/web` gives)."""

    def __init__(self, deps: Deps, name: str, team_id: int = 1) -> None:
        self.deps = replace(deps, public_base_url=BASE)
        self.app = Starlette(routes=[Mount("/console", app=console_app(self.deps))])
        self.cookie = ""
        with deps.new_uow() as uow:
            worker = uow.workers.by_name(team_id, name)
            assert worker is not None
            token = console_sessions.new_link(uow, worker, deps.clock.now())
            uow.commit()
        signed_in = self.get(f"/console/login?token={token}")
        assert signed_in.status_code == 303, signed_in.status_code
        self.cookie = signed_in.cookies[COOKIE]

    def request(self, method: str, path: str, form: dict[str, str] | None = None) -> httpx.Response:
        """One request with the session cookie (if signed in); redirects are not followed."""
        headers = {"cookie": f"{COOKIE}={self.cookie}"} if self.cookie else {}

        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
                return await client.request(method, path, data=form, headers=headers)

        return asyncio.run(send())

    def get(self, path: str) -> httpx.Response:
        return self.request("GET", path)

    def page(self, path: str) -> str:
        answer = self.get(path)
        assert answer.status_code == 200, answer.status_code
        return answer.text

    def csrf(self, path: str) -> str:
        found = CSRF.search(self.page(path))
        assert found is not None
        return found.group(1)

    def post(
        self, path: str, form: dict[str, str] | None = None, *, from_page: str, csrf: bool = True
    ) -> httpx.Response:
        """POST a form found on `from_page`, with that page's form token unless `csrf` is False."""
        data = dict(form or {})
        if csrf:
            data["csrf"] = self.csrf(from_page)
        return self.request("POST", path, data)
