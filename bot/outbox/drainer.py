"""The outbox drainer: sends what services queued, in order per recipient, with retries and back-off.

A row is leased (its next attempt pushed 20 s ahead) in the transaction that picks it, so a second
drainer does not take it while it is on the wire; a drainer killed mid-send leaves it to be retried when
the lease runs out. Nothing queued is lost; a message is sent twice only if the process dies between the
channel accepting it and the database recording that (milliseconds).

A lease is a wall-clock time, and the wall clock jumps: a laptop woken from sleep, an NTP step, the demo's
clock control. A jump past the lease of a row on the wire would make the next round take it again and
send it twice, so each round first renews the leases of the rows this drainer still has on the wire (sent
or not, until their outcome is recorded) when less than half of the lease is left by the round's clock.
"""

import asyncio
import logging
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.exc import SQLAlchemyError

from bot.channels import Choice, Delivery, RecipientGone, Rejected, RetryLater, Sender, open_copy
from bot.clock import Clock
from bot.crypto import Vault
from bot.models import OutboxMessage
from bot.models.enums import Channel, DeliveryStatus, OutboxStatus
from bot.outbox._gate import Gate
from bot.outbox.post import SEND_LEASE, Dispatch, Post

if TYPE_CHECKING:
    from bot.uow import UnitOfWork

log = logging.getLogger(__name__)

LEASE = SEND_LEASE
MAX_ATTEMPTS = 12  # with the back-off below: about an hour of trying before giving up
MAX_BACKOFF_SECONDS = 600


Results = list[tuple[Dispatch, str | BaseException]]
Finished = tuple[Dispatch, str | BaseException, "asyncio.Future[bool]"]  # a send, and when it is recorded


class Needs(Protocol):
    """What the drainer needs of the services' collaborators (`Deps`, built by `bot.bootstrap`)."""

    @property
    def vault(self) -> Vault: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def post(self) -> Post: ...

    def new_uow(self) -> "UnitOfWork": ...


class NotAttempted(Exception):
    """A leased row left unsent because an older one for the same recipient failed first."""


@dataclass(frozen=True)
class Batch:
    """Rows leased for this round, or, when there are none, when the next one is due."""

    leased: list[Dispatch]
    next_due: datetime | None
    lease_until: datetime | None = None  # of the rows leased, and of the leases renewed
    renewed: tuple[int, ...] = ()
    more: bool = False  # it leased all it had room for: more may be due


@dataclass
class DrainStats:
    sent: int = 0
    retried: int = 0
    failed: int = 0


