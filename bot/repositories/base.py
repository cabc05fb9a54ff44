"""What every repository shares: a session, adding a row (flushed, so its id is known) and get by id.

Lookups on the relay's hot path are built once, at import, with bound parameters: building a statement
costs as much CPU as running it on SQLite. Rows nobody reads back as objects are written with Core
statements (`_run`), which skip the ORM's unit-of-work bookkeeping.
"""

from collections.abc import Mapping, Sequence
from typing import Any, Generic, TypeVar

from sqlalchemy import CursorResult, Executable
from sqlalchemy.orm import Session

from bot.db import flush_held
from bot.models.base import Base

Row = TypeVar("Row", bound=Base)


class Repository(Generic[Row]):
    """Rows of one model. Subclasses name the model and add the lookups their use cases need."""

    model: type[Row]

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, row: Row) -> None:
        self._session.add(row)
        self._session.flush()

    def get(self, row_id: int) -> Row | None:
        return self._session.get(self.model, row_id)

    def _run(
        self, statement: Executable, params: Mapping[str, Any] | Sequence[Mapping[str, Any]] | None = None
    ) -> CursorResult[Any]:
        return run(self._session, statement, params)


def run(
    session: Session,
    statement: Executable,
    params: Mapping[str, Any] | Sequence[Mapping[str, Any]] | None = None,
) -> CursorResult[Any]:
    """A Core statement in the session's transaction, after the ORM's pending changes and the rows held
    back (the outbox's write-behind) are written: Core statements do not autoflush, and must see what the
    use case changed so far."""
    flush_held(session)
    session.flush()
    return session.connection().execute(statement, params)
