"""The sender's channel identity: created only when someone must be reachable later."""

from bot.models import ChannelIdentity
from bot.services.context import Turn


def new_identity(turn: Turn, citizen_id: int | None = None) -> ChannelIdentity:
    """Remember the sender's chat or number (sealed, with a keyed hash for lookups)."""
    vault = turn.deps.vault
    identity = ChannelIdentity(
        channel=turn.inbound.channel,
        address_hash=vault.lookup_hash(turn.inbound.address),
        address_enc=vault.seal(turn.inbound.address),
        citizen_id=citizen_id,
        language=turn.language,
        stopped=False,
        created_at=turn.now,
        last_seen_at=turn.now,
    )
    turn.uow.identities.add(identity)
    turn.forget_sender = False  # the sender is remembered from now on
    return identity
