"""Engines and sessions for SQLite and PostgreSQL, with the settings each needs to be safe."""

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from bot.settings import database_url


def make_engine(url: str) -> Engine:
    """An engine for DATABASE_URL; SQLite gets foreign keys on and a wait instead of 'database is locked'."""
    parsed = database_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    in_memory = parsed.database in (None, "", ":memory:")
    options: dict[str, Any] = {"connect_args": {"check_same_thread": False, "timeout": 30}}
    if in_memory:
        options["poolclass"] = StaticPool  # one connection, or every session would see its own empty db
    engine = create_engine(parsed, **options)

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not in_memory:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded objects usable after commit (services return them to handlers)."""
    return sessionmaker(bind=engine, expire_on_commit=False)


def describe_url(url: str) -> str:
    """The database named without its password, for messages to the operator."""
    return database_url(url).render_as_string(hide_password=True)
