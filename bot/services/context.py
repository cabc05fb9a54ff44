"""What every use case needs (`Deps`), and one inbound turn's working state (`Turn`, `OutboxWriter`)."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Any

from bot.cadence_port import CadenceRules
from bot.channels import SEND_LEASE, Choice, Copy, Delivery, Dispatch, Dispatches, Inbound, seal_copy
from bot.clock import Clock
from bot.crypto import Vault
from bot.i18n import Catalogs
from bot.models import ChannelIdentity, Worker
from bot.models.enums import Channel, Direction
from bot.office_hours import is_open
from bot.profile import Profile
from bot.repositories.citizens import Sender
from bot.repositories.write_behind import PendingMessage, PendingOutbox
from bot.uow import UnitOfWork

AUTO_REPLIES_PER_HOUR = 8
"""The bot's own automatic answers by SMS to one number within an hour (acknowledgements, menus, the
office-hours answer). A loop between two auto-responders, or a prank, must not cost the municipality money."""
SAFETY_REPLIES_PER_HOUR = 40
"""Answers that keep someone safe or in control (the numbers, STOP, START and SLET confirmations, the
crisis answer) have their own, much higher, limit: a frightened person writing HJÆLP ten times is answered
ten times."""
SAFETY_KINDS = ("safety", "crisis")
AUTO_KINDS = ("ack", "help", "menu", "dialogue", "office_closed", "receipt", "info")
"""The outbox kinds of the bot's automatic answers; a worker's reply ("relay"), a reminder or a report's
answer is somebody's own message and counts against neither limit."""


@dataclass(frozen=True)
class Deps:
    """The collaborators of the services, built once by the composition root."""

    new_uow: Callable[[], UnitOfWork]
    vault: Vault
    clock: Clock
    profile: Profile
    texts: Catalogs
    cadences: CadenceRules

    def text(self, key: str, language: str, **params: object) -> str:
        return self.texts.text(key, language, **params)


class OutboxWriter:
    """Writes outgoing messages into the outbox of the current transaction.

    Keys derive from the origin (e.g. the inbound update), so doing the same work twice writes nothing twice.
    """

    def __init__(
        self,
        uow: UnitOfWork,
        deps: Deps,
        origin: str,
        now: datetime,
        dispatch: bool = False,
        leaders: dict[str, PendingOutbox] | None = None,
    ) -> None:
        """`dispatch`: the caller sends what it can right after the commit (see `dispatches`).
        `leaders`: per recipient, the transaction's first row for them, which decides whether their
        messages in this transaction go straight out (shared by the writers of one transaction)."""
        self._uow, self._deps, self._origin, self._now = uow, deps, origin, now
        self._count = 0
        self._dispatch = dispatch
        self._leaders: dict[str, PendingOutbox] = {} if leaders is None else leaders
        self._queued: list[tuple[PendingOutbox, Delivery, bool]] = []

    @property
    def dispatches(self) -> Dispatches:
        """The rows leased to the caller, to send right after the commit (not before: until then their
        ids, and whether they may go straight out, are not known); and whether others were left waiting."""
        leased = Dispatches(
            Dispatch(_written_id(row), delivery, plain, row.lease)
            for row, delivery, plain in self._queued
            if row.leased
        )
        leased.left_waiting = any(not row.leased for row, _, _ in self._queued)
        return leased

    def _key(self, count: int) -> str:
        """The idempotency key of the work's `count`-th message: unique in the database, so the same work
        cannot queue twice."""
        return f"{self._origin}:{count}"

    def wrote_before(self) -> bool:
        """Whether this same work queued its messages before (e.g. a report Twilio sent twice): doing it
        again, the database would refuse the transaction."""
        return self._uow.outbox.has_key(self._key(1))

    def to_address(
        self,
        channel: str,
        address: str,
        text: str,
        *,
        kind: str | None = None,
        choices: Sequence[Choice] = (),
        message_id: int | PendingMessage | None = None,
        ephemeral: bool = False,
        urgent: bool = False,
        copy: Copy | None = None,
        silent: bool = False,
    ) -> None:
        """Queue `text` for `address`. `ephemeral`: scrub the address once sent (anonymous reporters).
        `copy`: send a copy of that Telegram message instead of `text` (sealed in the row: the source
        chat is personal data). `silent`: no sound on the recipient's phone (Telegram)."""
        self._count += 1
        key = self._key(self._count)
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
        recipient = vault.lookup_hash(address)
        row = {
            "idempotency_key": key,
            "channel": channel,
            "recipient_hash": recipient,
            "recipient_enc": vault.seal(address),
            "body_enc": vault.seal(text),
            "kind": kind,
            "options": options or None,
            "next_attempt_at": self._now,
            "created_at": self._now,
            "message_id": message_id,
        }
        # Straight out only when nothing older waits for this recipient, or the order would break. The
        # first row for a recipient leaves it to the database; the transaction's later ones do the same.
        leader = self._leaders.get(recipient)
        if leader is None and self._dispatch:
            pending = self._leaders[recipient] = self._uow.outbox.queue(
                row, leased_until=self._now + SEND_LEASE
            )
        elif leader is not None:
            pending = self._uow.outbox.queue(row, leased_until=self._now + SEND_LEASE, leader=leader)
        else:
            pending = self._uow.outbox.queue(row)
        # Plain (see `Dispatch`) only when known: the message relayed is one a citizen sent, or none.
        relayed_in = (
            isinstance(message_id, PendingMessage) and message_id.values["direction"] == Direction.INBOUND
        )
        plain = not ephemeral and (message_id is None or relayed_in)
        delivery = Delivery(Channel(channel), address, text, tuple(choices), copy, silent=silent)
        self._queued.append((pending, delivery, plain))

    def to_identity(self, identity: ChannelIdentity, text: str, **options: Any) -> bool:
        """Queue for a citizen's or reporter's channel; False (nothing queued) if they sent STOP."""
        if identity.stopped:
            return False
        self.to_address(identity.channel, self._deps.vault.open(identity.address_enc), text, **options)
        return True

    def to_worker(self, worker: Worker, text: str, **options: Any) -> bool:
        """Queue for a worker's Telegram chat; False if the worker has not enrolled yet.

        Outside office hours the phone stays quiet (the message arrives without a sound) unless it is
        a crisis alert: a worker off duty reads the rest when they choose."""
        if worker.telegram_chat_enc is None:
            return False
        address = self._deps.vault.open(worker.telegram_chat_enc)
        if options.get("kind") != "alert" and not is_open(self._deps.profile, self._now):
            options["silent"] = True
        self.to_address(Channel.TELEGRAM, address, text, **options)
        return True


