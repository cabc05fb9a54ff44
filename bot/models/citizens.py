"""The citizen side: citizens known by alias, the channels they write from, their messages, dialogues."""

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.models.base import HASH_LENGTH, Base, EnumString, choice
from bot.models.enums import Channel as ChannelKind
from bot.models.enums import CitizenStatus, DeliveryStatus, Direction


class Citizen(Base):
    """A borger in contact with the team. Only an alias: never a real name, never a CPR number."""

    __tablename__ = "citizens"
    __table_args__ = (
        UniqueConstraint("team_id", "alias", name="uq_citizens_team_alias"),
        choice("status", CitizenStatus),
        CheckConstraint("(status = 'closed') = (closed_at IS NOT NULL)", name="closed_at_iff_closed"),
        CheckConstraint("(invite_code_hash IS NULL) OR (invite_expires_at IS NOT NULL)", name="code_expires"),
        # The scheduler's questions are "active and …": inactivity, the next review.
        Index("ix_citizens_status_last_contact", "status", "last_contact_at"),
        Index("ix_citizens_status_review", "status", "review_due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="RESTRICT"), index=True)
    alias: Mapped[str] = mapped_column(String(40))
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id", ondelete="SET NULL"), index=True)
    language: Mapped[str] = mapped_column(String(8), default="da")
    status: Mapped[str] = mapped_column(EnumString(), default=CitizenStatus.INVITED)
    invite_code_hash: Mapped[str | None] = mapped_column(String(HASH_LENGTH), unique=True)
    invite_expires_at: Mapped[datetime | None]
    wants_reminders: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    last_contact_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    review_due_at: Mapped[datetime | None]  # next "can they move on?" review
    asked_at: Mapped[datetime | None]  # a worker last wrote to them: their short reply may answer it
    period_ends_on: Mapped[date | None] = mapped_column(Date, index=True)  # end of the granted period

    def link(self, identity: "ChannelIdentity", now: datetime) -> None:
        """The citizen's invite code came from `identity`: that chat or number is theirs from now on, the
        code is spent (it links once), and they are active, in the language the chat was using."""
        identity.citizen_id = self.id
        identity.last_seen_at = now
        self.status = CitizenStatus.ACTIVE
        self.invite_code_hash = None
        self.invite_expires_at = None
        self.last_contact_at = now
        self.language = identity.language or self.language

    def given_to(self, worker_id: int) -> None:
        """`worker_id` is the citizen's worker from now on (a claim, a lead's assignment): a new contact
        waiting in the team's inbox becomes active; a paused or closed citizen stays so."""
        self.worker_id = worker_id
        if self.status == CitizenStatus.NEW:
            self.status = CitizenStatus.ACTIVE

    def pause(self) -> bool:
        """STOP: an active citizen or a new contact is paused until START; True if they were. An invited
        or closed citizen has nothing to pause."""
        if self.status not in (CitizenStatus.ACTIVE, CitizenStatus.NEW):
            return False
        self.status = CitizenStatus.PAUSED
        return True

    def close(self, now: datetime) -> None:
        """The course ends (here: silent for the profile's `close_silent_after_days`): the nightly purge
        anonymises the citizen `closed_case_days` later."""
        if self.status != CitizenStatus.CLOSED:
            self.status, self.closed_at = CitizenStatus.CLOSED, now

    def resume(self) -> bool:
        """START after STOP: a paused citizen is active again; True if they were paused."""
        if self.status != CitizenStatus.PAUSED:
            return False
        self.status = CitizenStatus.ACTIVE
        return True


class ChannelIdentity(Base):
    """A Telegram chat or a phone number someone writes from.

    `address_hash` (keyed HMAC) finds it; `address_enc` (encrypted) is what the sender decrypts to send.
    Unlinked identities belong to reporters who chose to be contactable.
    """

    __tablename__ = "channel_identities"
    __table_args__ = (
        UniqueConstraint("channel", "address_hash", name="uq_channel_identities_address"),
        choice("channel", ChannelKind),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(EnumString())
    address_hash: Mapped[str] = mapped_column(String(HASH_LENGTH))
    address_enc: Mapped[str] = mapped_column(Text)
    citizen_id: Mapped[int | None] = mapped_column(ForeignKey("citizens.id", ondelete="CASCADE"), index=True)
    language: Mapped[str | None] = mapped_column(String(8))
    stopped: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime | None]
    # When this sender was last told the team is closed: once in each closed stretch, not at every text.
    closed_notice_at: Mapped[datetime | None]


class Message(Base):
    """One text relayed between a citizen and the team; the body is encrypted and purged after retention."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("channel", "external_id", name="uq_messages_external_id"),
        choice("direction", Direction),
        choice("channel", ChannelKind),
        choice("delivery_status", DeliveryStatus),
        Index("ix_messages_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    citizen_id: Mapped[int] = mapped_column(ForeignKey("citizens.id", ondelete="CASCADE"), index=True)
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id", ondelete="SET NULL"))
    direction: Mapped[str] = mapped_column(EnumString())
    channel: Mapped[str] = mapped_column(EnumString())
    body_enc: Mapped[str | None] = mapped_column(Text)
    external_id: Mapped[str | None] = mapped_column(String(64))
    delivery_status: Mapped[str] = mapped_column(EnumString())
    created_at: Mapped[datetime]
    purged_at: Mapped[datetime | None]


class ConversationState(Base):
    """Where a sender is in a guided dialogue (a concern report, a confirmation), keyed by address hash.

    Keyed by hash rather than by identity so that an anonymous reporter never gets an identity row; the
    state row is deleted when the dialogue ends.
    """

    __tablename__ = "conversation_states"
    __table_args__ = (
        UniqueConstraint("channel", "address_hash", name="uq_conversation_states_address"),
        choice("channel", ChannelKind),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(EnumString())
    address_hash: Mapped[str] = mapped_column(String(HASH_LENGTH))
    flow: Mapped[str] = mapped_column(String(32))
    step: Mapped[str] = mapped_column(String(32))
    data_enc: Mapped[str | None] = mapped_column(Text)
    expires_at: Mapped[datetime]
    updated_at: Mapped[datetime]
