"""The services' collaborators on a real database, as bot/app.py wires them, for tests and benchmarks."""

from sqlalchemy import Engine

from bot.clock import Clock
from bot.crypto import Vault
from bot.db import make_session_factory
from bot.i18n import Catalogs
from bot.profile import load_profile
from bot.services.context import Deps
from bot.uow import SqlAlchemyUnitOfWork
from scheduling.rules import ProfileCadenceRules


def deps_on(engine: Engine, vault: Vault, clock: Clock, profile: str = "default") -> Deps:
    factory = make_session_factory(engine)
    loaded = load_profile(profile)
    return Deps(
        lambda: SqlAlchemyUnitOfWork(factory), vault, clock, loaded, Catalogs(), ProfileCadenceRules(loaded)
    )
