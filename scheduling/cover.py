"""Who hears a worker's reminders on a given day: whoever answers that worker's citizens, by the one rule
in bot/policy/who_answers.py that citizens' messages follow too (bot/services/relay.py `responders`), so
nothing of an absent worker's falls between chairs. Notices about the team's duties rather than one
citizen (report deadlines, an unmarked check-in's escalation) go to the present leads first
(`team_fallback`), then by the same rule.
"""

from collections.abc import Sequence

from bot.models import Worker
from bot.services.answering import AnsweringOn, reachable


class CoverForDay(AnsweringOn):
    """Today's absences, read once per job, and who stands in for whom."""

    def covered_by(self, worker_id: int) -> list[int]:
        """The absent workers whose reminders `worker_id` gets today (`recipients`), e.g. for the overview:
        the cover they named, or, with none at work, the colleagues the rule chose."""
        return [
            absent
            for absent in self.absences
            if absent != worker_id and any(w.id == worker_id for w in self.recipients(absent))
        ]

    def recipients(self, worker_id: int) -> Sequence[Worker]:
        """Who is told about a reminder of `worker_id`'s today: whoever answers that worker's citizens,
        by the one rule (`bot/policy/who_answers.py`), as a citizen's message would reach them."""
        return self.for_worker(worker_id)

    def team_fallback(self, team_id: int, exclude: Worker | None = None) -> Sequence[Worker]:
        """For a notice about the team's duties rather than a citizen's conversation (a report past its
        processing limit, a check-in nobody marked): the present leads first, deliberately, since they
        answer for the team's deadlines and for what slipped (teamlederen); without a lead at work, whoever
        answers for the team by the one rule (`for_team`), so nothing waits for a lead's return.
        `exclude`: the worker the notice is about, told only if nobody else can be."""
        return self.leads(team_id) or self.for_team(team_id, besides=exclude)

    def leads(self, team_id: int) -> list[Worker]:
        """The team's leads a message reaches today: reachable and not away."""
        return [w for w in self._uow.workers.leads(team_id) if reachable(w) and not self.is_away(w.id)]
