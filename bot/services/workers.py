"""What happens when a worker writes: enrolment, replies to citizens, invites, cases, reports, claims.

Team leads may also assign citizens to workers. Everything a worker sees arrives in their own chat.
"""

from datetime import timedelta

from bot import buttons
from bot.channels import Choice
from bot.codes import new_code, normalise_code
from bot.cpr import contains_cpr
from bot.models import Citizen, Worker
from bot.models.enums import Channel, CitizenStatus, OutboxKind, WorkerStatus
from bot.services import assigning, held_replies, media
from bot.services.absence import absence_choice, away_command
from bot.services.audit import audit_entry
from bot.services.checkin_outcomes import checkin_choice
from bot.services.checkin_view import agreement_line
from bot.services.checkins import DIALOGUE_CHECKIN, agreement_choice, checkin_command, continue_dialogue
from bot.services.citizen_answer import Answered, Outcome, answer_citizen, may_answer
from bot.services.commands import Command
from bot.services.context import Turn
from bot.services.dialogue import dialogue_data, end_dialogue, start_dialogue
from bot.services.leaving import chat_hashes
from bot.services.numbers import help_text
from bot.services.period import period_command
from bot.services.team_view import staff_choice, team_command
from bot.services.web_command import web_command
from bot.services.worker_reports import DIALOGUE_ANSWER, answer_report, list_reports, report_action

DIALOGUE_SMS_CONFIRM = "sms_confirm"


def try_enrol(turn: Turn, typed_code: str) -> bool:
    """`/start CODE` with a worker's enrolment code binds this Telegram chat to the worker, once."""
    code = normalise_code(typed_code)
    if code is None or turn.inbound.channel != Channel.TELEGRAM:
        return False
    uow, vault = turn.uow, turn.deps.vault
    worker = uow.workers.by_enrolment_code(vault.lookup_hashes(code))
    if worker is None:
        return False
    if worker.enrolment_expires_at is not None and worker.enrolment_expires_at <= turn.now:
        turn.reply(turn.t("worker.code_expired"), kind=OutboxKind.ACK)
        return True
    old_chat = [h for h in chat_hashes(turn.deps, worker) if h not in turn.address_hashes]
    worker.enrol(vault.lookup_hash(turn.inbound.address), vault.seal(turn.inbound.address), turn.now)
    team = uow.teams.get(worker.team_id)
    uow.audit.add(audit_entry(turn.now, "worker.enrolled", "worker", worker.id, by=worker))
    turn.language = worker.language
    turn.reply(
        turn.t("worker.enrolled", name=worker.name, team=team.name if team else ""), kind=OutboxKind.ACK
    )
    if old_chat:  # a new phone: the old chat is cut now, and what still waited for it comes here
        uow.dialogues.clear(Channel.TELEGRAM, old_chat)
        for row in uow.outbox.pending_to(Channel.TELEGRAM, old_chat):
            turn.out.forward(row, worker)
    return True


def refuse_left(turn: Turn, worker: Worker, command: Command | None) -> None:
    """A worker who was switched off writes: nothing they send or tap goes anywhere (a lost phone must
    not reach a citizen), and they are told so. A new enrolment code of their own still binds a chat."""
    if command is not None and command.name == "start" and command.args and try_enrol(turn, command.args):
        return
    turn.language = worker.language
    turn.reply(turn.t("worker.left"), kind=OutboxKind.INFO)


def handle_worker(turn: Turn, worker: Worker, command: Command | None) -> None:
    """Route one message from an enrolled worker."""
    turn.language = worker.language
    if turn.inbound.choice is not None:
        _choice(turn, worker, turn.inbound.choice)
        return
    # A reply to a citizen's message goes to that citizen even while an answer to a report is awaited:
    # words meant for a citizen must never reach a reporter.
    citizen = _replied_citizen(turn) if command is None else None
    dialogue = turn.uow.dialogues.get(turn.inbound.channel, turn.address_hashes, turn.now)
    if dialogue is not None and dialogue.flow == DIALOGUE_ANSWER and command is None and citizen is None:
        answer_report(turn, worker, int(dialogue_data(turn, dialogue)["report_id"]))
        return
    if dialogue is not None and dialogue.flow == DIALOGUE_CHECKIN and command is None and citizen is None:
        continue_dialogue(turn, worker, dialogue)
        return
    if command is not None:
        end_dialogue(turn)
        _command(turn, worker, command)
    elif citizen is not None:
        _reply_to_citizen(turn, worker, citizen)
    else:
        turn.reply(turn.t("worker.reply_not_a_relay"), kind=OutboxKind.HELP)


