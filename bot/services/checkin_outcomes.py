"""What became of one check-in: the reminder's buttons done / not reached / move (bot.buttons.CheckinTap).

The worker, their cover, the citizen's current worker or a team lead may record it; a second tap changes
nothing. "Not reached" again and again means the outreach is failing: the team lead hears of it. What
may follow a mark or a move (undo, telling the citizen the new time) is in checkin_followups.
"""

from datetime import UTC, datetime, timedelta, tzinfo

from bot import buttons
from bot.buttons import CheckinTap, MoveOption
from bot.channels import Choice
from bot.models import Checkin, CheckinAgreement, Citizen, Worker
from bot.models.enums import CheckinOutcome, OutboxKind, ReminderKind
from bot.services.answering import reachable
from bot.services.checkin_followups import tell_button, tell_new_time, undo_button, undo_outcome
from bot.services.context import Turn
from bot.services.local_time import local_today, when_text

NOT_REACHED_STREAK = 3
"""The lead is told when this many check-ins in a row were not reached (and again at each multiple)."""
_STREAK_WINDOW = 30

_RECORDED = {"done": CheckinOutcome.DONE, "nr": CheckinOutcome.NOT_REACHED}
_MOVES: tuple[MoveOption, ...] = ("mh", "md", "mw")  # an hour later, tomorrow, next week: same time of day


def checkin_choice(turn: Turn, worker: Worker, tap: CheckinTap) -> None:
    """A tap on a reminder's button, or on one of the times offered for a move."""
    action = tap.action
    found = _found(turn, worker, tap.checkin_id)
    if found is None:
        # The same words whether the id exists or not: a forged id learns nothing.
        turn.reply(turn.t("worker.checkin.not_yours_to_record"), kind=OutboxKind.INFO)
        return
    checkin, agreement, citizen = found
    if action in _RECORDED:
        _record(turn, worker, checkin, agreement, citizen, _RECORDED[action])
    elif action == "undo":
        undo_outcome(turn, checkin, citizen)
    elif action == "tell":
        tell_new_time(turn, worker, checkin, agreement, citizen)
    elif action == "mv" or action in _MOVES:
        if checkin.outcome == CheckinOutcome.MISSED:  # its time is past: say what happened instead
            turn.reply(turn.t("worker.checkin.cannot_move_missed", alias=citizen.alias), kind=OutboxKind.INFO)
        elif checkin.outcome != CheckinOutcome.PENDING:
            _already(turn, checkin, citizen)
        elif action == "mv":
            _offer_moves(turn, checkin, citizen)
        else:
            _move(turn, worker, checkin, agreement, citizen, action)


def _may_record(
    turn: Turn, worker: Worker, checkin: Checkin, agreement: CheckinAgreement, citizen: Citizen
) -> bool:
    """The agreement's worker, the citizen's worker, a lead of the team, or whoever covers the worker
    today or on the day of the check-in (the cover got the reminder)."""
    if citizen.team_id != worker.team_id:
        return False
    if worker.is_lead or worker.id in (agreement.worker_id, citizen.worker_id):
        return True
    absences = turn.uow.absences
    days = {local_today(turn), checkin.due_at.astimezone(turn.deps.profile.tz).date()}
    covering = (absences.current(agreement.worker_id, day) for day in days)
    return any(absence is not None and absence.cover_worker_id == worker.id for absence in covering)


def _record(
    turn: Turn, worker: Worker, checkin: Checkin, agreement: CheckinAgreement, citizen: Citizen, outcome: str
) -> None:
    # Unmarked ones were set to missed after the lead was told; the worker may still say what happened.
    if checkin.outcome not in (CheckinOutcome.PENDING, CheckinOutcome.MISSED):
        _already(turn, checkin, citizen)
        return
    checkin.record(outcome, worker.id, turn.now)
    turn.reply(
        turn.t(
            f"worker.checkin.recorded.{outcome}", alias=citizen.alias, when=when_text(turn, checkin.due_at)
        ),
        kind=OutboxKind.ACK,
        choices=(undo_button(turn, checkin),),
    )
    if outcome == CheckinOutcome.NOT_REACHED:
        _tell_leads_if_failing(turn, worker, checkin, agreement, citizen)


