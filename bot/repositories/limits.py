"""The flood limits' counters: one row per sender and purpose, counted up in one statement."""

from datetime import datetime

from sqlalchemy import bindparam, case, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot.models import SenderLimit
from bot.models.base import UTCDateTime
from bot.repositories.base import run

_NOW = bindparam("now", type_=UTCDateTime())
_UNTIL = bindparam("until", type_=UTCDateTime())


def _count_up(dialect: object) -> object:
    insert = dialect.insert(SenderLimit)  # type: ignore[attr-defined]
    over = SenderLimit.until <= _NOW  # the stored window has ended: this is the first of a new one
    return (
        insert.values(key=bindparam("key"), purpose=bindparam("purpose"), count=1, until=_UNTIL)
        .on_conflict_do_update(
            index_elements=["key", "purpose"],
            set_={
                "count": case((over, 1), else_=SenderLimit.count + 1),
                "until": case((over, _UNTIL), else_=SenderLimit.until),
            },
        )
        .returning(SenderLimit.count)
    )


_COUNT_UP = {"postgresql": _count_up(postgresql), "sqlite": _count_up(sqlite)}


class SenderLimitRepository:
    """Counters of answers per sender (by `Vault.limit_key`) and purpose, each within its window."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def count(self, key: str, purpose: str, now: datetime, until: datetime) -> int:
        """Count one more; how many there are in the current window, this one included. A window that
        ended starts again, to end at `until`. One statement: two processes never lose a count."""
        statement = _COUNT_UP[self._session.get_bind().dialect.name]
        params = {"key": key, "purpose": purpose, "now": now, "until": until}
        return int(run(self._session, statement, params).scalar_one())  # type: ignore[arg-type]

    def spent(self, key: str, purpose: str, now: datetime) -> int:
        """How many there are in the current window, without counting one more."""
        query = select(SenderLimit.count).where(
            SenderLimit.key == key, SenderLimit.purpose == purpose, SenderLimit.until > now
        )
        return self._session.scalar(query) or 0

    def forget_ended(self, now: datetime) -> int:
        """Delete the counters whose window is over; how many."""
        result = run(self._session, delete(SenderLimit).where(SenderLimit.until <= now))
        return result.rowcount or 0
