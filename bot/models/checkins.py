"""Check-in agreements (the cadence a worker agreed with a citizen) and their single occurrences."""

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from bot.models.base import Base, EnumString, choice
from bot.models.enums import AgreementStatus, CheckinOutcome, ContactForm, ReminderKind


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

    @classmethod
    def agreed(
        cls,
        citizen_id: int,
        worker_id: int,
        cadence: str,
        contact_form: str,
        next_due_at: datetime | None,
        now: datetime,
    ) -> "CheckinAgreement":
        """A new, active agreement (the citizen's reminder off until asked for): by a cadence, or with
        only one-off appointments (`next_due_at` None)."""
        return cls(
            citizen_id=citizen_id,
            worker_id=worker_id,
            cadence=cadence,
            contact_form=contact_form,
            status=AgreementStatus.ACTIVE,
            remind_citizen=False,
            next_due_at=next_due_at,
            created_at=now,
        )


class Checkin(Base):
    """One occurrence of an agreement; unique per due time so it is recorded, and reminded of, once."""

    __tablename__ = "checkins"
    __table_args__ = (
        UniqueConstraint("agreement_id", "due_at", name="uq_checkins_occurrence"),
        choice("outcome", CheckinOutcome),
        # The scheduler reads only the open occurrences that are due: cost grows with what is due.
        Index("ix_checkins_open", "outcome", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("checkin_agreements.id", ondelete="CASCADE"))
    due_at: Mapped[datetime]
    outcome: Mapped[str] = mapped_column(EnumString(), default=CheckinOutcome.PENDING)
    recorded_at: Mapped[datetime | None]
    recorded_by_worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id", ondelete="SET NULL"))
    reminded_at: Mapped[datetime | None]  # the worker's reminder went out (None: still to send)
    nudged_at: Mapped[datetime | None]  # not marked in time: the one nudge went out
    escalated_at: Mapped[datetime | None]  # still not marked: the team lead was told
    moved_from_id: Mapped[int | None] = mapped_column(ForeignKey("checkins.id", ondelete="SET NULL"))
    # Agreed once ("i morgen kl 13"), not made from the cadence: a change of cadence leaves it standing.
    one_off: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    def record(self, outcome: str, worker_id: int, now: datetime) -> None:
        """What became of it (done, not reached), as `worker_id` marked it."""
        self.outcome, self.recorded_at, self.recorded_by_worker_id = outcome, now, worker_id

    def undo(self) -> None:
        """A mark taken back: as before the tap, not marked, or missed if the lead was told meanwhile (so
        the figures and the overview's "not marked" list count it as they did)."""
        self.outcome = CheckinOutcome.MISSED if self.escalated_at is not None else CheckinOutcome.PENDING
        self.recorded_at = self.recorded_by_worker_id = None


class Reminder(Base):
    """Everything the scheduler sent, once: `key` names the occurrence (e.g. `checkin:12:2026-11-24T09:00`).

    The unique key is the guarantee that a reminder goes out once per occurrence, across restarts and with
    two processes: the row and its outbox message are written in one transaction, and a second writer's
    insert fails. `late` marks one caught up after downtime. Ids only: the text lives in the outbox.
    """

    __tablename__ = "reminders"
    __table_args__ = (choice("kind", ReminderKind), Index("ix_reminders_kind_sent", "kind", "sent_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(EnumString())
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id", ondelete="SET NULL"), index=True)
    citizen_id: Mapped[int | None] = mapped_column(ForeignKey("citizens.id", ondelete="CASCADE"), index=True)
    due_at: Mapped[datetime]  # when it was meant to go out
    sent_at: Mapped[datetime]  # when it was written to the outbox
    late: Mapped[bool] = mapped_column(Boolean, default=False)
