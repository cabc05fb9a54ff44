"""What the SMS carrier later says about a text we sent: delivered, or not — and what to do then.

Twilio reports through status callbacks. A worker's answer that failed for a passing reason is queued
again (a bounded number of times); one that cannot be delivered is shown to the worker who wrote it, so
nobody believes a citizen got an answer they never saw.
"""

from bot.db import once_more_if_reconnected
from bot.models import Message, OutboxMessage
from bot.models.enums import Channel, DeliveryStatus, OutboxKind
from bot.outbox import Outbox
from bot.services.context import Deps
from bot.uow import UnitOfWork

# Twilio error codes after which trying again can help (queue overflow, carrier congestion, unknown).
RETRYABLE_ERRORS = {"30001", "30008", "30017", "30022"}
MAX_REDELIVERIES = 2
FINAL = {
    "delivered": DeliveryStatus.DELIVERED,
    "undelivered": DeliveryStatus.UNDELIVERED,
    "failed": DeliveryStatus.FAILED,
}


def record_sms_status(deps: Deps, message_sid: str, status: str, error_code: str | None) -> bool:
    """Apply one status callback; True when it queued a text (a second attempt, or word to the worker),
    which nobody has leased: the caller wakes the drainer. A sid not ours (or forgotten since) changes
    nothing."""
    return once_more_if_reconnected(lambda: _record_once(deps, message_sid, status, error_code))


def _record_once(deps: Deps, message_sid: str, status: str, error_code: str | None) -> bool:
    now = deps.clock.now()
    with deps.new_uow() as uow:
        row = uow.outbox.by_external_id(Channel.SMS, message_sid)
        if row is None:
            return False
        final = FINAL.get(status)
        message = uow.messages.get(row.message_id) if row.message_id is not None else None
        if final is None or message is None or message.delivery_status == final:
            return False
        out = Outbox(uow, deps, f"sms-status:{message_sid}", now)
        if final != DeliveryStatus.DELIVERED and out.wrote_before():
            return False  # Twilio reported this failure twice: what it called for is queued already
        message.delivery_status = final
        queued = final != DeliveryStatus.DELIVERED and _not_delivered(
            deps, uow, out, row, message, error_code
        )
        uow.commit()
    return queued


def _not_delivered(
    deps: Deps,
    uow: UnitOfWork,
    out: Outbox,
    row: OutboxMessage,
    message: Message,
    error_code: str | None,
) -> bool:
    tries = uow.outbox.count_for_message(message.id)
    if error_code in RETRYABLE_ERRORS and tries <= MAX_REDELIVERIES:
        vault = deps.vault
        out.add(
            row.channel,
            vault.open(row.recipient_enc),
            vault.open(row.body_enc),
            kind=OutboxKind(row.kind) if row.kind else None,
            message_id=message.id,
        )
        message.delivery_status = DeliveryStatus.QUEUED
        return True
    worker = uow.workers.get(message.worker_id) if message.worker_id is not None else None
    citizen = uow.citizens.get(message.citizen_id)
    if worker is not None and citizen is not None:
        text = deps.text("worker.sms_not_delivered", worker.language, alias=citizen.alias)
        return out.to_worker(worker, text, kind=OutboxKind.INFO)
    return False
