"""Integration fixtures: a migrated database and a unit of work on it."""

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from bot import migrate
from bot.crypto import Vault
from bot.uow import SqlAlchemyUnitOfWork, session_factory
from tests.fakes.clock import FakeClock
from tests.integration.scheduling_world import team_with_citizen
from tests.integration.team import Team


@pytest.fixture
def migrated(engine: Engine) -> Iterator[Engine]:
    """The test database migrated to head."""
    migrate.upgrade(engine)
    yield engine


@pytest.fixture
def uow(migrated: Engine) -> SqlAlchemyUnitOfWork:
    return SqlAlchemyUnitOfWork(session_factory(migrated))


@pytest.fixture
def team(migrated: Engine, vault: Vault, clock: FakeClock) -> Team:
    """Susanne, Vivian and Lene enrolled, Ravn linked to Susanne: the scheduler's world with buttons."""
    team = Team(migrated, vault, clock)
    team_with_citizen(team)
    return team
