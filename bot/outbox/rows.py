"""The outbox's rows: queued by `Outbox` (held back, `_held`), leased and recorded by the drainer, and
looked up by services (a reply to a message we sent, the SMS limits, someone deleting everything)."""

from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Executable,
    Integer,
    RowMapping,
    String,
    bindparam,
    case,
    cast,
    func,
    literal,
    literal_column,
    or_,
    select,
    union,
    update,
)
from sqlalchemy.orm import aliased

from bot.channels import Delivery
from bot.models import Message, OutboxMessage
from bot.models.base import UTCDateTime
from bot.models.enums import Direction, OutboxStatus
from bot.models.infra import SCRUBBED, SCRUBBED_KEY, coarse_time
from bot.outbox._held import PendingMessage, PendingOutbox, held
from bot.outbox._together import PENDING_STATUS
from bot.repositories.base import Repository

_OUTBOX = OutboxMessage.__table__.c
_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
_NOW = bindparam("now", type_=UTCDateTime())

_earlier = aliased(OutboxMessage)
# The rows due, most urgent first (`Priority`: crisis answers and alerts, conversation, reminders,
# notices), then oldest first, but none behind an older row that is not due (on the wire with a lease,
# or waiting for a retry): read along the partial index of pending rows by (priority, id), so a round
# reads about as many rows as it leases, however long the backlog.
_CHOSEN = (
    select(_OUTBOX.id, _OUTBOX.recipient_hash)
    .where(
        _OUTBOX.status == PENDING_STATUS,
        _OUTBOX.next_attempt_at <= _NOW,
        _OUTBOX.channel.in_(bindparam("channels", expanding=True)),
    )
    .where(
        ~select(_earlier.id)
        .where(
            _earlier.recipient_hash == _OUTBOX.recipient_hash,
            _earlier.status == PENDING_STATUS,
            _earlier.id < _OUTBOX.id,
            _earlier.next_attempt_at > _NOW,
        )
        .exists()
    )
    .order_by(_OUTBOX.priority, _OUTBOX.id)
    .limit(bindparam("limit"))
    .cte("chosen")
)
# ... and with each row chosen, the older rows of its chat (all due: none is behind a row that is not):
# a chat's messages go out in the order they were written, its older ones as fast as its most urgent.
_OLDER = aliased(OutboxMessage, name="older")
_NEWEST_CHOSEN = (
    select(func.max(_CHOSEN.c.id)).where(_CHOSEN.c.recipient_hash == _OLDER.recipient_hash).scalar_subquery()
)
_DUE_IDS = union(
    select(_CHOSEN.c.id),
    select(_OLDER.id).where(
        _OLDER.recipient_hash.in_(select(_CHOSEN.c.recipient_hash)),
        _OLDER.status == PENDING_STATUS,
        _OLDER.id < _NEWEST_CHOSEN,
    ),
)

# The message a row carried, when it is one a worker wrote to a citizen: only such a message's delivery is
# followed (a citizen's message relayed to a worker was received, and stays so). Every column named with
# its table: in RETURNING, SQLAlchemy leaves names bare on SQLite, where they would then resolve by luck.
_SENT_MESSAGE = aliased(Message, name="sent_message")
_OUTGOING_MESSAGE = (
    select(literal_column("sent_message.id"))
    .select_from(_SENT_MESSAGE)
    .where(
        literal_column("sent_message.id") == literal_column("outbox.message_id"),
        literal_column("sent_message.direction") == literal(Direction.OUTBOUND.value),
    )
    .scalar_subquery()
    .label("message_id")
)

# Leased in the statement that finds them, and only where nobody took them meanwhile: a second drainer
# waiting on the same rows finds them no longer due once the first commits, so the rows returned are ours.
_LEASE_DUE = (
    update(OutboxMessage)
    .where(_OUTBOX.id.in_(_DUE_IDS), _OUTBOX.status == PENDING_STATUS, _OUTBOX.next_attempt_at <= _NOW)
    .values(next_attempt_at=bindparam("lease_until", type_=UTCDateTime()))
    .returning(
        _OUTBOX.id,
        _OUTBOX.channel,
        _OUTBOX.recipient_hash,
        _OUTBOX.recipient_enc,
        _OUTBOX.body_enc,
        _OUTBOX.options,
        _OUTBOX.priority,
        _OUTGOING_MESSAGE,
    )
)
_RENEW = (
    update(OutboxMessage)
    .where(_OUTBOX.id.in_(_IDS), _OUTBOX.status == PENDING_STATUS)
    .values(next_attempt_at=bindparam("lease_until", type_=UTCDateTime()))
)
_RELEASE = (
    update(OutboxMessage)
    .where(_OUTBOX.id.in_(_IDS), _OUTBOX.status == PENDING_STATUS)
    .values(next_attempt_at=_NOW)
)


