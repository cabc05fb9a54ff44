"""`skp-bot stats`: anonymous counts of a period for the team's reporting and the municipality's board.

Counts and durations only: no alias, name, text or id leaves this module. A period is a range of local
dates in the profile's time zone, both ends included.
"""

import math
import statistics
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar

from bot.models.enums import Channel, CheckinOutcome, Direction
from bot.profile import Profile
from bot.repositories.figures import ReportTimes
from bot.uow import UnitOfWork

ANSWER_HORIZON = timedelta(days=30)
"""How long after the period an answer is still looked for; a wait longer than that counts as unanswered."""


@dataclass(frozen=True)
class Durations:
    """How long something took: how often it was measured, the median and the 90th percentile."""

    count: int
    median_seconds: int | None
    p90_seconds: int | None

    @classmethod
    def of(cls, waits: Sequence[timedelta]) -> "Durations":
        seconds = sorted(wait.total_seconds() for wait in waits)
        if not seconds:
            return cls(0, None, None)
        nearest_rank = seconds[math.ceil(0.9 * len(seconds)) - 1]
        return cls(len(seconds), round(statistics.median(seconds)), round(nearest_rank))


@dataclass(frozen=True)
class ReportCounts:
    """Concern reports received in the period, and what became of them (up to now)."""

    received: int
    picked_up_within_deadline: int  # taken (or answered or closed) by the deadline, or no deadline set
    picked_up_late: int
    not_picked_up: int
    answered: int


@dataclass(frozen=True)
class ContactCounts:
    new_contacts: int  # citizens first known in the period (invited, or a stranger who wrote)
    active_citizens: int  # citizens who wrote at least once in the period
    messages_in: int
    messages_out: int


@dataclass(frozen=True)
class ChannelMessages:
    """Messages relayed through one channel (Telegram or SMS) in the period."""

    messages_in: int
    messages_out: int


@dataclass(frozen=True)
class CheckinCounts:
    """Agreed check-ins due in the period, by what the worker recorded."""

    done: int
    not_reached: int
    missed: int  # nobody recorded anything, even after the nudge and the lead's alert
    moved: int
    open: int  # not recorded yet


@dataclass(frozen=True)
class ResponseTimes:
    citizen_message_to_answer: Durations  # from the first unanswered citizen message to the worker's answer
    unanswered_citizen_messages: int  # waits begun in the period, unanswered (within ANSWER_HORIZON)
    report_to_pickup: Durations  # from a concern report to a worker taking (or answering/closing) it


@dataclass(frozen=True)
class PeriodStats:
    first_day: date
    last_day: date
    timezone: str
    reports: ReportCounts
    contacts: ContactCounts
    checkins: CheckinCounts
    response_times: ResponseTimes
    messages_by_channel: dict[str, ChannelMessages]  # every channel, "telegram" and "sms", zeros included

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data["first_day"], data["last_day"] = self.first_day.isoformat(), self.last_day.isoformat()
        return data


def period_stats(uow: UnitOfWork, profile: Profile, first_day: date, last_day: date) -> PeriodStats:
    """The counts of the local days `first_day`..`last_day`, read in one transaction."""
    return periods_stats(uow, profile, [(first_day, last_day)])[0]


def periods_stats(
    uow: UnitOfWork, profile: Profile, periods: Sequence[tuple[date, date]]
) -> list[PeriodStats]:
    """The counts of back-to-back periods (each (first day, last day), the next starting the day after),
    read in one transaction of four queries however many periods: a year of weeks costs one pass over
    the messages, as a year does.

    A citizen's wait for an answer belongs to the period it began in, so the periods' waits add up to the
    waits of the whole span; its answer counts if it came within ANSWER_HORIZON of that period's end.
    """
    bounds = _bounds(profile, periods)
    starts, span_end = bounds[:-1], bounds[-1]
    tallies = [_MessageTally() for _ in periods]
    with uow:
        figures = uow.figures
        report_rows = _per_period(figures.reports_created_between(starts[0], span_end), starts)
        new_contacts = _per_period(
            ((at,) for at in figures.citizens_created_between(starts[0], span_end)), starts
        )
        checkin_rows = _per_period(figures.checkins_due_between(starts[0], span_end), starts)
        messages = figures.message_times_between(starts[0], span_end + ANSWER_HORIZON)
        waits = _per_period(_waits(_tallied(messages, starts, span_end, tallies), span_end), starts)
    result = []
    for (first_day, last_day), end, rows, new, due, tally, period_waits in zip(
        periods, bounds[1:], report_rows, new_contacts, checkin_rows, tallies, waits, strict=True
    ):
        reports, pickup_times = _reports(rows)
        by_channel = _by_channel(tally.messages)
        contacts = ContactCounts(
            new_contacts=len(new),
            active_citizens=len(tally.writers),
            messages_in=sum(channel.messages_in for channel in by_channel.values()),
            messages_out=sum(channel.messages_out for channel in by_channel.values()),
        )
        outcomes = Counter(outcome for _, outcome in due)
        checkins = CheckinCounts(
            done=outcomes[CheckinOutcome.DONE],
            not_reached=outcomes[CheckinOutcome.NOT_REACHED],
            missed=outcomes[CheckinOutcome.MISSED],
            moved=outcomes[CheckinOutcome.MOVED],
            open=outcomes[CheckinOutcome.PENDING],
        )
        answers = [
            answered - began
            for began, answered in period_waits
            if answered is not None and answered < end + ANSWER_HORIZON
        ]
        times = ResponseTimes(
            Durations.of(answers), len(period_waits) - len(answers), Durations.of(pickup_times)
        )
        result.append(
            PeriodStats(first_day, last_day, profile.timezone, reports, contacts, checkins, times, by_channel)
        )
    return result


