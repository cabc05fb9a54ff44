"""The cadence of an agreed check-in and when it next falls due, as pure code: no database, no clock.

An agreement stores its cadence as `Cadence.text` and its next due time; the scheduler asks
`next_occurrence` for the one after. Times are agreed as local wall-clock times, so a 10:00 check-in stays
at 10:00 in Copenhagen on both sides of a daylight-saving change. Reading what a worker types lives in
scheduling/cadence_parse.py.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.workdays import is_holiday

MAX_EVERY_WEEKS = 52
LAST = -1  # `Cadence.nth` for the last such weekday of the month

# Canonical text uses the Danish abbreviations; `parse_cadence` reads them back.
DAY_ABBREVIATIONS = ("man", "tir", "ons", "tor", "fre", "lør", "søn")
_DAY_NAMES = {
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_ORDINAL_WORDS_EN = {1: "first", 2: "second", 3: "third", 4: "fourth", LAST: "last"}
_WORKDAYS = frozenset(range(5))
_ALL_DAYS = frozenset(range(7))
# Skipped holidays never run long (24-26 December, Easter), so a next occurrence is a few candidates away;
# the bound only guards against a calendar that is somehow all holidays.
_MAX_CANDIDATES = 64
_ONE_TICK = timedelta(microseconds=1)


class CadenceError(ValueError):
    """A cadence that cannot be read or cannot exist; the message is a short English detail."""


class CadenceKind(StrEnum):
    WEEKLY = "weekly"  # chosen weekdays, every week or every N weeks
    NTH_WEEKDAY = "nth_weekday"  # the 1st to 4th, or the last, such weekday of the month
    DAY_OF_MONTH = "day_of_month"  # a day of the month; past the month's end, its last day


@dataclass(frozen=True)
class Cadence:
    """When an agreed check-in (*aftalt kontakt*) recurs, at a local wall-clock time `at`.

    Weekdays count from Monday = 0. Every N weeks needs an `anchor`: it is normalised to the Monday of the
    week holding the first chosen weekday on or after the given date (the first occurrence's week), and
    the pattern runs every N weeks from there in both directions. Weekly cadences have no anchor.
    """

    kind: CadenceKind
    at: time
    weekdays: frozenset[int] = frozenset()
    every_weeks: int = 1
    anchor: date | None = None
    nth: int = 0  # NTH_WEEKDAY: 1-4 or LAST
    day: int = 0  # DAY_OF_MONTH: 1-31

    def __post_init__(self) -> None:
        if self.at.tzinfo is not None or self.at.second or self.at.microsecond:
            raise CadenceError("the time must be a naive local time in whole minutes")
        object.__setattr__(self, "weekdays", frozenset(self.weekdays))  # hashable even if given a set
        self._check(self.weekdays <= _ALL_DAYS, "weekdays count from 0 (Monday) to 6 (Sunday)")
        if self.kind is CadenceKind.WEEKLY:
            self._check(bool(self.weekdays), "a weekly cadence needs weekdays")
            self._check(not self.nth and not self.day, "a weekly cadence has no Nth or day of the month")
            self._check(1 <= self.every_weeks <= MAX_EVERY_WEEKS, f"every 1 to {MAX_EVERY_WEEKS} weeks")
            self._check(
                self.every_weeks == 1 or self.anchor is not None, "every N weeks needs an anchor date"
            )
            object.__setattr__(self, "anchor", self._anchor_week())
        else:
            self._check(self.every_weeks == 1 and self.anchor is None, "only weekly cadences skip weeks")
        if self.kind is CadenceKind.NTH_WEEKDAY:
            self._check(len(self.weekdays) == 1 and not self.day, "the Nth weekday needs exactly one weekday")
            self._check(self.nth in (1, 2, 3, 4, LAST), "the Nth weekday is the 1st to 4th or the last")
        if self.kind is CadenceKind.DAY_OF_MONTH:
            self._check(not self.weekdays and not self.nth, "a day of the month takes no weekdays")
            self._check(1 <= self.day <= 31, "a day of the month is 1 to 31")

    @staticmethod
    def _check(condition: bool, detail: str) -> None:
        if not condition:
            raise CadenceError(detail)

    def _anchor_week(self) -> date | None:
        if self.every_weeks == 1 or self.anchor is None:
            return None
        offset = min((day - self.anchor.weekday()) % 7 for day in self.weekdays)
        first = self.anchor + timedelta(days=offset)
        return first - timedelta(days=first.weekday())

    @property
    def text(self) -> str:
        """The canonical form to store: Danish, and `parse_cadence` reads it back to an equal Cadence."""
        clock = f"{self.at:%H:%M}"
        if self.kind is CadenceKind.NTH_WEEKDAY:
            nth = "sidste" if self.nth == LAST else f"{self.nth}."
            return f"{nth} {DAY_ABBREVIATIONS[self._weekday]} i måneden {clock}"
        if self.kind is CadenceKind.DAY_OF_MONTH:
            return f"den {self.day}. hver måned {clock}"
        days = ",".join(DAY_ABBREVIATIONS[day] for day in sorted(self.weekdays))
        if self.anchor is None:
            return f"{days} {clock}"
        return f"hver {self.every_weeks}. uge {days} {clock} fra {self.anchor.isoformat()}"

    def describe(self, language: str) -> str:
        """For people: "tirsdag og fredag kl. 10:00", "every 2 weeks on Monday at 09:30". English for
        "en" and its variants, Danish (the default language) for everything else."""
        english = language.strip().lower().startswith("en")
        clock = f"at {self.at:%H:%M}" if english else f"kl. {self.at:%H:%M}"
        return f"{self._describe_days(english)} {clock}{self._describe_note(english)}"

    @property
    def _weekday(self) -> int:
        return min(self.weekdays)

    def _describe_days(self, english: bool) -> str:
        names = _DAY_NAMES["en" if english else "da"]
        if self.kind is CadenceKind.NTH_WEEKDAY:
            name = names[self._weekday]
            if english:
                return f"the {_ORDINAL_WORDS_EN[self.nth]} {name} of the month"
            return f"{'sidste' if self.nth == LAST else f'{self.nth}.'} {name} i måneden"
        if self.kind is CadenceKind.DAY_OF_MONTH:
            return (
                f"the {_english_ordinal(self.day)} of every month"
                if english
                else f"den {self.day}. hver måned"
            )
        if self.every_weeks > 1:
            return self._describe_every_weeks(names, english)
        if self.weekdays == _ALL_DAYS:
            return "every day" if english else "hver dag"
        if self.weekdays == _WORKDAYS:
            return "weekdays" if english else "hverdage"
        if len(self.weekdays) == 1:
            return f"{'every' if english else 'hver'} {names[self._weekday]}"
        return _join([names[day] + ("s" if english else "") for day in sorted(self.weekdays)], english)

    def _describe_every_weeks(self, names: tuple[str, ...], english: bool) -> str:
        if self.weekdays == _ALL_DAYS:
            days = "every day" if english else "alle dage"
        elif self.weekdays == _WORKDAYS:
            days = "on weekdays" if english else "på hverdage"
        else:
            days = _join([names[day] for day in sorted(self.weekdays)], english)
            days = f"on {days}" if english else days
        return f"every {self.every_weeks} weeks {days}" if english else f"hver {self.every_weeks}. uge {days}"

    def _describe_note(self, english: bool) -> str:
        if self.kind is not CadenceKind.DAY_OF_MONTH or self.day <= 28:
            return ""
        return " (the last day in shorter months)" if english else " (i kortere måneder den sidste dag)"


def next_occurrence(cadence: Cadence, after: datetime, tz: ZoneInfo, skip_holidays: bool = False) -> datetime:
    """The first occurrence strictly after `after` (aware), as an aware UTC datetime.

    The occurrence is at `cadence.at` on the wall clock in `tz`. A time the clocks skip (02:30 on the
    March change day) is moved forward to the first instant that exists (03:00); a time the clocks pass
    twice (02:30 on the October change day) is the first of the two, still in summer time, so a check-in
    is due once and as early as it can be.

    With `skip_holidays`, an occurrence on a Danish holiday (`bot.workdays.is_holiday`) is dropped, not
    moved: the next due time is the cadence's next allowed occurrence. Moving it to the next working day
    would change the day agreed with the citizen and could land on the next regular occurrence; a worker
    who wants an extra visit moves that one check-in by hand.
    """
    if after.tzinfo is None or after.utcoffset() is None:
        raise ValueError("after must be an aware datetime (UTC), not a naive one")
    day = _allowed_on_or_after(cadence, after.astimezone(tz).date())
    for _ in range(_MAX_CANDIDATES):
        # An occurrence falls on its own local day, so only the first candidate can lie before `after`.
        if not (skip_holidays and is_holiday(day)):
            instant = _instant(day, cadence.at, tz)
            if instant > after:
                return instant
        day = _allowed_on_or_after(cadence, day + timedelta(days=1))
    raise RuntimeError(f"no occurrence of {cadence.text!r} within {_MAX_CANDIDATES} candidates")


def occurrences_between(
    cadence: Cadence, start: datetime, end: datetime, tz: ZoneInfo, skip_holidays: bool = False
) -> list[datetime]:
    """The occurrences at or after `start` and before `end` (both aware), in order, as aware UTC
    datetimes; half-open, so consecutive windows neither repeat nor miss one."""
    found: list[datetime] = []
    moment = next_occurrence(cadence, start - _ONE_TICK, tz, skip_holidays)
    while moment < end:
        found.append(moment)
        moment = next_occurrence(cadence, moment, tz, skip_holidays)
    return found


def _allowed_on_or_after(cadence: Cadence, day: date) -> date:
    """The first day on or after `day` that the cadence allows, by arithmetic rather than by scanning."""
    if cadence.kind is CadenceKind.WEEKLY:
        return _weekly_on_or_after(cadence, day)
    candidate = _in_month(cadence, day.year, day.month)
    if candidate >= day:
        return candidate
    return _in_month(cadence, day.year + day.month // 12, day.month % 12 + 1)


def _weekly_on_or_after(cadence: Cadence, day: date) -> date:
    monday = day - timedelta(days=day.weekday())
    first = min(cadence.weekdays)
    if cadence.anchor is not None:
        weeks_off = ((monday - cadence.anchor).days // 7) % cadence.every_weeks
        if weeks_off:
            return monday + timedelta(weeks=cadence.every_weeks - weeks_off, days=first)
    later = [weekday for weekday in sorted(cadence.weekdays) if weekday >= day.weekday()]
    if later:
        return monday + timedelta(days=later[0])
    return monday + timedelta(weeks=cadence.every_weeks, days=first)


def _in_month(cadence: Cadence, year: int, month: int) -> date:
    first_weekday, length = calendar.monthrange(year, month)
    if cadence.kind is CadenceKind.DAY_OF_MONTH:
        return date(year, month, min(cadence.day, length))
    weekday = min(cadence.weekdays)
    if cadence.nth == LAST:
        last = date(year, month, length)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    return date(year, month, 1 + (weekday - first_weekday) % 7 + 7 * (cadence.nth - 1))


def _instant(day: date, at: time, tz: ZoneInfo) -> datetime:
    """`at` on `day` on the wall clock in `tz`, as UTC: the first instance of a time the clocks pass
    twice (fold=0), and the end of the gap for a time they skip."""
    wall = datetime.combine(day, at)
    instant = wall.replace(tzinfo=tz).astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) == wall:
        return instant
    # In a gap, fold=1 reads the wall time with the offset after the change (too early) and fold=0 with
    # the one before (too late); between them lies the change itself, found to the second.
    early = wall.replace(tzinfo=tz, fold=1).astimezone(UTC)
    late = instant
    while late - early > timedelta(seconds=1):
        middle = early + timedelta(seconds=(late - early).total_seconds() // 2)
        if middle.astimezone(tz).replace(tzinfo=None) >= wall:
            late = middle
        else:
            early = middle
    return late


def _join(words: list[str], english: bool) -> str:
    if len(words) == 1:
        return words[0]
    return f"{', '.join(words[:-1])} {'and' if english else 'og'} {words[-1]}"


def _english_ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
