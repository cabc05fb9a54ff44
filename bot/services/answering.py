"""The rule of who answers (`bot/policy/who_answers.py`) asked with workers rather than ids: the relay,
the scheduler's cover, the away answer and the team's alerts each read the facts their own way, and hand
them over here."""

from collections.abc import Callable, Iterable
from datetime import date
from functools import cached_property

from bot.models import Absence, Worker
from bot.models.enums import WorkerStatus
from bot.policy.who_answers import Colleague, who_answers
from bot.uow import UnitOfWork

Present = tuple[Worker, bool]  # a worker, and whether they are away today
Workers = Callable[[], Iterable[Present]]


def reachable(worker: Worker) -> bool:
    """Whether a message to the worker arrives: active, and enrolled in Telegram."""
    return worker.status == WorkerStatus.ACTIVE and worker.telegram_chat_enc is not None


def answering(own: Present | None, cover: Present | None, on_duty: Workers, leads: Workers) -> list[Worker]:
    """The workers who answer: `own` the citizen's worker, `cover` the colleague named for their absence,
    `on_duty` and `leads` the team's, read only if the rule gets that far."""
    known: dict[int, Worker] = {}

    def colleague(worker: Worker, away: bool) -> Colleague:
        known[worker.id] = worker
        return Colleague(worker.id, reachable=reachable(worker), away=away)

    ids = who_answers(
        colleague(*own) if own is not None else None,
        colleague(*cover) if cover is not None else None,
        lambda: [colleague(*present) for present in on_duty()],
        lambda: [colleague(*present) for present in leads()],
    )
    return [known[worker_id] for worker_id in ids]


class AnsweringOn:
    """Who answers on one day, asked with the day's absences read once (when first needed): a scheduler
    job asks it for many workers, a turn for one team."""

    def __init__(self, uow: UnitOfWork, day: date) -> None:
        self._uow = uow
        self.day = day
        self._for_worker: dict[int, list[Worker]] = {}

    @cached_property
    def absences(self) -> dict[int, Absence]:
        """Today's absences by the absent worker's id."""
        return {absence.worker_id: absence for absence in self._uow.absences.on(self.day)}

    def is_away(self, worker_id: int) -> bool:
        return worker_id in self.absences

    def for_worker(self, worker_id: int) -> list[Worker]:
        """Whoever answers `worker_id`'s citizens today: the worker, else the cover they named, else the
        team by the rule. Asked once per worker and day (a job asks it for each of their check-ins)."""
        if worker_id not in self._for_worker:
            self._for_worker[worker_id] = self._answering_for(worker_id)
        return list(self._for_worker[worker_id])

    def _answering_for(self, worker_id: int) -> list[Worker]:
        worker = self._uow.workers.get(worker_id)
        if worker is None:
            return []
        absence = self.absences.get(worker_id)
        named_id = absence.cover_worker_id if absence is not None else None
        named = self._uow.workers.get(named_id) if named_id is not None else None
        return answering(
            self._present(worker),
            self._present(named) if named is not None else None,
            self._on_duty(worker.team_id),
            self._leads(worker.team_id),
        )

    def for_team(self, team_id: int, besides: Worker | None = None) -> list[Worker]:
        """Whoever answers for the team when no worker of its own does (a stranger, a new report): its
        present colleagues on duty, else its present leads, else, nobody being at work, the on-duty workers
        even if away. `besides`: a worker the message is about (whose check-in went unmarked), counted as
        away: told only when nobody else can be."""
        return answering(
            (besides, True) if besides is not None else None,
            None,
            self._on_duty(team_id),
            self._leads(team_id),
        )

    def _present(self, worker: Worker) -> Present:
        return worker, self.is_away(worker.id)

    def _on_duty(self, team_id: int) -> Workers:
        return lambda: [self._present(worker) for worker in self._uow.workers.on_duty(team_id)]

    def _leads(self, team_id: int) -> Workers:
        return lambda: [self._present(worker) for worker in self._uow.workers.leads(team_id)]


def answering_for_team(uow: UnitOfWork, team_id: int, day: date) -> list[Worker]:
    """Who is told of something for the team that no worker of its own answers: a stranger's crisis
    alert, a new concern report. By the one rule, so an absent worker on duty is passed over as a citizen's
    message would pass them over, and with nobody at work nothing is dropped."""
    return AnsweringOn(uow, day).for_team(team_id)