def _command(turn: Turn, worker: Worker, command: Command) -> None:
    name = command.name
    if name == "invite":
        _invite(turn, worker, command.args)
    elif name == "cases":
        _cases(turn, worker)
    elif name == "reports":
        list_reports(turn, worker)
    elif name == "assign":
        _assign(turn, worker, command.args)
    elif name == "checkin":
        checkin_command(turn, worker, command.args)
    elif name == "away":
        away_command(turn, worker, command.args)
    elif name == "team":
        team_command(turn, worker)
    elif name == "web":
        web_command(turn, worker)
    elif name == "period":
        period_command(turn, worker, command.args)
    elif name == "language":
        choices = tuple(
            Choice(turn.deps.text("language.name", lang), buttons.language(lang))
            for lang in turn.deps.texts.languages()
        )
        turn.reply(turn.t("language.choose"), kind=OutboxKind.MENU, choices=choices)
    elif name == "cancel":
        turn.reply(turn.t("dialogue.cancelled"), kind=OutboxKind.ACK)
    elif name in ("help", "start"):
        turn.reply(f"{turn.t('worker.help')}\n\n{help_text(turn.deps, turn.language)}", kind=OutboxKind.HELP)
    else:
        turn.reply(turn.t("worker.help"), kind=OutboxKind.HELP)


def _replied_citizen(turn: Turn) -> Citizen | None:
    """The citizen whose relayed message the worker answers with a Telegram reply, if any."""
    if turn.inbound.reply_to is None:
        return None
    uow = turn.uow
    sent = uow.outbox.sent_as(Channel.TELEGRAM, turn.address_hashes, turn.inbound.reply_to)
    message = uow.messages.get(sent.message_id) if sent is not None and sent.message_id else None
    return uow.citizens.get(message.citizen_id) if message is not None else None


def _reply_to_citizen(turn: Turn, worker: Worker, citizen: Citizen) -> None:
    """A Telegram reply to a relayed message answers that citizen, on the channel they used."""
    if turn.inbound.media is not None:
        refused = may_answer(turn.uow, turn.deps, turn.now, worker, citizen)
        if refused is not None:
            _tell(turn, citizen, refused, "")
        else:
            media.reply_with_media(turn, worker, citizen)
        return
    text = turn.inbound.text
    _tell(turn, citizen, answer_citizen(turn.uow, turn.deps, turn.out, turn.now, worker, citizen, text), text)


def _tell(turn: Turn, citizen: Citizen, answered: Answered, text: str) -> None:
    """What the worker is told of their answer (`answer_citizen`); for sensitive words by SMS, the
    question whether to send it anyway, with the text held in a dialogue until they tap."""
    said = answered.told(citizen.alias, turn.t("team.name"))
    if said is None:
        return
    key, params = said
    if answered.outcome == Outcome.SENSITIVE:
        data = {"citizen_id": citizen.id, "text": text.strip()}
        start_dialogue(turn, DIALOGUE_SMS_CONFIRM, "confirm", data)
        choices = (
            Choice(turn.t("worker.sms_send_anyway"), buttons.SMS_SEND),
            Choice(turn.t("worker.sms_edit"), buttons.SMS_EDIT),
        )
        turn.reply(turn.t(key, **params), choices=choices)
        return
    kind = OutboxKind.HELP if answered.outcome == Outcome.CPR_REFUSED else OutboxKind.INFO
    turn.reply(turn.t(key, **params), kind=kind)


def _held_sms(turn: Turn, worker: Worker, send: bool) -> None:
    """The worker's answer to the SMS warning: send as written, or write it again."""
    dialogue = turn.uow.dialogues.get(turn.inbound.channel, turn.address_hashes, turn.now)
    end_dialogue(turn)
    if dialogue is None or dialogue.flow != DIALOGUE_SMS_CONFIRM:
        turn.reply(turn.t("button.answered"), kind=OutboxKind.INFO)  # sent or dropped already: never twice
        return
    held = dialogue_data(turn, dialogue)
    citizen = turn.uow.citizens.get(int(held["citizen_id"]))
    if not send or citizen is None:
        turn.reply(turn.t("worker.sms_not_sent"), kind=OutboxKind.INFO)
        return
    # The rule is asked again: the citizen may have moved on while the worker thought.
    text = str(held["text"])
    answered = answer_citizen(
        turn.uow, turn.deps, turn.out, turn.now, worker, citizen, text, sensitive_confirmed=True
    )
    _tell(turn, citizen, answered, text)


