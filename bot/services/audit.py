"""The audit log of staff actions: who did what to which record. Ids and action names only."""

from datetime import datetime

from bot.models import AuditEntry, Worker
from bot.models.enums import ActorKind


def audit_entry(
    at: datetime,
    action: str,
    subject_type: str,
    subject_id: int | None,
    *,
    by: Worker | ActorKind = ActorKind.SYSTEM,
) -> AuditEntry:
    """One line of the audit log, by a worker, the command line or the system; never a name or a text."""
    worker = by if isinstance(by, Worker) else None
    return AuditEntry(
        at=at,
        actor_kind=ActorKind.WORKER if worker else by,
        actor_worker_id=worker.id if worker else None,
        action=action,
        subject_type=subject_type,
        subject_id=subject_id,
    )
