"""One scheduler tick: every job asks the database what is due and acts on it, each in its own
transaction, so one failing job (logged, retried next tick) never holds back the others."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from bot.services.context import Deps
from bot.uow import UnitOfWork
from scheduling import abandoned, checkins, deadlines, handover, overview, retention, silence

log = logging.getLogger(__name__)

Job = Callable[[UnitOfWork, Deps, datetime], int]

JOBS: tuple[tuple[str, Job], ...] = (
    ("plan", checkins.plan),  # first: the occurrences the reminders below are about
    ("remind", checkins.remind),
    ("nudge", checkins.nudge),
    ("escalate", checkins.escalate),
    ("citizen_reminders", checkins.remind_citizens),
    ("overview", overview.send_overviews),
    ("abandoned_reports", abandoned.file_abandoned_reports),  # before the deadlines: they count too
    ("report_deadlines", deadlines.report_deadlines),
    ("reviews", deadlines.reviews),
    ("period_followups", deadlines.period_followups),
    ("inactivity", deadlines.inactivity),
    ("silent_citizens", silence.close_silent_citizens),
    ("handovers", handover.send_handovers),
)


@dataclass
class TickReport:
    """What a tick did: per job, how many reminders it sent (or rows it touched); jobs that failed."""

    at: datetime
    counts: dict[str, int] = field(default_factory=dict)
    failed: list[str] = field(default_factory=list)


def run_tick(deps: Deps, jobs: tuple[tuple[str, Job], ...] = JOBS) -> TickReport:
    report = TickReport(at=deps.clock.now())
    for name, job in jobs:
        try:
            with deps.new_uow() as uow:
                report.counts[name] = job(uow, deps, report.at)
                uow.commit()
        except Exception:
            # Ids and counts only reach the log (the engine hides statement parameters).
            log.exception("scheduler job failed", extra={"job": name})
            report.failed.append(name)
    return report


def run_retention(deps: Deps) -> TickReport:
    """The nightly purge, as a tick of its own (the runner starts it once a night and at take-over)."""
    return run_tick(deps, (("retention", retention.purge),))
