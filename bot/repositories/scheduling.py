"""Repositories of the team's promises: check-in agreements, their occurrences, and the reminders sent."""

from datetime import datetime

from sqlalchemy import Insert
from sqlalchemy.dialects import postgresql, sqlite

from bot.models import Checkin, CheckinAgreement, Reminder
from bot.repositories.base import Repository


class AgreementRepository(Repository[CheckinAgreement]):
    """Check-in agreements (the cadence a worker agreed with a citizen)."""

    model = CheckinAgreement


class CheckinRepository(Repository[Checkin]):
    """Single occurrences of agreements, with what became of them."""

    model = Checkin


class ReminderRepository(Repository[Reminder]):
    """The ledger of everything the scheduler sent: one row per occurrence, by its key."""

    model = Reminder

    def claim(
        self,
        key: str,
        kind: str,
        *,
        due_at: datetime,
        now: datetime,
        worker_id: int | None = None,
        citizen_id: int | None = None,
        late: bool = False,
    ) -> bool:
        """Record that the reminder for this occurrence goes out now; False when it already did.

        One statement that does nothing on a duplicate key (no savepoint, no race): the caller writes
        the outbox message only on True, in the same transaction, so a reminder is sent once per
        occurrence however often, or by however many processes, the job runs.
        """
        values = {
            "key": key,
            "kind": kind,
            "worker_id": worker_id,
            "citizen_id": citizen_id,
            "due_at": due_at,
            "sent_at": now,
            "late": late,
        }
        statement: Insert
        if self._session.get_bind().dialect.name == "postgresql":
            statement = (
                postgresql.insert(Reminder).values(values).on_conflict_do_nothing(index_elements=["key"])
            )
        else:
            statement = sqlite.insert(Reminder).values(values).on_conflict_do_nothing(index_elements=["key"])
        return self._session.scalar(statement.returning(Reminder.id)) is not None

    def sent(self, key: str) -> bool:
        return self._session.query(Reminder.id).filter(Reminder.key == key).first() is not None
