"""The retention purge's statements: set-based, so a night's purge is a handful of statements however
much there is to forget. Each returns how many rows it touched (for the log: counts, never contents)."""

from datetime import date, datetime, timedelta

from sqlalchemy import CursorResult, String, and_, cast, delete, exists, literal, not_, or_, select, update
from sqlalchemy.orm import Session

from bot.models import (
    Absence,
    ChannelIdentity,
    Citizen,
    ConcernReport,
    ConsoleAccessEntry,
    ConsoleLink,
    ConsoleSession,
    ConversationState,
    Message,
    OutboxMessage,
    ProcessedInbound,
    Reminder,
    Worker,
)
from bot.models.enums import CitizenStatus, OutboxStatus, ReportStatus

ANONYMISED_PREFIX = "#"
"""A closed citizen's alias becomes `#<id>`: counts survive for statistics, the person does not."""


class RetentionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _run(self, statement: object) -> int:
        result = self._session.execute(statement)  # type: ignore[call-overload]
        assert isinstance(result, CursorResult)
        return result.rowcount or 0

    def purge_message_bodies(self, before: datetime, now: datetime) -> int:
        return self._run(
            update(Message)
            .where(Message.created_at < before, Message.body_enc.is_not(None))
            .values(body_enc=None, purged_at=now)
        )

    def delete_finished_outbox(self, before: datetime) -> int:
        """Sent, failed and cancelled messages (their text and recipient) after the body retention."""
        return self._run(
            delete(OutboxMessage).where(
                OutboxMessage.created_at < before, OutboxMessage.status != OutboxStatus.PENDING
            )
        )

    def delete_processed_inbound(self, before: datetime) -> int:
        """Inbound ids are kept to drop redeliveries, which come within hours, and failed payloads for an
        operator; both go after the body retention."""
        return self._run(delete(ProcessedInbound).where(ProcessedInbound.received_at < before))

    def anonymise_closed_citizens(self, closed_before: datetime) -> int:
        old = select(Citizen.id).where(
            Citizen.status == CitizenStatus.CLOSED,
            Citizen.closed_at < closed_before,
            not_(Citizen.alias.startswith(ANONYMISED_PREFIX)),
        )
        ids = list(self._session.scalars(old))
        if not ids:
            return 0
        self._run(delete(ChannelIdentity).where(ChannelIdentity.citizen_id.in_(ids)))
        self._run(
            update(Message)
            .where(Message.citizen_id.in_(ids), Message.body_enc.is_not(None))
            .values(body_enc=None)
        )
        self._run(
            update(Citizen)
            .where(Citizen.id.in_(ids))
            .values(
                alias=literal(ANONYMISED_PREFIX) + cast(Citizen.id, String),
                invite_code_hash=None,
                period_ends_on=None,
            )
        )
        return len(ids)

    def anonymise_closed_reports(self, closed_before: datetime) -> int:
        """The concern, who it was about, the answer and any reporter contact of reports closed long ago."""
        return self._run(
            update(ConcernReport)
            .where(
                ConcernReport.closed_at < closed_before,
                or_(
                    ConcernReport.concern_enc.is_not(None),
                    ConcernReport.subject_enc.is_not(None),
                    ConcernReport.answer_enc.is_not(None),
                    ConcernReport.reporter_identity_id.is_not(None),
                    ConcernReport.reporter_contact_enc.is_not(None),
                    ConcernReport.followup_enc.is_not(None),
                ),
            )
            .values(
                concern_enc=None,
                subject_enc=None,
                answer_enc=None,
                reporter_identity_id=None,
                reporter_contact_enc=None,
                followup_enc=None,
            )
        )

    def delete_unused_reporter_identities(self, seen_before: datetime) -> int:
        """Contact details reporters left, once no report refers to them and they have been quiet."""
        referenced = exists().where(ConcernReport.reporter_identity_id == ChannelIdentity.id)
        quiet = or_(
            ChannelIdentity.last_seen_at < seen_before,
            and_(ChannelIdentity.last_seen_at.is_(None), ChannelIdentity.created_at < seen_before),
        )
        return self._run(
            delete(ChannelIdentity).where(ChannelIdentity.citizen_id.is_(None), quiet, ~referenced)
        )

    def expire_codes(self, now: datetime) -> int:
        """Invite, enrolment and receipt codes past their expiry stop working: their hashes go."""
        touched = self._run(
            update(Citizen)
            .where(Citizen.invite_code_hash.is_not(None), Citizen.invite_expires_at < now)
            .values(invite_code_hash=None)
        )
        touched += self._run(
            update(Worker)
            .where(Worker.enrolment_code_hash.is_not(None), Worker.enrolment_expires_at < now)
            .values(enrolment_code_hash=None)
        )
        touched += self._run(
            update(ConcernReport)
            .where(ConcernReport.receipt_code_hash.is_not(None), ConcernReport.receipt_expires_at < now)
            .values(receipt_code_hash=None)
        )
        return touched

    def delete_expired_dialogues(self, now: datetime) -> int:
        return self._run(delete(ConversationState).where(ConversationState.expires_at < now))

    def close_stale_reports(self, filed_before: datetime, now: datetime) -> int:
        """Reports never closed, filed before `filed_before`: closed now, so they are anonymised on the
        usual schedule instead of keeping their texts for ever."""
        return self._run(
            update(ConcernReport)
            .where(ConcernReport.status != ReportStatus.CLOSED, ConcernReport.created_at < filed_before)
            .values(status=ReportStatus.CLOSED, closed_at=now)
        )

    def delete_old_absences(self, ended_before: date) -> int:
        """Absences (who was away, who covered) that ended before `ended_before`."""
        return self._run(delete(Absence).where(Absence.ends_on < ended_before))

    def delete_old_reminders(self, before: datetime) -> int:
        return self._run(delete(Reminder).where(Reminder.sent_at < before))

    def delete_console_traces(self, access_before: datetime, now: datetime) -> int:
        """The web console's access log after its days, and links and sessions that can open nothing any
        more (spent or expired links; ended sessions, and sessions idle for a day)."""
        idle = now - timedelta(days=1)
        return (
            self._run(delete(ConsoleAccessEntry).where(ConsoleAccessEntry.at < access_before))
            + self._run(
                delete(ConsoleLink).where((ConsoleLink.expires_at < now) | ConsoleLink.used_at.isnot(None))
            )
            + self._run(
                delete(ConsoleSession).where(
                    ConsoleSession.ended_at.isnot(None) | (ConsoleSession.last_seen_at < idle)
                )
            )
        )
