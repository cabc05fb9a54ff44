"""Integration fixtures: a migrated database and a unit of work on it."""

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from bot import migrate
from bot.db import make_session_factory
from bot.uow import SqlAlchemyUnitOfWork


@pytest.fixture
def migrated(engine: Engine) -> Iterator[Engine]:
    """The test database migrated to head."""
    migrate.upgrade(engine)
    yield engine


@pytest.fixture
def uow(migrated: Engine) -> SqlAlchemyUnitOfWork:
    return SqlAlchemyUnitOfWork(make_session_factory(migrated))
