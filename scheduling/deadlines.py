"""The team's deadlines from the profile: concern reports picked up in time (Greve: 5 working days; one
the reporter said must be seen today, that day, and the team told at the opening if it came at night),
Thisted's case processing limit and the written status before a period ends, the periodic review of
whether a citizen can move on, and closing suggested for a citizen silent for the profile's period.
A warning before each deadline, an alert once it has passed; each once (reminder ledger keys)."""

from collections.abc import Iterable
from datetime import datetime, timedelta

from bot import buttons, moments
from bot.models import Citizen, Worker
from bot.models.enums import ReminderKind, Urgency
from bot.office_hours import next_opening
from bot.services.context import Deps
from bot.uow import UnitOfWork
from scheduling.cover import CoverForDay
from scheduling.notices import Notices
from scheduling.timing import CATCH_UP, daytime, is_late, local_day, on_morning_of, report_warning_at

BATCH = 500


def report_deadlines(uow: UnitOfWork, deps: Deps, now: datetime) -> int:
    """New reports near their pick-up deadline: the team is warned; past it: the leads are alerted too."""
    profile = deps.profile
    warn = timedelta(days=profile.reports.warn_before_days)
    notices = Notices(uow, deps, now)
    cover = CoverForDay(uow, local_day(now, profile))
    for report in uow.reports.near_deadline(now - CATCH_UP, now + warn + timedelta(days=1), BATCH):
        assert report.deadline_at is not None
        deadline = moments.day_and_clock(report.deadline_at, profile.tz)
        if report.deadline_at <= now:
            meant_for = daytime(report.deadline_at, profile)
            if now >= meant_for:
                notices.to_workers(
                    f"report_overdue:{report.id}",
                    ReminderKind.REPORT_OVERDUE,
                    _unique([*cover.leads(report.team_id), *cover.for_team(report.team_id)]),
                    "worker.deadline.report_overdue",
                    due_at=meant_for,
                    late=is_late(now, meant_for),
                    number=report.id,
                    deadline=deadline,
                )
            continue
        if report.urgency == Urgency.TODAY:  # no warning the day before: the team was told it is today
            opening = next_opening(profile, report.created_at)
            if opening > report.created_at and now >= opening:  # it came outside office hours
                notices.to_workers(
                    f"report_today:{report.id}",
                    ReminderKind.REPORT_WARNING,
                    _unique([*cover.for_team(report.team_id), *cover.leads(report.team_id)]),
                    "worker.deadline.report_today",
                    due_at=opening,
                    late=is_late(now, opening),
                    choices=(("worker.report.take", buttons.report_take(report.id)),),
                    number=report.id,
                    received=moments.day_and_clock(report.created_at, profile.tz),
                )
            continue
        meant_for = report_warning_at(report.deadline_at, profile)
        if now >= meant_for:
            notices.to_workers(
                f"report_warning:{report.id}",
                ReminderKind.REPORT_WARNING,
                cover.for_team(report.team_id),
                "worker.deadline.report_warning",
                due_at=meant_for,
                late=is_late(now, meant_for),
                number=report.id,
                deadline=deadline,
            )
    weeks = profile.reports.case_processing_weeks
    if weeks:
        limit = timedelta(weeks=weeks)
        window_end = now - limit + warn + timedelta(days=1)
        for report in uow.reports.received_between(now - limit - CATCH_UP, window_end, BATCH):
            ends = report.created_at + limit
            passed = ends <= now
            meant_for = daytime(ends, profile) if passed else report_warning_at(ends, profile)
            if now < meant_for:
                continue
            kind = "processing_overdue" if passed else "processing_warning"
            notices.to_workers(
                f"report_{kind}:{report.id}",
                ReminderKind.REPORT_OVERDUE if passed else ReminderKind.REPORT_WARNING,
                cover.team_fallback(report.team_id),
                f"worker.deadline.report_{kind}",
                due_at=meant_for,
                late=is_late(now, meant_for),
                number=report.id,
                weeks=weeks,
                deadline=moments.day_month(ends, profile.tz),
            )
    return notices.sent


