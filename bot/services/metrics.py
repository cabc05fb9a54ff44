"""The operational figures behind `GET /metrics`, read from the database at scrape time.

The database is the single source of truth: two replicas, or a process just restarted, report the same
numbers. Labels are channel, direction and reminder kind only, all from closed vocabularies; nothing
that names a person.
"""

from dataclasses import dataclass
from datetime import timedelta

from bot.models.enums import Channel, Direction, ReminderKind
from bot.services.context import Deps


@dataclass(frozen=True)
class OperationalFigures:
    """What a dashboard shows about one deployment, every key filled (zero when nothing happened)."""

    messages: dict[tuple[str, str], int]  # (direction, channel) -> relayed messages ever stored
    outbox_pending: dict[str, int]  # channel -> messages waiting to be sent
    outbox_oldest_pending_seconds: float  # how long the oldest waiting message has waited; 0 when none
    outbox_given_up: dict[str, int]  # channel -> messages the drainer gave up on
    reminders_sent: dict[str, int]  # kind -> reminders sent
    reminders_late: dict[str, int]  # kind -> of those, caught up late (after downtime)
    reports_deadline_at_risk: int  # not yet picked up, deadline within the profile's warning time
    reports_deadline_passed: int  # not yet picked up, deadline passed


def operational_figures(deps: Deps) -> OperationalFigures:
    """One consistent read of everything /metrics shows; raises the database's error when it is down."""
    now = deps.clock.now()
    warn_before = timedelta(days=deps.profile.reports.warn_before_days)
    with deps.new_uow() as uow:
        figures = uow.figures
        messages = figures.messages_by_direction_and_channel()
        pending = figures.pending_outbox_by_channel()
        oldest = figures.oldest_pending_outbox()
        given_up = figures.failed_outbox_by_channel()
        reminders = figures.reminders_by_kind()
        at_risk = figures.reports_not_taken_with_deadline_between(now, now + warn_before)
        passed = figures.reports_not_taken_with_deadline_between(None, now)
    channels = [channel.value for channel in Channel]
    kinds = [kind.value for kind in ReminderKind]
    return OperationalFigures(
        messages={
            (direction.value, channel): messages.get((direction.value, channel), 0)
            for direction in Direction
            for channel in channels
        },
        outbox_pending={channel: pending.get(channel, 0) for channel in channels},
        outbox_oldest_pending_seconds=max(0.0, (now - oldest).total_seconds()) if oldest else 0.0,
        outbox_given_up={channel: given_up.get(channel, 0) for channel in channels},
        reminders_sent={kind: reminders.get(kind, (0, 0))[0] for kind in kinds},
        reminders_late={kind: reminders.get(kind, (0, 0))[1] for kind in kinds},
        reports_deadline_at_risk=at_risk,
        reports_deadline_passed=passed,
    )
