"""The team side: teams, workers (støtte- og kontaktpersoner) and their absences with cover."""

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.models.base import HASH_LENGTH, Base, EnumString, choice
from bot.models.enums import WorkerStatus


class Team(Base):
    """A team that answers citizens and concern reports; a profile may route by age between teams."""

    __tablename__ = "teams"
    __table_args__ = (
        CheckConstraint("min_age IS NULL OR max_age IS NULL OR min_age <= max_age", name="age_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    min_age: Mapped[int | None] = mapped_column(Integer)
    max_age: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime]


class Worker(Base):
    """A støtte- og kontaktperson. Bound to a Telegram chat by a one-time enrolment code.

    The chat id and the private mobile number are personal data: kept encrypted, found by keyed hash.
    """

    __tablename__ = "workers"
    __table_args__ = (
        choice("status", WorkerStatus),
        CheckConstraint("(telegram_chat_hash IS NULL) = (telegram_chat_enc IS NULL)", name="telegram_pair"),
        CheckConstraint("(phone_hash IS NULL) = (phone_enc IS NULL)", name="phone_pair"),
        CheckConstraint(
            "(enrolment_code_hash IS NULL) OR (enrolment_expires_at IS NOT NULL)", name="code_expires"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    is_lead: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(EnumString(), default=WorkerStatus.PENDING)
    language: Mapped[str] = mapped_column(String(8), default="da")
    on_duty: Mapped[bool] = mapped_column(Boolean, default=True)
    enrolment_code_hash: Mapped[str | None] = mapped_column(String(HASH_LENGTH), unique=True)
    enrolment_expires_at: Mapped[datetime | None]
    telegram_chat_hash: Mapped[str | None] = mapped_column(String(HASH_LENGTH), unique=True)
    telegram_chat_enc: Mapped[str | None] = mapped_column(Text)
    phone_hash: Mapped[str | None] = mapped_column(String(HASH_LENGTH), unique=True)
    phone_enc: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    enrolled_at: Mapped[datetime | None]

    def enrol(self, chat_hash: str, chat_enc: str, now: datetime) -> None:
        """`/start CODE` from a Telegram chat (`chat_hash` finds it, `chat_enc` is sealed): the worker is
        active and reached there from now on, and the code is spent (it enrols once)."""
        self.telegram_chat_hash = chat_hash
        self.telegram_chat_enc = chat_enc
        self.status = WorkerStatus.ACTIVE
        self.enrolment_code_hash = None
        self.enrolment_expires_at = None
        self.enrolled_at = now


class Absence(Base):
    """A worker's absence (sickness, holiday) and who covers their citizens meanwhile."""

    __tablename__ = "absences"
    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="period"),
        CheckConstraint("cover_worker_id IS NULL OR cover_worker_id <> worker_id", name="not_self_cover"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id", ondelete="CASCADE"), index=True)
    cover_worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id", ondelete="SET NULL"))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    created_by_worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id", ondelete="SET NULL"))
    created_at: Mapped[datetime]
    handover_sent_at: Mapped[datetime | None]
