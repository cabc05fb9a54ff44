"""Repositories of the plumbing: the outbox, inbound ids, and dialogue state."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, and_, delete, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from bot.models import ConversationState, Message, OutboxMessage, ProcessedInbound
from bot.models.enums import OutboxStatus
from bot.models.infra import SCRUBBED
from bot.repositories.base import Repository


class OutboxRepository(Repository[OutboxMessage]):
    """Outgoing messages: written by services, drained by the sender."""

    model = OutboxMessage

    def count_to(self, recipient_hash: str, since: datetime) -> int:
        """Messages queued for a recipient since a moment (the SMS flood limit)."""
        query = select(func.count()).where(
            OutboxMessage.recipient_hash == recipient_hash, OutboxMessage.created_at >= since
        )
        return self._session.scalar(query) or 0

    def by_external_id(self, channel: str, external_id: str) -> OutboxMessage | None:
        query = select(OutboxMessage).where(
            OutboxMessage.channel == channel, OutboxMessage.external_id == external_id
        )
        return self._session.scalar(query)

    def count_for_message(self, message_id: int) -> int:
        """How often a relayed message was queued (the first time, and each redelivery)."""
        query = select(func.count()).where(OutboxMessage.message_id == message_id)
        return self._session.scalar(query) or 0

    def has_pending(self, recipient_hash: str) -> bool:
        query = select(OutboxMessage.id).where(
            OutboxMessage.recipient_hash == recipient_hash, OutboxMessage.status == OutboxStatus.PENDING
        )
        return self._session.scalar(query.limit(1)) is not None

    def by_ids(self, outbox_ids: Sequence[int]) -> dict[int, OutboxMessage]:
        """Several rows in one round trip (the drainer records a whole batch at once)."""
        rows = self._session.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(outbox_ids)))
        return {row.id: row for row in rows}

    def sent_as(
        self, channel: str, recipient_hashes: Sequence[str], external_id: str
    ) -> OutboxMessage | None:
        """The message we sent that a recipient now replies to (Telegram: its message_id in their chat)."""
        query = select(OutboxMessage).where(
            OutboxMessage.channel == channel,
            OutboxMessage.recipient_hash.in_(recipient_hashes),
            OutboxMessage.external_id == external_id,
        )
        return self._session.scalars(query.order_by(OutboxMessage.id.desc())).first()

    def due(self, now: datetime, limit: int) -> Sequence[OutboxMessage]:
        """Pending messages due now, at most one per recipient: the oldest, so each chat keeps its order."""
        earlier = aliased(OutboxMessage)
        older_pending = (
            select(earlier.id)
            .where(
                and_(
                    earlier.recipient_hash == OutboxMessage.recipient_hash,
                    earlier.status == OutboxStatus.PENDING,
                    earlier.id < OutboxMessage.id,
                )
            )
            .exists()
        )
        query = (
            select(OutboxMessage)
            .where(OutboxMessage.status == OutboxStatus.PENDING, OutboxMessage.next_attempt_at <= now)
            .where(~older_pending)
            .order_by(OutboxMessage.id)
            .limit(limit)
        )
        return self._session.scalars(query).all()

    def next_attempt(self) -> datetime | None:
        query = select(OutboxMessage.next_attempt_at).where(OutboxMessage.status == OutboxStatus.PENDING)
        return self._session.scalar(query.order_by(OutboxMessage.next_attempt_at).limit(1))

    def forget(self, recipient_hashes: Sequence[str], citizen_id: int | None = None) -> None:
        """Someone deleted everything: nothing more goes out to them or with their words, and what was
        sent to them or relayed from them is blanked the way the drainer scrubs an ephemeral row."""
        about_them: ColumnElement[bool] = OutboxMessage.recipient_hash.in_(recipient_hashes)
        if citizen_id is not None:
            their_messages = select(Message.id).where(Message.citizen_id == citizen_id)
            about_them = or_(about_them, OutboxMessage.message_id.in_(their_messages))
        self._session.execute(
            update(OutboxMessage)
            .where(about_them, OutboxMessage.status == OutboxStatus.PENDING)
            .values(status=OutboxStatus.CANCELLED)
        )
        self._session.execute(
            update(OutboxMessage)
            .where(about_them)
            .values(recipient_hash=SCRUBBED, recipient_enc="", body_enc="")
        )


class InboundRepository:
    """Inbound ids seen, so a redelivered update or SMS changes nothing."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, inbound: ProcessedInbound) -> None:
        self._session.add(inbound)
        self._session.flush()

    def get(self, channel: str, external_id: str) -> ProcessedInbound | None:
        query = select(ProcessedInbound).where(
            ProcessedInbound.channel == channel, ProcessedInbound.external_id == external_id
        )
        return self._session.scalar(query)


class DialogueRepository:
    """Where a sender is in a guided dialogue, by channel and address hash."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, channel: str, hashes: Sequence[str], now: datetime) -> ConversationState | None:
        query = select(ConversationState).where(
            ConversationState.channel == channel,
            ConversationState.address_hash.in_(hashes),
            ConversationState.expires_at > now,
        )
        return self._session.scalar(query)

    def put(self, state: ConversationState) -> None:
        self._session.add(state)
        self._session.flush()

    def clear(self, channel: str, hashes: Sequence[str]) -> None:
        self._session.execute(
            delete(ConversationState).where(
                ConversationState.channel == channel, ConversationState.address_hash.in_(hashes)
            )
        )
