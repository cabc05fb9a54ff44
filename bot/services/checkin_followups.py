"""After a check-in was moved or marked: tell the citizen the new time, or take back a mark tapped by
mistake (the buttons bot.buttons.checkin_tell_new_time and checkin_undo).

A citizen who gets reminders was told "see you tomorrow at 09:00"; after a move nothing told them
otherwise. The worker is offered one tap that sends the new time: neutral (the time and the worker's first
name, never what the visit is about), GSM-7, one SMS, and once per new time.
"""

from bot import buttons
from bot.channels import Choice
from bot.models import ChannelIdentity, Checkin, CheckinAgreement, Citizen, Worker
from bot.models.enums import CheckinOutcome, CitizenStatus, OutboxKind, ReminderKind
from bot.services.context import Turn
from bot.services.local_time import moment_text, when_text

UNDOABLE = (CheckinOutcome.DONE, CheckinOutcome.NOT_REACHED)


def tell_button(turn: Turn, checkin: Checkin, agreement: CheckinAgreement, citizen: Citizen) -> Choice | None:
    """The "send the new time" button under a move: for a citizen who gets reminders and can be reached."""
    if not agreement.remind_citizen or _reachable(turn, citizen) is None:
        return None
    return Choice(
        turn.t("worker.checkin.button.tell_new_time", alias=citizen.alias),
        buttons.checkin_tell_new_time(checkin.id),
    )


def tell_new_time(
    turn: Turn, worker: Worker, checkin: Checkin, agreement: CheckinAgreement, citizen: Citizen
) -> None:
    """Send the citizen the check-in's time, if it is still the one planned and still to come."""
    if checkin.outcome != CheckinOutcome.PENDING or checkin.due_at <= turn.now:
        turn.reply(turn.t("worker.checkin.new_time_gone", alias=citizen.alias), kind=OutboxKind.INFO)
        return
    identity = _reachable(turn, citizen)
    if identity is None:
        turn.reply(turn.t("worker.checkin.no_channel", alias=citizen.alias), kind=OutboxKind.INFO)
        return
    # Keyed by the time too: SQLite may give a later occurrence this id, and its time must still be told.
    key = f"new_time:{checkin.id}:{checkin.due_at:%Y%m%dT%H%M}"
    if not turn.uow.reminders.claim(
        key,
        ReminderKind.CITIZEN,
        due_at=turn.now,
        now=turn.now,
        worker_id=agreement.worker_id,
        citizen_id=citizen.id,
    ):
        turn.reply(turn.t("worker.checkin.new_time_already", alias=citizen.alias), kind=OutboxKind.INFO)
        return
    owner = turn.uow.workers.get(agreement.worker_id) or worker
    language = identity.language or citizen.language
    text = turn.deps.text(
        "citizen.new_time",
        language,
        when=moment_text(turn.deps, language, checkin.due_at),
        worker=owner.name.split()[0],
    )
    turn.out.to_identity(identity, text, kind=OutboxKind.REMINDER)
    turn.reply(turn.t("worker.checkin.new_time_sent", alias=citizen.alias, text=text), kind=OutboxKind.ACK)


def undo_button(turn: Turn, checkin: Checkin) -> Choice:
    return Choice(turn.t("worker.checkin.button.undo"), buttons.checkin_undo(checkin.id))


def undo_outcome(turn: Turn, checkin: Checkin, citizen: Citizen) -> None:
    """Done or not reached, taken back: the check-in is as before the tap (not marked; missed if the lead
    was told meanwhile), so the figures and the overview's "not marked" list count it as they did."""
    when = when_text(turn, checkin.due_at)
    if checkin.outcome not in UNDOABLE:
        turn.reply(
            turn.t("worker.checkin.nothing_to_undo", alias=citizen.alias, when=when), kind=OutboxKind.INFO
        )
        return
    checkin.undo()
    turn.reply(turn.t("worker.checkin.undone", alias=citizen.alias, when=when), kind=OutboxKind.ACK)


def _reachable(turn: Turn, citizen: Citizen) -> ChannelIdentity | None:
    """The channel the citizen's reminders go to (as the scheduler picks it), unless they stopped."""
    if citizen.status != CitizenStatus.ACTIVE:
        return None
    return next((i for i in turn.uow.identities.of_citizen(citizen.id) if not i.stopped), None)
