"""`skp-bot reminders preview`: what the scheduler will send in the next days, per worker, computed with
the same timing rules (scheduling/timing.py) and the same cover rules (scheduling/cover.py) as the tick,
so a team lead can check the promises before they fall due. Read-only."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from bot.models import CheckinAgreement, Citizen
from bot.models.enums import CheckinOutcome, ReminderKind, ReportStatus
from bot.services.context import Deps
from bot.uow import UnitOfWork
from bot.workdays import is_working_day
from scheduling.cover import CoverForDay
from scheduling.timing import (
    CITIZEN_STILL_RELEVANT,
    checkin_reminder_at,
    citizen_reminder_at,
    daytime,
    local_day,
    on_morning_of,
    overview_at,
    report_warning_at,
)


@dataclass(frozen=True)
class Planned:
    """One reminder to come. `worker_id` is who will be told (the cover while the worker is away)."""

    due_at: datetime
    kind: str
    worker_id: int | None
    citizen: str | None
    occurrence: datetime | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "due_at": self.due_at.astimezone(UTC).isoformat(),
            "kind": self.kind,
            "worker_id": self.worker_id,
            "citizen": self.citizen,
            "occurrence": self.occurrence.astimezone(UTC).isoformat() if self.occurrence else None,
        }


class _Plan:
    def __init__(self, uow: UnitOfWork, deps: Deps, now: datetime, days: int) -> None:
        self.uow, self.deps, self.now = uow, deps, now
        self.end = now + timedelta(days=days)
        self.items: list[Planned] = []
        self._covers: dict[date, CoverForDay] = {}

    def cover(self, day: date) -> CoverForDay:
        if day not in self._covers:
            self._covers[day] = CoverForDay(self.uow, day)
        return self._covers[day]

    def add(
        self,
        at: datetime,
        kind: str,
        worker_ids: list[int],
        citizen: Citizen | None,
        occurrence: datetime | None = None,
    ) -> None:
        if not self.now <= at < self.end:
            return
        for worker_id in worker_ids or [None]:  # type: ignore[list-item]
            self.items.append(Planned(at, kind, worker_id, citizen.alias if citizen else None, occurrence))

    def told(self, worker_id: int, at: datetime) -> list[int]:
        return [w.id for w in self.cover(local_day(at, self.deps.profile)).recipients(worker_id)]


def preview(deps: Deps, days: int) -> list[Planned]:
    """Reminders due from now for `days` days, ordered by time."""
    now = deps.clock.now()
    with deps.new_uow() as uow:
        plan = _Plan(uow, deps, now, days)
        _checkins(plan)
        _reports(plan)
        _citizen_deadlines(plan)
    return sorted(plan.items, key=lambda item: (item.due_at, item.worker_id or 0, item.kind))


def _checkins(plan: _Plan) -> None:
    uow, deps, profile = plan.uow, plan.deps, plan.deps.profile
    lead = timedelta(minutes=profile.reminders.lead_minutes)
    busy: dict[tuple[int, date], bool] = {}
    occurrences: list[tuple[datetime, CheckinAgreement]] = [
        (checkin.due_at, agreement)
        for checkin, agreement in uow.checkins.to_remind(plan.end + lead, 100_000)
        if checkin.outcome == CheckinOutcome.PENDING
    ]
    for agreement in uow.agreements.active():
        due = agreement.next_due_at
        while due is not None and due < plan.end + lead + timedelta(days=2):
            occurrences.append((due, agreement))
            due = deps.cadences.next_due(agreement.cadence, due)
    for due, agreement in occurrences:
        citizen = uow.citizens.get(agreement.citizen_id)
        at = max(checkin_reminder_at(due, profile), plan.now)
        told = plan.told(agreement.worker_id, due)
        plan.add(at, ReminderKind.CHECKIN, told, citizen, due)
        for worker_id in told:
            busy[(worker_id, local_day(due, profile))] = True
        if agreement.remind_citizen and due - citizen_reminder_at(due, profile.tz) > CITIZEN_STILL_RELEVANT:
            plan.add(
                citizen_reminder_at(due, profile.tz),
                ReminderKind.CITIZEN,
                [agreement.worker_id],
                citizen,
                due,
            )
    for worker_id, day in sorted(busy):
        morning = overview_at(day, profile)
        if morning is not None and is_working_day(day) and not plan.cover(day).is_away(worker_id):
            plan.add(morning, ReminderKind.OVERVIEW, [worker_id], None)


def _reports(plan: _Plan) -> None:
    uow, profile = plan.uow, plan.deps.profile
    for team in uow.teams.list():
        for report in uow.reports.open_in_team(team.id):
            if report.status != ReportStatus.NEW or report.deadline_at is None:
                continue
            cover = plan.cover(local_day(plan.now, profile))
            team_ids = [w.id for w in cover.for_team(team.id)]  # as scheduling/deadlines.py tells them
            overdue_ids = list(dict.fromkeys([*(w.id for w in cover.leads(team.id)), *team_ids]))
            plan.add(
                report_warning_at(report.deadline_at, profile), ReminderKind.REPORT_WARNING, team_ids, None
            )
            plan.add(daytime(report.deadline_at, profile), ReminderKind.REPORT_OVERDUE, overdue_ids, None)


def _citizen_deadlines(plan: _Plan) -> None:
    profile = plan.deps.profile
    followup = profile.followup
    for citizen in plan.uow.citizens.active():
        if citizen.worker_id is None:
            continue
        if followup.review_interval_days:
            due = citizen.review_due_at or citizen.created_at + timedelta(days=followup.review_interval_days)
            at = max(daytime(due, profile), plan.now)
            plan.add(at, ReminderKind.REVIEW, plan.told(citizen.worker_id, at), citizen)
        heard = citizen.last_contact_at or citizen.created_at
        suggested = f"inactivity:{citizen.id}:{heard.isoformat(timespec='minutes')}"
        if followup.inactivity_close_days and not plan.uow.reminders.sent_keys([suggested]):
            at = max(daytime(heard + timedelta(days=followup.inactivity_close_days), profile), plan.now)
            plan.add(at, ReminderKind.INACTIVITY, plan.told(citizen.worker_id, at), citizen)
        if followup.period_end_followup_days and citizen.period_ends_on is not None:
            day = citizen.period_ends_on - timedelta(days=followup.period_end_followup_days)
            at = max(on_morning_of(day, profile), plan.now)
            plan.add(at, ReminderKind.FOLLOWUP, plan.told(citizen.worker_id, at), citizen)
