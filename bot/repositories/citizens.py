"""Repositories of the citizen side: citizens, the channels they write from, and their messages."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    Date,
    Executable,
    Integer,
    String,
    and_,
    bindparam,
    case,
    column,
    delete,
    exists,
    func,
    literal,
    null,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import aliased

from bot.models import (
    Absence,
    ChannelIdentity,
    Citizen,
    ConversationState,
    Message,
    ProcessedInbound,
    Reminder,
    Worker,
)
from bot.models.base import UTCDateTime
from bot.models.enums import (
    CitizenStatus,
    DeliveryStatus,
    Direction,
    InboundStatus,
    ReminderKind,
    WorkerStatus,
)
from bot.repositories.base import Repository
from bot.repositories.inbound import InboundRepository

_ANSWER = aliased(Message)


@dataclass(frozen=True)
class Author:
    """Who wrote an inbound message (not to be confused with `bot.channels.Sender`, a channel's way out):
    everything known about them, read in one round trip: the worker with that Telegram chat,
    the channel identity with its citizen, and the dialogue they are in (each None when there is none).

    With them the facts the rule of who answers (`bot/policy/who_answers.py`) asks first, so relaying
    needs no second round trip: the citizen's own worker and that worker's absence on `day` (the latest
    one entered); for a citizen without a worker of their own (a new contact), the team's workers on duty,
    in id order, and which of them are away on `day` (`on_duty` is None when they were not read)."""

    worker: Worker | None
    identity: ChannelIdentity | None
    citizen: Citizen | None
    dialogue: ConversationState | None
    own_worker: Worker | None
    absence: Absence | None
    on_duty: tuple[Worker, ...] | None
    day: date
    on_duty_away: frozenset[int] = frozenset()  # the ids of `on_duty` absent on `day`


_HASHES: BindParameter[list[str]] = bindparam("hashes", expanding=True)
_DAY: BindParameter[date] = bindparam("day", type_=Date())
_OWN_WORKER = aliased(Worker, name="own_worker")
_ON_DUTY = aliased(Worker, name="on_duty")  # as `WorkerRepository.on_duty`, for citizens without a worker
_ANY_ABSENCE = aliased(Absence, name="any_absence")
_DUTY_ABSENCE = aliased(Absence, name="duty_absence")
_ON_DUTY_AWAY = case(  # only for the rows of a citizen without a worker: no probe for the others
    (_ON_DUTY.id.is_(None), null()),
    else_=exists().where(
        _DUTY_ABSENCE.worker_id == _ON_DUTY.id, _DUTY_ABSENCE.starts_on <= _DAY, _DUTY_ABSENCE.ends_on >= _DAY
    ),
).label("on_duty_away")
_ABSENCE_TODAY = (  # the latest absence entered that covers the day, as `WorkerRepository.with_absence`
    select(func.max(_ANY_ABSENCE.id))
    .where(
        _ANY_ABSENCE.worker_id == Citizen.worker_id,
        _ANY_ABSENCE.starts_on <= _DAY,
        _ANY_ABSENCE.ends_on >= _DAY,
    )
    .correlate(Citizen)
    .scalar_subquery()
)


@cache
def _authors_query(address_count: int, hash_count: int, worker: bool, claims: int = 0) -> Executable:
    """Left joins from a table of the addresses (their position and hashes), with NULLs (None) for whatever
    does not exist: one row back per address, or one per worker on duty for a citizen who has no worker of
    their own; in the addresses' order.

    One statement per number of addresses, of lookup hashes (secrets) and for whether to look for a worker,
    with plain bound parameters `hash_{address}_{n}`: an expanding IN would be rewritten for every
    execution. With `claims` (PostgreSQL only), the statement also claims as many inbound ids of the
    channel (`claim_{n}`), as `InboundRepository.claim_many` would, in a WITH: every row then ends with
    the ids that were new (None when none was).
    """
    # A VALUES written out, named by the `column1, column2, ...` both databases give its columns:
    # SQLAlchemy's `values()` is never cached (compiled again on every execution, 7 ms of CPU) and names
    # columns in a way SQLite rejects; one SELECT per address, joined by UNION ALL, is cached but lets
    # PostgreSQL start parallel workers for a larger group.
    rows = ", ".join(
        f"({at}, {', '.join(f':hash_{at}_{n}' for n in range(hash_count))})" for at in range(address_count)
    )
    names = ", ".join(f"column{n + 2} AS h{n}" for n in range(hash_count))
    addresses = (
        text(f"SELECT column1 AS position, {names} FROM (VALUES {rows}) AS given")
        .columns(column("position", Integer), *(column(f"h{n}", String) for n in range(hash_count)))
        .subquery("addresses")
    )
    hashes = [addresses.c[f"h{n}"] for n in range(hash_count)]
    # No worker's chat: `id IN (NULL)` matches none, and SQLite answers it from the primary key, where for a
    # constant false it would scan every worker for each address.
    worker_chat = Worker.telegram_chat_hash.in_(hashes) if worker else Worker.id.in_([null()])
    query = (
        select(
            addresses.c.position,
            Worker,
            ChannelIdentity,
            Citizen,
            ConversationState,
            _OWN_WORKER,
            Absence,
            _ON_DUTY,
            _ON_DUTY_AWAY,
        )
        .select_from(addresses)
        .outerjoin(Worker, worker_chat)
        .outerjoin(
            ChannelIdentity,
            and_(ChannelIdentity.channel == bindparam("channel"), ChannelIdentity.address_hash.in_(hashes)),
        )
        .outerjoin(Citizen, Citizen.id == ChannelIdentity.citizen_id)
        .outerjoin(
            ConversationState,
            and_(
                ConversationState.channel == bindparam("channel"),
                ConversationState.address_hash.in_(hashes),
                ConversationState.expires_at > bindparam("now"),
            ),
        )
        .outerjoin(_OWN_WORKER, _OWN_WORKER.id == Citizen.worker_id)
        .outerjoin(Absence, Absence.id == _ABSENCE_TODAY)
        .outerjoin(
            _ON_DUTY,
            and_(
                Citizen.worker_id.is_(None),
                _ON_DUTY.team_id == Citizen.team_id,
                _ON_DUTY.status == WorkerStatus.ACTIVE,
                _ON_DUTY.on_duty.is_(True),
            ),
        )
        .order_by(addresses.c.position, _ON_DUTY.id)
    )
    return query.add_columns(_claimed(claims)) if claims else query


def _claimed(count: int) -> Any:
    """`count` inbound ids claimed in a WITH, and the array of those that were new. (The statement's
    reads do not see the rows it inserts; none of them reads `processed_inbound`.) The ids come from a
    VALUES written out, as the addresses do: a multi-row `values()` would not be cached."""
    rows = ", ".join(f"(:claim_{n})" for n in range(count))
    ids = (
        text(f"SELECT column1 AS external_id FROM (VALUES {rows}) AS claims")
        .columns(column("external_id", String))
        .subquery("claim_ids")
    )
    new_rows = select(
        bindparam("channel", type_=String()),
        ids.c.external_id,
        literal(InboundStatus.DONE.value),
        bindparam("now", type_=UTCDateTime()),
    )
    claimed = (
        postgresql.insert(ProcessedInbound)
        .from_select(["channel", "external_id", "status", "received_at"], new_rows)
        .on_conflict_do_nothing(index_elements=["channel", "external_id"])
        .returning(ProcessedInbound.external_id)
        .cte("claimed")
    )
    return select(func.array_agg(claimed.c.external_id)).scalar_subquery().label("claimed")


def _author(rows: Sequence[tuple[Any, ...]], day: date) -> Author:
    """One address's rows (one, or one per worker on duty) as what is known about whoever wrote from it."""
    _, chat_worker, identity, citizen, dialogue, own_worker, absence, _ = rows[0][:8]
    on_duty, away = None, frozenset[int]()
    if citizen is not None and citizen.worker_id is None:
        on_duty = tuple({row[7].id: row[7] for row in rows if row[7] is not None}.values())
        away = frozenset(row[7].id for row in rows if row[7] is not None and row[8])
    return Author(chat_worker, identity, citizen, dialogue, own_worker, absence, on_duty, day, away)


_BY_ADDRESS = select(ChannelIdentity).where(
    ChannelIdentity.channel == bindparam("channel"), ChannelIdentity.address_hash.in_(_HASHES)
)
_MARK_DELIVERY = (
    update(Message)
    .where(
        Message.id.in_(bindparam("ids", expanding=True)),
        Message.delivery_status.not_in([DeliveryStatus.RECEIVED, DeliveryStatus.DELIVERED]),
    )
    .values(delivery_status=bindparam("status"))
)


class CitizenRepository(Repository[Citizen]):
    """Citizens by id, alias or invite code."""

    model = Citizen

    def by_alias(self, team_id: int, alias: str) -> Citizen | None:
        query = select(Citizen).where(Citizen.team_id == team_id, func.lower(Citizen.alias) == alias.lower())
        return self._session.scalar(query)

    def by_longest_alias(self, team_id: int, candidates: Sequence[str]) -> Citizen | None:
        """Of the candidate aliases (prefixes of what was typed), the longest one the team knows."""
        if not candidates:
            return None
        lowered = [candidate.lower() for candidate in candidates]
        # Also as typed: SQLite's lower() leaves Æ, Ø and Å as they are.
        alias_matches = or_(func.lower(Citizen.alias).in_(lowered), Citizen.alias.in_(candidates))
        query = select(Citizen).where(Citizen.team_id == team_id, alias_matches)
        return max(self._session.scalars(query), key=lambda citizen: len(citizen.alias), default=None)

    def by_invite_code(self, hashes: Sequence[str]) -> Citizen | None:
        return self._session.scalar(select(Citizen).where(Citizen.invite_code_hash.in_(hashes)))

    def of_worker(self, worker_id: int) -> Sequence[Citizen]:
        query = select(Citizen).where(Citizen.worker_id == worker_id, Citizen.status != CitizenStatus.CLOSED)
        return self._session.scalars(query.order_by(Citizen.alias)).all()

    def of_team(self, team_id: int) -> Sequence[Citizen]:
        """Every citizen of a team, closed ones last (the web console's list)."""
        closed_last = case((Citizen.status == CitizenStatus.CLOSED, 1), else_=0)
        query = select(Citizen).where(Citizen.team_id == team_id)
        return self._session.scalars(query.order_by(closed_last, Citizen.alias, Citizen.id)).all()

    def unclaimed(self, team_id: int) -> Sequence[Citizen]:
        query = select(Citizen).where(Citizen.team_id == team_id, Citizen.status == CitizenStatus.NEW)
        return self._session.scalars(query.order_by(Citizen.id)).all()

    def delete(self, citizen: Citizen) -> None:
        """Removes the citizen; identities, messages and agreements go with it (ON DELETE CASCADE)."""
        self._session.execute(delete(Message).where(Message.citizen_id == citizen.id))
        self._session.execute(delete(ChannelIdentity).where(ChannelIdentity.citizen_id == citizen.id))
        self._session.delete(citizen)
        self._session.flush()

    def active(self) -> Sequence[Citizen]:
        """Every active citizen: only for `reminders preview`."""
        query = select(Citizen).where(Citizen.status == CitizenStatus.ACTIVE)
        return self._session.scalars(query.order_by(Citizen.id)).all()

    def to_review(self, until: datetime, limit: int) -> Sequence[Citizen]:
        query = select(Citizen).where(Citizen.status == CitizenStatus.ACTIVE, Citizen.review_due_at <= until)
        return self._session.scalars(query.order_by(Citizen.review_due_at).limit(limit)).all()

    def without_review(self, limit: int) -> Sequence[Citizen]:
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

    def open_silent_since(self, since: datetime, limit: int) -> Sequence[Citizen]:
        """Citizens of any status but closed (invited, new, active, paused) not heard from since `since`
        (never heard from: counted from their start): the ones to close for silence, and to warn first."""
        last_heard = func.coalesce(Citizen.last_contact_at, Citizen.created_at)
        query = select(Citizen).where(Citizen.status != CitizenStatus.CLOSED, last_heard <= since)
        return self._session.scalars(query.order_by(Citizen.id).limit(limit)).all()

    def silent_since(self, since: datetime, limit: int) -> Sequence[Citizen]:
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

    def by_ids(self, ids: Iterable[int]) -> dict[int, Citizen]:
        wanted = set(ids)
        if not wanted:
            return {}
        return {c.id: c for c in self._session.scalars(select(Citizen).where(Citizen.id.in_(wanted)))}


class IdentityRepository(Repository[ChannelIdentity]):
    """Telegram chats and phone numbers, found by keyed hash."""

    model = ChannelIdentity

    def by_address(self, channel: str, hashes: Sequence[str]) -> ChannelIdentity | None:
        return self._session.scalar(_BY_ADDRESS, {"channel": channel, "hashes": list(hashes)})

    def author(
        self, channel: str, hashes: Sequence[str], now: datetime, day: date, *, worker: bool
    ) -> Author:
        """Who wrote from this chat or number; `worker`: look for an enrolled worker's chat as well.
        `day`: the local date, for the absence of the citizen's own worker."""
        return self.authors(channel, [hashes], now, day, worker=worker)[0]

    def authors(
        self, channel: str, hash_lists: Sequence[Sequence[str]], now: datetime, day: date, *, worker: bool
    ) -> list[Author]:
        """`sender` for several chats or numbers at once, in one round trip: one Author per address, in
        their order (an address given twice comes back twice, as the same rows). Each address comes with
        as many hashes as the others: one per secret."""
        return self._read(channel, hash_lists, now, day, worker, ())[1]

    def claim_and_read(
        self,
        channel: str,
        external_ids: Sequence[str],
        hash_lists: Sequence[Sequence[str]],
        now: datetime,
        day: date,
        *,
        worker: bool,
    ) -> tuple[set[str], list[Author]]:
        """Claim inbound ids of one channel (`InboundRepository.claim_many`: the ids that were new) and
        read who wrote from these addresses (`senders`). On PostgreSQL in one round trip, for a message
        coming in alone is then a round trip shorter; SQLite, in the process, takes two statements."""
        if self._session.get_bind().dialect.name != "postgresql":
            keys = [(channel, external_id) for external_id in external_ids]
            claimed = InboundRepository(self._session).claim_many(keys, now)
            return {key[1] for key in claimed}, self.authors(channel, hash_lists, now, day, worker=worker)
        return self._read(channel, hash_lists, now, day, worker, list(dict.fromkeys(external_ids)))

    def _read(
        self,
        channel: str,
        hash_lists: Sequence[Sequence[str]],
        now: datetime,
        day: date,
        worker: bool,
        claims: Sequence[str],
    ) -> tuple[set[str], list[Author]]:
        if not hash_lists:
            return set(), []
        hash_count = len(hash_lists[0])
        if any(len(hashes) != hash_count for hashes in hash_lists):
            raise ValueError("every address needs one hash per secret")
        params: dict[str, Any] = {
            f"hash_{at}_{n}": value for at, hashes in enumerate(hash_lists) for n, value in enumerate(hashes)
        }
        params.update({f"claim_{n}": external_id for n, external_id in enumerate(claims)})
        params.update(channel=channel, now=now, day=day)
        query = _authors_query(len(hash_lists), hash_count, worker, len(claims))
        rows_of: list[list[tuple[Any, ...]]] = [[] for _ in hash_lists]
        claimed: set[str] = set()
        for row in self._session.execute(query, params):
            rows_of[row[0]].append(row)
            if claims and row[-1]:
                claimed.update(row[-1])
        return claimed, [_author(rows, day) for rows in rows_of]

    def of_citizen(self, citizen_id: int) -> Sequence[ChannelIdentity]:
        """The citizen's channels, the one used most recently first (that is where answers go)."""
        query = select(ChannelIdentity).where(ChannelIdentity.citizen_id == citizen_id)
        order = (ChannelIdentity.last_seen_at.desc().nulls_last(), ChannelIdentity.id.desc())
        return self._session.scalars(query.order_by(*order)).all()

    def delete(self, identity: ChannelIdentity) -> None:
        self._session.delete(identity)
        self._session.flush()


class MessageRepository(Repository[Message]):
    """Relayed messages."""

    model = Message

    def held_for(self, citizen_id: int) -> Sequence[Message]:
        """A worker's replies kept while the citizen had paused messages, oldest first."""
        query = select(Message).where(
            Message.citizen_id == citizen_id, Message.delivery_status == DeliveryStatus.HELD
        )
        return self._session.scalars(query.order_by(Message.id)).all()

    def whole_thread(self, citizen_id: int) -> Sequence[Message]:
        """Everything the citizen and their workers wrote each other, oldest first: the journal export,
        which must leave nothing out (the console shows the latest, `thread`)."""
        query = select(Message).where(Message.citizen_id == citizen_id)
        return self._session.scalars(query.order_by(Message.created_at, Message.id)).all()

    def mark_delivery(self, message_ids: Sequence[int], status: str) -> None:
        """Sent or failed, for messages going out; a received or delivered one keeps what it knows."""
        self._run(_MARK_DELIVERY, {"ids": list(message_ids), "status": status})

    def thread(self, citizen_id: int, limit: int) -> Sequence[Message]:
        """A citizen's latest messages both ways, oldest first (the console's thread)."""
        query = (
            select(Message).where(Message.citizen_id == citizen_id).order_by(Message.id.desc()).limit(limit)
        )
        return list(reversed(self._session.scalars(query).all()))

    def waiting_for_answer(self, team_id: int) -> dict[int, datetime]:
        """Citizens of the team whose latest words have no answer yet: since when each has waited (their
        first message after the team's last answer). Two passes over the team's messages, grouped: the
        last answer per citizen, then the messages after it (not a lookup per message)."""
        answered = (
            select(_ANSWER.citizen_id, func.max(_ANSWER.created_at).label("at"))
            .where(_ANSWER.direction == Direction.OUTBOUND)
            .group_by(_ANSWER.citizen_id)
            .subquery()
        )
        query = (
            select(Message.citizen_id, func.min(Message.created_at))
            .join(Citizen, Citizen.id == Message.citizen_id)
            .outerjoin(answered, answered.c.citizen_id == Message.citizen_id)
            .where(
                Citizen.team_id == team_id,
                Citizen.status != CitizenStatus.CLOSED,
                Message.direction == Direction.INBOUND,
                or_(answered.c.at.is_(None), Message.created_at > answered.c.at),
            )
            .group_by(Message.citizen_id)
        )
        return {citizen_id: since for citizen_id, since in self._session.execute(query)}

    def written_between(self, worker_id: int, start: datetime, end: datetime) -> dict[int, int]:
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