@dataclass
class _MessageTally:
    """One period's messages per (direction, channel), and who wrote (ids stay in here)."""

    messages: Counter[tuple[str, str]] = field(default_factory=Counter)
    writers: set[int] = field(default_factory=set)


def _tallied(
    messages: Iterable[tuple[int, str, str, datetime]],
    starts: Sequence[datetime],
    span_end: datetime,
    tallies: Sequence[_MessageTally],
) -> Iterator[tuple[int, str, datetime]]:
    """The messages passed on to the answer times, counted on the way into their period: one pass."""
    for citizen_id, direction, channel, created_at in messages:
        if created_at < span_end:
            tally = tallies[bisect_right(starts, created_at) - 1]
            tally.messages[(direction, channel)] += 1
            if direction == Direction.INBOUND:
                tally.writers.add(citizen_id)
        yield citizen_id, direction, created_at


def _bounds(profile: Profile, periods: Sequence[tuple[date, date]]) -> list[datetime]:
    """The periods' starts and the last one's end: local midnights; refuses gaps and overlaps."""
    if not periods:
        raise ValueError("no period")
    for (first_day, last_day), (next_first, _) in zip(periods, [*periods[1:], (None, None)], strict=True):
        if last_day < first_day:
            raise ValueError("the period ends before it starts")
        if next_first is not None and next_first != last_day + timedelta(days=1):
            raise ValueError("the periods are not back to back")
    days = [first_day for first_day, _ in periods] + [periods[-1][1] + timedelta(days=1)]
    # in UTC, as the rows come: comparing times of two different zones asks the zone for every row
    return [datetime.combine(day, time(0), tzinfo=profile.tz).astimezone(UTC) for day in days]


Timed = TypeVar("Timed", bound=tuple[Any, ...])


def _per_period(rows: Iterable[Timed], starts: Sequence[datetime]) -> list[list[Timed]]:
    """Rows into the period their moment (the first field) falls in; the caller read only the span's."""
    buckets: list[list[Timed]] = [[] for _ in starts]
    for row in rows:
        buckets[bisect_right(starts, row[0]) - 1].append(row)
    return buckets


def _by_channel(counts: dict[tuple[str, str], int]) -> dict[str, ChannelMessages]:
    """Every channel, in the enum's order; the totals are these summed, so the two always agree."""
    return {
        channel.value: ChannelMessages(
            messages_in=counts.get((Direction.INBOUND.value, channel.value), 0),
            messages_out=counts.get((Direction.OUTBOUND.value, channel.value), 0),
        )
        for channel in Channel
    }


def _reports(rows: Sequence[ReportTimes]) -> tuple[ReportCounts, list[timedelta]]:
    within = late = waiting = answered = 0
    pickup_times = []
    for created, deadline, taken, answered_at, closed in rows:
        acted = [moment for moment in (taken, answered_at, closed) if moment is not None]
        answered += answered_at is not None
        if not acted:
            waiting += 1
            continue
        picked_up = min(acted)
        pickup_times.append(picked_up - created)
        if deadline is None or picked_up <= deadline:
            within += 1
        else:
            late += 1
    return ReportCounts(len(rows), within, late, waiting, answered), pickup_times


def _waits(
    messages: Iterable[tuple[int, str, datetime]], end: datetime
) -> Iterator[tuple[datetime, datetime | None]]:
    """(began, answered or None) of each wait: from a citizen's first message since the last answer to the
    next answer.

    Messages come per citizen in time order. Only waits that began before `end` count; their answer may
    come later, so a question asked on the last evening of the period is still measured.
    """
    citizen, waiting_since = None, None
    for citizen_id, direction, created_at in messages:
        if citizen_id != citizen:
            if waiting_since is not None:
                yield waiting_since, None
            citizen, waiting_since = citizen_id, None
        if direction == Direction.INBOUND:
            if waiting_since is None and created_at < end:
                waiting_since = created_at
        elif waiting_since is not None:
            yield waiting_since, created_at
            waiting_since = None
    if waiting_since is not None:
        yield waiting_since, None
