"""Repositories of the team side: teams, workers, absences, the audit log, and the personal-data walk."""

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import BindParameter, and_, bindparam, select
from sqlalchemy.orm import Session

from bot.models import Absence, AuditEntry, Team, Worker
from bot.models.base import Base
from bot.models.enums import WorkerStatus
from bot.repositories.base import Repository

_DAY: BindParameter[date] = bindparam("day")
_ABSENCE_ON_DAY = and_(Absence.worker_id == Worker.id, Absence.starts_on <= _DAY, Absence.ends_on >= _DAY)
_WITH_ABSENCE = (
    select(Worker, Absence)
    .outerjoin(Absence, _ABSENCE_ON_DAY)
    .where(Worker.id == bindparam("worker_id"))
    .order_by(Absence.id.desc())
    .limit(1)
)
_ON_DUTY = (
    select(Worker)
    .where(
        Worker.team_id == bindparam("team_id"),
        Worker.status == WorkerStatus.ACTIVE,
        Worker.on_duty.is_(True),
    )
    .order_by(Worker.id)
)
_TEAM_BY_NAME = select(Team).where(Team.name == bindparam("name"))


class TeamRepository(Repository[Team]):
    """Teams by name."""

    model = Team

    def by_name(self, name: str) -> Team | None:
        return self._session.scalar(_TEAM_BY_NAME, {"name": name})

    def list(self) -> Sequence[Team]:
        return self._session.scalars(select(Team).order_by(Team.id)).all()


_TEAM_WORKERS = select(Worker).where(Worker.team_id == bindparam("team_id")).order_by(Worker.id)


def _all_named(workers: Iterable[Worker], name: str) -> list[Worker]:
    """The workers called `name`, exactly, in any case (folded here: SQLite's lower() knows ASCII only)."""
    wanted = name.strip().casefold()
    return [worker for worker in workers if worker.name.casefold() == wanted]


def _named(workers: Iterable[Worker], name: str) -> Worker | None:
    return next(iter(_all_named(workers, name)), None)


class WorkerRepository(Repository[Worker]):
    """Workers by id, by enrolment code or by their Telegram chat."""

    model = Worker

    def by_enrolment_code(self, hashes: Sequence[str]) -> Worker | None:
        return self._session.scalar(select(Worker).where(Worker.enrolment_code_hash.in_(hashes)))

    def by_phone(self, hashes: Sequence[str]) -> Worker | None:
        return self._session.scalar(select(Worker).where(Worker.phone_hash.in_(hashes)))

    def by_telegram_chat(self, hashes: Sequence[str]) -> Worker | None:
        return self._session.scalar(select(Worker).where(Worker.telegram_chat_hash.in_(hashes)))

    def on_duty(self, team_id: int) -> Sequence[Worker]:
        """Enrolled workers of a team who take messages that have no (present) worker of their own."""
        return self._session.scalars(_ON_DUTY, {"team_id": team_id}).all()

    def with_absence(self, worker_id: int, day: date) -> tuple[Worker | None, Absence | None]:
        """A worker and their absence on `day` (the latest one entered), in one round trip."""
        row = self._session.execute(_WITH_ABSENCE, {"worker_id": worker_id, "day": day}).first()
        return (None, None) if row is None else (row[0], row[1])

    def all(self) -> Sequence[Worker]:
        return self._session.scalars(select(Worker).order_by(Worker.id)).all()

    def by_name(self, team_id: int, name: str) -> Worker | None:
        """A worker of the team by exact name in any case: "%" and "_" are themselves, and Æ, Ø and Å
        fold on SQLite too (its lower() knows ASCII only), so the folding is done here, in Python. A
        team has a handful of workers: reading them all costs nothing."""
        return _named(self._session.scalars(_TEAM_WORKERS, {"team_id": team_id}), name)

    def active_named(self, team_id: int, name: str) -> Worker | None:
        """An active worker of the team by exact name in any case (as `by_name`)."""
        workers = self._session.scalars(_TEAM_WORKERS, {"team_id": team_id})
        return _named((worker for worker in workers if worker.status == WorkerStatus.ACTIVE), name)

    def of_team(self, team_id: int | None = None) -> Sequence[Worker]:
        """A team's workers (every team's, without one), whatever their status, by name: the staff list."""
        query = select(Worker)
        if team_id is not None:
            query = query.where(Worker.team_id == team_id)
        workers = self._session.scalars(query.order_by(Worker.team_id, Worker.id)).all()
        return sorted(workers, key=lambda worker: (worker.team_id, worker.name.casefold(), worker.id))

    def all_named(self, team_id: int, name: str) -> Sequence[Worker]:
        """Every worker of the team by exact name in any case: more than one means the name is ambiguous."""
        return _all_named(self._session.scalars(_TEAM_WORKERS, {"team_id": team_id}), name)

    def named_leads(self, team_id: int) -> Sequence[Worker]:
        """The team's leads who have not left (enrolled, or still to enrol): the rule that a team always
        keeps one counts them."""
        query = select(Worker).where(
            Worker.team_id == team_id, Worker.status != WorkerStatus.LEFT, Worker.is_lead.is_(True)
        )
        return self._session.scalars(query.order_by(Worker.id)).all()

    def leads(self, team_id: int) -> Sequence[Worker]:
        """The team's active leads (teamledere), who hear when outreach to a citizen is failing. Whether a
        message reaches them (enrolled, not away) is for the caller to ask (`bot.services.answering`)."""
        query = select(Worker).where(
            Worker.team_id == team_id, Worker.status == WorkerStatus.ACTIVE, Worker.is_lead.is_(True)
        )
        return self._session.scalars(query.order_by(Worker.id)).all()

    def enrolled(self) -> Sequence[Worker]:
        query = select(Worker).where(
            Worker.status == WorkerStatus.ACTIVE, Worker.telegram_chat_enc.is_not(None)
        )
        return self._session.scalars(query.order_by(Worker.id)).all()