def _tell_leads_if_failing(
    turn: Turn, worker: Worker, checkin: Checkin, agreement: CheckinAgreement, citizen: Citizen
) -> None:
    outcomes = turn.uow.checkins.latest_outcomes(agreement.id, _STREAK_WINDOW)
    streak = next(
        (i for i, outcome in enumerate(outcomes) if outcome != CheckinOutcome.NOT_REACHED), len(outcomes)
    )
    if streak < NOT_REACHED_STREAK or streak % NOT_REACHED_STREAK:
        return
    key = f"not_reached:{agreement.id}:{checkin.id}"
    if not turn.uow.reminders.claim(
        key,
        ReminderKind.NOT_REACHED,
        due_at=checkin.due_at,
        now=turn.now,
        worker_id=agreement.worker_id,
        citizen_id=citizen.id,
    ):
        return
    owner = turn.uow.workers.get(agreement.worker_id)
    for lead in filter(reachable, turn.uow.workers.leads(citizen.team_id)):
        text = turn.deps.text(
            "worker.checkin.not_reached_alert",
            lead.language,
            alias=citizen.alias,
            count=streak,
            worker=owner.name if owner else worker.name,
        )
        turn.out.to_worker(lead, text, kind=OutboxKind.ALERT)


def _offer_moves(turn: Turn, checkin: Checkin, citizen: Citizen) -> None:
    choices = tuple(
        Choice(turn.t(f"worker.checkin.move.{option}"), buttons.checkin_move_to(option, checkin.id))
        for option in _MOVES
    )
    turn.reply(
        turn.t("worker.checkin.move_to", alias=citizen.alias, when=when_text(turn, checkin.due_at)),
        kind=OutboxKind.MENU,
        choices=choices,
    )


def _move(
    turn: Turn, worker: Worker, checkin: Checkin, agreement: CheckinAgreement, citizen: Citizen, option: str
) -> None:
    """The old occurrence becomes `moved`; a new pending one at the new time is reminded as usual."""
    due = moved_due(option, checkin.due_at, turn.now, turn.deps.profile.tz)
    if turn.uow.checkins.at(checkin.agreement_id, due) is not None:
        turn.reply(
            turn.t("worker.checkin.move_clash", alias=citizen.alias, when=when_text(turn, due)),
            kind=OutboxKind.INFO,
        )
        return
    checkin.outcome, checkin.recorded_at, checkin.recorded_by_worker_id = (
        CheckinOutcome.MOVED,
        turn.now,
        worker.id,
    )
    moved = Checkin(
        agreement_id=checkin.agreement_id,
        due_at=due,
        outcome=CheckinOutcome.PENDING,
        moved_from_id=checkin.id,
    )
    turn.uow.checkins.add(moved)
    tell = tell_button(turn, moved, agreement, citizen)
    turn.reply(
        turn.t("worker.checkin.moved", alias=citizen.alias, when=when_text(turn, due)),
        kind=OutboxKind.ACK,
        choices=(tell,) if tell else (),
    )


def moved_due(option: str, due: datetime, now: datetime, tz: tzinfo) -> datetime:
    """The new time for a move, never in the past: a tap long after the check-in counts from now."""
    if option == "mh":
        return max(due, now.replace(second=0, microsecond=0)) + timedelta(hours=1)
    local = due.astimezone(tz)
    step = timedelta(days=1 if option == "md" else 7)
    day = local.date() + step
    today = now.astimezone(tz).date()
    if day <= today:
        day = today + step
    # Through UTC, so a time inside a daylight-saving gap comes out as a real wall-clock time.
    return datetime.combine(day, local.time(), tzinfo=tz).astimezone(UTC)


def _already(turn: Turn, checkin: Checkin, citizen: Citizen) -> None:
    turn.reply(
        turn.t(
            "worker.checkin.already_recorded",
            alias=citizen.alias,
            outcome=turn.t(f"worker.checkin.outcome.{checkin.outcome}"),
        ),
        kind=OutboxKind.INFO,
    )


def _found(turn: Turn, worker: Worker, checkin_id: int) -> tuple[Checkin, CheckinAgreement, Citizen] | None:
    """The check-in with its agreement and citizen, if it exists and this worker may record it."""
    checkin = turn.uow.checkins.get_locked(checkin_id)
    agreement = turn.uow.agreements.get(checkin.agreement_id) if checkin else None
    citizen = turn.uow.citizens.get(agreement.citizen_id) if agreement else None
    if checkin is None or agreement is None or citizen is None:
        return None
    return (checkin, agreement, citizen) if _may_record(turn, worker, checkin, agreement, citizen) else None
