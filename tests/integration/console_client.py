"""Driving the web console as a browser would, on the real database: Starlette's test client on
`console_app`, signed in through the links the bot itself gives (`/web` in Telegram)."""

import dataclasses
import re

from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.testclient import TestClient

from bot.services.context import Deps
from handlers.console.app import console_app
from handlers.console.web import COOKIE
from tests.integration.team import Team

BASE = "http://testserver"
LINK = re.compile(r"^http://testserver(/console/login\?token=[A-Za-z0-9_-]+)$", re.MULTILINE)
CSRF = re.compile(r'name="csrf" value="([0-9a-f]+)"')


def console_deps(team: Team) -> Deps:
    """The team's collaborators with the console's public address set."""
    team.deps = dataclasses.replace(team.deps, public_base_url=BASE)
    return team.deps


def browser(deps: Deps) -> TestClient:
    """A browser on the console mounted where `skp-bot run` mounts it; paths are given below /console."""
    app = Starlette(routes=[Mount("/console", app=console_app(deps))])
    return TestClient(app, base_url=f"{BASE}/console", follow_redirects=False)


def web_link(team: Team, address: str) -> str:
    """What `/web` gives the worker in Telegram: the path of the one-time link on its own line."""
    team.says(address, "/web")
    found = LINK.search(team.received(address)[-1])
    assert found is not None, team.received(address)[-1]
    return found.group(1)


def signed_in(team: Team, address: str) -> TestClient:
    """A browser signed in as the worker at `address`."""
    client = browser(team.deps)
    answer = client.get(web_link(team, address).removeprefix("/console"))
    assert answer.status_code == 303 and answer.headers["location"] == "/console/", answer.text
    assert client.cookies.get(COOKIE)
    return client


def csrf(client: TestClient, path: str = "/") -> str:
    found = CSRF.search(client.get(path).text)
    assert found is not None
    return found.group(1)
