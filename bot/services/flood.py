"""Flood limits beyond the hourly ones on answers (`Turn.reply`): one crisis alert per sender and
episode, and a pause for a sender who guesses codes. Counted per sender by `Vault.limit_key`, so they
hold for a stranger or an anonymous reporter as for anyone."""

from datetime import timedelta

from bot.models.enums import OutboxKind
from bot.services.context import Turn, window_end

ALERT = "alert"
CODE = "code"


def first_alert(turn: Turn) -> bool:
    """Whether the team is to be alerted of this sender's danger: once in each episode (the profile's
    `crisis_alert_hours`). Later messages still reach the team, marked as possibly serious, and the
    sender still gets the numbers each time."""
    hours = timedelta(hours=turn.deps.profile.limits.crisis_alert_hours)
    return turn.uow.limits.count(turn.limit_key, ALERT, turn.now, window_end(turn.now, hours)) == 1


def codes_paused(turn: Turn) -> bool:
    """Whether this sender guessed too many wrong codes lately: no code is even tried until the pause is
    over (a right one would otherwise give itself away by its answer)."""
    if not turn.limited:
        return False
    spent = turn.uow.limits.spent(turn.limit_key, CODE, turn.now)
    return spent >= turn.deps.profile.limits.wrong_codes


def wrong_code(turn: Turn, key: str, **options: object) -> None:
    """Answer a wrong code with text `key`, while the sender has tries left; the first time past them,
    say once that they must wait; then nothing until the pause is over."""
    limits = turn.deps.profile.limits
    pause = timedelta(minutes=limits.wrong_code_pause_minutes)
    if not turn.limited:
        turn.reply(turn.t(key), kind=OutboxKind.ACK, **options)
        return
    count = turn.uow.limits.count(turn.limit_key, CODE, turn.now, window_end(turn.now, pause))
    if count <= limits.wrong_codes:
        turn.reply(turn.t(key), kind=OutboxKind.ACK, **options)
    elif count == limits.wrong_codes + 1:
        turn.reply(
            turn.t("codes.paused", minutes=limits.wrong_code_pause_minutes), kind=OutboxKind.ACK, **options
        )


def note_wrong_code(turn: Turn) -> None:
    """Count a wrong code that gets no answer of its own (the text is relayed as a message)."""
    if turn.limited:
        pause = timedelta(minutes=turn.deps.profile.limits.wrong_code_pause_minutes)
        turn.uow.limits.count(turn.limit_key, CODE, turn.now, window_end(turn.now, pause))
