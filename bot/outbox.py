"""The outbox drainer: sends what services queued, in order per recipient, with retries and back-off.

A row is leased (its next attempt pushed 20 s ahead) in the transaction that picks it, so a second
drainer does not take it while it is on the wire; a drainer killed mid-send leaves it to be retried when
the lease runs out. Nothing queued is lost; a message is sent twice only if the process dies between the
channel accepting it and the database recording that (milliseconds).
"""

import asyncio
import logging
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.exc import SQLAlchemyError

from bot.channels import SEND_LEASE, Choice, Delivery, Dispatch, RecipientGone, Rejected, RetryLater, Sender
from bot.models import OutboxMessage
from bot.models.enums import Channel, DeliveryStatus, OutboxStatus
from bot.models.infra import SCRUBBED
from bot.services.context import Deps
from bot.uow import UnitOfWork

log = logging.getLogger(__name__)

LEASE = SEND_LEASE
MAX_ATTEMPTS = 12  # with the back-off below: about an hour of trying before giving up
MAX_BACKOFF_SECONDS = 600


Results = list[tuple[Dispatch, str | BaseException]]


@dataclass(frozen=True)
class Batch:
    """Rows leased for this round, or, when there are none, when the next one is due."""

    leased: list[Dispatch]
    next_due: datetime | None


@dataclass
class DrainStats:
    sent: int = 0
    retried: int = 0
    failed: int = 0


