"""A `Conversation` that also taps buttons and reads the rows behind check-ins and absences."""

from datetime import datetime
from typing import TypeVar

from sqlalchemy import select

from bot.models import Absence, Checkin, CheckinAgreement, Citizen, OutboxMessage, Worker
from bot.models.enums import CheckinOutcome
from bot.services import staff
from bot.uow import SqlAlchemyUnitOfWork
from tests.integration.test_conversations import Conversation

Row = TypeVar("Row")


def _detached(uow: SqlAlchemyUnitOfWork, rows: list[Row]) -> list[Row]:
    """Rows still readable after the unit of work rolls back on leaving."""
    uow.session.expunge_all()
    return rows


class WorkerTalk(Conversation):
    """Workers typing and tapping, and what the scheduler would have stored meanwhile."""

    def presses(self, address: str, data: str) -> object:
        return self.says(address, choice=data)

    def buttons(self, address: str) -> dict[str, str]:
        """label → data of the buttons under the newest message to `address`."""
        with self.deps.new_uow() as uow:
            row = uow.session.scalars(
                select(OutboxMessage)
                .where(OutboxMessage.recipient_hash == self.deps.vault.lookup_hash(address))
                .order_by(OutboxMessage.id.desc())
            ).first()
            choices = (row.options or {}).get("choices", []) if row is not None else []
            return {label: data for label, data in choices}

    def last(self, address: str) -> str:
        return self.received(address)[-1]

    def worker_in_team(self, address: str, name: str, team: str) -> None:
        """A worker of another team (the default profile has one team, SKP)."""
        with self.deps.new_uow() as uow:
            exists = uow.teams.by_name(team) is not None
        if not exists:
            staff.add_team(self.deps.new_uow(), self.deps.clock, team)
        self.worker(address, name, team=team)

    def agreements(self, alias: str) -> list[CheckinAgreement]:
        with self.deps.new_uow() as uow:
            citizen = uow.session.scalars(select(Citizen).where(Citizen.alias == alias)).one()
            query = select(CheckinAgreement).where(CheckinAgreement.citizen_id == citizen.id)
            return _detached(uow, list(uow.session.scalars(query.order_by(CheckinAgreement.id))))

    def agreement(self, alias: str) -> CheckinAgreement:
        (only,) = self.agreements(alias)
        return only

    def occurrence(
        self, alias: str, due_at: datetime, reminded: bool = True, outcome: str = "pending"
    ) -> int:
        """A check-in row as the scheduler makes it (and reminds of); returns its id."""
        agreement = self.agreement(alias)
        with self.deps.new_uow() as uow:
            row = Checkin(
                agreement_id=agreement.id,
                due_at=due_at,
                outcome=CheckinOutcome(outcome),
                reminded_at=self.deps.clock.now() if reminded else None,
            )
            uow.checkins.add(row)
            uow.commit()
            return row.id

    def checkins(self, alias: str) -> list[Checkin]:
        agreement = self.agreement(alias)
        with self.deps.new_uow() as uow:
            query = select(Checkin).where(Checkin.agreement_id == agreement.id).order_by(Checkin.due_at)
            return _detached(uow, list(uow.session.scalars(query)))

    def checkin(self, checkin_id: int) -> Checkin:
        with self.deps.new_uow() as uow:
            row = uow.checkins.get(checkin_id)
            assert row is not None
            return _detached(uow, [row])[0]

    def absences(self) -> list[Absence]:
        with self.deps.new_uow() as uow:
            return _detached(uow, list(uow.session.scalars(select(Absence).order_by(Absence.id))))

    def worker_id(self, name: str) -> int:
        with self.deps.new_uow() as uow:
            return uow.session.scalars(select(Worker.id).where(Worker.name == name)).one()
