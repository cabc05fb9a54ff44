"""The console's Figures page: a period's counts week by week, and the same as CSV to download.

The weeks come from the code `skp-bot stats` counts with (`periods_stats`, of which `period_stats` is the
one-period case): one source, no second query for the same number, and one pass over the messages for a
year of weeks. Weeks are ISO weeks, Monday to Sunday in the profile's time zone, the first and last
clipped to the period's ends. The weeks' counts add up to the period's; a citizen's wait for an answer
belongs to the week it began in. Medians and percentiles do not add up, of course.
"""

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.models.enums import Channel
from bot.profile import Profile
from bot.services.stats import ChannelMessages, PeriodStats, periods_stats
from bot.uow import UnitOfWork


@dataclass(frozen=True)
class WeekFigures:
    """One week's counts for the plots and the CSV; nothing that names a person."""

    label: str  # ISO 8601 year and week, "2026-W49"; the page words it ("uge 49") from the catalog
    year: int  # the ISO year, which differs from the calendar year around New Year
    week: int
    first_day: date
    last_day: date
    messages_by_channel: dict[str, ChannelMessages]
    answer_median_seconds: int | None  # citizen message to a worker's answer; None when none was measured
    answer_p90_seconds: int | None
    checkins_done: int
    checkins_not_reached: int
    checkins_missed: int
    reports_received: int
    reports_picked_up_within_deadline: int

    @classmethod
    def of(cls, stats: PeriodStats) -> "WeekFigures":
        year, week, _ = stats.first_day.isocalendar()
        answers = stats.response_times.citizen_message_to_answer
        return cls(
            label=f"{year}-W{week:02d}",
            year=year,
            week=week,
            first_day=stats.first_day,
            last_day=stats.last_day,
            messages_by_channel=stats.messages_by_channel,
            answer_median_seconds=answers.median_seconds,
            answer_p90_seconds=answers.p90_seconds,
            checkins_done=stats.checkins.done,
            checkins_not_reached=stats.checkins.not_reached,
            checkins_missed=stats.checkins.missed,
            reports_received=stats.reports.received,
            reports_picked_up_within_deadline=stats.reports.picked_up_within_deadline,
        )


def weekly_figures(
    new_uow: Callable[[], UnitOfWork], profile: Profile, first_day: date, last_day: date
) -> list[WeekFigures]:
    """The weeks of `first_day`..`last_day` (local dates, both included), oldest first."""
    if last_day < first_day:
        raise ValueError("the period ends before it starts")
    periods = list(weeks(first_day, last_day))
    return [WeekFigures.of(stats) for stats in periods_stats(new_uow(), profile, periods)]


def weeks(first_day: date, last_day: date) -> Iterator[tuple[date, date]]:
    """(first, last) day of each ISO week that touches the period, clipped to the period."""
    monday = first_day - timedelta(days=first_day.weekday())
    while monday <= last_day and first_day <= last_day:
        yield max(monday, first_day), min(monday + timedelta(days=6), last_day)
        monday += timedelta(days=7)


def csv_columns() -> list[str]:
    """The CSV's header: stable English names a spreadsheet or a script can rely on."""
    channels = [f"{channel.value}_messages_{way}" for channel in Channel for way in ("in", "out")]
    return [
        "week",
        "first_day",
        "last_day",
        *channels,
        "answer_median_seconds",
        "answer_p90_seconds",
        "checkins_done",
        "checkins_not_reached",
        "checkins_missed",
        "reports_received",
        "reports_picked_up_within_deadline",
    ]


def as_csv(weeks: Sequence[WeekFigures]) -> str:
    """One header row and one row per week (RFC 4180: comma, CRLF); an unmeasured time is an empty cell."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(csv_columns())
    for week in weeks:
        channels = [
            count
            for channel in Channel
            for count in _in_out(week.messages_by_channel.get(channel.value, ChannelMessages(0, 0)))
        ]
        writer.writerow(
            [
                week.label,
                week.first_day.isoformat(),
                week.last_day.isoformat(),
                *channels,
                _blank_if_none(week.answer_median_seconds),
                _blank_if_none(week.answer_p90_seconds),
                week.checkins_done,
                week.checkins_not_reached,
                week.checkins_missed,
                week.reports_received,
                week.reports_picked_up_within_deadline,
            ]
        )
    return out.getvalue()


def _in_out(messages: ChannelMessages) -> tuple[int, int]:
    return messages.messages_in, messages.messages_out


def _blank_if_none(value: int | None) -> int | str:
    return "" if value is None else value
