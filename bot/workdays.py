"""Danish working days: weekdays that are not public holidays (the `holidays` package's Denmark).

Deadlines such as Greve's "case processing starts within five working days" are counted with these.
"""

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays


@lru_cache(maxsize=64)
def _danish_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("DK", years=year).keys())


def is_working_day(day: date) -> bool:
    """Monday to Friday and not a Danish public holiday."""
    return day.weekday() < 5 and day not in _danish_holidays(day.year)


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