def _claim(turn: Turn, worker: Worker, citizen: Citizen) -> None:
    """The tap on "I'll take it" under a new contact's message."""
    if citizen.team_id != worker.team_id:
        turn.reply(turn.t("worker.not_allowed"), kind=OutboxKind.INFO)
        return
    if citizen.status != CitizenStatus.NEW and citizen.worker_id == worker.id:
        turn.reply(turn.t("button.answered"), kind=OutboxKind.INFO)  # a second tap on "I'll take it"
        return
    if citizen.status != CitizenStatus.NEW and citizen.worker_id not in (None, worker.id):
        owner = turn.uow.workers.get(citizen.worker_id) if citizen.worker_id else None
        turn.reply(turn.t("worker.already_claimed", alias=citizen.alias, worker=owner.name if owner else "?"))
        return
    assigning.give(turn.uow, turn.now, worker, citizen, worker, "citizen.claimed")
    turn.reply(turn.t("worker.claimed", alias=citizen.alias, worker=worker.name), kind=OutboxKind.INFO)


def _invite(turn: Turn, worker: Worker, alias: str) -> None:
    """`/invite ALIAS`: a one-time code the worker gives the citizen, who sends it to the bot once."""
    alias = " ".join(alias.split())
    if not alias or len(alias) > 40:
        turn.reply(turn.t("worker.invite_usage"), kind=OutboxKind.HELP)
        return
    if contains_cpr(alias):
        turn.reply(turn.t("worker.cpr_refused"), kind=OutboxKind.HELP)
        return
    if turn.uow.citizens.by_alias(worker.team_id, alias) is not None:
        turn.reply(turn.t("worker.alias_taken", alias=alias), kind=OutboxKind.HELP)
        return
    code = new_code()
    days = turn.deps.profile.retention.code_expiry_days
    citizen = Citizen(
        team_id=worker.team_id,
        alias=alias,
        worker_id=worker.id,
        status=CitizenStatus.INVITED,
        language=turn.deps.profile.default_language,
        invite_code_hash=turn.deps.vault.lookup_hash(code),
        invite_expires_at=turn.now + timedelta(days=days),
        created_at=turn.now,
    )
    turn.uow.citizens.add(citizen)
    turn.uow.audit.add(
        audit_entry(
            turn.now,
            "citizen.invited",
            "citizen",
            citizen.id,
            by=worker,
        )
    )
    turn.reply(turn.t("worker.invite_created", alias=alias, code=code, days=days), kind=OutboxKind.INFO)


def _cases(turn: Turn, worker: Worker) -> None:
    citizens = turn.uow.citizens.of_worker(worker.id)
    waiting = turn.uow.citizens.unclaimed(worker.team_id)
    if not citizens and not waiting:
        turn.reply(turn.t("worker.cases.empty"), kind=OutboxKind.INFO)
        return
    agreements = turn.uow.agreements.current_of([c.id for c in citizens])
    lines = []
    for c in citizens:
        lines.append(f"• {c.alias} — {turn.t(f'citizen.status.{c.status}')}")
        if (agreement := agreements.get(c.id)) is not None:
            lines.append(f"   {agreement_line(turn, agreement)}")
    lines += [f"• {c.alias} — {turn.t('citizen.status.new')}" for c in waiting]
    turn.reply(f"{turn.t('worker.cases')}\n" + "\n".join(lines), kind=OutboxKind.INFO)


# What a worker is told when a button's data does not parse: the words that button's own family gives an
# id that is gone or not theirs, so a forger learns nothing. Other families stay silent, as a stale
# button does.
_REFUSALS = {
    buttons.Family.CHECKIN: "worker.checkin.not_yours_to_record",
    buttons.Family.AGREEMENT: "worker.checkin.gone",
    buttons.Family.REPORT: "worker.report.gone",
    buttons.Family.HELD: "worker.citizen_gone",
    buttons.Family.KEEP: "worker.citizen_gone",
    buttons.Family.ABSENCE: "worker.away.gone",
    buttons.Family.STAFF: "staff.lead_only",
    buttons.Family.GIVE: "worker.citizen_gone",
}


