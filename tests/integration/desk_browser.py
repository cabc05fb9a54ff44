"""A signed-in browser on the console's reports and team pages (`console_client`'s, signed in through
`/web`), taking the paths as the pages and redirects write them (with /console) and posting a page's
forms with that page's form token."""

import httpx

from tests.integration.console_client import console_deps, csrf, signed_in
from tests.integration.team import Team

PREFIX = "/console"


class Desk:
    """The worker at `address`, signed in."""

    def __init__(self, team: Team, address: str) -> None:
        console_deps(team)
        self.client = signed_in(team, address)

    def get(self, path: str) -> httpx.Response:
        return self.client.get(path.removeprefix(PREFIX))

    def page(self, path: str) -> str:
        answer = self.get(path)
        assert answer.status_code == 200, answer.status_code
        return answer.text

    def post(
        self, path: str, form: dict[str, str] | None = None, *, from_page: str, csrf_token: bool = True
    ) -> httpx.Response:
        """POST a form found on `from_page`, with that page's form token unless `csrf_token` is False."""
        data = dict(form or {})
        if csrf_token:
            data["csrf"] = csrf(self.client, from_page.removeprefix(PREFIX))
        return self.client.post(path.removeprefix(PREFIX), data=data)
