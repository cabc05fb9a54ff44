"""Check-in agreements as a worker makes them: `/checkin ALIAS CADENCE`, or a short guided dialogue, and
the buttons to pick the contact form, the citizen's reminder, and to pause, resume, change or end one.

Every change keeps `next_due_at` right: the scheduler reads only that to know what is due.
"""

from bot import buttons
from bot.buttons import AgreementButton, PickCitizen, SetCitizenReminder, SetContactForm
from bot.channels import Choice
from bot.models import CheckinAgreement, Citizen, ConversationState, Worker
from bot.models.enums import AgreementStatus, CitizenStatus, OutboxKind
from bot.services.audit import audit_entry
from bot.services.checkin_one_off import agree_one_off
from bot.services.checkin_view import agreement_summary, form_buttons, has_open_channel, manage_buttons
from bot.services.context import Turn
from bot.services.dialogue import dialogue_data, end_dialogue, start_dialogue
from bot.services.local_time import local_today, when_text

DIALOGUE_CHECKIN = "checkin"
MAX_ALIAS_LENGTH = 40  # as /invite allows
MAX_PICKS = 30  # citizens offered as buttons; the others by typing the alias


def checkin_command(turn: Turn, worker: Worker, args: str) -> None:
    """`/checkin`, `/checkin ALIAS` or `/checkin ALIAS CADENCE`."""
    typed = " ".join(args.split())
    if not typed:
        _ask_citizen(turn, worker)
        return
    citizen, cadence = own_citizen(turn, worker, typed)
    if citizen is None:
        return
    if cadence:
        agree_checkin(turn, worker, citizen, cadence)
    else:
        _open(turn, worker, citizen)


def continue_dialogue(turn: Turn, worker: Worker, state: ConversationState) -> None:
    """What the worker typed during the guided dialogue: the citizen's alias, or the cadence."""
    if state.step == "cadence":
        citizen = turn.uow.citizens.get(int(dialogue_data(turn, state)["citizen_id"]))
        if citizen is None or not may_agree(worker, citizen):
            end_dialogue(turn)
            turn.reply(turn.t("worker.citizen_gone"), kind=OutboxKind.INFO)
            return
        agree_checkin(turn, worker, citizen, " ".join(turn.inbound.text.split()))
    else:
        checkin_command(turn, worker, turn.inbound.text)


def own_citizen(turn: Turn, worker: Worker, typed: str) -> tuple[Citizen | None, str]:
    """The citizen named at the start of `typed` if the worker may make agreements for them, and the rest;
    otherwise (None, "") after telling the worker why (an unknown alias is never echoed)."""
    citizen, rest = citizen_and_rest(turn, worker, typed)
    if citizen is None:
        turn.reply(turn.t("worker.checkin.unknown_alias"), kind=OutboxKind.HELP)
        return None, ""
    if not may_agree(worker, citizen):
        turn.reply(turn.t("worker.checkin.not_yours", alias=citizen.alias), kind=OutboxKind.INFO)
        return None, ""
    return citizen, rest


def may_agree(worker: Worker, citizen: Citizen) -> bool:
    """A worker agrees check-ins with their own citizens; a team lead with any citizen of the team."""
    if citizen.team_id != worker.team_id or citizen.status == CitizenStatus.CLOSED:
        return False
    return citizen.worker_id == worker.id or worker.is_lead


