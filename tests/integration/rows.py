"""Rows as the services leave them, written straight into a real database for the figures tests.

The figures read only counts and times, so the tests place messages, reports and check-ins at chosen
moments here rather than walking a clock through whole conversations.
"""

from datetime import datetime, timedelta
from itertools import count

from bot.crypto import Vault
from bot.models import Checkin, CheckinAgreement, Citizen, ConcernReport, Message, OutboxMessage, Team, Worker
from bot.models.enums import (
    CitizenStatus,
    DeliveryStatus,
    Direction,
    ReporterCategory,
    ReportStatus,
    Urgency,
    WorkerStatus,
)
from bot.uow import SqlAlchemyUnitOfWork

_keys = count(1)


class Rows:
    """Adds rows in one committed transaction each; ids come back for the next row to refer to."""

    def __init__(self, uow: SqlAlchemyUnitOfWork, vault: Vault, now: datetime) -> None:
        self.uow, self.vault, self.now = uow, vault, now

    def _add(self, row: object) -> int:
        with self.uow:
            self.uow.session.add(row)
            self.uow.session.flush()
            row_id: int = row.id  # type: ignore[attr-defined]
            self.uow.commit()
        return row_id

    def team(self, name: str = "SKP") -> int:
        return self._add(Team(name=name, created_at=self.now - timedelta(days=400)))

    def worker(self, team_id: int, name: str = "Susanne") -> int:
        return self._add(
            Worker(
                team_id=team_id,
                name=name,
                status=WorkerStatus.ACTIVE,
                created_at=self.now - timedelta(days=400),
            )
        )

    def citizen(self, team_id: int, alias: str, created_at: datetime) -> int:
        return self._add(
            Citizen(team_id=team_id, alias=alias, status=CitizenStatus.ACTIVE, created_at=created_at)
        )

    def message(
        self, citizen_id: int, direction: str, at: datetime, channel: str = "telegram", text: str = "hej"
    ) -> int:
        return self._add(
            Message(
                citizen_id=citizen_id,
                direction=direction,
                channel=channel,
                body_enc=self.vault.seal(text),
                delivery_status=DeliveryStatus.RECEIVED
                if direction == Direction.INBOUND
                else DeliveryStatus.SENT,
                created_at=at,
            )
        )

    def outbox(self, channel: str, status: str, created_at: datetime, to: str = "4512345678") -> int:
        return self._add(
            OutboxMessage(
                idempotency_key=f"test:{next(_keys)}",
                channel=channel,
                recipient_hash=self.vault.lookup_hash(to),
                recipient_enc=self.vault.seal(to),
                body_enc=self.vault.seal("Vi har modtaget din besked"),
                status=status,
                next_attempt_at=created_at,
                created_at=created_at,
            )
        )

    def report(
        self,
        team_id: int,
        created_at: datetime,
        *,
        deadline_at: datetime | None,
        status: str = ReportStatus.NEW,
        taken_at: datetime | None = None,
        answered_at: datetime | None = None,
        closed_at: datetime | None = None,
    ) -> int:
        return self._add(
            ConcernReport(
                team_id=team_id,
                reporter_category=ReporterCategory.NEIGHBOUR,
                concern_enc=self.vault.seal("Han har ikke været ude i en uge"),
                urgency=Urgency.THIS_WEEK,
                status=status,
                deadline_at=deadline_at,
                created_at=created_at,
                taken_at=taken_at,
                answered_at=answered_at,
                closed_at=closed_at,
            )
        )

    def agreement(self, citizen_id: int, worker_id: int) -> int:
        return self._add(
            CheckinAgreement(
                citizen_id=citizen_id,
                worker_id=worker_id,
                cadence="tir 10:00",
                contact_form="home_visit",
                created_at=self.now - timedelta(days=60),
            )
        )

    def checkin(self, agreement_id: int, due_at: datetime, outcome: str) -> int:
        return self._add(Checkin(agreement_id=agreement_id, due_at=due_at, outcome=outcome))
