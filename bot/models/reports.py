"""Concern reports (bekymringshenvendelser) from anyone about a citizen."""

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.models.base import HASH_LENGTH, Base, EnumString, choice
from bot.models.enums import ReporterCategory, ReportStatus, Urgency


class ConcernReport(Base):
    """A *bekymringshenvendelse*. Anonymous by default: then nothing links it to who sent it.

    The reporter keeps a receipt code (stored only as a keyed hash) to read the status and the team's answer.
    `unfinished`: the reporter left the dialogue half-way; what they wrote is kept for the team, anonymous.
    `reporter_contact_enc`: how a reporter who may be contacted wants to be reached (name, phone), sealed.
    `followup_enc`: what the reporter wrote back after the team's answer, sealed.
    `age_band`: the age group picked when the exact age is not known ("0-29", "30-130", "unknown").
    """

    __tablename__ = "concern_reports"
    __table_args__ = (
        choice("reporter_category", ReporterCategory),
        choice("urgency", Urgency),
        choice("status", ReportStatus),
        CheckConstraint("NOT anonymous OR reporter_identity_id IS NULL", name="anonymous_has_no_reporter"),
        CheckConstraint("subject_age IS NULL OR (subject_age >= 0 AND subject_age < 130)", name="age_range"),
        Index("ix_concern_reports_status_deadline", "status", "deadline_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="RESTRICT"), index=True)
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id", ondelete="SET NULL"), index=True)
    reporter_category: Mapped[str] = mapped_column(EnumString())
    anonymous: Mapped[bool] = mapped_column(Boolean, default=True)
    reporter_identity_id: Mapped[int | None] = mapped_column(
        ForeignKey("channel_identities.id", ondelete="SET NULL")
    )
    concern_enc: Mapped[str | None] = mapped_column(Text)
    subject_enc: Mapped[str | None] = mapped_column(Text)
    subject_age: Mapped[int | None] = mapped_column(Integer)
    urgency: Mapped[str] = mapped_column(EnumString())
    receipt_code_hash: Mapped[str | None] = mapped_column(String(HASH_LENGTH), unique=True)
    receipt_expires_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(EnumString(), default=ReportStatus.NEW)
    deadline_at: Mapped[datetime | None]
    answer_enc: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    taken_at: Mapped[datetime | None]
    answered_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    unfinished: Mapped[bool] = mapped_column(Boolean, default=False)
    reporter_contact_enc: Mapped[str | None] = mapped_column(Text)
    followup_enc: Mapped[str | None] = mapped_column(Text)
    age_band: Mapped[str | None] = mapped_column(String(16))

    def take(self, worker_id: int, now: datetime) -> None:
        """A worker takes the report: it is theirs, and off the team's list of new ones."""
        self.status, self.worker_id, self.taken_at = ReportStatus.TAKEN, worker_id, now

    def answer(self, answer_enc: str, worker_id: int, now: datetime) -> None:
        """The team's answer to the reporter (sealed), shown by `/status CODE`; a report nobody had taken
        is the answering worker's from now on."""
        self.answer_enc = answer_enc
        self.status, self.answered_at = ReportStatus.ANSWERED, now
        self.worker_id = self.worker_id or worker_id

    def close(self, now: datetime) -> None:
        self.status, self.closed_at = ReportStatus.CLOSED, now

    def reopen(self) -> None:
        """The reporter wrote back: an answered or closed report is open again, with the worker who had it
        (else among the team's new ones)."""
        if self.status in (ReportStatus.ANSWERED, ReportStatus.CLOSED):
            self.status = ReportStatus.TAKEN if self.worker_id else ReportStatus.NEW
            self.closed_at = None