# Whether the row next in line for the same recipient waits to be leased (it is due): only then must the
# round that records this one look for rows due. Not when there is none (a chat's lone message, the usual
# case), nor when it is on the wire already (the rest of a chain leased together, or another drainer's):
# in a long queue for one chat, the lease would otherwise find nothing each time, at the cost of reading
# the whole queue.
_LATER = aliased(OutboxMessage, name="later")
_SENT_AT = bindparam("sent_at", type_=UTCDateTime())
_FOLLOWED = (
    select(literal_column("later.next_attempt_at") <= _SENT_AT)
    .select_from(_LATER)
    .where(
        literal_column("later.recipient_hash") == literal_column("outbox.recipient_hash"),
        literal_column("later.status") == PENDING_STATUS,
        literal_column("later.id") > literal_column("outbox.id"),
    )
    .order_by(literal_column("later.id"))
    .limit(1)
    .scalar_subquery()
    .label("followed")
)

MARK_SENT_AT_ONCE = 32  # rows per statement: the statements for 1 … 32 rows are built once each


@cache
def _mark_sent(count: int) -> Executable:
    """One UPDATE for `count` accepted rows (`id_n`, `external_n`); each row's channel id picked by a CASE
    on its id. Built once per count: building a statement costs more CPU than running it."""
    ids = [bindparam(f"id_{n}", type_=Integer()) for n in range(count)]
    external_id = case(
        *[(_OUTBOX.id == ids[n], bindparam(f"external_{n}", type_=String())) for n in range(count)]
    )
    return (
        update(OutboxMessage)
        .where(_OUTBOX.id.in_(ids), _OUTBOX.status == PENDING_STATUS)
        .values(
            status=OutboxStatus.SENT,
            external_id=external_id,
            sent_at=_SENT_AT,
            last_error=None,
            attempts=_OUTBOX.attempts + 1,
        )
        .returning(_OUTBOX.id, _OUTGOING_MESSAGE, _OUTBOX.options, _FOLLOWED)
    )


_DAY = bindparam("day", type_=UTCDateTime())
# The row keeps its kind and status (the figures count them), nothing that leads back to the recipient:
# no address or hash, no channel id (a Twilio SID resolves to the number), no key made from the inbound
# id, and times no finer than the day, so they cannot be lined up with an anonymous report's.
_SCRUBBED_VALUES: dict[str, Any] = dict(
    recipient_hash=SCRUBBED,
    recipient_enc="",
    body_enc="",
    external_id=None,
    idempotency_key=literal(SCRUBBED_KEY, String) + cast(_OUTBOX.id, String),
    created_at=_DAY,
    next_attempt_at=_DAY,
    sent_at=case((_OUTBOX.sent_at.is_(None), None), else_=_DAY),
)
_SCRUB = update(OutboxMessage).where(_OUTBOX.id.in_(_IDS)).values(**_SCRUBBED_VALUES)


