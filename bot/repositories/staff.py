"""Repositories of the team side: teams, workers, absences, the audit log, and the personal-data walk."""

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.models import Absence, AuditEntry, Team, Worker
from bot.models.base import Base
from bot.models.enums import WorkerStatus
from bot.repositories.base import Repository


class TeamRepository(Repository[Team]):
    """Teams by name."""

    model = Team

    def by_name(self, name: str) -> Team | None:
        return self._session.scalar(select(Team).where(Team.name == name))

    def list(self) -> Sequence[Team]:
        return self._session.scalars(select(Team).order_by(Team.id)).all()


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
        query = select(Worker).where(
            Worker.team_id == team_id, Worker.status == WorkerStatus.ACTIVE, Worker.on_duty.is_(True)
        )
        return self._session.scalars(query.order_by(Worker.id)).all()

    def all(self) -> Sequence[Worker]:
        return self._session.scalars(select(Worker).order_by(Worker.id)).all()

    def by_name(self, team_id: int, name: str) -> Worker | None:
        query = select(Worker).where(Worker.team_id == team_id, Worker.name.ilike(name))
        return self._session.scalars(query.order_by(Worker.id)).first()


class AbsenceRepository(Repository[Absence]):
    """Absences, to find who covers a worker on a given day."""

    model = Absence

    def current(self, worker_id: int, day: date) -> Absence | None:
        query = select(Absence).where(
            Absence.worker_id == worker_id, Absence.starts_on <= day, Absence.ends_on >= day
        )
        return self._session.scalars(query.order_by(Absence.id.desc())).first()


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