class AbsenceRepository(Repository[Absence]):
    """Absences, to find who covers a worker on a given day."""

    model = Absence

    def current(self, worker_id: int, day: date) -> Absence | None:
        query = select(Absence).where(
            Absence.worker_id == worker_id, Absence.starts_on <= day, Absence.ends_on >= day
        )
        return self._session.scalars(query.order_by(Absence.id.desc())).first()

    def overlapping(self, worker_id: int, starts_on: date, ends_on: date) -> Absence | None:
        query = select(Absence).where(
            Absence.worker_id == worker_id, Absence.starts_on <= ends_on, Absence.ends_on >= starts_on
        )
        return self._session.scalars(query.order_by(Absence.starts_on)).first()

    def not_over(self, team_id: int, day: date, worker_id: int | None = None) -> Sequence[Absence]:
        """Current and coming absences in a team (of one worker, if given), soonest first."""
        query = (
            select(Absence)
            .join(Worker, Worker.id == Absence.worker_id)
            .where(Worker.team_id == team_id, Absence.ends_on >= day)
        )
        if worker_id is not None:
            query = query.where(Absence.worker_id == worker_id)
        return self._session.scalars(query.order_by(Absence.starts_on, Absence.id)).all()

    def delete(self, absence: Absence) -> None:
        self._session.delete(absence)
        self._session.flush()

    def covered_by(self, worker_id: int, day: date) -> Sequence[Absence]:
        """Current and coming absences for which `worker_id` is the named cover."""
        query = select(Absence).where(Absence.cover_worker_id == worker_id, Absence.ends_on >= day)
        return self._session.scalars(query.order_by(Absence.id)).all()

    def on(self, day: date) -> Sequence[Absence]:
        query = select(Absence).where(Absence.starts_on <= day, Absence.ends_on >= day)
        return self._session.scalars(query).all()

    def ended_without_handover(self, before: date, since: date) -> Sequence[Absence]:
        """Absences that ended before `before` (and not long ago) whose handover is still to send."""
        query = select(Absence).where(
            Absence.ends_on < before, Absence.ends_on >= since, Absence.handover_sent_at.is_(None)
        )
        return self._session.scalars(query.order_by(Absence.id)).all()


class AuditLog:
    """Append-only record of staff actions."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, entry: AuditEntry) -> None:
        self._session.add(entry)


class PersonalDataRepository:
    """Reads rows holding encrypted personal data in id order, a batch at a time (key rotation)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def batch_after(self, model: type[Base], last_id: int, size: int) -> Sequence[Any]:
        id_column = model.__table__.c.id
        query = select(model).where(id_column > last_id).order_by(id_column).limit(size)
        return self._session.scalars(query).all()
