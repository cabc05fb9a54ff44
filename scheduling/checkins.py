"""The check-in jobs: agreements become occurrences, occurrences get their reminders, unmarked ones a
nudge, and still unmarked ones reach the team lead. Each reads only what is due (the `to_plan`,
`to_remind`, `to_nudge`, `to_escalate` queries of bot/repositories/checkins.py).
"""

import logging
from datetime import date, datetime, timedelta

from bot import buttons, moments
from bot.models import Checkin, CheckinAgreement
from bot.models.enums import CheckinOutcome, CitizenStatus, ReminderKind
from bot.services.context import Deps
from bot.uow import UnitOfWork
from scheduling.cover import CoverForDay
from scheduling.notices import Notices, covering_note
from scheduling.timing import (
    CHECKIN_STILL_RELEVANT,
    CITIZEN_STILL_RELEVANT,
    PLAN_AHEAD,
    checkin_reminder_at,
    citizen_reminder_at,
    daytime,
    is_late,
    local_day,
)

log = logging.getLogger(__name__)

BATCH = 2000
MAX_OCCURRENCES = 100
"""Occurrences made for one agreement in one tick; only reached after very long downtime."""

BUTTONS = (  # under a reminder and a nudge: (label, the data for a check-in's id)
    ("worker.reminder.button.done", buttons.checkin_done),
    ("worker.reminder.button.not_reached", buttons.checkin_not_reached),
    ("worker.reminder.button.move", buttons.checkin_move),
)


def plan(uow: UnitOfWork, deps: Deps, now: datetime) -> int:
    """Make the occurrences due within `PLAN_AHEAD` check-ins and move each agreement's next due time on.

    Occurrences missed while the process was down are made too: they are reminded of late while still
    relevant, or listed in the next overview as not marked, never dropped.
    """
    horizon = now + PLAN_AHEAD
    made: list[tuple[int, datetime]] = []
    moved: list[tuple[int, datetime | None]] = []
    agreements = uow.agreements.to_plan(horizon, BATCH)
    existing = uow.checkins.occurrences_of(agreements)
    for agreement in agreements:
        due = agreement.next_due_at
        own: list[tuple[int, datetime]] = []
        try:
            while due is not None and due <= horizon and len(own) < MAX_OCCURRENCES:
                own.append((agreement.id, due))
                due = deps.cadences.next_due(agreement.cadence, due)
        except ValueError:
            # A cadence that no longer reads (edited by hand?) must not hold up everyone else's reminders.
            log.error("agreement cadence unreadable; skipped", extra={"agreement_id": agreement.id})
            continue
        made += [occurrence for occurrence in own if occurrence not in existing]  # a moved check-in holds it
        moved.append((agreement.id, due))
    uow.checkins.add_occurrences(made)
    uow.agreements.move_next_due(moved)
    return len(made)


def remind(uow: UnitOfWork, deps: Deps, now: datetime) -> int:
    """The worker's reminder, the lead time before each check-in, with buttons done / not reached / move."""
    profile = deps.profile
    lead = timedelta(minutes=profile.reminders.lead_minutes)
    notices = Notices(uow, deps, now)
    covers: dict[date, CoverForDay] = {}
    rows = uow.checkins.to_remind(now + lead, BATCH)
    citizens = uow.citizens.by_ids(agreement.citizen_id for _, agreement in rows)
    handled: list[int] = []
    for checkin, agreement in rows:
        citizen = citizens.get(agreement.citizen_id)
        if checkin.due_at < now - CHECKIN_STILL_RELEVANT or citizen is None:
            handled.append(checkin.id)  # folded: the next overview lists it as not marked
            continue
        day = local_day(checkin.due_at, profile)
        cover = covers.get(day) or covers.setdefault(day, CoverForDay(uow, day))
        recipients = cover.recipients(agreement.worker_id)
        if not recipients:
            continue  # nobody on the team can be told yet: tried again next tick, late if need be
        handled.append(checkin.id)
        meant_for = checkin_reminder_at(checkin.due_at, profile)
        notices.to_workers(
            f"checkin:{checkin.id}",
            ReminderKind.CHECKIN,
            recipients,
            "worker.reminder.checkin",
            due_at=meant_for,
            citizen_id=citizen.id,
            late=is_late(now, meant_for),
            choices=[(label, data(checkin.id)) for label, data in BUTTONS],
            alias=citizen.alias,
            time=_clock(checkin.due_at, deps),
            day=_day(checkin.due_at, deps),
            form=deps.text(f"worker.contact_form.{agreement.contact_form}", recipients[0].language)
            if recipients
            else "",
            covering=covering_note(deps, uow, agreement.worker_id, recipients[0]) if recipients else "",
        )
    uow.checkins.mark(handled, reminded_at=now)
    return notices.sent