def _choice(turn: Turn, worker: Worker, data: str) -> None:
    match buttons.parse(data):
        case buttons.ClaimCitizen(citizen_id):
            citizen = turn.uow.citizens.get(citizen_id)
            if citizen is None or citizen.team_id != worker.team_id:  # one answer: ids are not probed
                turn.reply(turn.t("worker.citizen_gone"), kind=OutboxKind.INFO)
            else:
                _claim(turn, worker, citizen)
        case buttons.KeepCitizen(citizen_id):
            _keep(turn, worker, citizen_id)
        case buttons.ReportTap(action, report_id):
            report = turn.uow.reports.get(report_id)
            if report is None or report.team_id != worker.team_id:
                turn.reply(turn.t("worker.report.gone"), kind=OutboxKind.INFO)
            else:
                report_action(turn, worker, report, action)
        case buttons.SmsDecision(send):
            _held_sms(turn, worker, send)
        case buttons.SendHeld(citizen_id):
            held_replies.send_held(turn, worker, citizen_id)
        case buttons.CheckinTap() as tap:
            checkin_choice(turn, worker, tap)
        case (
            buttons.PickCitizen()
            | buttons.AgreementTap()
            | buttons.SetContactForm()
            | buttons.SetCitizenReminder() as tap
        ):
            agreement_choice(turn, worker, tap)
        case buttons.CancelAbsence(absence_id):
            absence_choice(turn, worker, absence_id)
        case buttons.StaffTap() as tap:
            staff_choice(turn, worker, tap)
        case buttons.GiveCitizen(citizen_id, worker_id):
            citizen = turn.uow.citizens.get(citizen_id)
            target = turn.uow.workers.get(worker_id)
            if citizen is None or citizen.team_id != worker.team_id:
                turn.reply(turn.t("worker.citizen_gone"), kind=OutboxKind.INFO)
            elif not worker.is_lead:
                turn.reply(turn.t("staff.lead_only"), kind=OutboxKind.INFO)
            elif target is not None and citizen.worker_id == target.id:
                turn.reply(turn.t("button.answered"), kind=OutboxKind.INFO)  # a second tap
            else:
                _assign_to(turn, worker, citizen, target)
        case buttons.ChooseLanguage(language) if language in turn.deps.texts.languages():
            worker.language = turn.language = language
            turn.reply(turn.t("language.set"), kind=OutboxKind.ACK)
        case None:
            _refuse(turn, data)


def _keep(turn: Turn, worker: Worker, citizen_id: int) -> None:
    """The tap on the warning that a silent citizen is about to be closed: the silence starts over (as if
    heard from now), so they are closed only after another full period without contact."""
    citizen = turn.uow.citizens.get(citizen_id)
    if citizen is None or citizen.team_id != worker.team_id:
        turn.reply(turn.t("worker.citizen_gone"), kind=OutboxKind.INFO)
        return
    if citizen.status == CitizenStatus.CLOSED:
        turn.reply(turn.t("worker.silent.already_closed", alias=citizen.alias), kind=OutboxKind.INFO)
        return
    citizen.last_contact_at = turn.now
    turn.uow.audit.add(audit_entry(turn.now, "citizen.kept_open", "citizen", citizen.id, by=worker))
    turn.reply(turn.t("worker.silent.kept", alias=citizen.alias), kind=OutboxKind.INFO)


def _refuse(turn: Turn, data: str) -> None:
    """A button whose data does not parse: forged, or cut short."""
    family = buttons.family(data)
    refusal = _REFUSALS.get(family) if family is not None else None
    if refusal is not None:
        turn.reply(turn.t(refusal), kind=OutboxKind.INFO)


def _assign(turn: Turn, worker: Worker, args: str) -> None:
    """`/assign ALIAS WORKER` (team leads): hand a citizen to a colleague."""
    if not worker.is_lead:
        turn.reply(turn.t("worker.not_allowed"), kind=OutboxKind.INFO)
        return
    alias, _, name = args.strip().rpartition(" ")
    citizen = turn.uow.citizens.by_alias(worker.team_id, alias) if alias else None
    target = turn.uow.workers.by_name(worker.team_id, name) if name else None
    if citizen is None or target is None or target.status != WorkerStatus.ACTIVE:
        turn.reply(turn.t("worker.assign_usage"), kind=OutboxKind.HELP)
        return
    _assign_to(turn, worker, citizen, target)


def _assign_to(turn: Turn, worker: Worker, citizen: Citizen, target: Worker | None) -> None:
    """A lead gives a citizen of the team to `target`, who is told (by `/assign`, or a tap after a
    colleague left); refused when `target` is not an active worker of the team (`bot.services.assigning`)."""
    if target is None or not assigning.may_take(worker, target):
        turn.reply(turn.t("staff.not_active"), kind=OutboxKind.INFO)
        return
    turn.reply(turn.t("worker.assigned", alias=citizen.alias, worker=target.name), kind=OutboxKind.INFO)
    assigning.assign(turn.uow, turn.deps, turn.out, turn.now, worker, citizen, target)
