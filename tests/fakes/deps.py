"""The services' collaborators on a real database, as bot/app.py wires them, for tests and benchmarks."""

from sqlalchemy import Engine

from bot import bootstrap
from bot.clock import Clock
from bot.crypto import Vault
from bot.profile import load_profile
from bot.services.context import Deps
from bot.uow import SqlAlchemyUnitOfWork


def deps_on(engine: Engine, vault: Vault, clock: Clock, profile: str = "default") -> Deps:
    return bootstrap.build(engine, vault=vault, clock=clock, profile=load_profile(profile))


def another_process(deps: Deps) -> Deps:
    """The same database, keys, clock and profile as `deps`, with an outbox of its own: what it queues,
    no drainer running on `deps` hears of (rows another process wrote, or a process without a drainer)."""
    with deps.new_uow() as uow:
        assert isinstance(uow, SqlAlchemyUnitOfWork)
        engine = uow.session.get_bind()
    assert isinstance(engine, Engine)
    return bootstrap.build(engine, vault=deps.vault, clock=deps.clock, profile=deps.profile)
