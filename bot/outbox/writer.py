"""The outbox's port: a service or a scheduler job says what to send, and to whom; nothing else.

Everything queued is written in the caller's transaction (held back and written together, `_held`), so a
message goes out only if the work that caused it is committed, and exactly once: keys derive from the
origin (the inbound update, the reminder), so doing the same work twice writes nothing twice. When and how
it goes on the wire (leased to this process's drainer at the commit, or found by a drain round, retried,
in order per recipient) is the outbox's business (`post`, `drainer`).
"""

import secrets
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from bot.channels import Choice, Copy, Delivery, open_copy, seal_copy
from bot.crypto import Vault
from bot.models import ChannelIdentity, OutboxMessage, Worker
from bot.models.enums import Channel, Direction, OutboxKind, OutboxStatus, Priority, WorkerStatus
from bot.office_hours import is_open
from bot.outbox._held import PendingMessage
from bot.outbox.post import SEND_LEASE
from bot.profile import Profile

if TYPE_CHECKING:
    from bot.outbox.rows import OutboxRepository

MessageRef = int | PendingMessage
"""A stored message an outbox row carries: its id, or the message held back to be written with it."""


class Unit(Protocol):
    """What the outbox needs of the caller's unit of work."""

    @property
    def outbox(self) -> "OutboxRepository": ...


class Needs(Protocol):
    """What the outbox needs of the services' collaborators (`Deps`)."""

    @property
    def vault(self) -> Vault: ...

    @property
    def profile(self) -> Profile: ...


class Outbox:
    """Queues outgoing messages in the caller's transaction, under keys derived from `origin`."""

    def __init__(self, uow: Unit, deps: Needs, origin: str, now: datetime) -> None:
        self._uow, self._deps, self._origin, self._now = uow, deps, origin, now
        self._count = 0

    def _key(self, count: int) -> str:
        """The idempotency key of the work's `count`-th message: unique in the database, so the same work
        cannot queue twice."""
        return f"{self._origin}:{count}"

    def unlink(self) -> None:
        """Key the work's messages from here on by chance, not by its origin: an inbound id leads back to
        whoever sent it (an anonymous reporter). Doing the work twice is still refused, by the claim of
        the inbound id (`bot.services.inbound`)."""
        self._origin = f"anonymous:{secrets.token_hex(16)}"

    def wrote_before(self) -> bool:
        """Whether this same work queued its messages before (e.g. a report Twilio sent twice): doing it
        again, the database would refuse the transaction."""
        return self._uow.outbox.has_key(self._key(1))

    def store_message(self, **values: Any) -> PendingMessage:
        """A message to relay (its `messages` row), written together with the outbox rows that carry it
        (`add(..., message_id=…)`): one statement for both on PostgreSQL. Nothing reads it back."""
        return self._uow.outbox.hold_message(values)

    def add(
        self,
        channel: str,
        address: str,
        text: str,
        *,
        kind: OutboxKind | None = None,
        choices: Sequence[Choice] = (),
        message_id: MessageRef | None = None,
        ephemeral: bool = False,
        urgent: bool = False,
        copy: Copy | None = None,
        silent: bool = False,
        priority: Priority | None = None,
    ) -> None:
        """Queue `text` for `address`. `ephemeral`: scrub the address once sent (anonymous reporters).
        `copy`: send a copy of that Telegram message instead of `text` (sealed in the row: the source
        chat is personal data). `silent`: no sound on the recipient's phone (Telegram). `priority`: how
        soon it goes out when a backlog forms, if not its kind's (`OutboxKind.priority`)."""
        self._count += 1
        vault = self._deps.vault
        options: dict[str, Any] = {}
        if choices:
            options["choices"] = [[choice.label, choice.data] for choice in choices]
        if ephemeral:
            options["ephemeral"] = True
        if urgent:
            options["urgent"] = True
        if copy is not None:
            options["copy"] = seal_copy(vault, copy)
        if silent:
            options["silent"] = True
        row = {
            "idempotency_key": self._key(self._count),
            "channel": channel,
            "recipient_hash": vault.lookup_hash(address),
            "recipient_enc": vault.seal(address),
            "body_enc": vault.seal(text),
            "kind": kind,
            "priority": int(priority if priority is not None else _priority_of(kind)),
            "options": options or None,
            "next_attempt_at": self._now,
            "created_at": self._now,
            "message_id": message_id,
        }
        # Plain (see `Dispatch`) only when known: the message relayed is one a citizen sent, or none.
        relayed_in = (
            isinstance(message_id, PendingMessage) and message_id.values["direction"] == Direction.INBOUND
        )
        plain = not ephemeral and (message_id is None or relayed_in)
        delivery = Delivery(Channel(channel), address, text, tuple(choices), copy, silent=silent)
        self._uow.outbox.queue(row, delivery, plain, self._now + SEND_LEASE)

    def to_identity(self, identity: ChannelIdentity, text: str, **options: Any) -> bool:
        """Queue for a citizen's or reporter's channel; False (nothing queued) if they sent STOP."""
        if identity.stopped:
            return False
        self.add(identity.channel, self._deps.vault.open(identity.address_enc), text, **options)
        return True

    def to_worker(self, worker: Worker, text: str, **options: Any) -> bool:
        """Queue for a worker's Telegram chat; False if the worker has not enrolled yet, or has left (from
        then on nothing reaches their chat, whoever asks).

        Outside office hours the phone stays quiet (the message arrives without a sound) unless it is
        a crisis alert: a worker off duty reads the rest when they choose."""
        if worker.telegram_chat_enc is None or worker.status == WorkerStatus.LEFT:
            return False
        address = self._deps.vault.open(worker.telegram_chat_enc)
        if options.get("kind") != OutboxKind.ALERT and not is_open(self._deps.profile, self._now):
            options["silent"] = True
        self.add(Channel.TELEGRAM, address, text, **options)
        return True

    def forward(self, row: OutboxMessage, worker: Worker, heading: str = "") -> bool:
        """A row still waiting for a chat that no longer takes it (a worker who left, a phone replaced):
        cancelled, and queued again for `worker` as it was (its buttons, the message it carries), with
        `heading` above the text. False (and the row left as it is) if `worker` cannot be reached."""
        options = row.options or {}
        text = self._deps.vault.open(row.body_enc)
        queued = self.to_worker(
            worker,
            f"{heading}\n{text}" if heading else text,
            kind=OutboxKind(row.kind) if row.kind else None,
            choices=tuple(Choice(label, data) for label, data in options.get("choices", [])),
            message_id=row.message_id,
            urgent=bool(options.get("urgent")),
            copy=open_copy(self._deps.vault, options.get("copy")),
        )
        if queued:
            row.status = OutboxStatus.CANCELLED
        return queued


def _priority_of(kind: str | None) -> Priority:
    """A kind's priority; a row of no kind (or one this code does not know) counts as conversation."""
    if kind is None:
        return Priority.CONVERSATION
    try:
        return OutboxKind(kind).priority
    except ValueError:
        return Priority.CONVERSATION
