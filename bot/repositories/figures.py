"""Anonymous counts for /metrics and `skp-bot stats`: aggregates only, never a row's personal fields.

Every live query (the ones a Prometheus scrape runs every few seconds) reads a primary-key range of new
rows or filters on an indexed column, so its cost follows what is new, pending or due, not the size of
the history.
"""

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any, Literal, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.models import Checkin, Citizen, ConcernReport, Message, OutboxMessage, Reminder
from bot.models.enums import OutboxStatus, ReportStatus


class ReportTimes(NamedTuple):
    """The moments in one concern report's life; nothing of what it says."""

    created_at: datetime
    deadline_at: datetime | None
    taken_at: datetime | None
    answered_at: datetime | None
    closed_at: datetime | None


Ledger = Literal["messages", "reminders"]
"""Tables that only grow (rows are added, hardly ever removed): counted by id ranges (metrics.Tally)."""

_LEDGERS: dict[str, tuple[type[Message] | type[Reminder], tuple[Any, Any], Any]] = {
    "messages": (Message, (Message.direction, Message.channel), Message.created_at),
    "reminders": (Reminder, (Reminder.kind, Reminder.late), Reminder.sent_at),  # late: "True"/"False"
}


class FiguresRepository:
    """Counts over messages, the outbox, reminders, concern reports and check-ins."""

    def __init__(self, session: Session) -> None:
        self._session = session

    # Live figures (metrics)

    def last_id_before(self, ledger: Ledger, after_id: int, cut: datetime) -> int | None:
        """The highest id above `after_id` among the ledger's rows written before `cut` (a key range)."""
        model, _, written_at = _LEDGERS[ledger]
        query = select(func.max(model.id)).where(model.id > after_id, written_at < cut)
        return self._session.scalar(query)

    def counts_after(
        self, ledger: Ledger, after_id: int, settled_id: int
    ) -> dict[tuple[str, str], tuple[int, int]]:
        """Per group, the ledger's rows with an id above `after_id`: (those up to `settled_id`, all)."""
        model, (first, second), _ = _LEDGERS[ledger]
        query = (
            select(first, second, func.count().filter(model.id <= settled_id), func.count())
            .where(model.id > after_id)
            .group_by(first, second)
        )
        return {(str(a), str(b)): (settled, total) for a, b, settled, total in self._session.execute(query)}

    def pending_outbox_by_channel(self) -> dict[str, int]:
        query = (
            select(OutboxMessage.channel, func.count())
            .where(OutboxMessage.status == OutboxStatus.PENDING)
            .group_by(OutboxMessage.channel)
        )
        return {channel: n for channel, n in self._session.execute(query)}

    def oldest_pending_outbox(self) -> datetime | None:
        query = select(func.min(OutboxMessage.created_at)).where(OutboxMessage.status == OutboxStatus.PENDING)
        return self._session.scalar(query)

    def failed_outbox_by_channel(self) -> dict[str, int]:
        query = (
            select(OutboxMessage.channel, func.count())
            .where(OutboxMessage.status == OutboxStatus.FAILED)
            .group_by(OutboxMessage.channel)
        )
        return {channel: n for channel, n in self._session.execute(query)}

    def reports_not_taken_with_deadline_between(self, after: datetime | None, until: datetime) -> int:
        """Reports nobody has picked up whose deadline falls in (after, until]."""
        query = select(func.count()).where(
            ConcernReport.status == ReportStatus.NEW, ConcernReport.deadline_at <= until
        )
        if after is not None:
            query = query.where(ConcernReport.deadline_at > after)
        return self._session.scalar(query) or 0

    # Figures of a period (stats)

    def reports_created_between(self, start: datetime, end: datetime) -> Sequence[ReportTimes]:
        """The moments of each report received in [start, end)."""
        query = select(
            ConcernReport.created_at,
            ConcernReport.deadline_at,
            ConcernReport.taken_at,
            ConcernReport.answered_at,
            ConcernReport.closed_at,
        ).where(ConcernReport.created_at >= start, ConcernReport.created_at < end)
        return [ReportTimes(*row) for row in self._session.execute(query)]

    def citizens_created_between(self, start: datetime, end: datetime) -> list[datetime]:
        """When each citizen first known in [start, end) became known (a moment per citizen, no id)."""
        query = select(Citizen.created_at).where(Citizen.created_at >= start, Citizen.created_at < end)
        return list(self._session.scalars(query))

    def message_times_between(
        self, start: datetime, end: datetime
    ) -> Iterator[tuple[int, str, str, datetime]]:
        """(citizen id, direction, channel, created) of every relayed message in [start, end), per citizen
        in order.

        Streamed in batches: a year of messages need not fit in memory. No body is read.
        """
        query = (
            select(Message.citizen_id, Message.direction, Message.channel, Message.created_at)
            .where(Message.created_at >= start, Message.created_at < end)
            .order_by(Message.citizen_id, Message.created_at, Message.id)
            .execution_options(yield_per=1000)
        )
        for row in self._session.execute(query):
            yield row.citizen_id, str(row.direction), str(row.channel), row.created_at

    def checkins_due_between(self, start: datetime, end: datetime) -> list[tuple[datetime, str]]:
        """(due, outcome) of each agreed check-in due in [start, end)."""
        query = select(Checkin.due_at, Checkin.outcome).where(Checkin.due_at >= start, Checkin.due_at < end)
        return [(due_at, str(outcome)) for due_at, outcome in self._session.execute(query)]
