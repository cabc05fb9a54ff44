"""Engines and sessions for SQLite and PostgreSQL, with the settings each needs to be safe."""

import threading
import weakref
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from bot.settings import database_url


def make_engine(url: str) -> Engine:
    """An engine for DATABASE_URL; SQLite gets foreign keys on and a wait instead of 'database is locked'."""
    parsed = database_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True, hide_parameters=True)
    in_memory = parsed.database in (None, "", ":memory:")
    # hide_parameters: a database error in a log must not carry what was being written.
    options: dict[str, Any] = {
        "connect_args": {"check_same_thread": False, "timeout": 30},
        "hide_parameters": True,
    }
    if in_memory:
        options["poolclass"] = StaticPool  # one connection, or every session would see its own empty db
    engine = create_engine(parsed, **options)

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not in_memory:
            # WAL with synchronous=NORMAL: a commit survives the process being killed (SIGKILL, crash);
            # only a power cut can take the last few commits. Full fsync per commit would triple latency.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    return engine


_SQLITE_LOCKS: "weakref.WeakKeyDictionary[Engine, threading.RLock]" = weakref.WeakKeyDictionary()
_SQLITE_LOCKS_GUARD = threading.Lock()


def transaction_lock(engine: Engine) -> "threading.RLock | None":
    """For SQLite, one lock per engine that units of work hold for their whole transaction.

    SQLite lets one writer in at a time; a thread that finds it busy sleeps in SQLite's busy handler in
    steps of milliseconds, which made every relayed message wait 10 ms behind the outbox drainer. Waiting
    on a Python lock instead hands the database over the moment it is free. PostgreSQL needs none.
    """
    if engine.dialect.name != "sqlite":
        return None
    with _SQLITE_LOCKS_GUARD:
        lock = _SQLITE_LOCKS.get(engine)
        if lock is None:
            lock = _SQLITE_LOCKS[engine] = threading.RLock()
        return lock


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded objects usable after commit (services return them to handlers)."""
    return sessionmaker(bind=engine, expire_on_commit=False)


def describe_url(url: str) -> str:
    """The database named without its password, for messages to the operator."""
    return database_url(url).render_as_string(hide_password=True)
