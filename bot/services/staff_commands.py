"""The command line's staff commands: list the workers, switch one off or on, change their role or duty,
give them a new enrolment code or a link to the web console. Each is one transaction; a worker is named
by name (or id) and team."""

from dataclasses import dataclass
from datetime import datetime

from bot.errors import DomainError
from bot.models import Team, Worker
from bot.models.enums import ActorKind
from bot.outbox import Outbox
from bot.services import console_sessions, staff_changes
from bot.services.audit import audit_entry
from bot.services.context import Deps
from bot.services.leaving import Handover
from bot.uow import UnitOfWork

CLI = ActorKind.CLI


@dataclass(frozen=True)
class StaffLine:
    """A worker as the staff list shows them (`worker list --json`)."""

    worker_id: int
    name: str
    team: str
    lead: bool
    on_duty: bool
    status: str
    enrolled: bool

    def as_json(self) -> dict[str, object]:
        return dict(vars(self))


def list_workers(deps: Deps, team_name: str | None = None) -> list[StaffLine]:
    """Every worker (of one team), whatever their status."""
    with deps.new_uow() as uow:
        teams = {team.id: team.name for team in uow.teams.list()}
        team_id = _team(uow, team_name).id if team_name is not None else None
        return [
            StaffLine(
                w.id,
                w.name,
                teams.get(w.team_id, ""),
                w.is_lead,
                w.on_duty,
                str(w.status),
                w.telegram_chat_enc is not None,
            )
            for w in uow.workers.of_team(team_id)
        ]


def deactivate(deps: Deps, team_name: str, name: str, new_lead: str | None = None) -> Handover:
    """`worker deactivate NAME --team T [--new-lead OTHER]`."""
    with deps.new_uow() as uow:
        now = deps.clock.now()
        worker = find_worker(uow, team_name, name)
        successor = find_worker(uow, team_name, new_lead) if new_lead is not None else None
        out = Outbox(uow, deps, f"staff:{worker.id}:off:{now.isoformat()}", now)
        handover = staff_changes.deactivate(uow, deps, out, now, worker, CLI, successor)
        uow.commit()
        return handover


def activate(deps: Deps, team_name: str, name: str) -> Worker:
    with deps.new_uow() as uow:
        worker = find_worker(uow, team_name, name)
        staff_changes.activate(uow, deps.clock.now(), worker, CLI)
        uow.commit()
        return worker


def change(
    deps: Deps, team_name: str, name: str, *, lead: bool | None = None, on_duty: bool | None = None
) -> Worker:
    """`worker set NAME --team T [--lead|--no-lead] [--on-duty|--off-duty]`."""
    with deps.new_uow() as uow:
        now = deps.clock.now()
        worker = find_worker(uow, team_name, name)
        if lead is not None:
            staff_changes.set_lead(uow, now, worker, lead, CLI)
        if on_duty is not None:
            staff_changes.set_on_duty(uow, now, worker, on_duty, CLI)
        uow.commit()
        return worker


def reenrol(deps: Deps, team_name: str, name: str) -> tuple[Worker, str, datetime]:
    """`worker reenrol NAME --team T`: the worker, their new code and when it expires."""
    with deps.new_uow() as uow:
        worker = find_worker(uow, team_name, name)
        new = staff_changes.new_enrolment_code(uow, deps, deps.clock.now(), worker, CLI)
        uow.commit()
        return worker, new.code, new.expires_at


def console_link(deps: Deps, team_name: str, name: str) -> tuple[Worker, str]:
    """`console link NAME --team T`: a one-time link to the web console for that worker (an operator
    gives it to a worker whose Telegram is not at hand). Refused without PUBLIC_BASE_URL."""
    if not deps.public_base_url:
        raise DomainError("console.no_base_url", "PUBLIC_BASE_URL is not set: the console has no address")
    with deps.new_uow() as uow:
        worker = find_worker(uow, team_name, name)
        token = console_sessions.new_link(uow, worker, deps.clock.now())
        uow.audit.add(audit_entry(deps.clock.now(), "console.link", "worker", worker.id, by=CLI))
        uow.commit()
        return worker, console_sessions.link_url(deps.public_base_url, token)


def find_worker(uow: UnitOfWork, team_name: str, name: str) -> Worker:
    """The one worker of the team with that name (any case), or that id; refused when none or several."""
    team = _team(uow, team_name)
    wanted = " ".join(name.split())
    if wanted.isdigit():
        by_id = uow.workers.get(int(wanted)) if len(wanted) <= 9 else None
        if by_id is not None and by_id.team_id == team.id:
            return by_id
    found = uow.workers.all_named(team.id, wanted)
    if not found:
        raise DomainError(
            "staff.unknown_worker", f"no worker of that name in team {team.name}; see `worker list`"
        )
    if len(found) > 1:
        ids = ", ".join(str(w.id) for w in found)
        raise DomainError(
            "staff.ambiguous_worker",
            f"{len(found)} workers in team {team.name} have that name (ids {ids}); give the id instead",
        )
    return found[0]


def _team(uow: UnitOfWork, team_name: str) -> Team:
    team = uow.teams.by_name(team_name.strip())
    if team is None:
        raise DomainError("team.unknown", "no team of that name; see `skp-bot team add`")
    return team
