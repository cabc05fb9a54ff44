"""Dates and times as every user reads them, in one format for every language: `24.11.`, `24.11.2026`,
`10:00`. One place, so a reminder, a deadline, the overview and the office-hours answer agree.

Pure: the caller turns a moment into the profile's zone first (or passes `zone`).
"""

from datetime import date, datetime, time, tzinfo


def clock(moment: datetime | time, zone: tzinfo | None = None) -> str:
    """`09:30`: hours and minutes, always two digits each, with a colon."""
    if isinstance(moment, datetime) and zone is not None:
        moment = moment.astimezone(zone)
    return f"{moment:%H:%M}"


def day_month(day: date | datetime, zone: tzinfo | None = None) -> str:
    """`4.12.`: the day of a date close enough that the year goes without saying."""
    if isinstance(day, datetime) and zone is not None:
        day = day.astimezone(zone)
    return f"{day.day}.{day.month}."


def full_date(day: date) -> str:
    """`4.12.2026`: a date with its year, as a worker may type it back (`/away`, `/periode`)."""
    return f"{day.day}.{day.month}.{day.year}"


def day_and_clock(moment: datetime, zone: tzinfo) -> str:
    """`4.12. 09:30`: a date and a time on one line (deadlines, unmarked check-ins)."""
    return f"{day_month(moment, zone)} {clock(moment, zone)}"
