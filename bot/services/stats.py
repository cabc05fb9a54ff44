"""`skp-bot stats`: anonymous counts of a period for the team's reporting and the municipality's board.

Counts and durations only: no alias, name, text or id leaves this module. A period is a range of local
dates in the profile's time zone, both ends included.
"""

import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta

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
    if last_day < first_day:
        raise ValueError("the period ends before it starts")
    start = datetime.combine(first_day, time(0), tzinfo=profile.tz)
    end = datetime.combine(last_day + timedelta(days=1), time(0), tzinfo=profile.tz)
    with uow:
        figures = uow.figures
        reports, pickup_times = _reports(figures.reports_created_between(start, end))
        by_channel = _by_channel(figures.messages_between(start, end))
        contacts = ContactCounts(
            new_contacts=figures.citizens_created_between(start, end),
            active_citizens=figures.citizens_who_wrote_between(start, end),
            messages_in=sum(channel.messages_in for channel in by_channel.values()),
            messages_out=sum(channel.messages_out for channel in by_channel.values()),
        )
        outcomes = figures.checkin_outcomes_between(start, end)
        later = figures.message_times_between(start, end + ANSWER_HORIZON)
        answers, unanswered = _answer_times(later, end)
    checkins = CheckinCounts(
        done=outcomes.get(CheckinOutcome.DONE, 0),
        not_reached=outcomes.get(CheckinOutcome.NOT_REACHED, 0),
        missed=outcomes.get(CheckinOutcome.MISSED, 0),
        moved=outcomes.get(CheckinOutcome.MOVED, 0),
        open=outcomes.get(CheckinOutcome.PENDING, 0),
    )
    times = ResponseTimes(Durations.of(answers), unanswered, Durations.of(pickup_times))
    return PeriodStats(first_day, last_day, profile.timezone, reports, contacts, checkins, times, by_channel)


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


def _answer_times(
    messages: Iterable[tuple[int, str, datetime]], end: datetime
) -> tuple[list[timedelta], int]:
    """Each wait starts at a citizen's first message since the last answer and ends at the next answer.

    Messages come per citizen in time order. Only waits that began before `end` count; their answer may
    come later, so a question asked on the last evening of the period is still measured.
    """
    answers: list[timedelta] = []
    unanswered = 0
    citizen, waiting_since = None, None
    for citizen_id, direction, created_at in messages:
        if citizen_id != citizen:
            unanswered += waiting_since is not None
            citizen, waiting_since = citizen_id, None
        if direction == Direction.INBOUND:
            if waiting_since is None and created_at < end:
                waiting_since = created_at
        elif waiting_since is not None:
            answers.append(created_at - waiting_since)
            waiting_since = None
    unanswered += waiting_since is not None
    return answers, unanswered
