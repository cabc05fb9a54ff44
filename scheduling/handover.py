"""Back from an absence: a short handover of what happened meanwhile, per citizen — how many messages
came (they went to the cover) and what became of the check-ins. Counts only; the texts are in the chat
history of whoever answered."""

from datetime import datetime, time, timedelta
from typing import Any

from bot import moments
from bot.models import Absence
from bot.models.enums import CheckinOutcome, ReminderKind
from bot.services.context import Deps
from bot.uow import UnitOfWork
from scheduling.notices import Notices
from scheduling.timing import daytime, local_day

HANDOVER_FOR = timedelta(days=14)
"""An absence that ended longer ago than this gets no handover any more (after very long downtime)."""


def send_handovers(uow: UnitOfWork, deps: Deps, now: datetime) -> int:
    today = local_day(now, deps.profile)
    notices = Notices(uow, deps, now)
    for absence in uow.absences.ended_without_handover(before=today, since=today - HANDOVER_FOR):
        back = datetime.combine(absence.ends_on + timedelta(days=1), time(0), tzinfo=deps.profile.tz)
        meant_for = daytime(back, deps.profile)  # the first working-day morning back, not midnight
        if now < meant_for:
            continue
        worker = uow.workers.get(absence.worker_id)
        if worker is not None and worker.telegram_chat_enc is not None:
            notices.to_workers(
                f"handover:{absence.id}",
                ReminderKind.HANDOVER,
                [worker],
                "worker.handover.text",
                due_at=meant_for,
                **_summary(uow, deps, absence, worker.language),
            )
        absence.handover_sent_at = now
    return notices.sent


def _summary(uow: UnitOfWork, deps: Deps, absence: Absence, language: str) -> dict[str, Any]:
    zone = deps.profile.tz
    start = datetime.combine(absence.starts_on, time(0), tzinfo=zone)
    end = datetime.combine(absence.ends_on + timedelta(days=1), time(0), tzinfo=zone)
    messages = uow.messages.written_between(absence.worker_id, start, end)
    outcomes = uow.checkins.outcomes_between(absence.worker_id, start, end)
    lines = []
    for citizen_id in sorted(set(messages) | set(outcomes)):
        citizen = uow.citizens.get(citizen_id)
        if citizen is None:
            continue
        counted = outcomes.get(citizen_id, {})
        lines.append(
            deps.text(
                "worker.handover.citizen",
                language,
                alias=citizen.alias,
                messages=deps.text("worker.handover.messages", language, count=messages.get(citizen_id, 0)),
                done=counted.get(CheckinOutcome.DONE, 0),
                not_reached=counted.get(CheckinOutcome.NOT_REACHED, 0),
                missed=counted.get(CheckinOutcome.MISSED, 0) + counted.get(CheckinOutcome.PENDING, 0),
            )
        )
    cover = uow.workers.get(absence.cover_worker_id) if absence.cover_worker_id else None
    return {
        "start": moments.day_month(absence.starts_on),
        "end": moments.day_month(absence.ends_on),
        "cover": cover.name if cover else deps.text("worker.handover.no_cover", language),
        "lines": "\n".join(lines) if lines else deps.text("worker.handover.quiet", language),
    }
