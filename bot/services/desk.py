"""What the web console shows: the team's day, its citizens, one citizen's thread. Read-only views in
plain values, built in one transaction each; the handlers only render them.

Who sees what is decided here, once:
- a team lead sees every citizen of the team in the lists; a worker sees their own citizens and those
  they answer for today (cover, by the one rule of who answers, `bot/services/answering.py`);
- a thread (the words written) is shown only to whoever answers for the citizen now, and each opening is
  written to the access log. Anything else is "not found", so ids cannot be probed.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from bot.models import Checkin, CheckinAgreement, Citizen, ConcernReport, Message, Worker
from bot.models.enums import (
    CheckinOutcome,
    CitizenStatus,
    ConsoleAccess,
    Direction,
    ReportStatus,
    WorkerStatus,
)
from bot.services.answering import AnsweringOn
from bot.services.citizen_answer import may_answer
from bot.services.console_sessions import Viewer, log_access
from bot.services.context import Deps
from bot.uow import UnitOfWork

THREAD_MESSAGES = 200  # the latest messages of a thread; older ones are in the journal export
THREAD_CHECKINS = 30
WAIT_TOO_LONG = timedelta(hours=24)  # a citizen waiting longer than this is listed with what is late


@dataclass(frozen=True)
class CheckinLine:
    checkin_id: int
    due_at: datetime  # local time
    citizen_id: int
    alias: str
    outcome: str  # a CheckinOutcome value
    late: bool  # due and not marked


@dataclass(frozen=True)
class WorkerDay:
    worker_id: int
    name: str
    is_lead: bool
    on_duty: bool
    away: bool
    covered_by: str | None
    checkins: tuple[CheckinLine, ...]


@dataclass(frozen=True)
class ReportLine:
    report_id: int
    status: str
    urgency: str
    received_at: datetime  # local
    deadline_at: datetime | None  # local
    late: bool
    worker: str | None


@dataclass(frozen=True)
class Waiting:
    citizen_id: int
    alias: str
    since: datetime  # local
    worker: str | None
    late: bool
    answers: bool  # the viewer answers for them now (may open the thread)


@dataclass(frozen=True)
class Today:
    day: date
    workers: tuple[WorkerDay, ...]
    reports: tuple[ReportLine, ...]
    waiting: tuple[Waiting, ...]

    @property
    def late_checkins(self) -> list[tuple[WorkerDay, CheckinLine]]:
        return [(day, line) for day in self.workers for line in day.checkins if line.late]

    @property
    def late_reports(self) -> list[ReportLine]:
        return [report for report in self.reports if report.late]

    @property
    def late_waits(self) -> list[Waiting]:
        return [wait for wait in self.waiting if wait.late]


@dataclass(frozen=True)
class CitizenLine:
    citizen_id: int
    alias: str
    status: str
    worker: str | None
    cadence: str | None
    next_checkin: datetime | None  # local
    last_contact: datetime | None  # local
    answers: bool  # the viewer answers for them now (may open the thread)


@dataclass(frozen=True)
class ThreadMessage:
    at: datetime  # local
    inbound: bool
    channel: str
    text: str | None  # None: deleted by the retention rules
    worker: str | None
    delivery: str


@dataclass(frozen=True)
class Thread:
    citizen: CitizenLine
    messages: tuple[ThreadMessage, ...]
    checkins: tuple[CheckinLine, ...]


class Sight:
    """What one viewer may see today: the team's citizens they may list, and those they answer for."""

    def __init__(self, uow: UnitOfWork, viewer: Viewer, day: date) -> None:
        self._uow = uow
        self.viewer = viewer
        self._answering = AnsweringOn(uow, day)

    def answers_for(self, citizen: Citizen) -> bool:
        if citizen.team_id != self.viewer.team_id or citizen.status == CitizenStatus.CLOSED:
            return False
        if citizen.worker_id is not None:
            who = self._answering.for_worker(citizen.worker_id)
        else:
            who = self._answering.for_team(citizen.team_id)
        return any(worker.id == self.viewer.worker_id for worker in who)

    def lists(self, citizen: Citizen) -> bool:
        if citizen.team_id != self.viewer.team_id:
            return False
        return self.viewer.is_lead or citizen.worker_id == self.viewer.worker_id or self.answers_for(citizen)

    def is_away(self, worker_id: int) -> bool:
        return self._answering.is_away(worker_id)

    def cover_of(self, worker_id: int) -> int | None:
        absence = self._answering.absences.get(worker_id)
        return absence.cover_worker_id if absence is not None else None