def agree_checkin(turn: Turn, worker: Worker, citizen: Citizen, text: str) -> None:
    """Store the cadence as the citizen's one agreement (a new one, or the current one changed)."""
    uow, cadences = turn.uow, turn.deps.cadences
    one_off = cadences.one_off(text, turn.now)
    if one_off is not None and one_off <= turn.now:
        start_dialogue(turn, DIALOGUE_CHECKIN, "cadence", {"citizen_id": citizen.id})  # ask again
        when = when_text(turn, one_off)
        turn.reply(
            turn.t("worker.checkin.one_off_past", alias=citizen.alias, when=when), kind=OutboxKind.HELP
        )
        return
    if one_off is not None:
        agree_one_off(turn, worker, citizen, one_off)
        return
    try:
        cadence = cadences.parse(text, local_today(turn))
    except ValueError:
        _ask_cadence(turn, citizen, not_understood=True)
        return
    end_dialogue(turn)
    next_due = cadences.next_due(cadence.text, turn.now)
    agreement = uow.agreements.current(citizen.id, lock=True)
    if agreement is None:
        agreement = CheckinAgreement.agreed(
            citizen.id,
            citizen.worker_id or worker.id,
            cadence.text,
            turn.deps.profile.contact_forms[0],
            next_due,
            turn.now,
        )
        uow.agreements.add(agreement)
        action = "checkin.agreed"
    else:
        # The old times no longer hold: occurrences nobody was reminded of yet go; reminded ones stay,
        # and so do the appointments agreed once.
        uow.checkins.drop_unreminded(agreement.id, keep_one_offs=True)
        agreement.cadence, agreement.next_due_at = cadence.text, next_due
        agreement.status = AgreementStatus.ACTIVE  # new times agreed with the citizen: they apply
        action = "checkin.changed"
    uow.audit.add(audit_entry(turn.now, action, "checkin_agreement", agreement.id, by=worker))
    turn.reply(
        turn.t(
            "worker.checkin.agreed",
            alias=citizen.alias,
            cadence=cadence.describe(turn.language),
            next=when_text(turn, next_due),
        ),
        kind=OutboxKind.INFO,
        choices=form_buttons(turn, agreement),
    )


def agreement_choice(turn: Turn, worker: Worker, tap: AgreementButton) -> None:
    """A tap on a button under an agreement, or on a citizen offered by `/checkin`."""
    if isinstance(tap, PickCitizen):
        citizen = _citizen(turn, tap.citizen_id)
        if citizen is None or not may_agree(worker, citizen):
            turn.reply(turn.t("worker.citizen_gone"), kind=OutboxKind.INFO)
        else:
            _open(turn, worker, citizen)
        return
    agreement = _agreement(turn, tap.agreement_id)
    citizen = _citizen(turn, agreement.citizen_id) if agreement else None
    if agreement is None or citizen is None or not may_agree(worker, citizen):
        turn.reply(turn.t("worker.checkin.gone"), kind=OutboxKind.INFO)
        return
    if agreement.status == AgreementStatus.ENDED:
        turn.reply(turn.t("worker.checkin.already_ended", alias=citizen.alias), kind=OutboxKind.INFO)
    elif isinstance(tap, SetContactForm):
        _set_form(turn, agreement, citizen, tap.form)
    elif isinstance(tap, SetCitizenReminder):
        _set_citizen_reminder(turn, worker, agreement, citizen, tap.wanted)
    elif tap.action == "change":
        _ask_cadence(turn, citizen)
    else:
        _set_status(turn, worker, agreement, citizen, tap.action)


def citizen_and_rest(turn: Turn, worker: Worker, typed: str) -> tuple[Citizen | None, str]:
    """The citizen named at the start of `typed` (aliases may hold spaces: the longest known wins)."""
    words = typed.split(" ")
    prefixes = []
    for count in range(1, len(words) + 1):
        prefix = " ".join(words[:count])
        if len(prefix) > MAX_ALIAS_LENGTH:
            break
        prefixes.append(prefix)
    citizen = turn.uow.citizens.by_longest_alias(worker.team_id, prefixes)
    if citizen is None:
        return None, ""
    matched = next((p for p in prefixes if p.lower() == citizen.alias.lower()), citizen.alias)
    return citizen, typed[len(matched) :].strip()


def _open(turn: Turn, worker: Worker, citizen: Citizen) -> None:
    """`/checkin ALIAS`: the agreement with its buttons, or the first step of making one."""
    agreement = turn.uow.agreements.current(citizen.id)
    if agreement is None:
        _ask_cadence(turn, citizen)
        return
    end_dialogue(turn)
    turn.reply(
        agreement_summary(turn, agreement, citizen),
        kind=OutboxKind.INFO,
        choices=manage_buttons(turn, agreement),
    )


def _ask_citizen(turn: Turn, worker: Worker) -> None:
    citizens = [c for c in turn.uow.citizens.of_worker(worker.id) if c.status != CitizenStatus.CLOSED]
    if not citizens and not worker.is_lead:
        turn.reply(turn.t("worker.checkin.no_citizens"), kind=OutboxKind.HELP)
        return
    start_dialogue(turn, DIALOGUE_CHECKIN, "citizen", {})
    choices = tuple(Choice(c.alias, buttons.pick_citizen(c.id)) for c in citizens[:MAX_PICKS])
    turn.reply(turn.t("worker.checkin.pick_citizen"), kind=OutboxKind.MENU, choices=choices)


