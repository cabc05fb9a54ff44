"""Danish working days: weekdays that are not holidays, as municipal teams keep them.

Deadlines such as Greve's "case processing starts within five working days" are counted with these, and
the office-hours reply uses the same calendar, so the bot never promises a day the team is closed.
"""

from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import holidays

# holidays' "optional" category holds Grundlovsdag (5 June), Juleaftensdag (24 December) and Nytårsaften
# (31 December), when municipal teams are closed, but also Arbejdernes kampdag (1 May), which is a working
# day under most municipal agreements: it is left out.
_OPEN_ON = {(5, 1)}


@cache
def _closed_days(year: int) -> frozenset[date]:
    calendar = holidays.country_holidays("DK", years=year, categories=(holidays.PUBLIC, holidays.OPTIONAL))
    return frozenset(day for day in calendar if (day.month, day.day) not in _OPEN_ON)


def is_holiday(day: date) -> bool:
    """True on a Danish public holiday, Grundlovsdag, Christmas Eve and New Year's Eve."""
    return day in _closed_days(day.year)


def is_working_day(day: date) -> bool:
    """Monday to Friday and not a holiday."""
    return day.weekday() < 5 and not is_holiday(day)


def add_working_days(start: date, days: int) -> date:
    """The date `days` working days after `start` (start itself does not count)."""
    day = start
    remaining = days
    while remaining > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day


def deadline_after(moment: datetime, working_days: int, zone: ZoneInfo) -> datetime:
    """The end (23:59 local) of the `working_days`-th working day after `moment`, as an aware datetime."""
    local_day = moment.astimezone(zone).date()
    last_day = add_working_days(local_day, working_days)
    return datetime.combine(last_day, time(23, 59), tzinfo=zone)