def reviews(uow: UnitOfWork, deps: Deps, now: datetime) -> int:
    """Every `review_interval_days`: ask the worker whether the citizen can move on to an ordinary offer."""
    interval_days = deps.profile.followup.review_interval_days
    if not interval_days:
        return 0
    interval = timedelta(days=interval_days)
    for citizen in uow.citizens.without_review(BATCH):
        citizen.review_due_at = citizen.created_at + interval
    notices = Notices(uow, deps, now)
    cover = CoverForDay(uow, local_day(now, deps.profile))
    for citizen in uow.citizens.to_review(now, BATCH):
        due = citizen.review_due_at
        assert due is not None
        meant_for = daytime(due, deps.profile)
        if now < meant_for:
            continue
        notices.to_workers(
            f"review:{citizen.id}:{due.date().isoformat()}",
            ReminderKind.REVIEW,
            _responsible(cover, citizen),
            "worker.deadline.review",
            due_at=meant_for,
            citizen_id=citizen.id,
            late=is_late(now, meant_for),
            alias=citizen.alias,
        )
        next_review = due + interval
        while next_review <= now:  # after long downtime: one question, then the next interval
            next_review += interval
        citizen.review_due_at = next_review
    return notices.sent


def period_followups(uow: UnitOfWork, deps: Deps, now: datetime) -> int:
    """Thisted: the written status of goals and sub-goals before the granted period ends; an alert when
    the period has ended and the citizen's course is still open (extend it or close it)."""
    days = deps.profile.followup.period_end_followup_days
    if not days:
        return 0
    today = local_day(now, deps.profile)
    notices = Notices(uow, deps, now)
    cover = CoverForDay(uow, today)
    for citizen in uow.citizens.periods_ending(today - CATCH_UP, today + timedelta(days=days), BATCH):
        ends = citizen.period_ends_on
        assert ends is not None
        passed = ends < today
        meant_for = on_morning_of(
            ends + timedelta(days=1) if passed else ends - timedelta(days=days), deps.profile
        )
        if now < meant_for:
            continue
        kind = "followup_passed" if passed else "followup"
        recipients = _responsible(cover, citizen)
        if passed:
            recipients = _unique([*recipients, *cover.leads(citizen.team_id)])
        notices.to_workers(
            f"{kind}:{citizen.id}:{ends.isoformat()}",
            ReminderKind.FOLLOWUP,
            recipients,
            f"worker.deadline.{kind}",
            due_at=meant_for,
            late=is_late(now, meant_for),
            citizen_id=citizen.id,
            alias=citizen.alias,
            date=moments.full_date(ends),
        )
    return notices.sent


def inactivity(uow: UnitOfWork, deps: Deps, now: datetime) -> int:
    """Greve: a citizen silent for `inactivity_close_days` is suggested for closing, once per silence."""
    days = deps.profile.followup.inactivity_close_days
    if not days:
        return 0
    since = now - timedelta(days=days)
    notices = Notices(uow, deps, now)
    cover = CoverForDay(uow, local_day(now, deps.profile))
    for citizen in uow.citizens.silent_since(since, BATCH):
        heard = citizen.last_contact_at or citizen.created_at
        meant_for = daytime(heard + timedelta(days=days), deps.profile)
        if now < meant_for:
            continue
        notices.to_workers(
            f"inactivity:{citizen.id}:{heard.isoformat(timespec='minutes')}",
            ReminderKind.INACTIVITY,
            _responsible(cover, citizen),
            "worker.deadline.inactivity",
            due_at=meant_for,
            late=is_late(now, meant_for),
            citizen_id=citizen.id,
            alias=citizen.alias,
            days=days,
        )
    return notices.sent


def _responsible(cover: CoverForDay, citizen: Citizen) -> list[Worker]:
    """Whoever answers the citizen today, by the one rule: their worker's, else the team's."""
    if citizen.worker_id is not None:
        return list(cover.recipients(citizen.worker_id))
    return cover.for_team(citizen.team_id)


def _unique(workers: Iterable[Worker]) -> list[Worker]:
    seen: dict[int, Worker] = {}
    for worker in workers:
        seen.setdefault(worker.id, worker)
    return list(seen.values())
