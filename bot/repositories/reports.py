"""Concern reports by receipt code, by team and by status."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import case, select

from bot.models import ConcernReport
from bot.models.enums import ReportStatus, Urgency
from bot.repositories.base import Repository


class ReportRepository(Repository[ConcernReport]):
    """Concern reports (bekymringshenvendelser)."""

    model = ConcernReport

    def by_receipt_code(self, hashes: Sequence[str]) -> ConcernReport | None:
        return self._session.scalar(select(ConcernReport).where(ConcernReport.receipt_code_hash.in_(hashes)))

    def open_in_team(self, team_id: int) -> Sequence[ConcernReport]:
        """Reports not yet answered: those the reporter said must be seen today first, then oldest first."""
        query = select(ConcernReport).where(
            ConcernReport.team_id == team_id,
            ConcernReport.status.in_([ReportStatus.NEW, ReportStatus.TAKEN]),
        )
        today_first = case((ConcernReport.urgency == Urgency.TODAY, 0), else_=1)
        return self._session.scalars(query.order_by(today_first, ConcernReport.created_at)).all()

    def held_by(self, worker_id: int) -> Sequence[ConcernReport]:
        """The reports a worker has taken or answered and not closed: theirs to follow up."""
        query = select(ConcernReport).where(
            ConcernReport.worker_id == worker_id,
            ConcernReport.status.in_([ReportStatus.TAKEN, ReportStatus.ANSWERED]),
        )
        return self._session.scalars(query.order_by(ConcernReport.id)).all()

    def latest_of_reporter(self, identity_id: int, now: datetime) -> ConcernReport | None:
        """The newest report of a reporter who may be contacted, while its receipt code still works."""
        query = select(ConcernReport).where(
            ConcernReport.reporter_identity_id == identity_id,
            (ConcernReport.receipt_expires_at.is_(None)) | (ConcernReport.receipt_expires_at > now),
        )
        return self._session.scalar(query.order_by(ConcernReport.id.desc()).limit(1))

    def near_deadline(self, since: datetime, until: datetime, limit: int) -> Sequence[ConcernReport]:
        """New concern reports whose pick-up deadline falls in [since, until].

        `since` bounds the window to what can still need a warning or an alert (a month back covers any
        downtime), so reports left untaken for long do not make every tick slower.
        """
        query = select(ConcernReport).where(
            ConcernReport.status == ReportStatus.NEW,
            ConcernReport.deadline_at >= since,
            ConcernReport.deadline_at <= until,
        )
        return self._session.scalars(query.order_by(ConcernReport.deadline_at).limit(limit)).all()

    def received_between(self, since: datetime, until: datetime, limit: int) -> Sequence[ConcernReport]:
        """Reports not closed that were received in [since, until] (a case-processing limit passes)."""
        query = select(ConcernReport).where(
            ConcernReport.status != ReportStatus.CLOSED,
            ConcernReport.created_at >= since,
            ConcernReport.created_at <= until,
        )
        return self._session.scalars(query.order_by(ConcernReport.id).limit(limit)).all()

    def settled_in_team(self, team_id: int, since: datetime, limit: int) -> Sequence[ConcernReport]:
        """A team's reports answered or closed since `since` (the console's "recently done"), newest first."""
        query = select(ConcernReport).where(
            ConcernReport.team_id == team_id,
            ConcernReport.status.in_([ReportStatus.ANSWERED, ReportStatus.CLOSED]),
            (ConcernReport.answered_at >= since) | (ConcernReport.closed_at >= since),
        )
        return self._session.scalars(query.order_by(ConcernReport.id.desc()).limit(limit)).all()
