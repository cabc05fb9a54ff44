"""Plumbing tables: the outbox, the record of processed inbound ids, and the audit log of staff actions."""

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.models.base import HASH_LENGTH, Base, EnumString, choice
from bot.models.enums import ActorKind, InboundStatus, OutboxStatus
from bot.models.enums import Channel as ChannelKind

_PENDING = text("status = 'pending'")

SCRUBBED = "scrubbed"
"""The recipient hash of a row whose recipient was forgotten (anonymous reporters, deleted citizens)."""
SCRUBBED_KEY = "scrubbed:"
"""A scrubbed outbox row's idempotency key: this and the row's id, nothing of the work that queued it."""


def coarse_time(moment: datetime) -> datetime:
    """The day of `moment` (midnight UTC): the only time kept on a row whose sender is forgotten, so it
    cannot be lined up with the moment an anonymous report was filed."""
    return moment.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


class OutboxMessage(Base):
    """A message to send, written in the same transaction as the change that caused it.

    The drainer sends rows in id order per recipient; `idempotency_key` makes a retried write a no-op.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        choice("channel", ChannelKind),
        choice("status", OutboxStatus),
        CheckConstraint("attempts >= 0", name="attempts_non_negative"),
        Index("ix_outbox_due", "status", "next_attempt_at"),
        Index("ix_outbox_recipient", "recipient_hash", "id"),
        # What still waits for a recipient: asked for every relayed message and by every drain round.
        Index(
            "ix_outbox_pending_recipient",
            "recipient_hash",
            "id",
            sqlite_where=_PENDING,
            postgresql_where=_PENDING,
        ),
        # The rows to send, most urgent first: what each drain round reads, however long the backlog.
        Index(
            "ix_outbox_pending_priority",
            "priority",
            "id",
            sqlite_where=_PENDING,
            postgresql_where=_PENDING,
        ),
        Index("ix_outbox_external_id", "channel", "external_id"),  # SMS status callbacks, Telegram replies
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(120), unique=True)
    channel: Mapped[str] = mapped_column(EnumString())
    recipient_hash: Mapped[str] = mapped_column(String(HASH_LENGTH))
    recipient_enc: Mapped[str] = mapped_column(Text)
    body_enc: Mapped[str] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(String(32))  # what it is (relay, ack, alert): metrics, throttles
    # How soon it goes out when a backlog forms (`Priority`, from the kind): lower first.
    priority: Mapped[int] = mapped_column(SmallInteger, server_default=text("1"))
    options: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(EnumString(), default=OutboxStatus.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str | None] = mapped_column(String(200))
    external_id: Mapped[str | None] = mapped_column(String(64))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]


class ProcessedInbound(Base):
    """An inbound update (Telegram `update_id`, Twilio `MessageSid`), committed before it is confirmed.

    The unique key turns a redelivery into a no-op. The payload is kept (sealed) only when handling failed.
    """

    __tablename__ = "processed_inbound"
    __table_args__ = (
        UniqueConstraint("channel", "external_id", name="uq_processed_inbound_external_id"),
        choice("channel", ChannelKind),
        choice("status", InboundStatus),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(EnumString())
    external_id: Mapped[str] = mapped_column(String(64))
    payload_enc: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(EnumString(), default=InboundStatus.DONE)
    received_at: Mapped[datetime]


class AuditEntry(Base):
    """Who on the staff did what to which record, and when. Ids only: no names, texts or numbers."""

    __tablename__ = "audit_log"
    __table_args__ = (choice("actor_kind", ActorKind),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor_kind: Mapped[str] = mapped_column(EnumString())
    actor_worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(64))
    subject_type: Mapped[str | None] = mapped_column(String(32))
    subject_id: Mapped[int | None] = mapped_column(Integer)


class SenderLimit(Base):
    """How many of one kind of answer a sender had in the current window (the flood limits).

    The key is `Vault.limit_key` of the sender's address: no lookup hash, so scrubbing an anonymous
    sender's rows leaves it, and it joins nothing else. The window's end is a whole minute, and a row
    goes once its window is over: what remains of a sender is a count, for an hour or so.
    """

    __tablename__ = "sender_limits"

    key: Mapped[str] = mapped_column(String(HASH_LENGTH), primary_key=True)
    purpose: Mapped[str] = mapped_column(String(16), primary_key=True)  # auto, dialogue, safety, alert, code
    count: Mapped[int] = mapped_column(Integer)
    until: Mapped[datetime] = mapped_column(index=True)
