"""What the scheduler asks the database: only rows that are due, through indexes, so that a tick costs
what is due and not what exists (100,000 agreements cost a tick no more than 1,000)."""

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import Row, Select, String, cast, exists, func, insert, literal, select, update
from sqlalchemy.orm import Session

from bot.models import (
    Absence,
    Checkin,
    CheckinAgreement,
    Citizen,
    ConcernReport,
    Message,
    Reminder,
    Worker,
)
from bot.models.enums import (
    AgreementStatus,
    CheckinOutcome,
    CitizenStatus,
    Direction,
    ReminderKind,
    ReportStatus,
    WorkerStatus,
)


class DueRepository:
    """The scheduler's queries. Each takes a bound (`limit`) so one tick's transaction stays short."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def agreements_to_plan(self, until: datetime, limit: int) -> Sequence[CheckinAgreement]:
        """Active agreements whose next occurrence falls before `until`: time to make it a check-in."""
        query = select(CheckinAgreement).where(
            CheckinAgreement.status == AgreementStatus.ACTIVE, CheckinAgreement.next_due_at <= until
        )
        return self._session.scalars(query.order_by(CheckinAgreement.next_due_at).limit(limit)).all()

    def active_agreements(self) -> Sequence[CheckinAgreement]:
        """Every active agreement: only for `reminders preview`, which looks days ahead, never for a tick."""
        query = select(CheckinAgreement).where(CheckinAgreement.status == AgreementStatus.ACTIVE)
        return self._session.scalars(query.order_by(CheckinAgreement.id)).all()

    def active_citizens(self) -> Sequence[Citizen]:
        """Every active citizen: only for `reminders preview`."""
        query = select(Citizen).where(Citizen.status == CitizenStatus.ACTIVE)
        return self._session.scalars(query.order_by(Citizen.id)).all()

    def occurrences_of(self, agreements: Sequence[CheckinAgreement]) -> set[tuple[int, datetime]]:
        """The check-ins these agreements already have from their next due time on (a check-in moved onto
        a due time holds it), in one round trip."""
        pending = [a for a in agreements if a.next_due_at is not None]
        if not pending:
            return set()
        since = min(a.next_due_at for a in pending if a.next_due_at is not None)
        query = select(Checkin.agreement_id, Checkin.due_at).where(
            Checkin.agreement_id.in_([a.id for a in pending]), Checkin.due_at >= since
        )
        return {(agreement_id, due_at) for agreement_id, due_at in self._session.execute(query)}

    def _open(self) -> Select[Checkin, CheckinAgreement]:
        """Pending check-ins of active agreements (a paused or ended agreement reminds no one)."""
        return (
            select(Checkin, CheckinAgreement)
            .join(CheckinAgreement, Checkin.agreement_id == CheckinAgreement.id)
            .where(
                Checkin.outcome == CheckinOutcome.PENDING, CheckinAgreement.status == AgreementStatus.ACTIVE
            )
        )

    def checkins_to_remind(self, until: datetime, limit: int) -> Sequence[Row[Checkin, CheckinAgreement]]:
        """Open check-ins due before `until` whose worker has not been reminded yet."""
        query = self._open().where(Checkin.due_at <= until, Checkin.reminded_at.is_(None))
        return self._session.execute(query.order_by(Checkin.due_at, Checkin.id).limit(limit)).all()

    def checkins_to_nudge(self, before: datetime, limit: int) -> Sequence[Row[Checkin, CheckinAgreement]]:
        """Open check-ins due, and reminded of, before `before` that got no nudge yet."""
        query = self._open().where(
            Checkin.due_at <= before,
            Checkin.reminded_at <= before,
            Checkin.nudged_at.is_(None),
        )
        return self._session.execute(query.order_by(Checkin.due_at, Checkin.id).limit(limit)).all()

    def checkins_to_escalate(
        self, nudged_before: datetime, limit: int
    ) -> Sequence[Row[Checkin, CheckinAgreement]]:
        """Open check-ins nudged before `nudged_before` and still not marked."""
        query = self._open().where(
            Checkin.due_at <= nudged_before,  # lets the index bound the scan: a nudge follows the due time
            Checkin.nudged_at <= nudged_before,
            Checkin.escalated_at.is_(None),
        )
        return self._session.execute(query.order_by(Checkin.due_at, Checkin.id).limit(limit)).all()

    def citizen_reminders_due(
        self, after: datetime, until: datetime
    ) -> Sequence[Row[Checkin, CheckinAgreement]]:
        """Open check-ins in (after, until] of agreements whose citizen asked for a reminder, and got none."""
        reminded = exists().where(Reminder.key == literal("citizen:") + cast(Checkin.id, String))
        query = self._open().where(
            Checkin.due_at > after,
            Checkin.due_at <= until,
            CheckinAgreement.remind_citizen.is_(True),
            ~reminded,
        )
        return self._session.execute(query.order_by(Checkin.due_at, Checkin.id)).all()

    def checkins_between(
        self, worker_ids: Sequence[int], start: datetime, end: datetime
    ) -> Sequence[Row[Checkin, CheckinAgreement]]:
        """Check-ins of these workers' agreements in a window (the morning overview)."""
        query = (
            select(Checkin, CheckinAgreement)
            .join(CheckinAgreement, Checkin.agreement_id == CheckinAgreement.id)
            .where(
                CheckinAgreement.worker_id.in_(worker_ids),
                CheckinAgreement.status == AgreementStatus.ACTIVE,
                Checkin.due_at >= start,
                Checkin.due_at < end,
                Checkin.outcome.in_([CheckinOutcome.PENDING, CheckinOutcome.MISSED]),
            )
        )
        return self._session.execute(query.order_by(Checkin.due_at)).all()

    def unmarked_before(
        self, worker_ids: Sequence[int], before: datetime
    ) -> Sequence[Row[Checkin, CheckinAgreement]]:
        """Past check-ins of these workers still not marked (listed in the overview, folded catch-ups)."""
        query = (
            select(Checkin, CheckinAgreement)
            .join(CheckinAgreement, Checkin.agreement_id == CheckinAgreement.id)
            .where(
                CheckinAgreement.worker_id.in_(worker_ids),
                Checkin.outcome == CheckinOutcome.PENDING,
                Checkin.due_at < before,
            )
        )
        return self._session.execute(query.order_by(Checkin.due_at).limit(50)).all()

    def enrolled_workers(self) -> Sequence[Worker]:
        query = select(Worker).where(
            Worker.status == WorkerStatus.ACTIVE, Worker.telegram_chat_enc.is_not(None)
        )
        return self._session.scalars(query.order_by(Worker.id)).all()

    def absences_on(self, day: date) -> Sequence[Absence]:
        query = select(Absence).where(Absence.starts_on <= day, Absence.ends_on >= day)
        return self._session.scalars(query).all()

    def absences_ended(self, before: date, since: date) -> Sequence[Absence]:
        """Absences that ended before `before` (and not long ago) whose handover is still to send."""
        query = select(Absence).where(
            Absence.ends_on < before, Absence.ends_on >= since, Absence.handover_sent_at.is_(None)
        )
        return self._session.scalars(query.order_by(Absence.id)).all()

    def sent_keys(self, keys: Sequence[str]) -> set[str]:
        """Which of these reminder keys went out already (one round trip for a batch)."""
        if not keys:
            return set()
        return set(self._session.scalars(select(Reminder.key).where(Reminder.key.in_(keys))))

    def reports_due(self, since: datetime, until: datetime, limit: int) -> Sequence[ConcernReport]:
        """New concern reports whose pick-up deadline falls in [since, until].

        `since` bounds the window to what can still need a warning or an alert (a month back covers any
        downtime), so reports left untaken for long do not make every tick slower.
        """
        query = select(ConcernReport).where(
            ConcernReport.status == ReportStatus.NEW,
            ConcernReport.deadline_at >= since,
            ConcernReport.deadline_at <= until,
        )
        return self._session.scalars(query.order_by(ConcernReport.deadline_at).limit(limit)).all()

    def reports_received_between(
        self, since: datetime, until: datetime, limit: int
    ) -> Sequence[ConcernReport]:
        """Reports not closed that were received in [since, until] (a case-processing limit passes)."""
        query = select(ConcernReport).where(
            ConcernReport.status != ReportStatus.CLOSED,
            ConcernReport.created_at >= since,
            ConcernReport.created_at <= until,
        )
        return self._session.scalars(query.order_by(ConcernReport.id).limit(limit)).all()

    def citizens_to_review(self, until: datetime, limit: int) -> Sequence[Citizen]:
        query = select(Citizen).where(Citizen.status == CitizenStatus.ACTIVE, Citizen.review_due_at <= until)
        return self._session.scalars(query.order_by(Citizen.review_due_at).limit(limit)).all()

    def citizens_without_review(self, limit: int) -> Sequence[Citizen]:
        query = select(Citizen).where(Citizen.status == CitizenStatus.ACTIVE, Citizen.review_due_at.is_(None))
        return self._session.scalars(query.limit(limit)).all()

    def periods_ending(self, since: date, until: date, limit: int) -> Sequence[Citizen]:
        """Citizens whose granted period ends in [since, until]."""
        query = select(Citizen).where(
            Citizen.status.in_([CitizenStatus.ACTIVE, CitizenStatus.PAUSED]),
            Citizen.period_ends_on >= since,
            Citizen.period_ends_on <= until,
        )
        return self._session.scalars(query.order_by(Citizen.period_ends_on).limit(limit)).all()

    def silent_citizens(self, since: datetime, limit: int) -> Sequence[Citizen]:
        """Active citizens not heard from since `since` and not suggested for closing since they were last
        heard from (never heard from: counted from their start). Two index ranges, not one scan."""
        last_heard = func.coalesce(Citizen.last_contact_at, Citizen.created_at)
        suggested = exists().where(
            Reminder.citizen_id == Citizen.id,
            Reminder.kind == ReminderKind.INACTIVITY,
            Reminder.sent_at >= last_heard,
        )
        found: list[Citizen] = []
        for silent in (
            Citizen.last_contact_at <= since,
            (Citizen.last_contact_at.is_(None)) & (Citizen.created_at <= since),
        ):
            query = select(Citizen).where(Citizen.status == CitizenStatus.ACTIVE, silent, ~suggested)
            found.extend(self._session.scalars(query.order_by(Citizen.id).limit(limit)))
        return found[:limit]

    def messages_in_between(self, worker_id: int, start: datetime, end: datetime) -> dict[int, int]:
        """Per citizen of the worker: how many messages they wrote in [start, end) (the handover)."""
        query = (
            select(Message.citizen_id, func.count())
            .join(Citizen, Citizen.id == Message.citizen_id)
            .where(
                Citizen.worker_id == worker_id,
                Message.direction == Direction.INBOUND,
                Message.created_at >= start,
                Message.created_at < end,
            )
            .group_by(Message.citizen_id)
        )
        return {citizen_id: count for citizen_id, count in self._session.execute(query)}

    def outcomes_between(self, worker_id: int, start: datetime, end: datetime) -> dict[int, dict[str, int]]:
        """Per citizen of the worker's agreements: check-in outcomes in [start, end) (the handover)."""
        query = (
            select(CheckinAgreement.citizen_id, Checkin.outcome, func.count())
            .join(CheckinAgreement, Checkin.agreement_id == CheckinAgreement.id)
            .where(CheckinAgreement.worker_id == worker_id, Checkin.due_at >= start, Checkin.due_at < end)
            .group_by(CheckinAgreement.citizen_id, Checkin.outcome)
        )
        counts: dict[int, dict[str, int]] = {}
        for citizen_id, outcome, count in self._session.execute(query):
            counts.setdefault(citizen_id, {})[outcome] = count
        return counts

    def citizens_by_id(self, ids: Iterable[int]) -> dict[int, Citizen]:
        wanted = set(ids)
        if not wanted:
            return {}
        return {c.id: c for c in self._session.scalars(select(Citizen).where(Citizen.id.in_(wanted)))}

    def add_occurrences(self, occurrences: Sequence[tuple[int, datetime]]) -> None:
        """New pending check-ins, in one statement (a tick after downtime may make many)."""
        if occurrences:
            self._session.execute(
                insert(Checkin),
                [
                    {"agreement_id": agreement_id, "due_at": due_at, "outcome": CheckinOutcome.PENDING}
                    for agreement_id, due_at in occurrences
                ],
            )

    def move_next_due(self, next_due: Sequence[tuple[int, datetime | None]]) -> None:
        if next_due:
            self._session.execute(  # ORM bulk update by primary key: one executemany
                update(CheckinAgreement),
                [{"id": agreement_id, "next_due_at": due} for agreement_id, due in next_due],
            )

    def mark_checkins(self, ids: Sequence[int], **values: object) -> None:
        """Record on many check-ins at once what the scheduler did (reminded_at, nudged_at, ...)."""
        if ids:
            self._session.execute(
                update(Checkin).where(Checkin.id.in_(ids)).values(**values),
                execution_options={"synchronize_session": False},
            )
