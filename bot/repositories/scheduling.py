"""Repositories of the team's promises: check-in agreements, their occurrences, and the reminders sent."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Insert, delete, func, select, true
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
