"""A worker's working life after they joined: switched off and on, made lead or not, on duty or not, a
new enrolment code for a new phone. The same rules for the command line and for a lead in Telegram.

A team always keeps a lead: the last one who has not left cannot leave or stop being lead until another
is named. Every change is in the audit log, ids only.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.codes import new_code
from bot.errors import DomainError
from bot.models import Worker
from bot.models.enums import ActorKind, WorkerStatus
from bot.outbox import Outbox
from bot.services.audit import audit_entry
from bot.services.context import Deps
from bot.services.leaving import Handover, leave
from bot.uow import UnitOfWork

By = Worker | ActorKind


@dataclass(frozen=True)
class NewCode:
    """A new one-time enrolment code (shown once, stored only hashed) and when it expires."""

    code: str
    expires_at: datetime


def deactivate(
    uow: UnitOfWork,
    deps: Deps,
    out: Outbox,
    now: datetime,
    worker: Worker,
    by: By,
    successor: Worker | None = None,
) -> Handover:
    """Switch `worker` off from now on (`bot.services.leaving`); `successor` becomes lead and takes over."""
    if worker.status == WorkerStatus.LEFT:
        raise DomainError("staff.already_left", "that worker is deactivated already")
    if successor is not None:
        _check_successor(worker, successor)
        if not successor.is_lead:
            set_lead(uow, now, successor, True, by)
    else:
        _keeps_a_lead(uow, worker)
    return leave(uow, deps, out, now, worker, by, successor)


def activate(uow: UnitOfWork, now: datetime, worker: Worker, by: By) -> None:
    """Switch a worker on again: reached in the chat they enrolled from (pending if they never did).
    Their citizens stay with whoever has them now; a lead hands them back with /assign."""
    if worker.status != WorkerStatus.LEFT:
        raise DomainError("staff.not_left", "that worker is not deactivated")
    worker.status = WorkerStatus.ACTIVE if worker.telegram_chat_enc is not None else WorkerStatus.PENDING
    uow.audit.add(audit_entry(now, "worker.activated", "worker", worker.id, by=by))


def set_lead(uow: UnitOfWork, now: datetime, worker: Worker, lead: bool, by: By) -> None:
    """Make `worker` a team lead, or not; the team's last lead stays one until another is named."""
    if worker.is_lead == lead:
        return
    if not lead:
        _keeps_a_lead(uow, worker)
    worker.is_lead = lead
    uow.audit.add(
        audit_entry(now, "worker.lead_on" if lead else "worker.lead_off", "worker", worker.id, by=by)
    )


def set_on_duty(uow: UnitOfWork, now: datetime, worker: Worker, on_duty: bool, by: By) -> None:
    """On duty: takes the team's messages that have no (present) worker of their own."""
    if worker.on_duty == on_duty:
        return
    worker.on_duty = on_duty
    action = "worker.on_duty" if on_duty else "worker.off_duty"
    uow.audit.add(audit_entry(now, action, "worker", worker.id, by=by))


def new_enrolment_code(uow: UnitOfWork, deps: Deps, now: datetime, worker: Worker, by: By) -> NewCode:
    """A new one-time code (a new phone): the old chat keeps working until the code is used, and is cut
    the moment it is (`Worker.enrol` binds the new chat; what waited for the old one goes to the new).
    For a worker who was switched off (a lost phone), using it switches them on again, in the new chat."""
    code = new_code()
    expires_at = now + timedelta(days=deps.profile.retention.code_expiry_days)
    worker.enrolment_code_hash = deps.vault.lookup_hash(code)
    worker.enrolment_expires_at = expires_at
    uow.audit.add(audit_entry(now, "worker.new_code", "worker", worker.id, by=by))
    return NewCode(code, expires_at)


def _keeps_a_lead(uow: UnitOfWork, worker: Worker) -> None:
    """Refused when `worker` is the team's last lead who has not left."""
    if not worker.is_lead or worker.status == WorkerStatus.LEFT:
        return
    others = [lead for lead in uow.workers.named_leads(worker.team_id) if lead.id != worker.id]
    if not others:
        raise DomainError(
            "staff.last_lead",
            "that worker is the team's last lead; make another worker lead first",
            name=worker.name,
        )


def _check_successor(worker: Worker, successor: Worker) -> None:
    if successor.id == worker.id or successor.team_id != worker.team_id:
        raise DomainError("staff.bad_successor", "the new lead must be another worker of the same team")
    if successor.status == WorkerStatus.LEFT:
        raise DomainError("staff.bad_successor", "the new lead is deactivated; activate them first")