def _written_id(row: PendingOutbox) -> int:
    if row.id is None:
        raise RuntimeError("an outbox row's id is known only once the transaction wrote it")
    return row.id


@dataclass
class Turn:
    """One inbound message being handled: the transaction, the outbox, the sender's language."""

    uow: UnitOfWork
    deps: Deps
    out: OutboxWriter
    inbound: Inbound
    now: datetime
    language: str = field(default="da")
    # A sender we keep no identity for (a stranger, an anonymous reporter): anonymous by default, so every
    # reply to them is scrubbed from the outbox once sent, leaving no trace of their chat or number.
    forget_sender: bool = False
    flooded: bool = False  # an SMS sender who got as many automatic answers this hour as we give
    sender: Sender | None = None  # who wrote, as found when the turn began (one read for all of it)
    worrying: bool = False  # the message may be serious (danger, or help asked for): marked for the worker
    crisis_answered: bool = False  # the sender got the crisis answer: no other automatic answer this turn
    _replies_this_hour: dict[bool, int] = field(default_factory=dict)  # per class: safety or not

    @cached_property
    def address_hashes(self) -> list[str]:
        return self.deps.vault.lookup_hashes(self.inbound.address)

    @cached_property
    def today(self) -> date:
        """The local date (absences, office days are by the profile's calendar, not UTC's)."""
        return self.now.astimezone(self.deps.profile.tz).date()

    def t(self, key: str, **params: object) -> str:
        """A text in the sender's language, in their channel's variant (``KEY.sms``) where there is one."""
        return self.deps.texts.text_for(self.inbound.channel, key, self.language, **params)

    def reply(self, text: str, **options: Any) -> None:
        """Answer the sender on the channel they used; by SMS within the hourly limits above.

        Only the answer is held back: what the sender wrote is still stored and relayed to the worker.
        """
        if self.forget_sender:
            options["ephemeral"] = True
        if self.inbound.channel == Channel.SMS and self._sms_replies_spent(options.get("kind")):
            self.flooded = True
            return
        self.out.to_address(self.inbound.channel, self.inbound.address, text, **options)

    def _sms_replies_spent(self, kind: str | None) -> bool:
        """Whether this answer would go past its class's hourly limit (and counts it, if not)."""
        safety = kind in SAFETY_KINDS
        kinds = SAFETY_KINDS if safety else AUTO_KINDS
        limit = SAFETY_REPLIES_PER_HOUR if safety else AUTO_REPLIES_PER_HOUR
        spent = self._replies_this_hour.get(safety)
        if spent is None:
            since = self.now - timedelta(hours=1)
            recipient = self.deps.vault.lookup_hash(self.inbound.address)
            spent = self.uow.outbox.count_to(recipient, since, kinds)
        if spent >= limit:
            return True
        self._replies_this_hour[safety] = spent + 1
        return False
