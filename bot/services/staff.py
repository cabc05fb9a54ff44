"""Setting up the team from the command line: teams, and workers with a one-time enrolment code."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.clock import Clock
from bot.codes import new_code
from bot.cpr import contains_cpr
from bot.crypto import Vault
from bot.errors import DomainError
from bot.models import Team, Worker
from bot.models.enums import ActorKind, WorkerStatus
from bot.phones import to_e164
from bot.profile import Profile
from bot.services.audit import audit_entry
from bot.uow import UnitOfWork


@dataclass(frozen=True)
class NewWorker:
    """A worker just created, with the enrolment code to hand to them (shown once, stored only hashed)."""

    worker_id: int
    name: str
    team: str
    is_lead: bool
    enrolment_code: str
    expires_at: datetime


def _clean_name(text: str, what: str, max_length: int) -> str:
    name = " ".join(text.split())
    if not name:
        raise DomainError(f"{what}.empty", f"the {what} name is empty")
    if len(name) > max_length:
        raise DomainError(f"{what}.too_long", f"the {what} name is longer than {max_length} characters")
    if contains_cpr(name):
        raise DomainError("cpr.refused", "that looks like a CPR number; skp-bot never stores one")
    return name


def sync_profile_teams(uow: UnitOfWork, clock: Clock, profile: Profile) -> list[str]:
    """Create the teams the municipality profile names and refresh their phone and age routing."""
    created = []
    with uow:
        for preset in profile.teams:
            team = uow.teams.by_name(preset.name)
            if team is None:
                team = Team(name=preset.name, created_at=clock.now())
                uow.teams.add(team)
                created.append(preset.name)
            team.phone, team.min_age, team.max_age = preset.phone, preset.min_age, preset.max_age
        uow.commit()
    return created


def add_team(uow: UnitOfWork, clock: Clock, name: str, phone: str | None = None) -> int:
    """A new team; refused if a team of that name exists."""
    name = _clean_name(name, "team", 120)
    with uow:
        if uow.teams.by_name(name) is not None:
            raise DomainError("team.exists", "a team of that name exists already")
        team = Team(name=name, phone=phone, created_at=clock.now())
        uow.teams.add(team)
        uow.audit.add(audit_entry(clock.now(), "team.add", "team", team.id, by=ActorKind.CLI))
        uow.commit()
        return team.id


def add_worker(
    uow: UnitOfWork,
    vault: Vault,
    clock: Clock,
    profile: Profile,
    *,
    name: str,
    team_name: str,
    lead: bool = False,
    phone: str | None = None,
) -> NewWorker:
    """A worker, pending until they send `/start CODE` to the bot; the code expires per the profile."""
    name = _clean_name(name, "worker", 80)
    e164 = to_e164(phone) if phone else None
    code = new_code()
    expires_at = clock.now() + timedelta(days=profile.retention.code_expiry_days)
    with uow:
        team = uow.teams.by_name(team_name.strip())
        if team is None:
            raise DomainError("team.unknown", "no team of that name; see `skp-bot team add`")
        if e164 and uow.workers.by_phone(vault.lookup_hashes(e164)) is not None:
            raise DomainError("worker.phone_taken", "another worker has that phone number")
        worker = Worker(
            team_id=team.id,
            name=name,
            is_lead=lead,
            status=WorkerStatus.PENDING,
            language=profile.languages[0],
            enrolment_code_hash=vault.lookup_hash(code),
            enrolment_expires_at=expires_at,
            phone_hash=vault.lookup_hash(e164) if e164 else None,
            phone_enc=vault.seal(e164) if e164 else None,
            created_at=clock.now(),
        )
        uow.workers.add(worker)
        uow.audit.add(audit_entry(clock.now(), "worker.add", "worker", worker.id, by=ActorKind.CLI))
        uow.commit()
        return NewWorker(worker.id, worker.name, team.name, lead, code, expires_at)


def worker_names(uow: UnitOfWork) -> dict[int, str]:
    """Names by id, for staff-facing listings on the command line (never sent to citizens)."""
    with uow:
        return {worker.id: worker.name for worker in uow.workers.all()}
