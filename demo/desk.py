"""The simulator's "team lead's desk": a one-time link to the web console for the demo's worker (a team
lead), made as `/web` in Telegram makes one, so the visitor lands signed in without copying the link from
the worker's phone. The link leads to the bot's own address (PUBLIC_BASE_URL), not the simulator's."""

from bot.errors import DomainError
from bot.services import console_sessions
from bot.services.context import Deps
from bot.services.staff_commands import find_worker
from demo.cast import Cast


def desk_link(deps: Deps, cast: Cast) -> str:
    """A fresh one-time console link for the demo's worker (valid ten minutes, once)."""
    if not deps.public_base_url:
        raise DomainError("console.no_base_url", "the demo's bot has no public address")
    with deps.new_uow() as uow:
        worker = find_worker(uow, deps.profile.teams[0].name, cast.worker_name)
        token = console_sessions.new_link(uow, worker, deps.clock.now())
        uow.commit()
    return console_sessions.link_url(deps.public_base_url, token)
