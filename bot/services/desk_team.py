"""The web console's team page: the workers with duty, role, status and absences (current and coming, with
who covers), and for a team lead the same changes as `/team` in Telegram and the command line — switch
off (with a new lead when the last one leaves), switch on, lead or not, on duty or not, a new enrolment
code — and handing a citizen to a colleague as `/assign` does. The rules are `staff_changes`, `leaving`
and `assigning`; this module only finds who acts on whom.

A worker who is not a lead sees the list and changes nothing; any change by them, or on a worker or
citizen of another team, is "not found" (None), so ids cannot be probed.
"""

import secrets
from dataclasses import dataclass
from datetime import date, datetime

from bot.models import Worker
from bot.models.enums import CitizenStatus, WorkerStatus
from bot.outbox import Outbox
from bot.services import assigning, staff_changes
from bot.services.console_sessions import Viewer
from bot.services.context import Deps
from bot.uow import UnitOfWork

CHANGES = ("deactivate", "activate", "lead", "duty", "code")


@dataclass(frozen=True)
class AbsenceLine:
    starts_on: date
    ends_on: date
    cover: str | None
    current: bool  # begun already (else coming)


@dataclass(frozen=True)
class WorkerLine:
    worker_id: int
    name: str
    is_lead: bool
    on_duty: bool
    status: str  # a WorkerStatus value
    citizens: int  # open citizens with them now
    absences: tuple[AbsenceLine, ...]

    @property
    def left(self) -> bool:
        return self.status == WorkerStatus.LEFT


@dataclass(frozen=True)
class CitizenOwner:
    """A citizen of the team and their worker, for handing on (leads only)."""

    citizen_id: int
    alias: str
    worker_id: int | None
    worker: str | None


@dataclass(frozen=True)
class TeamPage:
    workers: tuple[WorkerLine, ...]
    citizens: tuple[CitizenOwner, ...]  # empty for a worker who is not a lead
    can_change: bool

    @property
    def active(self) -> tuple[WorkerLine, ...]:
        """Who may take a citizen or become lead: the active workers."""
        return tuple(w for w in self.workers if w.status == WorkerStatus.ACTIVE)

    def name_of(self, worker_id: int) -> str | None:
        return next((w.name for w in self.workers if w.worker_id == worker_id), None)


@dataclass(frozen=True)
class Changed:
    """What a change did, to tell the lead: a word for the notice, and a new code (shown once)."""

    worker_id: int
    name: str
    done: str
    code: str | None = None
    code_expires_at: datetime | None = None  # local


def team(uow: UnitOfWork, deps: Deps, viewer: Viewer, now: datetime) -> TeamPage:
    """The team's workers (whatever their status), their absences not over; a lead also gets the open
    citizens with their worker."""
    day = now.astimezone(deps.profile.tz).date()
    with uow:
        workers = uow.workers.of_team(viewer.team_id)
        names = {w.id: w.name for w in workers}
        absences: dict[int, list[AbsenceLine]] = {w.id: [] for w in workers}
        for absence in uow.absences.not_over(viewer.team_id, day):
            cover = names.get(absence.cover_worker_id) if absence.cover_worker_id is not None else None
            line = AbsenceLine(absence.starts_on, absence.ends_on, cover, absence.starts_on <= day)
            absences.setdefault(absence.worker_id, []).append(line)
        citizens = [c for c in uow.citizens.of_team(viewer.team_id) if c.status != CitizenStatus.CLOSED]
        held: dict[int, int] = {}
        for citizen in citizens:
            if citizen.worker_id is not None:
                held[citizen.worker_id] = held.get(citizen.worker_id, 0) + 1
        lead = _lead(uow, viewer) is not None
        return TeamPage(
            tuple(
                WorkerLine(
                    w.id, w.name, w.is_lead, w.on_duty, w.status, held.get(w.id, 0), tuple(absences[w.id])
                )
                for w in workers
            ),
            tuple(
                CitizenOwner(
                    c.id,
                    c.alias,
                    c.worker_id,
                    names.get(c.worker_id) if c.worker_id is not None else None,
                )
                for c in citizens
            )
            if lead
            else (),
            can_change=lead,
        )


def change(
    uow: UnitOfWork,
    deps: Deps,
    viewer: Viewer,
    worker_id: int,
    what: str,
    now: datetime,
    *,
    on: bool = True,
    successor_id: int | None = None,
) -> Changed | None:
    """A lead changes a worker of the team: `what` is one of `CHANGES` (`on`: lead or on duty, or not;
    `successor_id`: who becomes lead when the worker switched off is the last one). None when the viewer
    is no lead or the worker not of the team; a broken rule is a `DomainError` (its key: the catalog's
    words, e.g. `staff.last_lead`), and nothing is changed."""
    if what not in CHANGES:
        return None
    with uow:
        lead = _lead(uow, viewer)
        subject = uow.workers.get(worker_id)
        if lead is None or subject is None or subject.team_id != lead.team_id:
            return None
        changed = Changed(subject.id, subject.name, what)
        if what == "deactivate":
            successor = uow.workers.get(successor_id) if successor_id is not None else None
            if successor_id is not None and successor is None:
                return None
            out = Outbox(uow, deps, f"console:{lead.id}:staff:{secrets.token_hex(8)}", now)
            staff_changes.deactivate(uow, deps, out, now, subject, lead, successor)
        elif what == "activate":
            staff_changes.activate(uow, now, subject, lead)
        elif what == "lead":
            staff_changes.set_lead(uow, now, subject, on, lead)
            changed = Changed(subject.id, subject.name, "lead_on" if on else "lead_off")
        elif what == "duty":
            staff_changes.set_on_duty(uow, now, subject, on, lead)
            changed = Changed(subject.id, subject.name, "duty_on" if on else "duty_off")
        else:
            new = staff_changes.new_enrolment_code(uow, deps, now, subject, lead)
            local = new.expires_at.astimezone(deps.profile.tz)
            changed = Changed(subject.id, subject.name, what, new.code, local)
        uow.commit()
        return changed


def hand_over(
    uow: UnitOfWork, deps: Deps, viewer: Viewer, citizen_id: int, worker_id: int, now: datetime
) -> tuple[str, str] | None:
    """A lead gives a citizen of the team to a colleague, as `/assign` does (the colleague is told in
    Telegram): (alias, the colleague's name). None when the viewer is no lead or the citizen not of the
    team; `DomainError` (`staff.not_active`) when the colleague is no active worker of the team."""
    with uow:
        lead = _lead(uow, viewer)
        citizen = uow.citizens.get(citizen_id)
        if lead is None or citizen is None or citizen.team_id != lead.team_id:
            return None
        if citizen.status == CitizenStatus.CLOSED:
            return None
        target = uow.workers.get(worker_id)
        if target is not None and citizen.worker_id == target.id:  # theirs already: nothing to do
            return citizen.alias, target.name
        out = Outbox(uow, deps, f"console:{lead.id}:assign:{secrets.token_hex(8)}", now)
        assigning.assign(uow, deps, out, now, lead, citizen, target)
        uow.commit()
        assert target is not None  # `assign` refuses anyone else
        return citizen.alias, target.name


def _lead(uow: UnitOfWork, viewer: Viewer) -> Worker | None:
    """The viewer, if they are an active lead of their team now (not only when they signed in)."""
    worker = uow.workers.get(viewer.worker_id)
    if worker is None or worker.team_id != viewer.team_id:
        return None
    if worker.status != WorkerStatus.ACTIVE or not worker.is_lead:
        return None
    return worker
