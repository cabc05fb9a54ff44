"""Repositories: how services find and add rows, with no commit and no business rules.

Lookups by personal value take a list of keyed hashes (one per secret during a key rotation).
"""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.models import AuditEntry, Team, Worker
from bot.models.base import Base


class TeamRepository:
    """Teams by name."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, team: Team) -> None:
        self._session.add(team)
        self._session.flush()

    def by_name(self, name: str) -> Team | None:
        return self._session.scalar(select(Team).where(Team.name == name))

    def list(self) -> Sequence[Team]:
        return self._session.scalars(select(Team).order_by(Team.id)).all()


class WorkerRepository:
    """Workers by id, by enrolment code or by their Telegram chat."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, worker: Worker) -> None:
        self._session.add(worker)
        self._session.flush()

    def get(self, worker_id: int) -> Worker | None:
        return self._session.get(Worker, worker_id)

    def by_enrolment_code(self, hashes: Sequence[str]) -> Worker | None:
        return self._session.scalar(select(Worker).where(Worker.enrolment_code_hash.in_(hashes)))

    def by_phone(self, hashes: Sequence[str]) -> Worker | None:
        return self._session.scalar(select(Worker).where(Worker.phone_hash.in_(hashes)))

    def by_telegram_chat(self, hashes: Sequence[str]) -> Worker | None:
        return self._session.scalar(select(Worker).where(Worker.telegram_chat_hash.in_(hashes)))

    def in_team(self, team_id: int) -> Sequence[Worker]:
        query = select(Worker).where(Worker.team_id == team_id).order_by(Worker.id)
        return self._session.scalars(query).all()


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
