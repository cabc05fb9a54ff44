"""Sending a reminder once: claim its key in the ledger, then queue its text, in the job's transaction.

The outbox rows' idempotency keys name the claim (its ledger row and moment), not only the occurrence:
the ids in a ledger key may come back (SQLite reuses a deleted row's id: a citizen who deleted
everything takes their occurrences and ledger rows along, but not the outbox rows already sent), and a
new occurrence with an old id must still be sent, not fail its whole job on a duplicate outbox key."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.channels import Choice
from bot.models import ChannelIdentity, Worker
from bot.models.enums import OutboxKind, Priority, ReminderKind
from bot.outbox import Outbox
from bot.services.context import Deps
from bot.uow import UnitOfWork


class Notices:
    """One job's way out. A key already in the ledger sends nothing: the occurrence was reminded of."""

    def __init__(self, uow: UnitOfWork, deps: Deps, now: datetime) -> None:
        self.uow, self.deps, self.now = uow, deps, now
        self.sent = 0

    def to_workers(
        self,
        key: str,
        kind: str,
        workers: Sequence[Worker],
        text_key: str,
        *,
        due_at: datetime,
        citizen_id: int | None = None,
        late: bool = False,
        choices: Sequence[tuple[str, str]] = (),
        **params: Any,
    ) -> bool:
        """Tell each worker, in their own language; `choices` are (text key, callback data) buttons."""
        if not workers:
            return False
        claimed = self.uow.reminders.claim_entry(
            key, kind, due_at=due_at, now=self.now, worker_id=workers[0].id, citizen_id=citizen_id, late=late
        )
        if claimed is None:
            return False
        out = Outbox(self.uow, self.deps, self._origin(key, claimed), self.now)
        for worker in workers:
            text = self.deps.text(text_key, worker.language, **params)
            if late and kind == ReminderKind.CHECKIN:  # the time matters there: say why it comes so late
                text = f"{self.deps.text('worker.reminder.late_prefix', worker.language)}\n{text}"
            buttons = [Choice(self.deps.text(label, worker.language), data) for label, data in choices]
            out.to_worker(worker, text, kind=OutboxKind.REMINDER, choices=buttons, priority=_priority(kind))
        self.sent += 1
        return True

    def to_citizen(
        self,
        key: str,
        kind: str,
        identity: ChannelIdentity,
        text: str,
        *,
        due_at: datetime,
        citizen_id: int,
        worker_id: int | None,
    ) -> bool:
        if identity.stopped:
            return False
        claimed = self.uow.reminders.claim_entry(
            key, kind, due_at=due_at, now=self.now, worker_id=worker_id, citizen_id=citizen_id
        )
        if claimed is None:
            return False
        out = Outbox(self.uow, self.deps, self._origin(key, claimed), self.now)
        out.to_identity(identity, text, kind=OutboxKind.REMINDER)
        self.sent += 1
        return True

    def _origin(self, key: str, ledger_id: int) -> str:
        return f"rem:{key}:{ledger_id}@{self.now:%Y%m%dT%H%M%S%f}"


def covering_note(deps: Deps, uow: UnitOfWork, worker_id: int, reader: Worker) -> str:
    """ " (du dækker for Susanne)" when `reader` is told of a check-in of another worker's; else ""."""
    if reader.id == worker_id:
        return ""
    absent = uow.workers.get(worker_id)
    return deps.text("worker.reminder.covering", reader.language, worker=absent.name if absent else "")


def _priority(kind: str) -> Priority:
    """The morning overview waits behind the reminders when a backlog forms: nobody waits for it."""
    return Priority.NOTICE if kind == ReminderKind.OVERVIEW else Priority.REMINDER
