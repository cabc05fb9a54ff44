"""Take, answer and close a concern report: the rules, once, for `/reports` in Telegram and for the web
console. No turn: the caller brings the transaction, the outbox and the worker, and tells the worker what
happened from the `Outcome` (a catalog key), each in its own way.

- Only a worker of the report's team acts on it; any other id is "gone" (ids cannot be probed).
- An old take or close, tapped again or by a colleague after someone else, changes nothing: the worker is
  told who has the report rather than that they took it.
- The answer is sealed for `/status CODE` and sent to a reporter who may be contacted, in their language;
  an answer with a CPR number is refused (the reporter may be anyone).
- Every change is in the audit log (`report.take`, `report.close`, `report.answered`), ids only.
"""

from dataclasses import dataclass, field
from datetime import datetime

from bot.cpr import contains_cpr
from bot.errors import DomainError
from bot.models import ConcernReport, Worker
from bot.models.enums import OutboxKind, ReportStatus
from bot.outbox import Outbox
from bot.services.audit import audit_entry
from bot.services.context import Deps
from bot.uow import UnitOfWork

GONE = "worker.report.gone"
CPR_REFUSED = "worker.cpr_refused"


@dataclass(frozen=True)
class Outcome:
    """What became of the action: `key` and `params` tell the worker (a catalog text); `changed` is False
    when nothing was changed (an old button, someone else was first)."""

    report: ConcernReport
    key: str
    params: dict[str, object] = field(default_factory=dict)
    changed: bool = True


def team_report(uow: UnitOfWork, worker: Worker, report_id: int) -> ConcernReport:
    """The report, if it is one of the worker's team; else refused as gone (whether it exists or not)."""
    report = uow.reports.get(report_id)
    if report is None or report.team_id != worker.team_id:
        raise DomainError(GONE, "no such report in the worker's team")
    return report


def take(uow: UnitOfWork, now: datetime, worker: Worker, report_id: int) -> Outcome:
    """The worker takes a new report: it is theirs, off the team's list of new ones."""
    report = team_report(uow, worker, report_id)
    if report.status != ReportStatus.NEW:
        owner = uow.workers.get(report.worker_id) if report.worker_id else None
        if owner is not None and owner.id != worker.id:
            params: dict[str, object] = {"number": report.id, "worker": owner.name}
            return Outcome(report, "worker.report.already_taken", params, changed=False)
        return Outcome(report, "button.answered", changed=False)
    report.take(worker.id, now)
    uow.audit.add(audit_entry(now, "report.take", "report", report.id, by=worker))
    return Outcome(report, "worker.report.taken", {"number": report.id})


def close(uow: UnitOfWork, now: datetime, worker: Worker, report_id: int) -> Outcome:
    """The report is done with; closing it twice changes nothing."""
    report = team_report(uow, worker, report_id)
    if report.status == ReportStatus.CLOSED:
        return Outcome(report, "button.answered", changed=False)
    report.close(now)
    uow.audit.add(audit_entry(now, "report.close", "report", report.id, by=worker))
    return Outcome(report, "worker.report.closed", {"number": report.id})


def answer(
    uow: UnitOfWork, deps: Deps, out: Outbox, now: datetime, worker: Worker, report_id: int, text: str
) -> Outcome:
    """The worker's answer to the reporter: kept (sealed) for `/status CODE`, and sent to a reporter who
    left a way to reach them. Refused (`DomainError`) when the report is gone, the answer is empty, or it
    holds a CPR number."""
    report = team_report(uow, worker, report_id)
    text = text.strip()
    if not text:
        raise DomainError(GONE, "an empty answer")
    if contains_cpr(text):
        raise DomainError(CPR_REFUSED, "the answer holds a CPR number")
    report.answer(deps.vault.seal(text), worker.id, now)
    identity = uow.identities.get(report.reporter_identity_id) if report.reporter_identity_id else None
    if identity is not None:
        language = identity.language or deps.profile.default_language
        out.to_identity(identity, deps.text("reporter.answer", language, answer=text), kind=OutboxKind.ANSWER)
    uow.audit.add(audit_entry(now, "report.answered", "report", report.id, by=worker))
    return Outcome(report, "worker.report.answered", {"number": report.id})
