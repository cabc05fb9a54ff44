"""The one place the services' collaborators are built: `skp-bot run`, the demo, the command line, the
tests and the benchmarks all call `build`, each with its own engine, clock and profile.

With bot/app.py, the only core module that may import scheduling/ (the profile's cadence rules live there).
"""

from collections.abc import Callable

from sqlalchemy import Engine

from bot.clock import Clock
from bot.crypto import Vault
from bot.i18n import Catalogs
from bot.outbox import Post
from bot.profile import Profile
from bot.services.context import Deps
from bot.uow import SqlAlchemyUnitOfWork, UnitOfWork, session_factory
from scheduling.rules import ProfileCadenceRules


def build(
    engine: Engine,
    *,
    vault: Vault,
    clock: Clock,
    profile: Profile,
    texts: Catalogs | None = None,
    before_uow: Callable[[], None] | None = None,
    public_base_url: str | None = None,
) -> Deps:
    """The collaborators on `engine`: every use case gets a fresh unit of work on one session factory,
    whose outbox hands what commits lease to this process's drainer (`Deps.post`). `before_uow` runs
    before each unit of work is made (the end-to-end tests use it to take the database away).
    `public_base_url` is where the web console's sign-in links point (none: `/web` says it is not set up)."""
    post = Post()
    factory = session_factory(engine, post)

    def new_uow() -> UnitOfWork:
        if before_uow is not None:
            before_uow()
        return SqlAlchemyUnitOfWork(factory)

    return Deps(
        new_uow=new_uow,
        vault=vault,
        clock=clock,
        profile=profile,
        texts=texts if texts is not None else Catalogs(),
        cadences=ProfileCadenceRules(profile),
        post=post,
        public_base_url=public_base_url,
    )
