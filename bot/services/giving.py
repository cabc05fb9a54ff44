"""Giving a citizen to a worker (a claim, a lead's assignment): the citizen, their check-in reminders and
the audit log, in one place for the Telegram commands and the web console."""

from datetime import datetime

from bot.models import Citizen, Worker
from bot.services.audit import audit_entry
from bot.uow import UnitOfWork


def give(uow: UnitOfWork, now: datetime, by: Worker, citizen: Citizen, to: Worker, action: str) -> None:
    """Make `to` the citizen's worker, and log who did it (`action`: "citizen.claimed", "…assigned")."""
    citizen.given_to(to.id)
    agreement = uow.agreements.current(citizen.id)
    if agreement is not None:  # the check-in reminders follow the citizen to their new worker
        agreement.worker_id = to.id
    uow.audit.add(audit_entry(now, action, "citizen", citizen.id, by=by))
