"""On PostgreSQL, a transaction's held messages and the outbox rows relaying them, in one statement.

Written apart (`_held`), the messages and their outbox rows are two INSERTs, two round trips.
PostgreSQL runs an INSERT inside a WITH and lets the next INSERT read what it returned, so the outbox rows
find their message's id in the database, and one statement writes both and brings back every id: one
round trip less for each relayed message or group. (SQLite has no INSERT inside a WITH; it is in the
process, where a statement costs no round trip.)
"""

from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import (
    Executable,
    FromClause,
    String,
    Subquery,
    bindparam,
    case,
    cast,
    column,
    func,
    insert,
    literal,
    literal_column,
    null,
    select,
    text,
    union_all,
)
from sqlalchemy.types import TypeEngine

from bot.models import Message, OutboxMessage
from bot.models.base import UTCDateTime
from bot.models.enums import OutboxStatus

_OUTBOX = OutboxMessage.__table__.c
# Inline, not a bound parameter: only then may SQLite and PostgreSQL (with prepared, generic plans) use
# the partial index of pending rows (migration 0003).
PENDING_STATUS: Any = literal_column(f"'{OutboxStatus.PENDING}'")
# What the database says of each outbox row written: its id, its next attempt (the lease, when it went to
# its writer) and its idempotency key, by which it is matched back.
WRITTEN_ROW = (_OUTBOX.id, _OUTBOX.next_attempt_at, _OUTBOX.idempotency_key)


def lease_choice(recipient: Any, due: Any, leased: Any) -> Any:
    """A new outbox row's next attempt: `due` if an older row still waits for its recipient, else
    `leased` (leased to the writer, who sends it straight after the commit; per-chat order holds). The
    database decides within the insert, without a round trip of its own."""
    waiting = select(_OUTBOX.id).where(_OUTBOX.recipient_hash == recipient, _OUTBOX.status == PENDING_STATUS)
    return case((waiting.exists(), due), else_=leased)


# What an outbox row carries besides its own columns: the message it relays, when that is written in
# the same statement (channel and channel id: unique), and the two times the lease is chosen between.
_ROW_EXTRAS: tuple[tuple[str, TypeEngine[Any]], ...] = (
    ("ref_channel", String()),
    ("ref_external_id", String()),
    ("due", UTCDateTime()),
    ("leased", UTCDateTime()),
)


def _given(
    table: FromClause,
    names: Sequence[str],
    count: int,
    prefix: str,
    extras: Sequence[tuple[str, TypeEngine[Any]]],
) -> Subquery:
    """`count` rows of parameters `{prefix}{n}_{name}` as a table, typed as the columns they go to.

    A VALUES written out: a multi-row `values()` would never be cached (compiled again each time)."""
    columns = [(name, table.c[name].type) for name in names] + list(extras)
    rows = ", ".join(
        "(" + ", ".join(f":{prefix}{n}_{name}" for name, _ in columns) + ")" for n in range(count)
    )
    named = ", ".join(f"column{position + 1} AS {name}" for position, (name, _) in enumerate(columns))
    return (
        text(f"SELECT {named} FROM (VALUES {rows}) AS {prefix}_values")
        .bindparams(
            *(bindparam(f"{prefix}{n}_{name}", type_=type_) for n in range(count) for name, type_ in columns)
        )
        .columns(*(column(name, type_) for name, type_ in columns))
        .subquery(f"{prefix}_given")
    )


@cache
def statement(
    message_names: tuple[str, ...], messages: int, row_names: tuple[str, ...], rows: int
) -> Executable:
    """Messages and outbox rows, by how many and which columns each gives. Back: one line per row written,
    `what` ("message", "outbox"), its id, and the message's channel and channel id, or the outbox row's
    idempotency key and next attempt (whether it was leased)."""
    given_messages = _given(Message.__table__, message_names, messages, "m", ())
    written_messages = (
        insert(Message)
        .from_select(list(message_names), select(*(given_messages.c[name] for name in message_names)))
        .returning(Message.id, Message.channel, Message.external_id)
        .cte("written_messages")
    )
    given_rows = _given(OutboxMessage.__table__, row_names, rows, "o", _ROW_EXTRAS)
    relayed = (
        select(written_messages.c.id)
        .where(
            written_messages.c.channel == given_rows.c.ref_channel,
            written_messages.c.external_id == given_rows.c.ref_external_id,
        )
        .scalar_subquery()
    )
    own = [name for name in row_names if name != "message_id"]
    written_rows = (
        insert(OutboxMessage)
        .from_select(
            [*own, "message_id", "next_attempt_at"],
            select(
                *(given_rows.c[name] for name in own),
                func.coalesce(given_rows.c.message_id, relayed),
                lease_choice(given_rows.c.recipient_hash, given_rows.c.due, given_rows.c.leased),
            ),
        )
        .returning(*WRITTEN_ROW)
        .cte("written_rows")
    )
    return union_all(
        select(
            literal("message").label("what"),
            written_messages.c.id,
            written_messages.c.channel,
            written_messages.c.external_id.label("key"),
            cast(null(), UTCDateTime()).label("next_attempt_at"),
        ),
        select(
            literal("outbox"),
            written_rows.c.id,
            cast(null(), String()),
            written_rows.c.idempotency_key,
            written_rows.c.next_attempt_at,
        ),
    )