def _local(deps: Deps, moment: datetime) -> datetime:
    return moment.astimezone(deps.profile.tz)


def _day_bounds(deps: Deps, day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), tzinfo=deps.profile.tz)
    return start, start + timedelta(days=1)


def today(uow: UnitOfWork, deps: Deps, viewer: Viewer, now: datetime) -> Today:
    """The morning picture: check-ins today per worker, absences and cover, reports waiting with their
    deadline, citizens waiting for an answer. A worker sees their own and those they cover."""
    day = _local(deps, now).date()
    with uow:
        sight = Sight(uow, viewer, day)
        workers = {w.id: w for w in uow.workers.of_team(viewer.team_id)}
        start, end = _day_bounds(deps, day)
        rows = uow.checkins.of_team_between(viewer.team_id, start, end)
        shown_workers = _shown_workers(sight, workers)
        lines: dict[int, list[CheckinLine]] = {worker_id: [] for worker_id in shown_workers}
        for checkin, agreement, citizen in rows:
            if agreement.worker_id in lines and sight.lists(citizen):
                lines[agreement.worker_id].append(_checkin_line(deps, checkin, citizen, now))
        days = tuple(
            _worker_day(sight, workers[worker_id], workers, tuple(lines[worker_id]))
            for worker_id in shown_workers
        )
        reports = tuple(
            _report_line(deps, report, workers, now) for report in uow.reports.open_in_team(viewer.team_id)
        )
        waiting = _waiting(uow, deps, sight, workers, now)
    return Today(day, days, reports, waiting)


def _shown_workers(sight: Sight, workers: dict[int, Worker]) -> list[int]:
    """A lead sees the whole team (active workers); a worker sees themself and whoever they cover."""
    viewer = sight.viewer
    active = [w for w in workers.values() if w.status == WorkerStatus.ACTIVE]
    if viewer.is_lead:
        return [w.id for w in sorted(active, key=lambda w: w.name.casefold())]
    covered = [w.id for w in active if w.id != viewer.worker_id and sight.cover_of(w.id) == viewer.worker_id]
    return [viewer.worker_id, *covered]


def _worker_day(
    sight: Sight, worker: Worker, workers: dict[int, Worker], checkins: tuple[CheckinLine, ...]
) -> WorkerDay:
    away = sight.is_away(worker.id)
    cover_id = sight.cover_of(worker.id) if away else None
    cover = workers.get(cover_id) if cover_id is not None else None
    return WorkerDay(
        worker.id, worker.name, worker.is_lead, worker.on_duty, away, cover.name if cover else None, checkins
    )


def _checkin_line(deps: Deps, checkin: Checkin, citizen: Citizen, now: datetime) -> CheckinLine:
    pending = checkin.outcome in (CheckinOutcome.PENDING, CheckinOutcome.MISSED)
    return CheckinLine(
        checkin.id,
        _local(deps, checkin.due_at),
        citizen.id,
        citizen.alias,
        checkin.outcome,
        late=pending and checkin.due_at < now,
    )


def _report_line(deps: Deps, report: ConcernReport, workers: dict[int, Worker], now: datetime) -> ReportLine:
    holder = workers.get(report.worker_id) if report.worker_id is not None else None
    deadline = report.deadline_at
    return ReportLine(
        report.id,
        report.status,
        report.urgency,
        _local(deps, report.created_at),
        _local(deps, deadline) if deadline is not None else None,
        late=report.status == ReportStatus.NEW and deadline is not None and deadline < now,
        worker=holder.name if holder else None,
    )


def _waiting(
    uow: UnitOfWork, deps: Deps, sight: Sight, workers: dict[int, Worker], now: datetime
) -> tuple[Waiting, ...]:
    waits = uow.messages.waiting_for_answer(sight.viewer.team_id)
    citizens = uow.citizens.by_ids(waits)
    shown = []
    for citizen_id, since in sorted(waits.items(), key=lambda item: item[1]):
        citizen = citizens.get(citizen_id)
        if citizen is None or not sight.lists(citizen):
            continue
        owner = workers.get(citizen.worker_id) if citizen.worker_id is not None else None
        shown.append(
            Waiting(
                citizen.id,
                citizen.alias,
                _local(deps, since),
                owner.name if owner else None,
                late=now - since > WAIT_TOO_LONG,
                answers=sight.answers_for(citizen),
            )
        )
    return tuple(shown)


