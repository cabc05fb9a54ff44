"""Repositories of the team's promises: check-in agreements, their occurrences, and the reminders sent."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import (
    Insert,
    Row,
    Select,
    String,
    cast,
    delete,
    exists,
    func,
    insert,
    literal,
    select,
    true,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from bot.models import Checkin, CheckinAgreement, Citizen, Reminder
from bot.models.enums import AgreementStatus, CheckinOutcome
from bot.repositories.base import Repository


class AgreementRepository(Repository[CheckinAgreement]):
    """Check-in agreements (the cadence a worker agreed with a citizen)."""

    model = CheckinAgreement

    def current(self, citizen_id: int, *, lock: bool = False) -> CheckinAgreement | None:
        """The citizen's one agreement that has not ended (active or paused).

        `lock`: hold the citizen's row until the commit (PostgreSQL), so two workers agreeing a cadence
        for the same citizen at the same moment cannot leave two agreements.
        """
        if lock:
            self._session.execute(select(Citizen.id).where(Citizen.id == citizen_id).with_for_update())
        query = select(CheckinAgreement).where(
            CheckinAgreement.citizen_id == citizen_id, CheckinAgreement.status != AgreementStatus.ENDED
        )
        return self._session.scalars(query.order_by(CheckinAgreement.id.desc())).first()

    def current_of(self, citizen_ids: Sequence[int]) -> dict[int, CheckinAgreement]:
        """The agreements not ended of several citizens at once (a /cases list), by citizen id."""
        if not citizen_ids:
            return {}
        query = select(CheckinAgreement).where(
            CheckinAgreement.citizen_id.in_(citizen_ids), CheckinAgreement.status != AgreementStatus.ENDED
        )
        return {row.citizen_id: row for row in self._session.scalars(query.order_by(CheckinAgreement.id))}

    def of_worker(self, worker_id: int) -> Sequence[CheckinAgreement]:
        """The agreements not ended that a worker keeps (whoever the citizen's worker is now)."""
        query = select(CheckinAgreement).where(
            CheckinAgreement.worker_id == worker_id, CheckinAgreement.status != AgreementStatus.ENDED
        )
        return self._session.scalars(query.order_by(CheckinAgreement.id)).all()

    def to_plan(self, until: datetime, limit: int) -> Sequence[CheckinAgreement]:
        """Active agreements whose next occurrence falls before `until`: time to make it a check-in."""
        query = select(CheckinAgreement).where(
            CheckinAgreement.status == AgreementStatus.ACTIVE, CheckinAgreement.next_due_at <= until
        )
        return self._session.scalars(query.order_by(CheckinAgreement.next_due_at).limit(limit)).all()

    def active(self) -> Sequence[CheckinAgreement]:
        """Every active agreement: only for `reminders preview`, which looks days ahead, never for a tick."""
        query = select(CheckinAgreement).where(CheckinAgreement.status == AgreementStatus.ACTIVE)
        return self._session.scalars(query.order_by(CheckinAgreement.id)).all()

    def move_next_due(self, next_due: Sequence[tuple[int, datetime | None]]) -> None:
        if next_due:
            self._session.execute(  # ORM bulk update by primary key: one executemany
                update(CheckinAgreement),
                [{"id": agreement_id, "next_due_at": due} for agreement_id, due in next_due],
            )


class CheckinRepository(Repository[Checkin]):
    """Single occurrences of agreements, with what became of them."""

    model = Checkin

    def get_locked(self, checkin_id: int) -> Checkin | None:
        """The occurrence, held until the commit (PostgreSQL): two taps at once record it once."""
        return self._session.get(Checkin, checkin_id, with_for_update=True)

    def at(self, agreement_id: int, due_at: datetime) -> Checkin | None:
        query = select(Checkin).where(Checkin.agreement_id == agreement_id, Checkin.due_at == due_at)
        return self._session.scalar(query)

    def drop_unreminded(self, agreement_id: int, *, keep_one_offs: bool = False) -> None:
        """Forget the occurrences nobody has been reminded of yet (the cadence changed, paused, ended);
        with `keep_one_offs`, the appointments agreed once stay (a new cadence does not undo them).

        The citizen may have had their day-before reminder for one: its ledger key names the occurrence
        by id, and SQLite gives a deleted row's id to the next one made, so the key is retired (renamed
        with the old time, still counted) lest the next occurrence be taken for one already reminded of.
        """
        dropped = (
            Checkin.agreement_id == agreement_id,
            Checkin.outcome == CheckinOutcome.PENDING,
            Checkin.reminded_at.is_(None),
            Checkin.one_off.is_(False) if keep_one_offs else true(),
        )
        old = self._session.execute(select(Checkin.id, Checkin.due_at).where(*dropped))
        due = {f"citizen:{checkin_id}": due_at for checkin_id, due_at in old}
        if due:
            for reminder in self._session.scalars(select(Reminder).where(Reminder.key.in_(due))):
                reminder.key = f"{reminder.key}@{due[reminder.key].isoformat()}"
            self._session.flush()
        self._session.execute(delete(Checkin).where(*dropped))

    def next_planned(self, agreement_id: int, now: datetime) -> datetime | None:
        """The earliest occurrence still to come (moved ones and one-offs included), if any is planned."""
        query = select(func.min(Checkin.due_at)).where(
            Checkin.agreement_id == agreement_id,
            Checkin.outcome == CheckinOutcome.PENDING,
            Checkin.due_at >= now,
        )
        return self._session.scalar(query)

    def due_of_citizen(self, citizen_id: int, until: datetime) -> Sequence[Row[Checkin, CheckinAgreement]]:
        """All the citizen's check-ins due by `until`, under every agreement they had, oldest first: the
        journal export, which must leave nothing out (the console shows the latest, `of_citizen`)."""
        query = (
            select(Checkin, CheckinAgreement)
            .join(CheckinAgreement, Checkin.agreement_id == CheckinAgreement.id)
            .where(CheckinAgreement.citizen_id == citizen_id, Checkin.due_at <= until)
        )
        return self._session.execute(query.order_by(Checkin.due_at, Checkin.id)).all()

    def latest_outcomes(self, agreement_id: int, limit: int) -> Sequence[str]:
        """The newest outcomes of contacts tried (done, not reached), newest occurrence first."""
        query = (
            select(Checkin.outcome)
            .where(
                Checkin.agreement_id == agreement_id,
                Checkin.outcome.in_([CheckinOutcome.DONE, CheckinOutcome.NOT_REACHED]),
            )
            .order_by(Checkin.due_at.desc(), Checkin.id.desc())
            .limit(limit)
        )
        return self._session.scalars(query).all()

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

    def _open(self) -> Select[Checkin, CheckinAgreement]:
        """Pending check-ins of active agreements (a paused or ended agreement reminds no one)."""
        return (
            select(Checkin, CheckinAgreement)
            .join(CheckinAgreement, Checkin.agreement_id == CheckinAgreement.id)
            .where(
                Checkin.outcome == CheckinOutcome.PENDING, CheckinAgreement.status == AgreementStatus.ACTIVE
            )
        )

    def to_remind(self, until: datetime, limit: int) -> Sequence[Row[Checkin, CheckinAgreement]]:
        """Open check-ins due before `until` whose worker has not been reminded yet."""
        query = self._open().where(Checkin.due_at <= until, Checkin.reminded_at.is_(None))
        return self._session.execute(query.order_by(Checkin.due_at, Checkin.id).limit(limit)).all()

    def to_nudge(self, before: datetime, limit: int) -> Sequence[Row[Checkin, CheckinAgreement]]:
        """Open check-ins due, and reminded of, before `before` that got no nudge yet."""
        query = self._open().where(
            Checkin.due_at <= before,
            Checkin.reminded_at <= before,
            Checkin.nudged_at.is_(None),
        )
        return self._session.execute(query.order_by(Checkin.due_at, Checkin.id).limit(limit)).all()

    def to_escalate(self, nudged_before: datetime, limit: int) -> Sequence[Row[Checkin, CheckinAgreement]]:
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

    def between(
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

    def of_team_between(
        self, team_id: int, start: datetime, end: datetime
    ) -> Sequence[Row[Checkin, CheckinAgreement, Citizen]]:
        """Every check-in of a team's citizens due in a window, whatever became of it (the console's
        Today), in time order."""
        query = (
            select(Checkin, CheckinAgreement, Citizen)
            .join(CheckinAgreement, Checkin.agreement_id == CheckinAgreement.id)
            .join(Citizen, Citizen.id == CheckinAgreement.citizen_id)
            .where(Citizen.team_id == team_id, Checkin.due_at >= start, Checkin.due_at < end)
        )
        return self._session.execute(query.order_by(Checkin.due_at, Checkin.id)).all()

    def of_citizen(self, citizen_id: int, limit: int) -> Sequence[Row[Checkin, CheckinAgreement]]:
        """A citizen's latest check-ins, oldest first (the thread and the journal export)."""
        query = (
            select(Checkin, CheckinAgreement)
            .join(CheckinAgreement, Checkin.agreement_id == CheckinAgreement.id)
            .where(CheckinAgreement.citizen_id == citizen_id)
            .order_by(Checkin.due_at.desc(), Checkin.id.desc())
            .limit(limit)
        )
        return list(reversed(self._session.execute(query).all()))

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

    def mark(self, ids: Sequence[int], **values: object) -> None:
        """Record on many check-ins at once what the scheduler did (reminded_at, nudged_at, ...)."""
        if ids:
            self._session.execute(
                update(Checkin).where(Checkin.id.in_(ids)).values(**values),
                execution_options={"synchronize_session": False},
            )

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


class ReminderRepository(Repository[Reminder]):
    """The ledger of everything the scheduler sent: one row per occurrence, by its key."""

    model = Reminder

    def claim(
        self,
        key: str,
        kind: str,
        *,
        due_at: datetime,
        now: datetime,
        worker_id: int | None = None,
        citizen_id: int | None = None,
        late: bool = False,
    ) -> bool:
        """Record that the reminder for this occurrence goes out now; False when it already did.

        One statement that does nothing on a duplicate key (no savepoint, no race): the caller writes
        the outbox message only on True, in the same transaction, so a reminder is sent once per
        occurrence however often, or by however many processes, the job runs.
        """
        return (
            self.claim_entry(
                key, kind, due_at=due_at, now=now, worker_id=worker_id, citizen_id=citizen_id, late=late
            )
            is not None
        )

    def claim_entry(
        self,
        key: str,
        kind: str,
        *,
        due_at: datetime,
        now: datetime,
        worker_id: int | None = None,
        citizen_id: int | None = None,
        late: bool = False,
    ) -> int | None:
        """`claim`, giving the ledger row's id (None when the key was claimed before)."""
        values = {
            "key": key,
            "kind": kind,
            "worker_id": worker_id,
            "citizen_id": citizen_id,
            "due_at": due_at,
            "sent_at": now,
            "late": late,
        }
        statement: Insert
        if self._session.get_bind().dialect.name == "postgresql":
            statement = (
                postgresql.insert(Reminder).values(values).on_conflict_do_nothing(index_elements=["key"])
            )
        else:
            statement = sqlite.insert(Reminder).values(values).on_conflict_do_nothing(index_elements=["key"])
        return self._session.scalar(statement.returning(Reminder.id))

    def sent_at(self, key: str) -> datetime | None:
        """When the reminder with this key went out, if it did."""
        return self._session.scalar(select(Reminder.sent_at).where(Reminder.key == key))

    def sent_keys(self, keys: Sequence[str]) -> set[str]:
        """Which of these reminder keys went out already (one round trip for a batch)."""
        if not keys:
            return set()
        return set(self._session.scalars(select(Reminder.key).where(Reminder.key.in_(keys))))
