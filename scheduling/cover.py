"""Who hears a worker's reminders on a given day: the worker, or while they are away their cover, or
with no cover the team's leads (then its on-duty workers). Reminders follow the same rule as citizens'
messages (bot/services/relay.py `responders`), so nothing of an absent worker's falls between chairs."""

from collections.abc import Sequence
from datetime import date

from bot.models import Absence, Worker
from bot.models.enums import WorkerStatus
from bot.uow import UnitOfWork


def _reachable(worker: Worker | None) -> bool:
    if worker is None:
        return False
    return worker.status == WorkerStatus.ACTIVE and worker.telegram_chat_enc is not None


class CoverForDay:
    """Today's absences, read once per job, and who stands in for whom."""

    def __init__(self, uow: UnitOfWork, day: date) -> None:
        self._uow = uow
        self.day = day
        self._absences: dict[int, Absence] = {a.worker_id: a for a in uow.due.absences_on(day)}

    def is_away(self, worker_id: int) -> bool:
        return worker_id in self._absences

    def covered_by(self, worker_id: int) -> list[int]:
        """The absent workers whose reminders `worker_id` takes today."""
        return [a.worker_id for a in self._absences.values() if a.cover_worker_id == worker_id]

    def recipients(self, worker_id: int) -> Sequence[Worker]:
        """Who is told about a reminder of `worker_id`'s today."""
        workers = self._uow.workers
        worker = workers.get(worker_id)
        if worker is None:
            return []
        absence = self._absences.get(worker_id)
        if absence is None and _reachable(worker):
            return [worker]
        if absence is not None and absence.cover_worker_id is not None:
            cover = workers.get(absence.cover_worker_id)
            if _reachable(cover) and not self.is_away(absence.cover_worker_id):
                assert cover is not None
                return [cover]
        return self.team_fallback(worker.team_id, exclude=worker_id)

    def team_fallback(self, team_id: int, exclude: int | None = None) -> Sequence[Worker]:
        """The team's present leads, else its present on-duty workers."""
        leads = self.leads(team_id)
        if leads:
            return leads
        return [
            w
            for w in self._uow.workers.on_duty(team_id)
            if w.id != exclude and _reachable(w) and not self.is_away(w.id)
        ]

    def leads(self, team_id: int) -> Sequence[Worker]:
        return [lead for lead in self._uow.due.leads(team_id) if not self.is_away(lead.id)]