def citizens(uow: UnitOfWork, deps: Deps, viewer: Viewer, now: datetime) -> list[CitizenLine]:
    """The citizens the viewer may see, with worker, cadence, next check-in, last contact and status."""
    day = _local(deps, now).date()
    with uow:
        sight = Sight(uow, viewer, day)
        workers = {w.id: w for w in uow.workers.of_team(viewer.team_id)}
        listed = [citizen for citizen in uow.citizens.of_team(viewer.team_id) if sight.lists(citizen)]
        agreements = uow.agreements.current_of([citizen.id for citizen in listed])
        return [
            _citizen_line(deps, citizen, workers, agreements.get(citizen.id), sight.answers_for(citizen))
            for citizen in listed
        ]


def _citizen_line(
    deps: Deps,
    citizen: Citizen,
    workers: dict[int, Worker],
    agreement: CheckinAgreement | None,
    answers: bool,
) -> CitizenLine:
    owner = workers.get(citizen.worker_id) if citizen.worker_id is not None else None
    next_due = agreement.next_due_at if agreement is not None else None
    return CitizenLine(
        citizen.id,
        citizen.alias,
        citizen.status,
        owner.name if owner else None,
        agreement.cadence if agreement is not None else None,
        _local(deps, next_due) if next_due is not None else None,
        _local(deps, citizen.last_contact_at) if citizen.last_contact_at is not None else None,
        answers=answers,
    )


def visible_citizen(
    uow: UnitOfWork, deps: Deps, viewer: Viewer, citizen_id: int, now: datetime
) -> Citizen | None:
    """The citizen, if the viewer answers for them now by the rule a reply goes by (`may_answer`), inside
    the caller's transaction; else None, which the console shows as "not found" whether the citizen
    exists or not."""
    citizen = uow.citizens.get(citizen_id)
    worker = uow.workers.get(viewer.worker_id)
    if citizen is None or worker is None or citizen.team_id != viewer.team_id:
        return None
    return citizen if may_answer(uow, deps, now, worker, citizen) is None else None


def thread(uow: UnitOfWork, deps: Deps, viewer: Viewer, citizen_id: int, now: datetime) -> Thread | None:
    """A citizen's messages and check-ins, for whoever answers for them now; the opening is logged.
    None for anyone else (shown as not found)."""
    with uow:
        citizen = visible_citizen(uow, deps, viewer, citizen_id, now)
        if citizen is None:
            return None
        workers = {w.id: w for w in uow.workers.of_team(viewer.team_id)}
        # `visible_citizen` asked the rule already: the viewer answers for them, and they are not closed.
        line = _citizen_line(deps, citizen, workers, uow.agreements.current(citizen.id), answers=True)
        messages = tuple(_message(deps, m, workers) for m in uow.messages.thread(citizen.id, THREAD_MESSAGES))
        checkins = tuple(
            _checkin_line(deps, checkin, citizen, now)
            for checkin, _ in uow.checkins.of_citizen(citizen.id, THREAD_CHECKINS)
        )
        log_access(uow, viewer, citizen.id, ConsoleAccess.THREAD, now)
        uow.commit()
    return Thread(line, messages, checkins)


def _message(deps: Deps, message: Message, workers: dict[int, Worker]) -> ThreadMessage:
    writer = workers.get(message.worker_id) if message.worker_id is not None else None
    return ThreadMessage(
        _local(deps, message.created_at),
        message.direction == Direction.INBOUND,
        message.channel,
        deps.vault.open(message.body_enc) if message.body_enc is not None else None,
        writer.name if writer else None,
        message.delivery_status,
    )


@dataclass(frozen=True)
class AccessLine:
    at: datetime  # local
    worker: str | None
    citizen: str | None  # the alias now; None when the citizen was deleted since
    action: str


def access_log(uow: UnitOfWork, deps: Deps, viewer: Viewer, since: datetime) -> list[AccessLine]:
    """The team's access log for its lead, newest first; empty for anyone else."""
    if not viewer.is_lead:
        return []
    with uow:
        entries = uow.console.access_of_team(viewer.team_id, since)
        workers = {w.id: w.name for w in uow.workers.of_team(viewer.team_id)}
        aliases = {
            citizen_id: citizen.alias
            for citizen_id, citizen in uow.citizens.by_ids(
                {e.citizen_id for e in entries if e.citizen_id is not None}
            ).items()
        }
        return [
            AccessLine(
                _local(deps, entry.at),
                workers.get(entry.worker_id) if entry.worker_id is not None else None,
                aliases.get(entry.citizen_id) if entry.citizen_id is not None else None,
                entry.action,
            )
            for entry in entries
        ]
