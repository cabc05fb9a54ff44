"""Write-behind for the rows relaying writes most: stored messages and outbox rows.

Relaying a text writes a message row and an outbox row per recipient. Written as they come, a group of
inbound messages handled in one transaction costs two statements per message; held, and written together
with one multi-row INSERT per table, it costs two or three for the whole group. Every statement is a round
trip and, on PostgreSQL, a third of a millisecond of CPU.

Held rows are written before anything else runs in the transaction, the way the ORM writes its pending
objects before a query: a read must see them (the SMS flood limit counts outbox rows), a delete must find
them, a commit must keep them. So nothing can tell they were held, except that their ids are known only
once they are written: the outbox rows of a relayed message point at it through its `PendingMessage`.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, event, insert
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, UOWTransaction

from bot.models import Message, OutboxMessage
from bot.models.base import UTCDateTime
from bot.repositories import write_together
from bot.repositories.write_together import PENDING_STATUS, WRITTEN_ROW, lease_choice

__all__ = ["PENDING_STATUS", "PendingMessage", "PendingOutbox", "held", "write_held"]

_KEY = "skp_write_behind"
_OUTBOX = OutboxMessage.__table__.c

# Rows come back matched to what was sent by a unique key, not by their order: asking SQLAlchemy to keep
# the order (sort_by_parameter_order) makes it send one row per statement on SQLite.
_INSERT_MESSAGES = insert(Message).returning(Message.id, Message.channel, Message.external_id)
# Each row's next attempt chosen by the database (`write_together.lease_choice`). A row whose choice is
# already made passes the same time twice.
_INSERT_OUTBOX = (
    insert(OutboxMessage)
    .values(
        next_attempt_at=lease_choice(
            bindparam("pending_for"),
            bindparam("due", type_=UTCDateTime()),
            bindparam("leased", type_=UTCDateTime()),
        )
    )
    .returning(*WRITTEN_ROW)
)


@dataclass(eq=False)
class PendingMessage:
    """A message row to be written; its `id` once it is."""

    values: dict[str, Any]
    id: int | None = None


@dataclass(eq=False)
class PendingOutbox:
    """An outbox row to be written; its `id` once it is, and whether it went out `leased` to the caller.

    `lease`: leased to the caller until then, unless older rows still wait for the same recipient.
    `leader`: the first row for the same recipient in this transaction; this one does as it did (a
    recipient's rows of one transaction go out together, in one chain, or all wait their turn).
    """

    values: dict[str, Any]
    lease: datetime | None = None
    leader: "PendingOutbox | None" = None
    id: int | None = None
    leased: bool = False
    written: bool = False


@dataclass
class WriteBehind:
    """The rows one session holds back, in the order they were queued."""

    messages: list[PendingMessage] = field(default_factory=list)
    outbox: list[PendingOutbox] = field(default_factory=list)

    def flush(self, connection: Connection) -> None:
        """Write the held rows: the messages first (the outbox rows relaying them point at them), then
        the outbox rows. A failure here ends the unit of work (its caller rolls back), so rows taken off
        the lists and not written are not lost: nothing of the transaction is kept."""
        messages, self.messages = self.messages, []
        rows, self.outbox = self.outbox, []
        # A row whose leader is written in this same statement would not learn its choice in time.
        now = [row for row in rows if row.leader is None or row.leader.written]
        after = [row for row in rows if row.leader is not None and not row.leader.written]
        if messages and now and _together(connection, messages):
            _write_together(connection, messages, now)
        else:
            if messages:
                _write_messages(connection, messages)
            if now:
                _write_outbox(connection, now)
        if after:
            _write_outbox(connection, after)


def _together(connection: Connection, messages: Sequence[PendingMessage]) -> bool:
    """Whether messages and outbox rows can go in one statement: on PostgreSQL, for messages that can be
    told apart when they come back (by their channel id)."""
    return connection.dialect.name == "postgresql" and all(
        message.values.get("external_id") is not None for message in messages
    )


def _write_together(
    connection: Connection, messages: Sequence[PendingMessage], rows: Sequence[PendingOutbox]
) -> None:
    """Messages and outbox rows in one statement (`write_together`); each learns its id, and each row
    whether it is leased to the caller."""
    message_names = tuple(messages[0].values)
    params: dict[str, Any] = {}
    for n, message in enumerate(messages):
        params.update({f"m{n}_{name}": message.values[name] for name in message_names})
    row_params = [_outbox_params(row) for row in rows]
    row_names = tuple(name for name in row_params[0] if name not in _DECIDED)
    for n, values in enumerate(row_params):
        message = values["message_id"]
        if isinstance(message, PendingMessage):
            values["message_id"] = message.id  # None while written in this same statement
            values["ref_channel"] = message.values["channel"]
            values["ref_external_id"] = message.values["external_id"]
        else:
            values["ref_channel"] = values["ref_external_id"] = None
        params.update({f"o{n}_{name}": value for name, value in values.items() if name != "pending_for"})
    query = write_together.statement(message_names, len(messages), row_names, len(rows))
    ids: dict[tuple[str, str], int] = {}
    written: dict[str, tuple[int, datetime]] = {}
    for what, row_id, channel, key, next_attempt_at in connection.execute(query, params):
        if what == "message":
            ids[(channel, key)] = row_id
        else:
            written[key] = (row_id, next_attempt_at)
    for message in messages:
        message.id = ids[(message.values["channel"], message.values["external_id"])]
    _learn(rows, written)


def _write_messages(connection: Connection, messages: Sequence[PendingMessage]) -> None:
    """One statement for the messages with a channel id (unique: how their rows are told apart when they
    come back); any without one on its own."""
    keyed = [message for message in messages if message.values.get("external_id") is not None]
    if keyed:
        written = connection.execute(
            _INSERT_MESSAGES, _one_or_many([message.values for message in keyed])
        ).all()
        ids = {(channel, external_id): message_id for message_id, channel, external_id in written}
        for message in keyed:
            message.id = ids[(message.values["channel"], message.values["external_id"])]
    for message in messages:
        if message.id is None:
            message.id = connection.execute(_INSERT_MESSAGES, message.values).scalar_one()


# Parameters of an outbox row that are not its columns as given: the times the lease is chosen between.
_DECIDED = ("pending_for", "due", "leased")


def _outbox_params(row: PendingOutbox) -> dict[str, Any]:
    """An outbox row's parameters. A row whose leader is written already passes the leader's choice as
    both times, so the database cannot choose otherwise for it. `message_id` may still be a message held
    in the same flush."""
    values = dict(row.values)
    if isinstance(values["message_id"], PendingMessage) and values["message_id"].id is not None:
        values["message_id"] = values["message_id"].id
    due = values.pop("next_attempt_at")
    leased = due if row.lease is None else row.lease
    if row.leader is not None:  # written already: its choice is known
        due = leased = row.lease if row.leader.leased else due
    return {**values, "pending_for": values["recipient_hash"], "due": due, "leased": leased}


def _write_outbox(connection: Connection, rows: Sequence[PendingOutbox]) -> None:
    """One INSERT for `rows`; each learns its id and whether it is leased to the caller."""
    params = [_outbox_params(row) for row in rows]
    written = {
        key: (row_id, due) for row_id, due, key in connection.execute(_INSERT_OUTBOX, _one_or_many(params))
    }
    _learn(rows, written)


def _learn(rows: Sequence[PendingOutbox], written: dict[str, tuple[int, datetime]]) -> None:
    """What the database said of each row (by idempotency key): its id, and its next attempt, which is
    its lease when it was leased to the caller."""
    for row in rows:
        row.id, next_attempt_at = written[row.values["idempotency_key"]]
        row.written = True
        row.leased = row.lease is not None and next_attempt_at == row.lease


def _one_or_many(params: list[dict[str, Any]]) -> list[dict[str, Any]] | dict[str, Any]:
    """A lone row as a plain execution: SQLAlchemy's many-rows path costs more CPU than it saves there."""
    return params[0] if len(params) == 1 else params


def held(session: Session) -> WriteBehind:
    """The session's held rows (made on first use, in the session's transaction: one begins if none
    has, so that a rollback finds them to discard)."""
    pending = session.info.get(_KEY)
    if pending is None:
        if not session.in_transaction():
            session.begin()
        pending = session.info[_KEY] = WriteBehind()
    assert isinstance(pending, WriteBehind)
    return pending


def write_held(session: Session) -> None:
    """Write what the session holds back, now: before any other statement, and before the commit."""
    pending = session.info.get(_KEY)
    if pending is not None and (pending.messages or pending.outbox):
        pending.flush(session.connection())


# On the Session class, not on the project's sessionmaker: a session made any other way must not hold
# rows that nothing writes.
@event.listens_for(Session, "do_orm_execute")
def _before_orm_statement(state: ORMExecuteState) -> None:
    write_held(state.session)


@event.listens_for(Session, "before_flush")
def _before_orm_flush(session: Session, _context: UOWTransaction, _instances: object) -> None:
    write_held(session)


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    write_held(session)


@event.listens_for(Session, "after_soft_rollback")
def _after_rollback(session: Session, previous: SessionTransaction) -> None:
    # Nothing held outlives its transaction. (No code here uses savepoints; one that did would call
    # `write_held` before `begin_nested`, so that what it rolls back holds nothing from before it.)
    if not previous.nested:
        session.info.pop(_KEY, None)
