"""A citizen given to a worker: claimed by them, or handed on by a lead (`/assign`, a tap after a colleague
left, the web console's team page). One rule for all: the check-in reminders follow the citizen, the
audit log says who did it, and a colleague given a citizen is told in Telegram."""

from datetime import datetime

from bot.errors import DomainError
from bot.models import Citizen, Worker
from bot.models.enums import WorkerStatus
from bot.outbox import Outbox
from bot.services.audit import audit_entry
from bot.services.context import Deps
from bot.uow import UnitOfWork


def give(uow: UnitOfWork, now: datetime, by: Worker, citizen: Citizen, to: Worker, action: str) -> None:
    """Make `to` the citizen's worker (a claim, or a lead's assignment), and log who did it."""
    citizen.given_to(to.id)
    agreement = uow.agreements.current(citizen.id)
    if agreement is not None:  # the check-in reminders follow the citizen to their new worker
        agreement.worker_id = to.id
    uow.audit.add(audit_entry(now, action, "citizen", citizen.id, by=by))


def may_take(lead: Worker, to: Worker | None) -> bool:
    """Whether the lead may give a citizen to `to`: an active worker of the lead's team."""
    return to is not None and to.team_id == lead.team_id and to.status == WorkerStatus.ACTIVE


def assign(
    uow: UnitOfWork, deps: Deps, out: Outbox, now: datetime, lead: Worker, citizen: Citizen, to: Worker | None
) -> None:
    """A lead gives a citizen of the team to `to`, who is told; refused (`staff.not_active`) when `to` is
    not an active worker of the team."""
    if not may_take(lead, to):
        raise DomainError("staff.not_active", "a citizen can only be given to an active worker of the team")
    assert to is not None
    give(uow, now, lead, citizen, to, "citizen.assigned")
    if to.id != lead.id:
        out.to_worker(to, deps.text("worker.assigned_to_you", to.language, alias=citizen.alias))
