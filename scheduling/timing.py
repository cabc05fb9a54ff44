"""When each kind of reminder is due: one place, read by the tick that sends and by `reminders preview`
that shows what will be sent, so the two can never disagree."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.office_hours import is_working_day
from bot.profile import Profile

GRACE = timedelta(minutes=20)
"""A reminder written later than this after its time is marked late (the process was down); the tick runs
every 15 seconds, so anything later than a few seconds is downtime, but a reminder a quarter of an hour
late still serves its purpose and needs no apology."""

CHECKIN_STILL_RELEVANT = timedelta(hours=1)
"""A check-in up to this long past still gets its reminder, late; an older one is folded into the next
morning overview (listed as not marked) rather than sent as if it were coming."""

PLAN_AHEAD = timedelta(hours=36)
"""Occurrences are made check-ins this far ahead, so the citizen's day-before reminder can go."""

OVERVIEW_RELEVANT = timedelta(hours=4)
"""A morning overview missed by downtime is still sent, late, this long after its time; after that the
day's reminders have taken its place and the next overview carries what is still open."""

CITIZEN_WINDOW = (time(9, 0), time(19, 0))
"""The citizen's reminder goes the day before at the check-in's time, moved into daytime."""

CITIZEN_STILL_RELEVANT = timedelta(hours=3)
"""A citizen's reminder is not sent when the check-in is closer than this: "see you tomorrow" would lie."""

CATCH_UP = timedelta(days=30)
"""How far back a tick looks for deadlines it has not yet warned or alerted of (downtime included)."""


def checkin_reminder_at(due_at: datetime, profile: Profile) -> datetime:
    return due_at - timedelta(minutes=profile.reminders.lead_minutes)


def citizen_reminder_at(due_at: datetime, zone: ZoneInfo) -> datetime:
    """The day before, at the check-in's local time, but never before 09:00 nor after 19:00."""
    local = due_at.astimezone(zone)
    day_before = local.date() - timedelta(days=1)
    earliest, latest = CITIZEN_WINDOW
    at = min(max(local.time().replace(tzinfo=None), earliest), latest)
    return datetime.combine(day_before, at, tzinfo=zone)


def overview_at(day: date, profile: Profile) -> datetime | None:
    """The morning overview's time on a local day, or None when the profile has it off."""
    at = profile.reminders.morning_overview
    return None if at is None else datetime.combine(day, at, tzinfo=profile.tz)


EVENING = time(20, 0)
MORNING_DEFAULT = time(8, 0)
_SEARCH_DAYS = 370  # a team works on some weekday, and holidays never fill a year


def daytime(moment: datetime, profile: Profile) -> datetime:
    """When a notice that has no time of its own (a deadline, a review, a nudge, a handover) reaches a
    worker: on a working day between the morning (the overview's time) and the evening; otherwise it
    waits for the next working-day morning, so no work phone buzzes at night, at the weekend or on a
    holiday over something that can wait."""
    zone = profile.tz
    morning = profile.reminders.morning_overview or MORNING_DEFAULT
    local = moment.astimezone(zone)
    day = local.date()
    if is_working_day(profile, day) and morning <= local.time() < EVENING:
        return moment
    if not (is_working_day(profile, day) and local.time() < morning):
        day += timedelta(days=1)
        for _ in range(_SEARCH_DAYS):
            if is_working_day(profile, day):
                break
            day += timedelta(days=1)
    return datetime.combine(day, morning, tzinfo=zone)


def report_warning_at(deadline_at: datetime, profile: Profile) -> datetime:
    """The morning `warn_before_days` before the deadline's day."""
    day = local_day(deadline_at, profile) - timedelta(days=profile.reports.warn_before_days)
    return datetime.combine(day, profile.reminders.morning_overview or MORNING_DEFAULT, tzinfo=profile.tz)


def on_morning_of(day: date, profile: Profile) -> datetime:
    return datetime.combine(day, profile.reminders.morning_overview or MORNING_DEFAULT, tzinfo=profile.tz)


def is_late(now: datetime, meant_for: datetime) -> bool:
    return now - meant_for > GRACE


def local_day(moment: datetime, profile: Profile) -> date:
    return moment.astimezone(profile.tz).date()
