"""The morning overview on working days: today's check-ins (one's own and those covered), what is still
not marked, and the team's concern reports close to their deadline."""

from datetime import datetime, timedelta

from bot import moments
from bot.models import ConcernReport, Worker
from bot.models.enums import ReminderKind, ReportStatus
from bot.services.context import Deps
from bot.uow import UnitOfWork
from bot.workdays import is_working_day
from scheduling.cover import CoverForDay
from scheduling.notices import Notices, covering_note
from scheduling.timing import OVERVIEW_RELEVANT, is_late, local_day, overview_at

MAX_LINES = 12
MORNING_ENDS, EVENING_STARTS = 10, 18  # local hours


def send_overviews(uow: UnitOfWork, deps: Deps, now: datetime) -> int:
    """Once per worker and working day, at the profile's time; after downtime, late while still relevant."""
    profile = deps.profile
    today = local_day(now, profile)
    at = overview_at(today, profile)
    if at is None or not is_working_day(today) or not at <= now <= at + OVERVIEW_RELEVANT:
        return 0
    workers = uow.workers.enrolled()
    keys = {worker.id: f"overview:{worker.id}:{today.isoformat()}" for worker in workers}
    done = uow.reminders.sent_keys(list(keys.values()))
    cover = CoverForDay(uow, today)
    notices = Notices(uow, deps, now)
    waiting: dict[int, list[ConcernReport]] = {}  # per team, read once however many workers it has
    for worker in workers:
        if keys[worker.id] in done or cover.is_away(worker.id):
            continue
        if worker.team_id not in waiting:
            waiting[worker.team_id] = [
                r for r in uow.reports.open_in_team(worker.team_id) if r.status == ReportStatus.NEW
            ]
        text = overview_text(uow, deps, worker, cover, waiting[worker.team_id])
        if text is None:
            continue
        notices.to_workers(
            keys[worker.id],
            ReminderKind.OVERVIEW,
            [worker],
            "worker.overview.text",
            due_at=at,
            late=is_late(now, at),
            body=text,
            greeting=greeting(deps, now, worker.language),
        )
    return notices.sent


def greeting(deps: Deps, now: datetime, language: str) -> str:
    """ "Godmorgen." only in the morning: an overview that goes out late (after downtime, or a profile that
    sends it at 11) greets for the local hour it is actually sent at."""
    hour = now.astimezone(deps.profile.tz).hour
    part = "morning" if hour < MORNING_ENDS else "day" if hour < EVENING_STARTS else "evening"
    return deps.text(f"worker.greeting.{part}", language)


def overview_text(
    uow: UnitOfWork, deps: Deps, worker: Worker, cover: CoverForDay, reports: list[ConcernReport]
) -> str | None:
    """The overview's lines, or None when the worker has nothing today (no message is better than noise)."""
    profile, language = deps.profile, worker.language
    zone = profile.tz
    start = datetime.combine(cover.day, datetime.min.time(), tzinfo=zone)
    end = start + timedelta(days=1)
    whose = [worker.id, *cover.covered_by(worker.id)]
    sections: list[str] = []
    today = uow.checkins.between(whose, start, end)
    if today:
        lines = [deps.text("worker.overview.today", language, count=len(today))]
        for checkin, agreement in today[:MAX_LINES]:
            citizen = uow.citizens.get(agreement.citizen_id)
            note = covering_note(deps, uow, agreement.worker_id, worker)
            form = deps.text(f"worker.contact_form.{agreement.contact_form}", language)
            alias = citizen.alias if citizen else "?"
            lines.append(f"• {moments.clock(checkin.due_at, zone)} {alias} ({form}){note}")
        sections.append("\n".join(lines))
    unmarked = uow.checkins.unmarked_before(whose, start)
    if unmarked:
        lines = [deps.text("worker.overview.unmarked", language, count=len(unmarked))]
        for checkin, agreement in unmarked[:MAX_LINES]:
            citizen = uow.citizens.get(agreement.citizen_id)
            lines.append(
                f"• {moments.day_and_clock(checkin.due_at, zone)} {citizen.alias if citizen else '?'}"
            )
        sections.append("\n".join(lines))
    if reports:
        soon = [r for r in reports if r.deadline_at is not None and r.deadline_at <= end + timedelta(days=1)]
        text = deps.text("worker.overview.reports", language, count=len(reports))
        if soon:
            text += " " + deps.text("worker.overview.reports_soon", language, soon=len(soon))
        sections.append(text)
    if not sections:
        return None
    return "\n\n".join(sections)