class OutboxRepository(Repository[OutboxMessage]):
    """Outgoing messages: written by services, drained by the sender."""

    model = OutboxMessage

    def by_external_id(self, channel: str, external_id: str) -> OutboxMessage | None:
        query = select(OutboxMessage).where(
            OutboxMessage.channel == channel, OutboxMessage.external_id == external_id
        )
        return self._session.scalar(query)

    def has_key(self, idempotency_key: str) -> bool:
        """Whether a row with this key was queued (the unique key of one piece of work's message)."""
        query = select(OutboxMessage.id).where(OutboxMessage.idempotency_key == idempotency_key).limit(1)
        return self._session.scalar(query) is not None

    def count_for_message(self, message_id: int) -> int:
        """How often a relayed message was queued (the first time, and each redelivery)."""
        query = select(func.count()).where(OutboxMessage.message_id == message_id)
        return self._session.scalar(query) or 0

    def queue(
        self, values: Mapping[str, Any], delivery: Delivery, plain: bool, lease_until: datetime
    ) -> PendingOutbox:
        """An outbox row, written before the transaction's next statement (`_held`), leased to its
        writer until `lease_until` if this process's drainer takes it (`WriteBehind.queue`)."""
        row = PendingOutbox(dict(values), delivery, plain)
        held(self._session).queue(row, lease_until)
        return row

    def hold_message(self, values: Mapping[str, Any]) -> PendingMessage:
        """A message row, written before the transaction's next statement with the rows relaying it."""
        message = PendingMessage(dict(values))
        held(self._session).messages.append(message)
        return message

    def by_ids(self, outbox_ids: Sequence[int]) -> dict[int, OutboxMessage]:
        """Several rows in one round trip (the drainer records a whole batch at once)."""
        rows = self._session.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(outbox_ids)))
        return {row.id: row for row in rows}

    def sent_as(
        self, channel: str, recipient_hashes: Sequence[str], external_id: str
    ) -> OutboxMessage | None:
        """The message we sent that a recipient now replies to (Telegram: its message_id in their chat)."""
        query = select(OutboxMessage).where(
            OutboxMessage.channel == channel,
            OutboxMessage.recipient_hash.in_(recipient_hashes),
            OutboxMessage.external_id == external_id,
        )
        return self._session.scalars(query.order_by(OutboxMessage.id.desc())).first()

    def lease_due(
        self, now: datetime, limit: int, lease_until: datetime, channels: Sequence[str]
    ) -> list[dict[str, Any]]:
        """Lease the most urgent rows due now on `channels` (`_CHOSEN`, at most `limit`) and the older rows
        of their chats until `lease_until`; their columns in id order, with each row's `urgency`: the
        most urgent of it and its chat's rows leased after it. A channel this process does not send on is
        left for one that does."""
        params = {"now": now, "limit": limit, "channels": list(channels), "lease_until": lease_until}
        leased = sorted(self._run(_LEASE_DUE, params).mappings().all(), key=lambda row: row["id"])
        urgency: dict[int, int] = {}
        most_urgent: dict[str, int] = {}
        for row in reversed(leased):
            chat = row["recipient_hash"]
            most_urgent[chat] = min(row["priority"], most_urgent.get(chat, row["priority"]))
            urgency[row["id"]] = most_urgent[chat]
        return [{**row, "urgency": urgency[row["id"]]} for row in leased]

    def mark_sent(self, external_ids: Mapping[int, str], now: datetime) -> list[RowMapping]:
        """Rows the channel accepted (outbox id → the channel's id for the message).

        A row cancelled meanwhile (its citizen deleted everything) stays cancelled and is not returned;
        for the others: their id, the message when it is one a worker wrote to a citizen (else None), their
        options, and whether the recipient's next row waits to be leased (`followed`).
        """
        recorded: list[RowMapping] = []
        pairs = list(external_ids.items())
        for start in range(0, len(pairs), MARK_SENT_AT_ONCE):
            chunk = pairs[start : start + MARK_SENT_AT_ONCE]
            params: dict[str, Any] = {"sent_at": now}
            for n, (outbox_id, external_id) in enumerate(chunk):
                params[f"id_{n}"], params[f"external_{n}"] = outbox_id, external_id
            recorded += self._run(_mark_sent(len(chunk)), params).mappings().all()
        return sorted(recorded, key=lambda row: row["id"])

    def scrub(self, outbox_ids: Sequence[int], now: datetime) -> None:
        """Forget whom these rows went to, what they said, and when to the second (anonymous reporters,
        once sent)."""
        if outbox_ids:
            self._run(_SCRUB, {"ids": list(outbox_ids), "day": coarse_time(now)})

    def renew_lease(self, outbox_ids: Sequence[int], lease_until: datetime) -> None:
        """Rows still on the wire keep their lease until `lease_until` (the clock jumped past the old one)."""
        if outbox_ids:
            self._run(_RENEW, {"ids": list(outbox_ids), "lease_until": lease_until})

    def release(self, outbox_ids: Sequence[int], now: datetime) -> None:
        """Leased rows that were not sent after all: due again now (behind any older row's retry)."""
        if outbox_ids:
            self._run(_RELEASE, {"ids": list(outbox_ids), "now": now})

    def recipients_of(self, message_id: int) -> set[str]:
        """Whom a relayed message was queued for (their lookup hashes), however it went since."""
        query = select(OutboxMessage.recipient_hash).where(OutboxMessage.message_id == message_id)
        return set(self._session.scalars(query))

    def pending_to(self, channel: str, recipient_hashes: Sequence[str]) -> Sequence[OutboxMessage]:
        """What still waits to go to a recipient, oldest first (a worker who left: re-addressed)."""
        query = select(OutboxMessage).where(
            OutboxMessage.channel == channel,
            OutboxMessage.recipient_hash.in_(recipient_hashes),
            OutboxMessage.status == OutboxStatus.PENDING,
        )
        return self._session.scalars(query.order_by(OutboxMessage.id)).all()

    def forget(self, recipient_hashes: Sequence[str], now: datetime, citizen_id: int | None = None) -> None:
        """Someone deleted everything: nothing more goes out to them or with their words, and what was
        sent to them or relayed from them is scrubbed as the drainer scrubs an ephemeral row (`_SCRUB`:
        no channel message id or SID, no key made from an inbound id, times to the day)."""
        about_them: ColumnElement[bool] = OutboxMessage.recipient_hash.in_(recipient_hashes)
        if citizen_id is not None:
            their_messages = select(Message.id).where(Message.citizen_id == citizen_id)
            about_them = or_(about_them, OutboxMessage.message_id.in_(their_messages))
        self._session.execute(
            update(OutboxMessage)
            .where(about_them, OutboxMessage.status == OutboxStatus.PENDING)
            .values(status=OutboxStatus.CANCELLED)
        )
        self._session.execute(
            update(OutboxMessage).where(about_them).values(**_SCRUBBED_VALUES), {"day": coarse_time(now)}
        )
