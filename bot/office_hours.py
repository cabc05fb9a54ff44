"""Is the team open now, and when is it back: the profile's weekly hours in its time zone, closed on
Danish public holidays, and both said in the reader's language for the out-of-hours auto-reply.

Time is always passed in (an aware datetime); nothing here reads the clock.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from bot import moments
from bot.i18n import Catalogs, default_catalogs
from bot.profile import DayHours, Profile
from bot.workdays import is_holiday

_SEARCH_DAYS = 370  # the team is open on some weekday, and holidays never fill a year


def _hours_on(profile: Profile, day: date) -> DayHours | None:
    return None if is_holiday(day) else profile.office_hours.for_weekday(day.weekday())


def _aware(now: datetime) -> datetime:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime (UTC), not a naive one")
    return now


def is_working_day(profile: Profile, day: date) -> bool:
    """Whether the team works on a local date at all: it has hours that weekday and it is no holiday."""
    return _hours_on(profile, day) is not None


def is_open(profile: Profile, now: datetime) -> bool:
    """True when the team answers at `now` (aware): within the day's hours and not on a holiday."""
    local = _aware(now).astimezone(profile.tz)
    hours = _hours_on(profile, local.date())
    return hours is not None and hours.opens <= local.time() < hours.closes


def next_opening(profile: Profile, now: datetime) -> datetime:
    """When the team is next open, in the profile's zone; `now` itself (converted) when open already."""
    local = _aware(now).astimezone(profile.tz)
    if is_open(profile, now):
        return local
    for offset in range(_SEARCH_DAYS):
        day = local.date() + timedelta(days=offset)
        hours = _hours_on(profile, day)
        if hours is None:
            continue
        # Through UTC, so an opening time inside a DST gap comes out as a real wall-clock time.
        opening = datetime.combine(day, hours.opens, tzinfo=profile.tz).astimezone(UTC).astimezone(profile.tz)
        if opening > local:
            return opening
    raise RuntimeError(f"profile {profile.name} has no opening in the next {_SEARCH_DAYS} days")


def last_closing(profile: Profile, now: datetime) -> datetime:
    """When the team last closed before `now` (aware): the start of the closed stretch `now` is in, or of
    the last one before it when the team is open."""
    local = _aware(now).astimezone(profile.tz)
    for offset in range(_SEARCH_DAYS):
        day = local.date() - timedelta(days=offset)
        hours = _hours_on(profile, day)
        if hours is None:
            continue
        closing = datetime.combine(day, hours.closes, tzinfo=profile.tz).astimezone(UTC)
        if closing <= local:
            return closing.astimezone(profile.tz)
    raise RuntimeError(f"profile {profile.name} has no closing in the last {_SEARCH_DAYS} days")


def describe_opening(
    dt: datetime, language: str, now: datetime | None = None, catalogs: Catalogs | None = None
) -> str:
    """`dt` for a text: "mandag kl. 08:00" / "Monday at 08:00"; with `now`, "i dag …" / "i morgen …"
    for today and tomorrow, and the date too when it is a week or more away (over Christmas)."""
    texts = catalogs or default_catalogs()
    clock = moments.clock(dt)
    days_ahead = None if now is None else (dt.date() - _aware(now).astimezone(_aware(dt).tzinfo).date()).days
    if days_ahead == 0:
        return texts.text("time.today", language, time=clock)
    if days_ahead == 1:
        return texts.text("time.tomorrow", language, time=clock)
    if days_ahead is not None and not 0 <= days_ahead < 7:
        return weekday_date(dt, language, texts)
    weekday = _day_names(texts, "time.weekdays", language)[dt.weekday()]
    return texts.text("time.weekday", language, weekday=weekday, time=clock)


def weekday_date(dt: datetime, language: str, catalogs: Catalogs | None = None) -> str:
    """`dt`, in the zone it is given in, with its weekday and date: "tirsdag 24.11. kl. 10:00"."""
    texts = catalogs or default_catalogs()
    weekday = _day_names(texts, "time.weekdays", language)[dt.weekday()]
    return texts.text(
        "time.weekday_date", language, weekday=weekday, date=moments.day_month(dt), time=moments.clock(dt)
    )


def when_back(profile: Profile, now: datetime, language: str, catalogs: Catalogs | None = None) -> str:
    """When the team is back, for the out-of-hours reply: ``describe_opening(next_opening(…))``."""
    return describe_opening(next_opening(profile, now), language, now=now, catalogs=catalogs)


def describe_hours(profile: Profile, language: str, catalogs: Catalogs | None = None) -> str:
    """The weekly hours, compactly: "man-tor 8-15.30, fre 8-13" / "Mon-Thu 8-15:30, Fri 8-13".

    A plain hyphen, not an en dash: the text goes into SMS, and one character outside GSM-7 would cut
    every part of the message from 153 to 67 characters.
    """
    texts = catalogs or default_catalogs()
    names = _day_names(texts, "time.weekdays_short", language)
    separator = texts.text("time.clock_separator", language)
    runs: list[tuple[int, int, DayHours]] = []
    for weekday in range(7):
        hours = profile.office_hours.for_weekday(weekday)
        if hours is None:
            continue
        if runs and runs[-1][1] == weekday - 1 and runs[-1][2] == hours:
            runs[-1] = (runs[-1][0], weekday, hours)
        else:
            runs.append((weekday, weekday, hours))
    parts = []
    for first, last, hours in runs:
        days = names[first] if first == last else f"{names[first]}-{names[last]}"
        parts.append(f"{days} {_short_clock(hours.opens, separator)}-{_short_clock(hours.closes, separator)}")
    return ", ".join(parts)


def _short_clock(value: time, separator: str) -> str:
    return f"{value.hour}" if value.minute == 0 else f"{value.hour}{separator}{value.minute:02d}"


def _day_names(texts: Catalogs, key: str, language: str) -> list[str]:
    names = [name.strip() for name in texts.text(key, language).split(",")]
    if len(names) != 7:
        # A broken translation must not break the auto-reply: Danish has all seven.
        names = [name.strip() for name in texts.text(key, "da").split(",")]
    return names
