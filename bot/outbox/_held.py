"""Write-behind for the rows relaying writes most: stored messages and outbox rows (private to the outbox).

Relaying a text writes a message row and an outbox row per recipient. Written as they come, a group of
inbound messages handled in one transaction costs two statements per message; held, and written together
with one multi-row INSERT per table, it costs two or three for the whole group. Every statement is a round
trip and, on PostgreSQL, a third of a millisecond of CPU.

Held rows are written before anything else runs in the transaction, the way the ORM writes its pending
objects before a query: a read must see them (a lookup of what was sent), a delete must find
them, a commit must keep them. So nothing can tell they were held, except that their ids are known only
once they are written: the outbox rows of a relayed message point at it through its `PendingMessage`.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, event, insert
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, UOWTransaction, sessionmaker

from bot.channels import Delivery
from bot.db import FLUSH_HELD
from bot.models import Message, OutboxMessage
from bot.models.base import UTCDateTime
from bot.models.enums import Priority
from bot.outbox._together import WRITTEN_ROW, lease_choice, statement
from bot.outbox.post import Dispatch, Post

_KEY = "skp_write_behind"
MAX_LEASED_RECIPIENTS = 50
"""Recipients whose rows one transaction may lease to its writer, as many as a drain round leases: a
scheduler tick that queues a thousand reminders hands the drainer fifty chains, and leaves the rest to its
rounds (each recipient's rows all leased, or all left, so their order holds)."""
_OUTBOX = OutboxMessage.__table__.c

# Rows come back matched to what was sent by a unique key, not by their order: asking SQLAlchemy to keep
# the order (sort_by_parameter_order) makes it send one row per statement on SQLite.
_INSERT_MESSAGES = insert(Message).returning(Message.id, Message.channel, Message.external_id)
# Each row's next attempt chosen by the database (`_together.lease_choice`). A row whose choice is
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
    delivery: Delivery
    plain: bool
    lease: datetime | None = None
    leader: "PendingOutbox | None" = None
    id: int | None = None
    leased: bool = False
    written: bool = False

    def dispatch(self) -> Dispatch:
        """The row as handed to the drainer, once written (its id known) and committed."""
        assert self.id is not None, "an outbox row's id is known only once the transaction wrote it"
        priority = self.values.get("priority", Priority.CONVERSATION)  # the column's default when not given
        return Dispatch(self.id, self.delivery, self.plain, self.lease, priority)


@dataclass
class WriteBehind:
    """The rows one session holds back, in the order they were queued; and, for the transaction, every
    outbox row it queued (`queued`, handed over after the commit) and the first per recipient (`leaders`:
    whether a recipient's rows of one transaction go straight out is decided once, by the first)."""

    post: Post
    messages: list[PendingMessage] = field(default_factory=list)
    outbox: list[PendingOutbox] = field(default_factory=list)
    queued: list[PendingOutbox] = field(default_factory=list)
    leaders: dict[str, PendingOutbox] = field(default_factory=dict)

    def queue(self, row: PendingOutbox, lease_until: datetime) -> None:
        """Hold an outbox row; leased to its writer until `lease_until` when this process's drainer
        takes its channel and nothing older waits for the recipient (decided by the first row for the
        recipient in this transaction; the database decides for that one)."""
        recipient = row.values["recipient_hash"]
        leader = self.leaders.get(recipient)
        if leader is not None:
            row.lease, row.leader = lease_until, leader
        elif self.post.takes(row.values["channel"]) and len(self.leaders) < MAX_LEASED_RECIPIENTS:
            row.lease = lease_until
            self.leaders[recipient] = row
        self.outbox.append(row)
        self.queued.append(row)

    def committed(self) -> None:
        """Hand what the transaction leased to its writer to the drainer, and start afresh."""
        queued, self.queued, self.leaders = self.queued, [], {}
        if queued:
            leased = [row.dispatch() for row in queued if row.leased]
            self.post.committed(leased, any(not row.leased for row in queued))

    def flush(self, connection: Connection) -> None:
        """Write the held rows: the messages first (the outbox rows relaying them point at them), then
        the outbox rows. A failure here ends the unit of work (its caller rolls back), so rows taken off
        the lists and not written are not lost: nothing of the transaction is kept."""
        messages, self.messages = self.messages, []
        rows, self.outbox = self.outbox, []
        # A row whose leader is written in this same statement would not learn its choice in time.
        now = [row for row in rows if row.leader is None or row.leader.written]
        after = [row for row in rows if row.leader is not None and not row.leader.written]
        if messages and now and _in_one_statement(connection, messages):
            _write_together(connection, messages, now)
        else:
            if messages:
                _write_messages(connection, messages)
            if now:
                _write_outbox(connection, now)
        if after:
            _write_outbox(connection, after)


def _in_one_statement(connection: Connection, messages: Sequence[PendingMessage]) -> bool:
    """Whether messages and outbox rows can go in one statement: on PostgreSQL, for messages that can be
    told apart when they come back (by their channel id)."""
    return connection.dialect.name == "postgresql" and all(
        message.values.get("external_id") is not None for message in messages
    )


def _write_together(
    connection: Connection, messages: Sequence[PendingMessage], rows: Sequence[PendingOutbox]
) -> None:
    """Messages and outbox rows in one statement (`_together`); each learns its id, and each row
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
    query = statement(message_names, len(messages), row_names, len(rows))
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


_POST = "skp_post"


def held(session: Session) -> WriteBehind:
    """The session's held rows (made on first use, in the session's transaction: one begins if none
    has, so that a rollback finds them to discard). Only sessions of a factory the outbox is installed
    on (`install`) hold rows: on any other, nothing would write them."""
    pending = session.info.get(_KEY)
    if pending is None:
        post = session.info.get(_POST)
        if not isinstance(post, Post):
            raise RuntimeError(
                "the outbox is not installed on this session's factory (bot.uow.session_factory)"
            )
        if not session.in_transaction():
            session.begin()
        pending = session.info[_KEY] = WriteBehind(post)
    assert isinstance(pending, WriteBehind)
    return pending


def write_held(session: Session) -> None:
    """Write what the session holds back, now: before any other statement, and before the commit."""
    pending = session.info.get(_KEY)
    if pending is not None and (pending.messages or pending.outbox):
        pending.flush(session.connection())


def install(factory: "sessionmaker[Session]", post: Post) -> None:
    """Hold rows back in the sessions of `factory` (only those: a session made any other way holds none),
    write them before anything else runs, and hand what a commit leased to `post`."""
    factory.kw.setdefault("info", {}).update({_POST: post, FLUSH_HELD: write_held})
    event.listen(factory, "do_orm_execute", _before_orm_statement)
    event.listen(factory, "before_flush", _before_orm_flush)
    event.listen(factory, "before_commit", write_held)
    event.listen(factory, "after_commit", _after_commit)
    event.listen(factory, "after_soft_rollback", _after_rollback)


def _before_orm_statement(state: ORMExecuteState) -> None:
    write_held(state.session)


def _before_orm_flush(session: Session, _context: UOWTransaction, _instances: object) -> None:
    write_held(session)


def _after_commit(session: Session) -> None:
    pending = session.info.get(_KEY)
    if pending is not None:
        pending.committed()


def _after_rollback(session: Session, previous: SessionTransaction) -> None:
    # Nothing held outlives its transaction. (No code here uses savepoints; one that did would call
    # `write_held` before `begin_nested`, so that what it rolls back holds nothing from before it.)
    if not previous.nested:
        session.info.pop(_KEY, None)