def nudge(uow: UnitOfWork, deps: Deps, now: datetime) -> int:
    """One nudge for a check-in not marked `nudge_after_minutes` after it was due and reminded of."""
    rules = deps.profile.reminders
    after = timedelta(minutes=rules.nudge_after_minutes)
    notices = Notices(uow, deps, now)
    cover = CoverForDay(uow, local_day(now, deps.profile))
    # A nudge can wait for the working-day morning: the check-in's own reminder rang at its time.
    rows = [row for row in uow.checkins.to_nudge(now - after, BATCH) if now >= _nudge_at(row, after, deps)]
    citizens = uow.citizens.by_ids(agreement.citizen_id for _, agreement in rows)
    for checkin, agreement in rows:
        citizen = citizens.get(agreement.citizen_id)
        if citizen is None:
            continue
        notices.to_workers(
            f"nudge:{checkin.id}",
            ReminderKind.NUDGE,
            cover.recipients(agreement.worker_id),
            "worker.reminder.nudge",
            due_at=_nudge_at((checkin, agreement), after, deps),
            citizen_id=citizen.id,
            choices=[(label, data(checkin.id)) for label, data in BUTTONS],
            alias=citizen.alias,
            time=_clock(checkin.due_at, deps),
            day=_day(checkin.due_at, deps),
        )
    uow.checkins.mark([checkin.id for checkin, _ in rows], nudged_at=now)
    return notices.sent


def _nudge_at(row: tuple[Checkin, CheckinAgreement], after: timedelta, deps: Deps) -> datetime:
    return daytime(row[0].due_at + after, deps.profile)


def escalate(uow: UnitOfWork, deps: Deps, now: datetime) -> int:
    """Still not marked `escalate_after_minutes` after the nudge: the team lead is told, and the check-in
    counts as missed (the worker may still mark it)."""
    after = timedelta(minutes=deps.profile.reminders.escalate_after_minutes)
    notices = Notices(uow, deps, now)
    cover = CoverForDay(uow, local_day(now, deps.profile))
    rows = [
        (checkin, agreement)
        for checkin, agreement in uow.checkins.to_escalate(now - after, BATCH)
        if now >= daytime((checkin.nudged_at or now) + after, deps.profile)  # the lead's phone, too, waits
    ]
    citizens = uow.citizens.by_ids(agreement.citizen_id for _, agreement in rows)
    for checkin, agreement in rows:
        citizen = citizens.get(agreement.citizen_id)
        worker = uow.workers.get(agreement.worker_id)
        if citizen is not None and worker is not None:
            notices.to_workers(
                f"escalation:{checkin.id}",
                ReminderKind.ESCALATION,
                cover.team_fallback(worker.team_id, exclude=worker),
                "worker.reminder.escalation",
                due_at=(checkin.nudged_at or now) + after,
                citizen_id=citizen.id,
                alias=citizen.alias,
                worker=worker.name,
                time=_clock(checkin.due_at, deps),
                day=_day(checkin.due_at, deps),
            )
    uow.checkins.mark([checkin.id for checkin, _ in rows], escalated_at=now, outcome=CheckinOutcome.MISSED)
    return notices.sent


def remind_citizens(uow: UnitOfWork, deps: Deps, now: datetime) -> int:
    """The opt-in reminder to the citizen the day before: neutral, signed with the worker's first name."""
    notices = Notices(uow, deps, now)
    zone = deps.profile.tz
    for checkin, agreement in uow.checkins.citizen_reminders_due(
        now + CITIZEN_STILL_RELEVANT, now + PLAN_AHEAD
    ):
        send_at = citizen_reminder_at(checkin.due_at, zone)
        if now < send_at:
            continue
        citizen = uow.citizens.get(agreement.citizen_id)
        if citizen is None or citizen.status != CitizenStatus.ACTIVE:
            continue
        identity = next((i for i in uow.identities.of_citizen(citizen.id) if not i.stopped), None)
        worker = uow.workers.get(agreement.worker_id)
        if identity is None or worker is None:
            continue
        language = identity.language or citizen.language
        text = deps.text(
            "citizen.reminder",
            language,
            time=_clock(checkin.due_at, deps),
            worker=worker.name.split()[0],
        )
        notices.to_citizen(
            f"citizen:{checkin.id}",
            ReminderKind.CITIZEN,
            identity,
            text,
            due_at=send_at,
            citizen_id=citizen.id,
            worker_id=worker.id,
        )
    return notices.sent


def _clock(moment: datetime, deps: Deps) -> str:
    return moments.clock(moment, deps.profile.tz)


def _day(moment: datetime, deps: Deps) -> str:
    return moments.day_month(moment, deps.profile.tz)
