"""The operational figures behind `GET /metrics`, read from the database at scrape time.

The database is the single source of truth: two replicas, or a process just restarted, report the same
numbers. Labels are channel, direction and reminder kind only, all from closed vocabularies; nothing
that names a person.
"""

import threading
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.models.enums import Channel, Direction, ReminderKind
from bot.repositories.figures import FiguresRepository, Ledger
from bot.services.context import Deps

SETTLE = timedelta(minutes=1)
"""A ledger row older than this is taken to be committed: no use case holds a transaction that long."""


@dataclass(frozen=True)
class OperationalFigures:
    """What a dashboard shows about one deployment, every key filled (zero when nothing happened)."""

    messages: dict[tuple[str, str], int]  # (direction, channel) -> relayed messages stored
    outbox_pending: dict[str, int]  # channel -> messages waiting to be sent
    outbox_oldest_pending_seconds: float  # how long the oldest waiting message has waited; 0 when none
    outbox_given_up: dict[str, int]  # channel -> messages the drainer gave up on
    reminders_sent: dict[str, int]  # kind -> reminders sent
    reminders_late: dict[str, int]  # kind -> of those, caught up late (after downtime)
    reports_deadline_at_risk: int  # not yet picked up, deadline within the profile's warning time
    reports_deadline_passed: int  # not yet picked up, deadline passed


class Tally:
    """Rows of a ledger table (messages, reminders) per group, counted once, then only the rows added since.

    Counting a whole table at every scrape grows with years of history; a tally counts it at the first
    scrape and afterwards reads only ids above the last settled one (a primary-key range). Rows younger
    than `SETTLE` are counted afresh each time, so a transaction that commits a lower id a moment after
    a higher one is not missed. The count only grows, as a Prometheus counter must: rows deleted (a
    citizen's `/slet`, the nightly purge of old reminders) lower it at the process's next start only.
    """

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger
        self._lock = threading.Lock()  # scrapes run in worker threads; one tally update at a time
        self._settled_id = 0
        self._settled: Counter[tuple[str, str]] = Counter()

    def read(self, figures: FiguresRepository, now: datetime) -> Counter[tuple[str, str]]:
        with self._lock:
            cut = now - SETTLE
            settled_id = figures.last_id_before(self._ledger, self._settled_id, cut) or self._settled_id
            fresh = Counter[tuple[str, str]]()
            newly_settled = Counter[tuple[str, str]]()
            counts = figures.counts_after(self._ledger, self._settled_id, settled_id)
            for key, (settled, total) in counts.items():
                newly_settled[key] = settled
                fresh[key] = total - settled
            self._settled.update(newly_settled)
            self._settled_id = settled_id
            return self._settled + fresh


class FiguresReader:
    """Reads one scrape's figures; one per process, so the message tally carries from scrape to scrape."""

    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._messages = Tally("messages")
        self._reminders = Tally("reminders")

    def __call__(self) -> OperationalFigures:
        """One consistent read of everything /metrics shows; raises the database's error when it is down."""
        deps = self._deps
        now = deps.clock.now()
        warn_before = timedelta(days=deps.profile.reports.warn_before_days)
        with deps.new_uow() as uow:
            figures = uow.figures
            messages = self._messages.read(figures, now)
            pending = figures.pending_outbox_by_channel()
            oldest = figures.oldest_pending_outbox()
            given_up = figures.failed_outbox_by_channel()
            reminders = self._reminders.read(figures, now)
            at_risk = figures.reports_not_taken_with_deadline_between(now, now + warn_before)
            passed = figures.reports_not_taken_with_deadline_between(None, now)
        channels = [channel.value for channel in Channel]
        kinds = [kind.value for kind in ReminderKind]
        return OperationalFigures(
            messages={
                (direction.value, channel): messages[(direction.value, channel)]
                for direction in Direction
                for channel in channels
            },
            outbox_pending={channel: pending.get(channel, 0) for channel in channels},
            outbox_oldest_pending_seconds=max(0.0, (now - oldest).total_seconds()) if oldest else 0.0,
            outbox_given_up={channel: given_up.get(channel, 0) for channel in channels},
            reminders_sent={kind: reminders[(kind, "True")] + reminders[(kind, "False")] for kind in kinds},
            reminders_late={kind: reminders[(kind, "True")] for kind in kinds},
            reports_deadline_at_risk=at_risk,
            reports_deadline_passed=passed,
        )
