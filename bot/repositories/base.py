"""What every repository shares: a session, adding a row (flushed, so its id is known) and get by id."""

from typing import Generic, TypeVar

from sqlalchemy.orm import Session

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
