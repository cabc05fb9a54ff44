"""The rule of who answers (`bot/policy/who_answers.py`) asked with workers rather than ids: the relay,
the scheduler's cover and the away answer each read the facts their own way, and hand them over here."""

from collections.abc import Callable, Iterable

from bot.models import Worker
from bot.models.enums import WorkerStatus
from bot.policy.who_answers import Colleague, who_answers

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