def _ask_cadence(turn: Turn, citizen: Citizen, not_understood: bool = False) -> None:
    """Ask for the times, with examples; the next text the worker types is read as the cadence."""
    start_dialogue(turn, DIALOGUE_CHECKIN, "cadence", {"citizen_id": citizen.id})
    examples = "\n".join(f"• {example}" for example in turn.deps.cadences.examples(turn.language))
    examples += "\n" + turn.t("worker.checkin.one_off_hint")
    key = "worker.checkin.not_understood" if not_understood else "worker.checkin.ask_cadence"
    turn.reply(turn.t(key, alias=citizen.alias, examples=examples), kind=OutboxKind.HELP)


def _set_form(turn: Turn, agreement: CheckinAgreement, citizen: Citizen, form: str) -> None:
    if form not in turn.deps.profile.contact_forms:
        turn.reply(turn.t("worker.checkin.gone"), kind=OutboxKind.INFO)
        return
    agreement.contact_form = form
    form_name = turn.t(f"worker.contact_form.{form}")
    if not has_open_channel(turn, citizen):
        turn.reply(
            turn.t("worker.checkin.form_set", alias=citizen.alias, form=form_name), kind=OutboxKind.INFO
        )
        return
    choices = (
        Choice(turn.t("worker.checkin.remind_yes"), buttons.citizen_reminder(agreement.id, True)),
        Choice(turn.t("worker.checkin.remind_no"), buttons.citizen_reminder(agreement.id, False)),
    )
    turn.reply(
        turn.t("worker.checkin.ask_remind", alias=citizen.alias, form=form_name),
        kind=OutboxKind.MENU,
        choices=choices,
    )


def _set_citizen_reminder(
    turn: Turn, worker: Worker, agreement: CheckinAgreement, citizen: Citizen, wanted: bool
) -> None:
    """The citizen's opt-in to a neutral reminder the day before (only on a channel they still use)."""
    if wanted and not has_open_channel(turn, citizen):
        turn.reply(turn.t("worker.checkin.no_channel", alias=citizen.alias), kind=OutboxKind.INFO)
        return
    if agreement.remind_citizen != wanted:  # the citizen's consent, so who recorded it and when is kept
        action = "checkin.citizen_reminder_on" if wanted else "checkin.citizen_reminder_off"
        turn.uow.audit.add(audit_entry(turn.now, action, "checkin_agreement", agreement.id, by=worker))
    agreement.remind_citizen = wanted
    key = "worker.checkin.remind_on" if wanted else "worker.checkin.remind_off"
    turn.reply(turn.t(key, alias=citizen.alias), kind=OutboxKind.INFO)


_STATUS_AFTER = {
    "pause": AgreementStatus.PAUSED,
    "resume": AgreementStatus.ACTIVE,
    "end": AgreementStatus.ENDED,
}


def _set_status(
    turn: Turn, worker: Worker, agreement: CheckinAgreement, citizen: Citizen, action: str
) -> None:
    status = _STATUS_AFTER[action]
    if agreement.status == status:
        turn.reply(turn.t(f"worker.checkin.already_{status}", alias=citizen.alias), kind=OutboxKind.INFO)
        return
    agreement.status = status
    if action == "resume":
        cadence = agreement.cadence
        agreement.next_due_at = turn.deps.cadences.next_due(cadence, turn.now) if cadence else None
    else:  # no reminders while paused or after the end: nothing due, and nothing waiting to be reminded
        agreement.next_due_at = None  # (a paused agreement's one-offs wait, unreminded, for the resume)
        turn.uow.checkins.drop_unreminded(agreement.id, keep_one_offs=action == "pause")
    if action == "end":
        agreement.ended_at = turn.now
    turn.uow.audit.add(
        audit_entry(turn.now, f"checkin.{action}", "checkin_agreement", agreement.id, by=worker)
    )
    next_due = when_text(turn, agreement.next_due_at) if agreement.next_due_at else ""
    turn.reply(
        turn.t(f"worker.checkin.now_{status}", alias=citizen.alias, next=next_due), kind=OutboxKind.INFO
    )


def _citizen(turn: Turn, citizen_id: int | None) -> Citizen | None:
    return turn.uow.citizens.get(citizen_id) if citizen_id is not None else None


def _agreement(turn: Turn, agreement_id: int | None) -> CheckinAgreement | None:
    return turn.uow.agreements.get(agreement_id) if agreement_id is not None else None
