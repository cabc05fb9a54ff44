"""Concern reports by receipt code, by team and by status."""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.models import ConcernReport
from bot.models.enums import ReportStatus


class ReportRepository:
    """Concern reports (bekymringshenvendelser)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, report: ConcernReport) -> None:
        self._session.add(report)
        self._session.flush()

    def get(self, report_id: int) -> ConcernReport | None:
        return self._session.get(ConcernReport, report_id)

    def by_receipt_code(self, hashes: Sequence[str]) -> ConcernReport | None:
        return self._session.scalar(select(ConcernReport).where(ConcernReport.receipt_code_hash.in_(hashes)))

    def open_in_team(self, team_id: int) -> Sequence[ConcernReport]:
        query = select(ConcernReport).where(
            ConcernReport.team_id == team_id,
            ConcernReport.status.in_([ReportStatus.NEW, ReportStatus.TAKEN]),
        )
        return self._session.scalars(query.order_by(ConcernReport.created_at)).all()
