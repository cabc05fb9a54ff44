"""Check-in agreements (the cadence a worker agreed with a citizen) and their single occurrences."""

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.models.base import Base, EnumString, choice
from bot.models.enums import AgreementStatus, CheckinOutcome, ContactForm


class CheckinAgreement(Base):
    """An agreed cadence ("tir,fre 10:00"); `next_due_at` lets a scheduler tick read only what is due."""

    __tablename__ = "checkin_agreements"
    __table_args__ = (
        choice("contact_form", ContactForm),
        choice("status", AgreementStatus),
        Index("ix_checkin_agreements_due", "status", "next_due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    citizen_id: Mapped[int] = mapped_column(ForeignKey("citizens.id", ondelete="CASCADE"), index=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id", ondelete="RESTRICT"), index=True)
    cadence: Mapped[str] = mapped_column(String(120))
    contact_form: Mapped[str] = mapped_column(EnumString())
    status: Mapped[str] = mapped_column(EnumString(), default=AgreementStatus.ACTIVE)
    remind_citizen: Mapped[bool] = mapped_column(Boolean, default=False)
    next_due_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]


class Checkin(Base):
    """One occurrence of an agreement; unique per due time so it is recorded, and reminded of, once."""

    __tablename__ = "checkins"
    __table_args__ = (
        UniqueConstraint("agreement_id", "due_at", name="uq_checkins_occurrence"),
        choice("outcome", CheckinOutcome),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("checkin_agreements.id", ondelete="CASCADE"))
    due_at: Mapped[datetime]
    outcome: Mapped[str] = mapped_column(EnumString(), default=CheckinOutcome.PENDING)
    recorded_at: Mapped[datetime | None]
    recorded_by_worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id", ondelete="SET NULL"))
