"""`/team` in Telegram: a lead sees the team's workers and changes them with a tap (switch off, lead, on
duty, a new enrolment code); any other worker sees only their own on-duty switch.

The rules are `bot.services.staff_changes`, the same as the command line's; a tap is checked again when
it arrives (a forged or stale button changes nothing it may not).
"""

from bot import buttons
from bot.channels import Choice
from bot.errors import DomainError
from bot.models import Worker
from bot.models.enums import OutboxKind, WorkerStatus
from bot.services import staff_changes
from bot.services.context import Turn


def team_command(turn: Turn, worker: Worker) -> None:
    """`/team`: the list for a lead (a button per worker), the own card for anyone else."""
    if not worker.is_lead:
        _card(turn, worker, worker)
        return
    workers = turn.uow.workers.of_team(worker.team_id)
    lines = [f"• {_line(turn, w)}" for w in workers]
    choices = tuple(Choice(w.name, buttons.staff("show", w.id)) for w in workers)
    turn.reply(f"{turn.t('staff.team')}\n" + "\n".join(lines), kind=OutboxKind.INFO, choices=choices)


def staff_choice(turn: Turn, worker: Worker, tap: buttons.StaffTap) -> None:
    """A tap on a worker's card; a non-lead may only switch their own duty (and see their own card)."""
    subject = turn.uow.workers.get(tap.worker_id)
    own = subject is not None and subject.id == worker.id and tap.action in ("show", "duty1", "duty0")
    if subject is None or subject.team_id != worker.team_id or not (worker.is_lead or own):
        turn.reply(turn.t("staff.lead_only"), kind=OutboxKind.INFO)
        return
    try:
        _apply(turn, worker, subject, tap.action)
    except DomainError as refused:
        turn.reply(turn.t(refused.key, **refused.params), kind=OutboxKind.INFO)


def _apply(turn: Turn, lead: Worker, subject: Worker, action: buttons.StaffAction) -> None:
    """Do what was tapped (switching off asks first), then show the worker's card as it is now."""
    uow, now = turn.uow, turn.now
    match action:
        case "show":
            pass
        case "off":
            confirm = (
                Choice(
                    turn.t("staff.button.confirm_off", name=subject.name), buttons.staff("offok", subject.id)
                ),
            )
            turn.reply(turn.t("staff.confirm_off", name=subject.name), kind=OutboxKind.INFO, choices=confirm)
            return
        case "offok":
            if subject.status == WorkerStatus.LEFT:  # a second tap on the confirmation
                turn.reply(turn.t("button.answered"), kind=OutboxKind.INFO)
                return
            handover = staff_changes.deactivate(uow, turn.deps, turn.out, now, subject, lead)
            turn.reply(
                turn.t("staff.deactivated", name=subject.name, citizens=len(handover.citizens)),
                kind=OutboxKind.INFO,
            )
        case "on":
            if subject.status != WorkerStatus.LEFT:
                turn.reply(turn.t("button.answered"), kind=OutboxKind.INFO)
                return
            staff_changes.activate(uow, now, subject, lead)
        case "lead1" | "lead0":
            staff_changes.set_lead(uow, now, subject, action == "lead1", lead)
        case "duty1" | "duty0":
            staff_changes.set_on_duty(uow, now, subject, action == "duty1", lead)
        case "code":
            new = staff_changes.new_enrolment_code(uow, turn.deps, now, subject, lead)
            when = f"{new.expires_at.astimezone(turn.deps.profile.tz):%d.%m.%Y}"
            turn.reply(
                turn.t("staff.new_code", name=subject.name, code=new.code, until=when), kind=OutboxKind.INFO
            )
            return
    _card(turn, lead, subject)


def _card(turn: Turn, viewer: Worker, subject: Worker) -> None:
    """One worker and the buttons the viewer may tap: all of them for a lead, the own duty for others."""
    duty = (
        Choice(turn.t("staff.button.off_duty"), buttons.staff("duty0", subject.id))
        if subject.on_duty
        else Choice(turn.t("staff.button.on_duty"), buttons.staff("duty1", subject.id))
    )
    choices: tuple[Choice, ...] = (duty,)
    if viewer.is_lead:
        if subject.status == WorkerStatus.LEFT:
            switch = Choice(turn.t("staff.button.activate"), buttons.staff("on", subject.id))
        else:
            switch = Choice(turn.t("staff.button.deactivate"), buttons.staff("off", subject.id))
        role = (
            Choice(turn.t("staff.button.lead_off"), buttons.staff("lead0", subject.id))
            if subject.is_lead
            else Choice(turn.t("staff.button.lead_on"), buttons.staff("lead1", subject.id))
        )
        choices = (
            switch,
            role,
            duty,
            Choice(turn.t("staff.button.new_code"), buttons.staff("code", subject.id)),
        )
    turn.reply(_line(turn, subject), kind=OutboxKind.INFO, choices=choices)


def _line(turn: Turn, worker: Worker) -> str:
    """A worker on one line, e.g. "Anna — teamleder, på vagt, aktiv": what a lead needs at a glance."""
    parts = [turn.t(f"staff.status.{worker.status}")]
    if worker.is_lead:
        parts.insert(0, turn.t("staff.lead"))
    parts.insert(1 if worker.is_lead else 0, turn.t("staff.on_duty" if worker.on_duty else "staff.off_duty"))
    return f"{worker.name} — {', '.join(parts)}"
