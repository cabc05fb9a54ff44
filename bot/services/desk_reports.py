"""The web console's reports page: the team's concern reports (open ones first, then those answered or
closed lately) and the same take, answer and close as `/reports` in Telegram
(`bot.services.report_actions`, the one place of their rules).

Every worker of the team sees the reports' texts, as `/reports` shows them (`report_summary`); a report of
another team is "not found".
"""

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.errors import DomainError
from bot.models import ConcernReport, Worker
from bot.models.enums import ReportStatus, WorkerStatus
from bot.outbox import Outbox
from bot.services import report_actions
from bot.services.console_sessions import Viewer
from bot.services.context import Deps
from bot.services.report_filing import report_summary
from bot.uow import UnitOfWork

RECENT = timedelta(days=30)  # answered or closed reports stay on the page this long
MAX_RECENT = 100
ACTIONS = ("take", "answer", "close")


@dataclass(frozen=True)
class ReportCard:
    """One report as the page shows it (local times, names looked up now)."""

    report_id: int
    status: str
    urgency: str
    received_at: datetime
    deadline_at: datetime | None
    late: bool  # still new past its pick-up deadline
    holder: str | None
    lines: tuple[str, ...]  # the report as `/reports` shows it, line by line
    answer: str | None
    answered_at: datetime | None
    closed_at: datetime | None

    @property
    def can_take(self) -> bool:
        return self.status == ReportStatus.NEW

    @property
    def can_answer(self) -> bool:
        return self.status != ReportStatus.CLOSED

    @property
    def can_close(self) -> bool:
        return self.status != ReportStatus.CLOSED


@dataclass(frozen=True)
class ReportsPage:
    open: tuple[ReportCard, ...]
    recent: tuple[ReportCard, ...]
    recent_days: int = field(default=RECENT.days)


@dataclass(frozen=True)
class Done:
    """What an action did, to tell the viewer: a catalog key and its parameters."""

    report_id: int
    key: str
    params: dict[str, object]
    changed: bool


def reports(uow: UnitOfWork, deps: Deps, viewer: Viewer, now: datetime) -> ReportsPage:
    """The team's open reports (those for today first, then oldest first), then those answered or closed
    in the last 30 days, newest first."""
    with uow:
        names = {w.id: w.name for w in uow.workers.of_team(viewer.team_id)}
        open_ = uow.reports.open_in_team(viewer.team_id)
        recent = uow.reports.settled_in_team(viewer.team_id, now - RECENT, MAX_RECENT)
        return ReportsPage(
            tuple(_card(deps, viewer, report, names, now) for report in open_),
            tuple(_card(deps, viewer, report, names, now) for report in recent),
        )


def _card(
    deps: Deps, viewer: Viewer, report: ConcernReport, names: dict[int, str], now: datetime
) -> ReportCard:
    tz = deps.profile.tz
    deadline = report.deadline_at
    return ReportCard(
        report.id,
        report.status,
        report.urgency,
        report.created_at.astimezone(tz),
        deadline.astimezone(tz) if deadline is not None else None,
        late=report.status == ReportStatus.NEW and deadline is not None and deadline < now,
        holder=names.get(report.worker_id) if report.worker_id is not None else None,
        lines=tuple(report_summary(deps, report, viewer.language).splitlines()),
        answer=deps.vault.open(report.answer_enc) if report.answer_enc else None,
        answered_at=report.answered_at.astimezone(tz) if report.answered_at else None,
        closed_at=report.closed_at.astimezone(tz) if report.closed_at else None,
    )


def act(
    uow: UnitOfWork, deps: Deps, viewer: Viewer, report_id: int, action: str, now: datetime, text: str = ""
) -> Done:
    """Take, answer (with `text`) or close a report of the viewer's team, as `/reports` does; the answer
    reaches the reporter as in Telegram. Refused (`DomainError`): a report not of the team
    (`report_actions.GONE`, shown as not found), an empty answer, a CPR number in it."""
    if action not in ACTIONS:
        raise DomainError(report_actions.GONE, "no such action")
    with uow:
        worker = _acting(uow, viewer)
        if action == "take":
            outcome = report_actions.take(uow, now, worker, report_id)
        elif action == "close":
            outcome = report_actions.close(uow, now, worker, report_id)
        else:
            out = Outbox(uow, deps, f"console:{worker.id}:report:{secrets.token_hex(8)}", now)
            outcome = report_actions.answer(uow, deps, out, now, worker, report_id, text)
        uow.commit()
        return Done(report_id, outcome.key, dict(outcome.params), outcome.changed)


def _acting(uow: UnitOfWork, viewer: Viewer) -> Worker:
    """The viewer as a worker now; one switched off since the page was shown acts on nothing."""
    worker = uow.workers.get(viewer.worker_id)
    if worker is None or worker.team_id != viewer.team_id or worker.status != WorkerStatus.ACTIVE:
        raise DomainError(report_actions.GONE, "the viewer is no active worker of the team")
    return worker
