"""Concern reports by receipt code, by team and by status."""

from collections.abc import Sequence

from sqlalchemy import select

from bot.models import ConcernReport
from bot.models.enums import ReportStatus
from bot.repositories.base import Repository


class ReportRepository(Repository[ConcernReport]):
    """Concern reports (bekymringshenvendelser)."""

    model = ConcernReport

    def by_receipt_code(self, hashes: Sequence[str]) -> ConcernReport | None:
        return self._session.scalar(select(ConcernReport).where(ConcernReport.receipt_code_hash.in_(hashes)))

    def open_in_team(self, team_id: int) -> Sequence[ConcernReport]:
        query = select(ConcernReport).where(
            ConcernReport.team_id == team_id,
            ConcernReport.status.in_([ReportStatus.NEW, ReportStatus.TAKEN]),
        )
        return self._session.scalars(query.order_by(ConcernReport.created_at)).all()
