"""Guided dialogues (a concern report, a confirmation): their state lives in the database, sealed.

A state expires, so a dialogue abandoned at night does not catch a message sent a week later; an expired
concern report becomes an unfinished report for the team (scheduling/abandoned.py), never just lost.
"""

import json
from datetime import timedelta
from typing import Any

from bot.models import ConversationState
from bot.services.context import Turn

DIALOGUE_LIFETIME = timedelta(hours=2)


def start_dialogue(turn: Turn, flow: str, step: str, data: dict[str, Any]) -> ConversationState:
    """Begin (or restart) a dialogue for the sender, replacing any other."""
    turn.uow.dialogues.clear(turn.inbound.channel, turn.address_hashes)
    state = ConversationState(
        channel=turn.inbound.channel,
        address_hash=turn.deps.vault.lookup_hash(turn.inbound.address),
        flow=flow,
        step=step,
        data_enc=turn.deps.vault.seal(json.dumps(data)),
        expires_at=turn.now + DIALOGUE_LIFETIME,
        updated_at=turn.now,
    )
    turn.uow.dialogues.put(state)
    return state


def dialogue_data(turn: Turn, state: ConversationState) -> dict[str, Any]:
    if state.data_enc is None:
        return {}
    data: dict[str, Any] = json.loads(turn.deps.vault.open(state.data_enc))
    return data


def advance(turn: Turn, state: ConversationState, step: str, data: dict[str, Any]) -> None:
    """Move to the next step, keeping what was answered so far."""
    state.step = step
    state.data_enc = turn.deps.vault.seal(json.dumps(data))
    state.updated_at = turn.now
    state.expires_at = turn.now + DIALOGUE_LIFETIME


def end_dialogue(turn: Turn) -> None:
    turn.uow.dialogues.clear(turn.inbound.channel, turn.address_hashes)
