"""Which columns hold personal data, encrypted, and which keyed hash belongs to which encrypted value.

One list, so that key rotation re-encrypts everything and the tests can check that nothing is in clear.
"""

from dataclasses import dataclass

from bot.models.base import Base
from bot.models.citizens import ChannelIdentity, ConversationState, Message
from bot.models.infra import OutboxMessage, ProcessedInbound
from bot.models.reports import ConcernReport
from bot.models.staff import Worker


@dataclass(frozen=True)
class SealedField:
    """An encrypted column, and the lookup-hash column computed from the same plain value, if any."""

    encrypted: str
    lookup_hash: str | None = None


SEALED_FIELDS: dict[type[Base], tuple[SealedField, ...]] = {
    Worker: (SealedField("telegram_chat_enc", "telegram_chat_hash"), SealedField("phone_enc", "phone_hash")),
    ChannelIdentity: (SealedField("address_enc", "address_hash"),),
    Message: (SealedField("body_enc"),),
    ConversationState: (SealedField("data_enc"),),
    ConcernReport: (
        SealedField("concern_enc"),
        SealedField("subject_enc"),
        SealedField("answer_enc"),
        SealedField("reporter_contact_enc"),
        SealedField("followup_enc"),
    ),
    OutboxMessage: (SealedField("recipient_enc", "recipient_hash"), SealedField("body_enc")),
    ProcessedInbound: (SealedField("payload_enc"),),
}
