"""Shared fixtures: every database test runs on SQLite and on PostgreSQL.

PostgreSQL comes from SKP_TEST_POSTGRES_URL (default: the local test database). Each test gets its own
schema there, so tests neither see each other's rows nor need a fresh database. Set
SKP_TEST_SKIP_POSTGRES=1 to run on SQLite only (CI never does).
"""

import os
import secrets
from collections.abc import Iterator

import pytest
from hypothesis import settings
from sqlalchemy import Engine, create_engine, text

from bot.crypto import Vault, generate_secret
from bot.db import make_engine
from tests.fakes.clock import FakeClock

POSTGRES_URL = os.environ.get("SKP_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SKIP_POSTGRES = os.environ.get("SKP_TEST_SKIP_POSTGRES") == "1"
BACKENDS = ["sqlite"] + ([] if SKIP_POSTGRES else ["postgresql"])


# No Hypothesis deadline: speed is measured in benchmarks/, never asserted by a test on a shared machine.
settings.register_profile("skp", deadline=None)
settings.load_profile("skp")


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: os.PathLike[str]) -> Iterator[str]:
    """An empty database: a SQLite file, or a fresh PostgreSQL schema dropped afterwards."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/skp.db"
        return
    schema = f"t_{secrets.token_hex(6)}"
    admin = create_engine(POSTGRES_URL)
    try:
        with admin.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as error:  # pragma: no cover - the message is the point
        pytest.fail(
            f"PostgreSQL at {POSTGRES_URL} does not answer ({type(error).__name__}); "
            "start it or set SKP_TEST_SKIP_POSTGRES=1"
        )
    separator = "&" if "?" in POSTGRES_URL else "?"
    yield f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as connection:
        connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine on the empty test database (no schema yet)."""
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def secret_key() -> str:
    return generate_secret()


@pytest.fixture
def vault(secret_key: str) -> Vault:
    return Vault.from_secret(secret_key)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
