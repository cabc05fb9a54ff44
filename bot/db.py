"""Engines and sessions for SQLite and PostgreSQL, with the settings each needs to be safe."""

import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from bot.settings import database_url

WAL_BACKSTOP_PAGES = 20_000  # SQLite checkpoints by itself past 80 MB of log (4 kB pages)
WAL_CHECKPOINT_SECONDS = 1.0  # how often `checkpoint_wal` runs in `skp-bot run`


def _in_memory(url: URL) -> bool:
    """A SQLite URL without a file: one database per connection, no write-ahead log."""
    return url.database in (None, "", ":memory:")


def make_engine(url: str) -> Engine:
    """An engine for DATABASE_URL; SQLite gets foreign keys on and a wait instead of 'database is locked'."""
    parsed = database_url(url)
    if parsed.get_backend_name() != "sqlite":
        # No ping before each checkout: it cost a round trip and 0.2 ms of CPU on every transaction. A
        # connection that died while idle (the database restarted) is found at its first use instead,
        # which empties the pool, and `once_more_if_reconnected` runs that transaction again.
        return create_engine(parsed, hide_parameters=True)
    in_memory = _in_memory(parsed)
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
            # The WAL is copied into the database file by `checkpoint_wal`, beside the work; SQLite's own
            # checkpoint (by whichever commit crosses the mark) held up that commit, and every message
            # waiting behind it, for 5 ms and more. This is the backstop, should that fall behind.
            cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_BACKSTOP_PAGES}")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    return engine


log = logging.getLogger(__name__)
T = TypeVar("T")


def checkpoint_wal(engine: Engine) -> None:
    """Copy what SQLite's write-ahead log holds into the database file (PASSIVE: waiting for nobody, and
    taking no transaction lock, so messages keep flowing meanwhile). A no-op on other databases and for
    an in-memory SQLite, which has no log."""
    if engine.dialect.name != "sqlite" or _in_memory(engine.url):
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")


def once_more_if_reconnected(work: Callable[[], T]) -> T:
    """Run `work`, one transaction; run it once more if it failed on a pooled connection that had died
    while idle (the database restarted). Nothing of it was committed, and SQLAlchemy has emptied the pool,
    so the second run starts on a fresh connection. Any other failure, or a second one, is raised.

    For work whose caller cannot simply come back later: an inbound SMS answered 503 is not sent again.
    """
    try:
        return work()
    except DBAPIError as error:
        if not error.connection_invalidated:
            raise
        log.info("database connection had gone away; running the transaction once more")
        return work()


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


FLUSH_HELD = "skp_flush_held"
"""A session's `info` key: what writes the rows it holds back (the outbox's write-behind), which every
Core statement a repository runs must see first (`bot.repositories.base.run`)."""


def flush_held(session: Session) -> None:
    """Write the rows the session holds back (if its factory holds any): before a Core statement runs."""
    write = session.info.get(FLUSH_HELD)
    if write is not None:
        write(session)


def describe_url(url: str) -> str:
    """The database named without its password, for messages to the operator."""
    return database_url(url).render_as_string(hide_password=True)
