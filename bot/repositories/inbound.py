"""Inbound ids seen: a redelivered Telegram update or SMS is recognised and changes nothing."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot.models import ProcessedInbound
from bot.models.base import UTCDateTime
from bot.models.enums import InboundStatus
from bot.repositories.base import run

_CLAIM_VALUES = {
    "channel": bindparam("channel"),
    "external_id": bindparam("external_id"),
    "status": InboundStatus.DONE,
    "received_at": bindparam("received_at", type_=UTCDateTime()),
    "payload_enc": None,
}
_CLAIM = {
    name: dialect.insert(ProcessedInbound)
    .values(_CLAIM_VALUES)
    .on_conflict_do_nothing(index_elements=["channel", "external_id"])
    .returning(ProcessedInbound.channel, ProcessedInbound.external_id)
    for name, dialect in (("postgresql", postgresql), ("sqlite", sqlite))
}


class InboundRepository:
    """Inbound ids seen, so a redelivered update or SMS changes nothing."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, inbound: ProcessedInbound) -> None:
        self._session.add(inbound)
        self._session.flush()

    def claim(self, channel: str, external_id: str, received_at: datetime) -> bool:
        """Note an inbound id as handled now; False when it was handled before (a redelivery).

        The unique key is the check: one statement, no race, and no error that would end the
        transaction (several updates may share it).
        """
        statement = _CLAIM[self._session.get_bind().dialect.name]
        params = {"channel": channel, "external_id": external_id, "received_at": received_at}
        return run(self._session, statement, params).first() is not None

    def claim_many(self, keys: Sequence[tuple[str, str]], received_at: datetime) -> set[tuple[str, str]]:
        """`claim` for several inbound ids at once; the (channel, id) pairs that were new.

        One statement for all of them (SQLAlchemy sends the rows as one multi-row INSERT). A pair given
        twice is claimed once.
        """
        if not keys:
            return set()
        statement = _CLAIM[self._session.get_bind().dialect.name]
        params = [
            {"channel": channel, "external_id": external_id, "received_at": received_at}
            for channel, external_id in dict.fromkeys(keys)
        ]
        return {(row.channel, row.external_id) for row in run(self._session, statement, params)}

    def blur(self, channel: str, external_id: str, day: datetime) -> None:
        """Keep only the day an inbound id was handled (an anonymous reporter's: the time would line up
        with their report's)."""
        self._session.execute(
            update(ProcessedInbound)
            .where(ProcessedInbound.channel == channel, ProcessedInbound.external_id == external_id)
            .values(received_at=day)
        )

    def get(self, channel: str, external_id: str) -> ProcessedInbound | None:
        query = select(ProcessedInbound).where(
            ProcessedInbound.channel == channel, ProcessedInbound.external_id == external_id
        )
        return self._session.scalar(query)
