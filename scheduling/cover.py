"""Who hears a worker's reminders on a given day: whoever answers that worker's citizens, by the one rule
in bot/policy/who_answers.py that citizens' messages follow too (bot/services/relay.py `responders`), so
nothing of an absent worker's falls between chairs. Team-wide notices (deadlines, escalations) go to the
leads first (`team_fallback`).
"""

from collections.abc import Sequence
from datetime import date

from bot.models import Absence, Worker
from bot.services.answering import answering, reachable
from bot.uow import UnitOfWork


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
        """Who is told about a reminder of `worker_id`'s today: whoever answers that worker's citizens,
        by the one rule (`bot/policy/who_answers.py`), as a citizen's message would reach them."""
        workers = self._uow.workers
        worker = workers.get(worker_id)
        if worker is None:
            return []
        absence = self._absences.get(worker_id)
        named = workers.get(absence.cover_worker_id) if absence and absence.cover_worker_id else None
        return answering(
            (worker, self.is_away(worker.id)),
            (named, self.is_away(named.id)) if named is not None else None,
            lambda: [(w, self.is_away(w.id)) for w in workers.on_duty(worker.team_id)],
            lambda: [(w, self.is_away(w.id)) for w in workers.leads(worker.team_id)],
        )

    def present_on_duty(self, team_id: int, exclude: int | None = None) -> list[Worker]:
        return [
            w
            for w in self._uow.workers.on_duty(team_id)
            if w.id != exclude and reachable(w) and not self.is_away(w.id)
        ]

    def team_fallback(self, team_id: int, exclude: int | None = None) -> Sequence[Worker]:
        """The team's present leads, else its present on-duty workers."""
        return self.leads(team_id) or self.present_on_duty(team_id, exclude)

    def leads(self, team_id: int) -> Sequence[Worker]:
        return [lead for lead in self._uow.due.leads(team_id) if not self.is_away(lead.id)]