class OutboxDrainer:
    """Drains the outbox through the channels' senders; `wake()` after a commit for low latency."""

    def __init__(
        self, deps: Deps, senders: Mapping[str, Sender], batch_size: int = 50, retry_unit: float = 2.0
    ) -> None:
        self._deps = deps
        self._senders = senders
        self._batch_size = batch_size
        self._retry_unit = retry_unit  # the first back-off, in seconds; doubles per attempt
        self._wake = asyncio.Event()
        self._dispatched: Results = []  # sent straight after a commit, to be recorded in the next round
        self._in_flight: set[asyncio.Task[None]] = set()
        self.stats = DrainStats()

    def wake(self) -> None:
        self._wake.set()

    def dispatch(self, items: Sequence[Dispatch]) -> None:
        """Send rows that a service wrote already leased, now, without waiting for a drain round.

        Each recipient's rows go out one after another, in order. If the process dies first, the lease
        runs out and the drainer sends them.
        """
        if not items:
            self._wake.set()
            return
        by_recipient: dict[str, list[Dispatch]] = {}
        for item in items:
            by_recipient.setdefault(f"{item.delivery.channel}:{item.delivery.address}", []).append(item)
        for chain in by_recipient.values():
            task = asyncio.create_task(self._send_chain(chain))
            self._in_flight.add(task)
            task.add_done_callback(self._in_flight.discard)

    async def _send_chain(self, chain: list[Dispatch]) -> None:
        for item in chain:
            result = await self._send(item)
            try:  # recorded at once: a worker may answer this very message a moment from now
                await asyncio.to_thread(self._settle_and_lease, [(item, result)], False)
            except Exception:  # the next drain round records it
                self._dispatched.append((item, result))
            if not isinstance(result, str):
                break  # the rest waits for its lease, behind this one's retry: the order holds
        self._wake.set()

    async def run(self, stop: asyncio.Event, idle_poll: float = 1.0) -> None:
        """Drain until `stop` is set; what is on the wire when it is set is finished and recorded first.

        Each round is one transaction: record what the last round sent, lease what is due now. Fewer
        transactions leave the database free sooner for the messages coming in.
        """
        results: Results = []
        while True:
            self._wake.clear()
            if stop.is_set() and self._in_flight:
                await asyncio.gather(*self._in_flight, return_exceptions=True)
            results, self._dispatched = results + self._dispatched, []
            try:
                batch = await asyncio.to_thread(self._settle_and_lease, results, not stop.is_set())
                results = []
            except Exception as error:  # e.g. the database went away: keep the results, try again shortly
                if isinstance(error, SQLAlchemyError):
                    log.warning("outbox drain: database unavailable (%s)", type(error).__name__)
                else:
                    log.exception("outbox drain failed")
                if stop.is_set():
                    return  # unrecorded sends are retried when their lease runs out
                batch = Batch([], None)
            if stop.is_set() and not results:
                return
            if batch.leased:
                sent = await asyncio.gather(*(self._send(item) for item in batch.leased))
                results = list(zip(batch.leased, sent, strict=True))
                continue
            waiter = asyncio.ensure_future(self._wake.wait())
            stopper = asyncio.ensure_future(stop.wait())
            await asyncio.wait(
                {waiter, stopper}, timeout=self._pause(batch, idle_poll), return_when=asyncio.FIRST_COMPLETED
            )
            waiter.cancel()
            stopper.cancel()

    def _pause(self, batch: Batch, longest: float) -> float:
        """Seconds until the earliest retry is due (so a 429's retry_after is kept to the moment)."""
        if batch.next_due is None:
            return longest
        return min(longest, max(0.01, (batch.next_due - self._deps.clock.now()).total_seconds()))

    def _settle_and_lease(self, results: Results, lease: bool = True) -> Batch:
        """Record the last round's results and lease the next round, in one transaction."""
        deps = self._deps
        now = deps.clock.now()
        with deps.new_uow() as uow:
            rows = uow.outbox.by_ids([item.outbox_id for item, _ in results]) if results else {}
            delivered: dict[DeliveryStatus, list[int]] = {DeliveryStatus.SENT: [], DeliveryStatus.FAILED: []}
            for item, result in results:
                row = rows.get(item.outbox_id)
                if row is None or row.status != OutboxStatus.PENDING:
                    continue
                row.attempts += 1
                if isinstance(result, str):
                    self._sent(row, result, now)
                else:
                    self._failed(uow, row, result, now)
                if row.message_id is not None and row.status != OutboxStatus.PENDING:
                    delivered[
                        DeliveryStatus.SENT if row.status == OutboxStatus.SENT else DeliveryStatus.FAILED
                    ].append(row.message_id)
            for status, message_ids in delivered.items():
                if message_ids:
                    uow.messages.mark_delivery(message_ids, status)
            leased = []
            for row in uow.outbox.due(now, self._batch_size) if lease else ():
                if row.channel not in self._senders:
                    continue  # that channel is off in this process; leave it for one that has it
                row.next_attempt_at = now + LEASE
                leased.append(Dispatch(row.id, self._delivery(row)))
            next_due = None if leased or not lease else uow.outbox.next_attempt()
            uow.commit()
        return Batch(leased, next_due)

    def _delivery(self, row: OutboxMessage) -> Delivery:
        vault = self._deps.vault
        choices = tuple(Choice(label, data) for label, data in (row.options or {}).get("choices", []))
        return Delivery(
            Channel(row.channel), vault.open(row.recipient_enc), vault.open(row.body_enc), choices
        )

    async def _send(self, item: Dispatch) -> str | BaseException:
        try:
            return await self._senders[item.delivery.channel].send(item.delivery)
        except Exception as error:  # recorded per row below; one failure must not stop the batch
            return error

    def _sent(self, row: OutboxMessage, external_id: str, now: datetime) -> None:
        row.status, row.external_id, row.sent_at, row.last_error = OutboxStatus.SENT, external_id, now, None
        self.stats.sent += 1
        if (row.options or {}).get("ephemeral"):
            scrub(row)

    def _failed(self, uow: UnitOfWork, row: OutboxMessage, error: BaseException, now: datetime) -> None:
        reason = type(error).__name__
        if isinstance(error, RetryLater):
            row.next_attempt_at = now + timedelta(seconds=max(error.seconds, 0.05))
        elif isinstance(error, RecipientGone | Rejected) or row.attempts >= MAX_ATTEMPTS:
            self._give_up(uow, row, reason)
            return
        else:
            row.next_attempt_at = now + timedelta(seconds=backoff_seconds(row.attempts, self._retry_unit))
        row.last_error = reason[:200]
        self.stats.retried += 1
        log.info("outbox retry", extra={"outbox_id": row.id, "attempts": row.attempts, "reason": reason})

    def _give_up(self, uow: UnitOfWork, row: OutboxMessage, reason: str) -> None:
        row.status, row.last_error = OutboxStatus.FAILED, reason[:200]
        self.stats.failed += 1
        log.warning("outbox gave up", extra={"outbox_id": row.id, "attempts": row.attempts, "reason": reason})
        if reason == RecipientGone.__name__:
            identity = uow.identities.by_address(row.channel, [row.recipient_hash])
            if identity is not None:
                identity.stopped = True  # they blocked the bot: writing again would only fail again
        if (row.options or {}).get("ephemeral"):
            scrub(row)


def scrub(row: OutboxMessage) -> None:
    """Forget whom an ephemeral message went to, and what it said (anonymous reporters)."""
    row.recipient_hash = SCRUBBED
    row.recipient_enc = ""
    row.body_enc = ""


def backoff_seconds(attempts: int, unit: float = 2.0) -> float:
    """Exponential back-off with jitter: 2, 4, 8 … seconds by default, at most ten minutes."""
    return min(MAX_BACKOFF_SECONDS, unit * 2.0 ** (attempts - 1)) * random.uniform(0.8, 1.2)