class OutboxDrainer:
    """Drains the outbox through the channels' senders; `wake()` after a commit for low latency.

    Sends run as chains, one per recipient, each in order, side by side with the others. What they
    accomplish is recorded by the drain loop, together with leasing the next rows, in one transaction
    per round: when many sends finish at once, one commit records them all. A round that only records
    sends leases nothing unless rows wait behind them (or it was asked to look): a chat's lone message
    then costs one statement less, and the transaction is over sooner for the messages coming in.

    First things first under load: rounds lease the most urgent rows due (`Priority`), and no more than
    `batch_size` rows are leased on the wire at once, so a backlog stays in the database, where a crisis
    answer queued later is leased ahead of it. A channel that says how many sends it takes at once
    (`in_flight`) gets them most urgent first (`Gate`); a crisis answer leased to its writer so waits
    only for the sends already on the wire.
    """

    def __init__(
        self, deps: Needs, senders: Mapping[str, Sender], batch_size: int = 50, retry_unit: float = 2.0
    ) -> None:
        self._deps = deps
        self._senders = senders
        self._batch_size = batch_size
        self._retry_unit = retry_unit  # the first back-off, in seconds; doubles per attempt
        self._wake = asyncio.Event()
        self._look = True  # the next round leases whatever is due, whatever it records
        self._looked_at = float("-inf")  # when a round last looked (the event loop's clock)
        self._stopping = False  # the loop waits for the sends on the wire to end, then returns
        self._finished: list[Finished] = []  # sends done, to be recorded in the next round
        self._retries: list[datetime] = []  # when the retries this drainer scheduled are due
        self._in_flight: set[asyncio.Task[None]] = set()
        self._on_wire: dict[int, datetime] = {}  # rows dispatched, outcome not yet recorded: lease until
        self._loop: asyncio.AbstractEventLoop | None = None  # the loop `run` runs on
        self._gates = {
            channel: Gate(width)
            for channel, sender in senders.items()
            if isinstance(width := getattr(sender, "in_flight", None), int)
        }
        self.stats = DrainStats()

    def wake(self) -> None:
        """Rows were queued (or came due) that nobody here is sending: look for them now."""
        self._look = True
        self._wake.set()

    def dispatch(self, items: Sequence[Dispatch], leased_until: datetime | None = None) -> None:
        """Send rows that a service wrote already leased, now, without waiting for a drain round.

        Each recipient's rows go out one after another, in order. If the process dies first, the lease
        runs out and the drainer sends them. `leased_until`: their lease (a writer's: about now + LEASE).
        """
        if not items:
            # Rows queued but not leased: behind an older row for the same recipient, or written without
            # a lease. While sends of this process are on the wire, the round that records them leases
            # whatever is due then (told to look), so a round now would find nothing to do (on a busy
            # chat, one wasted transaction per message). With nothing on the wire, look now: the older
            # row may be one nobody here is sending.
            self._look = True
            if not self._in_flight:
                self._wake.set()
            return
        until = leased_until or self._deps.clock.now() + LEASE
        by_recipient: dict[str, list[Dispatch]] = {}
        for item in items:
            # The writer's lease when it says (the clock may have jumped since it committed).
            self._on_wire.setdefault(item.outbox_id, item.leased_until or until)
            by_recipient.setdefault(f"{item.delivery.channel}:{item.delivery.address}", []).append(item)
        for chain in by_recipient.values():
            task = asyncio.create_task(self._send_chain(chain))
            self._in_flight.add(task)
            task.add_done_callback(self._chain_ended)

    def _chain_ended(self, task: "asyncio.Task[None]") -> None:
        """A chain's last send is recorded (or given back). If rows were announced while it was on the
        wire, after the round that recorded it began, no later round of it will look for them: look now.
        When stopping, the loop waits for the last chain to end."""
        self._in_flight.discard(task)
        if not self._in_flight and (self._look or self._stopping):
            self._wake.set()

    async def _send_chain(self, chain: list[Dispatch]) -> None:
        started = asyncio.get_running_loop().time()
        for position, item in enumerate(chain):
            if position and asyncio.get_running_loop().time() - started > LEASE.total_seconds() / 2:
                # The rows were leased together: before their lease runs out and a round takes them
                # again, give the rest back, to be leased afresh (in order, behind nothing).
                for rest in chain[position:]:
                    self._finish(rest, NotAttempted())
                break
            # A chat's older rows go at the pace of its most urgent one behind them.
            result = await self._send(item, min(later.priority for later in chain[position:]))
            recorded = self._finish(item, result)
            # The next message waits until this one is recorded: if the process dies, at most the one
            # message on the wire (per chat) goes out a second time.
            if not await recorded or not isinstance(result, str):
                for rest in chain[position + 1 :]:  # given back, due again behind this one's retry
                    self._finish(rest, NotAttempted())
                break

    def _finish(self, item: Dispatch, result: str | BaseException) -> "asyncio.Future[bool]":
        """Hand a send's outcome to the next round, which this wakes at once (a worker may answer the
        message a moment from now); the future says when it is recorded."""
        recorded = asyncio.get_running_loop().create_future()
        self._finished.append((item, result, recorded))
        self._wake.set()
        return recorded

    async def run(self, stop: asyncio.Event, idle_poll: float = 1.0) -> None:
        """Drain until `stop` is set; what is on the wire when it is set is finished and recorded first.

        Each round is one transaction: record what was sent since the last round, lease what is due now.
        Fewer transactions leave the database free sooner for the messages coming in. While it runs, the
        rows this process's transactions lease to their writers are handed to it at their commit (`Post`).
        """
        self._loop = asyncio.get_running_loop()
        post = self._deps.post
        post.attach(self._hand_over, self._senders)
        try:
            await self._rounds(stop, idle_poll)
        finally:
            post.detach(self._hand_over)

    def _hand_over(self, leased: Sequence[Dispatch], left_waiting: bool) -> None:
        """The post's courier: rows a transaction committed leased to this drainer (sent at once), and
        whether it left others waiting (looked for). Called in whichever thread committed."""
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if self._loop is None or running is self._loop:
            self._take(leased, left_waiting)
            return
        try:
            self._loop.call_soon_threadsafe(self._take, leased, left_waiting)
        except RuntimeError:  # the loop closed meanwhile: the leases run out, a later drainer sends them
            log.info("outbox hand-over after the drainer stopped", extra={"rows": len(leased)})

    def _take(self, leased: Sequence[Dispatch], left_waiting: bool) -> None:
        if leased:
            self.dispatch(leased)
        if left_waiting:
            self.dispatch([])

    async def _rounds(self, stop: asyncio.Event, idle_poll: float) -> None:
        while True:
            self._wake.clear()
            look = self._should_look(idle_poll)
            stopping = self._stopping = stop.is_set()
            finished, self._finished = self._finished, []
            results: Results = [(item, result) for item, result, _ in finished]
            on_wire = dict(self._on_wire)  # the round reads it in its thread; this loop may add to it
            try:
                batch = await asyncio.to_thread(self._settle_and_lease, results, not stopping, look, on_wire)
            except Exception as error:  # e.g. the database went away: keep the results, try again shortly
                if isinstance(error, SQLAlchemyError):
                    log.warning("outbox drain: database unavailable (%s)", type(error).__name__)
                else:
                    log.exception("outbox drain failed")
                if stopping:  # unrecorded sends are retried when their lease runs out
                    self._release(finished, recorded=False)
                    return
                self._finished[:0] = finished
                self._look = True
                batch = Batch([], None)
            else:
                self._release(finished, recorded=True)
                for item, _, _ in finished:
                    self._on_wire.pop(item.outbox_id, None)
                for outbox_id in batch.renewed:
                    if outbox_id in self._on_wire and batch.lease_until is not None:
                        self._on_wire[outbox_id] = batch.lease_until
            if stopping and not self._in_flight and not self._finished:
                return
            if batch.leased:
                self.dispatch(batch.leased, batch.lease_until)
            if batch.more:
                self._look = True  # the round that records the next sends leases more
                if len(self._on_wire) < self._batch_size:
                    continue  # more may be due right now, and there is room for them
            waiter = asyncio.ensure_future(self._wake.wait())
            stopper = asyncio.ensure_future(stop.wait())
            await asyncio.wait(
                {waiter} if stopping else {waiter, stopper},  # stopping: until the sends on the wire end
                timeout=self._pause(batch, idle_poll),
                return_when=asyncio.FIRST_COMPLETED,
            )
            if not waiter.done():  # the idle poll, or a retry came due
                self._look = True
            waiter.cancel()
            stopper.cancel()

    def _should_look(self, idle_poll: float) -> bool:
        """Whether this round leases whatever is due: when told to, and at least every `idle_poll` seconds
        however busy it is (rows other processes or the scheduler queued, and leases a dead process left,
        are found so; a wake for every send finished must not keep them waiting). A retry this drainer
        scheduled is looked for by the round itself, by its own clock (`_settle_and_lease`)."""
        look, self._look = self._look, False
        clock = asyncio.get_running_loop().time()
        if clock - self._looked_at >= idle_poll:
            look = True
        if look:
            self._looked_at = clock
        return look

    @staticmethod
    def _release(finished: "list[Finished]", *, recorded: bool) -> None:
        """Let the chains waiting for these sends' records go on (or stop, when nothing was recorded)."""
        for _, _, future in finished:
            if not future.done():
                future.set_result(recorded)

    def _pause(self, batch: Batch, longest: float) -> float:
        """Seconds until the earliest retry is due (so a 429's retry_after is kept to the moment)."""
        if batch.next_due is None:
            return longest
        return min(longest, max(0.01, (batch.next_due - self._deps.clock.now()).total_seconds()))

    def _settle_and_lease(
        self,
        results: Results,
        lease: bool = True,
        look: bool = True,
        on_wire: Mapping[int, datetime] | None = None,
    ) -> Batch:
        """Record the last round's results and lease the next round, in one transaction.

        Without `look`, a round whose sends all went through leases only if the next row of one of their
        recipients waits, or a retry came due: rows queued meanwhile came leased to their writer, or were
        announced (an empty dispatch, `wake`) and so set `look` for a round. `on_wire`: the rows this
        drainer has on the wire and their leases; those the clock has (nearly) caught up with, without
        their outcome in `results`, are renewed before anything is leased (see the module's docstring)."""
        deps = self._deps
        now = deps.clock.now()
        with deps.new_uow() as uow:
            if all(item.plain and isinstance(result, str) for item, result in results):
                # One statement to record them, perhaps one to lease: each is all or nothing by itself.
                uow.statement_by_statement()
            followed = self._record(uow, results, now) if results else True
            renewed = _leases_running_out(on_wire or {}, results, now)
            uow.outbox.renew_lease(renewed, now + LEASE)
            retry_due = any(at <= now for at in self._retries)  # by this round's clock, not the loop's
            leased: list[Dispatch] = []
            # Room for as many as a round leases, less what is still on the wire: a backlog waits in the
            # database, where what is queued later and more urgent is leased first.
            room = self._batch_size - len(set(on_wire or {}) - {item.outbox_id for item, _ in results})
            wanted = lease and (look or followed or retry_due)
            if wanted and room > 0:
                self._retries = [at for at in self._retries if at > now]  # what came due is leased now
                due = uow.outbox.lease_due(now, room, now + LEASE, list(self._senders))
                leased = [
                    Dispatch(row["id"], self._delivery(row), _plain(row), priority=row["urgency"])
                    for row in due
                ]
            uow.commit()
        more = wanted and len(leased) >= room
        # With no room, the sends on the wire wake the next round as they end; no retry need wake it.
        next_due = None if leased or not lease or more else self._next_retry()
        return Batch(leased, next_due, now + LEASE, tuple(renewed), more)

    def _next_retry(self) -> datetime | None:
        """The earliest retry this drainer scheduled that is still ahead, if any: those that came due were
        leased, and dropped, by the round. (Rows of other processes, and leases a dead process left, are
        found by the idle poll.)"""
        return min(self._retries, default=None)

    def _record(self, uow: "UnitOfWork", results: Results, now: datetime) -> bool:
        """Sends accepted by the channel, in one statement for all of them (two when a worker's message
        to a citizen was among them); failures row by row. True when rows may wait behind these: behind
        a sent row, or behind a failure (a retry, or rows given back)."""
        sent: dict[int, str] = {}
        failures: dict[int, BaseException] = {}
        given_back: list[int] = []
        for item, result in results:
            if isinstance(result, str):
                sent[item.outbox_id] = result
            elif isinstance(result, NotAttempted):
                given_back.append(item.outbox_id)
            else:
                failures[item.outbox_id] = result
        recorded = uow.outbox.mark_sent(sent, now)
        uow.outbox.scrub([row["id"] for row in recorded if (row["options"] or {}).get("ephemeral")], now)
        self.stats.sent += len(recorded)
        sent_messages = [row["message_id"] for row in recorded if row["message_id"] is not None]
        if sent_messages:
            uow.messages.mark_delivery(sent_messages, DeliveryStatus.SENT)
        if failures:
            self._record_failures(uow, failures, now)
        uow.outbox.release(given_back, now)
        return bool(failures or given_back) or any(row["followed"] for row in recorded)

    def _record_failures(self, uow: "UnitOfWork", failures: dict[int, BaseException], now: datetime) -> None:
        failed_messages = []
        for outbox_id, row in uow.outbox.by_ids(list(failures)).items():
            if row.status != OutboxStatus.PENDING:
                continue  # cancelled meanwhile (the citizen deleted everything)
            row.attempts += 1
            self._failed(uow, row, failures[outbox_id], now)
            if row.message_id is not None and row.status == OutboxStatus.FAILED:
                failed_messages.append(row.message_id)
        if failed_messages:
            uow.messages.mark_delivery(failed_messages, DeliveryStatus.FAILED)

    def _delivery(self, row: Mapping[str, Any]) -> Delivery:
        vault = self._deps.vault
        options = row["options"] or {}
        choices = tuple(Choice(label, data) for label, data in options.get("choices", []))
        return Delivery(
            Channel(row["channel"]),
            vault.open(row["recipient_enc"]),
            vault.open(row["body_enc"]),
            choices,
            open_copy(vault, options.get("copy")),
            silent=bool(options.get("silent")),
        )

    async def _send(self, item: Dispatch, priority: int) -> str | BaseException:
        channel = item.delivery.channel
        gate = self._gates.get(channel)
        try:
            if gate is None:
                return await self._senders[channel].send(item.delivery)
            async with gate.turn(priority, item.outbox_id):
                return await self._senders[channel].send(item.delivery)
        except Exception as error:  # recorded per row below; one failure must not stop the batch
            return error

    def _failed(self, uow: "UnitOfWork", row: OutboxMessage, error: BaseException, now: datetime) -> None:
        reason = type(error).__name__
        if isinstance(error, RetryLater):
            row.next_attempt_at = now + timedelta(seconds=max(error.seconds, 0.05))
        elif isinstance(error, RecipientGone | Rejected) or row.attempts >= MAX_ATTEMPTS:
            self._give_up(uow, row, reason, now)
            return
        else:
            row.next_attempt_at = now + timedelta(seconds=backoff_seconds(row.attempts, self._retry_unit))
        self._retries.append(row.next_attempt_at)
        row.last_error = reason[:200]
        self.stats.retried += 1
        log.info("outbox retry", extra={"outbox_id": row.id, "attempts": row.attempts, "reason": reason})

    def _give_up(self, uow: "UnitOfWork", row: OutboxMessage, reason: str, now: datetime) -> None:
        row.status, row.last_error = OutboxStatus.FAILED, reason[:200]
        self.stats.failed += 1
        log.warning("outbox gave up", extra={"outbox_id": row.id, "attempts": row.attempts, "reason": reason})
        if reason == RecipientGone.__name__:
            identity = uow.identities.by_address(row.channel, [row.recipient_hash])
            if identity is not None:
                identity.stopped = True  # they blocked the bot: writing again would only fail again
        if (row.options or {}).get("ephemeral"):
            uow.outbox.scrub([row.id], now)  # after the changes above are flushed: it is clean after


def _leases_running_out(on_wire: Mapping[int, datetime], results: Results, now: datetime) -> list[int]:
    """Rows on the wire whose lease has less than half its length left by `now` (the clock jumped
    ahead, or a send is slow), leaving out those whose outcome is being recorded."""
    recorded = {item.outbox_id for item, _ in results}
    return sorted(
        outbox_id
        for outbox_id, until in on_wire.items()
        if until - now < LEASE / 2 and outbox_id not in recorded
    )


def _plain(row: Mapping[str, Any]) -> bool:
    """A leased row with nothing to note once sent but that it was (see `Dispatch.plain`)."""
    return not (row["options"] or {}).get("ephemeral") and row["message_id"] is None


def backoff_seconds(attempts: int, unit: float = 2.0) -> float:
    """Exponential back-off with jitter: 2, 4, 8 … seconds by default, at most ten minutes."""
    return min(MAX_BACKOFF_SECONDS, unit * 2.0 ** (attempts - 1)) * random.uniform(0.8, 1.2)
