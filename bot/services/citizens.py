"""What happens when a citizen, a reporter or a stranger writes: commands, linking, relay, new contacts.

Low threshold is the point: nobody is asked to register, for a real name or for a CPR number.
"""

import re
import secrets

from bot import buttons
from bot.channels import Choice
from bot.codes import ALPHABET, normalise_code
from bot.models import ChannelIdentity, Citizen, Worker
from bot.models.enums import CitizenStatus, OutboxKind, WorkerStatus
from bot.office_hours import last_closing, when_back
from bot.safety import assess_danger
from bot.services import flood, reports
from bot.services.answering import answering_for_team
from bot.services.audit import audit_entry
from bot.services.commands import YES_WORDS, Command
from bot.services.context import Turn
from bot.services.dialogue import end_dialogue, start_dialogue
from bot.services.held_replies import send_held_choice
from bot.services.identities import new_identity
from bot.services.numbers import closed_text, help_text, number_params, team_is_open
from bot.services.relay import relay_to_workers, responders, worker_asked
from bot.services.report_followup import follow_up

DIALOGUE_DELETE = "delete"
DIALOGUE_LANGUAGE = "language"
MAX_ANSWER_WORDS = 2  # "Nej", "nej tak", "SLET JA"; a longer text is a message, not an answer
ANSWERED_ONCE = (buttons.Family.DELETE, buttons.Family.LANGUAGE)  # a question that is over once answered


def handle_sender(turn: Turn, identity: ChannelIdentity | None, command: Command | None) -> None:
    """Route one message from anyone who is not an enrolled worker."""
    citizen = turn.uow.citizens.get(identity.citizen_id) if identity and identity.citizen_id else None
    turn.forget_sender = identity is None
    dialogue = (
        turn.author.dialogue  # read with the sender when the turn began; nothing here changed it since
        if turn.author is not None
        else turn.uow.dialogues.get(turn.inbound.channel, turn.address_hashes, turn.now)
    )
    if _sentence_not_keyword(turn, citizen, command):
        command = None
    in_report = dialogue is not None and dialogue.flow == reports.FLOW
    if in_report or (command is not None and command.name in reports.COMMANDS):
        turn.leave_no_trace()  # the report may be anonymous: nothing of it may lead to a known sender
    if command is None and turn.inbound.choice is None:
        _note_danger(turn, citizen, in_report=in_report)
    if dialogue is not None and (command is None or command.name == "cancel"):
        answer = turn.inbound.choice or turn.inbound.text
        if dialogue.flow == reports.FLOW:
            reports.continue_report(turn, dialogue, command)
            return
        # A message that is no answer to a yes/no or language question is not swallowed: it goes on below.
        if dialogue.flow == DIALOGUE_DELETE and _confirm_delete(turn, identity, citizen, answer):
            return
        if dialogue.flow == DIALOGUE_LANGUAGE and _set_language(turn, identity, answer, command):
            return
    if dialogue is not None and dialogue.flow == reports.FLOW and command is not None:
        reports.keep_unfinished(turn, dialogue)  # a command half-way through: the text still reaches the team
    if command is not None:
        _command(turn, identity, citizen, command)
    elif turn.inbound.choice is not None:
        _menu_choice(turn, identity, citizen, turn.inbound.choice)
    elif citizen is not None and identity is not None:
        _from_citizen(turn, identity, citizen)
    elif (code := normalise_code(turn.inbound.text)) is not None and _bare_code(turn, identity, code):
        return
    elif identity is not None and follow_up(turn, identity):
        return  # a reporter writing back: it belongs to their report
    else:
        _new_contact(turn, identity)


def _sentence_not_keyword(turn: Turn, citizen: Citizen | None, command: Command | None) -> bool:
    """Typed without a slash, STATUS or START with a code we never gave out is a sentence ("status
    paadet", "start 8HJK2M virker ikke") when a linked citizen writes it, or when words follow the code:
    relayed, not answered with "unknown code". A command typed with its slash is meant as one."""
    if command is None or turn.inbound.text.lstrip().startswith("/"):
        return False
    if not flood.codes_paused(turn) and _code_known(turn, command):
        return False
    sentence = citizen is not None or " " in command.args
    if sentence and citizen is None and command.name in ("start", "status") and command.args:
        flood.note_wrong_code(turn)  # a guess all the same: relayed, and counted
    return sentence


def _code_known(turn: Turn, command: Command) -> bool:
    """For START CODE and STATUS CODE: whether the code is one we gave out (else the text is a message)."""
    if command.name not in ("start", "status") or not command.args:
        return True
    if command.name == "status":
        report, _, _ = reports.report_and_message(turn, command.args)
        return report is not None
    code = normalise_code(command.args)
    return (
        code is not None and turn.uow.citizens.by_invite_code(turn.deps.vault.lookup_hashes(code)) is not None
    )


def _note_danger(turn: Turn, citizen: Citizen | None, in_report: bool) -> None:
    """A message that signals acute danger gets the numbers and alerts the team at once; a worrying one
    ("hjælp mig jeg er bange", "jeg orker ikke mere") gets the numbers and reaches the worker marked as
    possibly serious. Either way the text itself is relayed as well, further on. Inside a concern report
    the reporter describes somebody else: only acute danger counts there. A citizen's short reply is read
    after the worker's question it answers ("har du en plan?" … "ja. i aften")."""
    asked = worker_asked(turn, citizen) if citizen is not None and not in_report else None
    danger = assess_danger(turn.inbound.text, asked)
    if danger.acute:
        _crisis(turn, None if in_report else citizen)  # a report is about somebody else, perhaps anonymous
        turn.worrying = True
    elif not in_report and danger.level == "worrying":
        turn.worrying = True


def _command(turn: Turn, identity: ChannelIdentity | None, citizen: Citizen | None, command: Command) -> None:
    name = command.name
    end_dialogue(turn)
    if name == "start":
        _start(turn, identity, citizen, command.args)
    elif name == "help":
        turn.reply(help_text(turn.deps, turn.language), kind=OutboxKind.SAFETY)
        if citizen is not None:  # HJÆLP alone may be the whole cry: the worker should know it was sent
            _tell_workers(turn, citizen, "worker.asked_for_help")
    elif name == "report":
        reports.start_report(turn)
    elif name == "status":
        reports.show_status(turn, command.args)
    elif name == "stop":
        _stop(turn, identity, citizen)
    elif name == "delete":
        _ask_delete(turn, identity, citizen, command.args)
    elif name == "language":
        _ask_language(turn)
    elif name == "cancel":
        turn.reply(turn.t("dialogue.cancelled"), kind=OutboxKind.ACK)
    else:  # unknown, and worker commands typed by someone who is not a worker: the ordinary answer
        turn.reply(turn.t("command.unknown"), kind=OutboxKind.HELP)


def _start(turn: Turn, identity: ChannelIdentity | None, citizen: Citizen | None, args: str) -> None:
    code = normalise_code(args) if args else None
    if code is not None:
        if not flood.codes_paused(turn) and _link(turn, identity, code):
            return
        flood.wrong_code(turn, "start.unknown_code")
        return
    if identity is not None and identity.stopped:
        identity.stopped = False
        if citizen is not None:
            citizen.resume()
        turn.reply(turn.t("start.resumed"), kind=OutboxKind.SAFETY)
        if citizen is not None:
            for worker in responders(turn, citizen):
                text = turn.deps.text("worker.resumed", worker.language, alias=citizen.alias)
                choices = send_held_choice(turn, worker, citizen)
                turn.out.to_worker(worker, text, kind=OutboxKind.INFO, choices=choices)
        return
    menu = (
        Choice(turn.t("start.menu.write"), buttons.MENU_WRITE),
        Choice(turn.t("start.menu.report"), buttons.MENU_REPORT),
        Choice(turn.t("start.menu.help"), buttons.MENU_HELP),
    )
    turn.reply(turn.t("start.menu"), kind=OutboxKind.MENU, choices=menu)


def _menu_choice(turn: Turn, identity: ChannelIdentity | None, citizen: Citizen | None, choice: str) -> None:
    match buttons.parse(choice):
        case buttons.MenuTap("report"):
            reports.start_report(turn)
        case buttons.MenuTap("help"):
            turn.reply(help_text(turn.deps, turn.language), kind=OutboxKind.SAFETY)
        case buttons.MenuTap("write"):
            turn.reply(turn.t("start.write_hint"), kind=OutboxKind.MENU)
        case _ if buttons.family(choice) in ANSWERED_ONCE:  # answered already: a second tap does nothing
            turn.reply(turn.t("button.answered"), kind=OutboxKind.ACK)
        case _:  # a stale button from an old message: answer as to /start
            _start(turn, identity, citizen, "")


def _bare_code(turn: Turn, identity: ChannelIdentity | None, code: str) -> bool:
    """A code typed alone links, as START CODE does; a wrong one is a message (and a guess, counted)."""
    if not flood.codes_paused(turn) and _link(turn, identity, code):
        return True
    flood.note_wrong_code(turn)
    return False


def _link(turn: Turn, identity: ChannelIdentity | None, code: str) -> bool:
    """An invite code links this chat or number to the citizen it was made for, once."""
    uow, vault = turn.uow, turn.deps.vault
    citizen = uow.citizens.by_invite_code(vault.lookup_hashes(code))
    if citizen is None or citizen.status != CitizenStatus.INVITED:
        return False
    if citizen.invite_expires_at is not None and citizen.invite_expires_at <= turn.now:
        turn.reply(turn.t("start.code_expired"), kind=OutboxKind.ACK)
        return True
    if identity is None:
        identity = new_identity(turn)
    elif identity.citizen_id is not None and identity.citizen_id != citizen.id:
        turn.reply(turn.t("start.already_linked"), kind=OutboxKind.ACK)
        return True
    citizen.link(identity, turn.now)
    worker = uow.workers.get(citizen.worker_id) if citizen.worker_id else None
    worker_name = worker.name.split()[0] if worker else turn.t("team.name")
    turn.reply(turn.t("link.welcome", worker=worker_name), kind=OutboxKind.ACK)
    if worker is not None:
        turn.out.to_worker(
            worker,
            turn.deps.text("worker.linked", worker.language, alias=citizen.alias),
            kind=OutboxKind.INFO,
        )
    return True


def _from_citizen(turn: Turn, identity: ChannelIdentity, citizen: Citizen) -> None:
    """Relayed even after STOP (the worker should see it), but only START lets answers go out again:
    Twilio, too, blocks texts to a number that sent STOP until it sends START."""
    relay_to_workers(turn, citizen, turn.inbound.text, identity)
    if turn.crisis_answered:
        return  # the crisis answer said it all, at this hour: one text, not two
    if turn.worrying:
        turn.reply(help_text(turn.deps, turn.language), kind=OutboxKind.SAFETY)
        return
    _after_hours(turn, identity)


def _new_contact(turn: Turn, identity: ChannelIdentity | None) -> None:
    """A stranger who just writes becomes a new contact in the team's inbox; a worker claims it."""
    uow = turn.uow
    team = uow.teams.by_name(turn.deps.profile.teams[0].name) or uow.teams.list()[0]
    citizen = Citizen(
        team_id=team.id,
        alias=fresh_alias(turn, team.id),
        status=CitizenStatus.NEW,
        language=turn.language,
        created_at=turn.now,
    )
    uow.citizens.add(citizen)
    if identity is None:
        identity = new_identity(turn, citizen.id)
    else:
        identity.citizen_id = citizen.id
    relay_to_workers(turn, citizen, turn.inbound.text, identity)
    if turn.crisis_answered:
        if not team_is_open(turn.deps, turn.now):
            identity.closed_notice_at = turn.now  # the crisis answer said when the team is back
        return
    params = number_params(turn.deps, turn.language)
    if team_is_open(turn.deps, turn.now):
        turn.reply(turn.t("newcontact.ack", **params), kind=OutboxKind.ACK)
    else:
        _after_hours(turn, identity)


NEW_ALIAS_LENGTHS = (3, 4, 5)
NEW_ALIAS_TRIES = 20
"""Random draws per length before a longer alias is tried: a team crowded with unnamed new contacts still
gets one at once (32,768 three-letter aliases, a million four-letter ones), and the search always ends."""


class NoFreeAlias(RuntimeError):
    """No alias was free for a new contact within the bounded search: an operator must act."""


def fresh_alias(turn: Turn, team_id: int, lengths: tuple[int, ...] = NEW_ALIAS_LENGTHS) -> str:
    """A neutral alias for a new contact ("Ny-7KQ"), until the worker gives a better one."""
    for length in lengths:
        for _ in range(NEW_ALIAS_TRIES):
            alias = "Ny-" + "".join(secrets.choice(ALPHABET) for _ in range(length))
            if turn.uow.citizens.by_alias(team_id, alias) is None:
                return alias
    raise NoFreeAlias(
        f"no free alias for a new contact in team {team_id} after {NEW_ALIAS_TRIES} tries per length "
        f"{', '.join(map(str, lengths))}: give the team's 'Ny-' contacts real aliases or close them"
    )


def _after_hours(turn: Turn, identity: ChannelIdentity) -> None:
    """Outside office hours a citizen is told when the team is back and the numbers for now: once in each
    closed stretch (five texts at night get one answer, not five)."""
    if team_is_open(turn.deps, turn.now):
        return
    stretch_began = last_closing(turn.deps.profile, turn.now)
    if identity.closed_notice_at is not None and identity.closed_notice_at >= stretch_began:
        return
    identity.closed_notice_at = turn.now
    turn.reply(closed_text(turn.deps, turn.language, turn.now), kind=OutboxKind.OFFICE_CLOSED)


def _crisis(turn: Turn, citizen: Citizen | None) -> None:
    """Acute danger: the numbers at once, day or night, and a high-priority alert to the team.

    One text, true at this hour: in office hours the team is told now; outside them the profile's on-call
    worker is, where there is one, or else the sender learns plainly that the team is not at work and
    when it reads the message."""
    params = number_params(turn.deps, turn.language)
    if citizen is not None:
        workers = responders(turn, citizen)
    else:  # a stranger or a reporter: whoever answers for the team today, by the same rule
        team = turn.uow.teams.by_name(turn.deps.profile.teams[0].name)
        workers = answering_for_team(turn.uow, team.id, turn.today) if team else []
    if team_is_open(turn.deps, turn.now):
        turn.reply(turn.t("crisis.reply", **params), kind=OutboxKind.CRISIS, urgent=True)
    elif (on_call := _on_call(turn)) is not None:
        workers = [on_call, *(worker for worker in workers if worker.id != on_call.id)]
        turn.reply(turn.t("crisis.reply_on_call", **params), kind=OutboxKind.CRISIS, urgent=True)
    else:
        back = when_back(turn.deps.profile, turn.now, turn.language, turn.deps.texts)
        turn.reply(turn.t("crisis.reply_closed", back=back, **params), kind=OutboxKind.CRISIS, urgent=True)
        identity = turn.author.identity if turn.author is not None else None
        if identity is not None and not turn.unlinked:  # a reporter's known chat keeps no time of it
            identity.closed_notice_at = turn.now  # it said when the team is back: no office-hours answer
    turn.crisis_answered = True
    if not flood.first_alert(turn):
        return  # the team knows of this episode: the message reaches them marked, as any worrying one
    for worker in workers:
        alias = citizen.alias if citizen else turn.deps.text("worker.unknown_sender", worker.language)
        worker_params = number_params(turn.deps, worker.language)
        alert = turn.deps.text("worker.crisis_alert", worker.language, alias=alias, **worker_params)
        turn.out.to_worker(worker, alert, kind=OutboxKind.ALERT, urgent=True)


def _on_call(turn: Turn) -> Worker | None:
    """The profile's on-call worker, if the profile names one who is active and can be reached."""
    name = turn.deps.profile.on_call
    team = turn.uow.teams.by_name(turn.deps.profile.teams[0].name) if name else None
    worker = turn.uow.workers.active_named(team.id, name) if team is not None and name else None
    return worker if worker is not None and worker.telegram_chat_enc is not None else None


def _stop(turn: Turn, identity: ChannelIdentity | None, citizen: Citizen | None) -> None:
    """Pause every message to this chat or number until START."""
    turn.reply(turn.t("stop.done"), kind=OutboxKind.SAFETY)
    if identity is None:
        return
    identity.stopped = True
    if citizen is not None and citizen.pause():
        _tell_workers(turn, citizen, "worker.paused")


def _tell_workers(turn: Turn, citizen: Citizen, key: str) -> None:
    """A short note about the citizen to whoever answers them, each in their own language."""
    for worker in responders(turn, citizen):
        turn.out.to_worker(
            worker, turn.deps.text(key, worker.language, alias=citizen.alias), kind=OutboxKind.INFO
        )


def _ask_delete(turn: Turn, identity: ChannelIdentity | None, citizen: Citizen | None, args: str) -> None:
    if identity is None:
        turn.reply(turn.t("delete.nothing"), kind=OutboxKind.SAFETY)
        return
    if args.strip().lower() in YES_WORDS:  # "SLET JA" by SMS
        _delete_everything(turn, identity, citizen)
        return
    start_dialogue(turn, DIALOGUE_DELETE, "confirm", {})
    yes_word = "SLET JA" if turn.inbound.channel == "sms" else turn.t("delete.yes_button")
    choices = (
        Choice(turn.t("delete.yes_button"), buttons.DELETE_YES),
        Choice(turn.t("delete.no_button"), buttons.DELETE_NO),
    )
    turn.reply(turn.t("delete.confirm", yes_word=yes_word), kind=OutboxKind.SAFETY, choices=choices)


def _confirm_delete(
    turn: Turn, identity: ChannelIdentity | None, citizen: Citizen | None, answer: str
) -> bool:
    """Yes deletes; anything else deletes nothing. False when the message was longer than an answer."""
    end_dialogue(turn)
    words = re.findall(r"\w+", answer.lower())
    tapped_yes = buttons.parse(answer) == buttons.ConfirmDelete(True)
    confirmed = tapped_yes or (bool(words) and words[-1] in YES_WORDS)
    if not confirmed or identity is None:
        turn.reply(turn.t("delete.cancelled"), kind=OutboxKind.SAFETY)
        return turn.inbound.choice is not None or len(words) <= MAX_ANSWER_WORDS
    _delete_everything(turn, identity, citizen)
    return True


def _delete_everything(turn: Turn, identity: ChannelIdentity, citizen: Citizen | None) -> None:
    """`/slet`: everything about this person goes; their worker learns only that the contact ended."""
    uow = turn.uow
    hashes = [identity.address_hash]
    if citizen is not None:
        for worker in {w.id: w for w in [*responders(turn, citizen), *_own_worker(turn, citizen)]}.values():
            text = turn.deps.text("worker.contact_ended", worker.language, alias=citizen.alias)
            turn.out.to_worker(worker, text, kind=OutboxKind.INFO)
        hashes = [other.address_hash for other in uow.identities.of_citizen(citizen.id)]
        uow.outbox.forget(hashes, turn.now, citizen.id)
        uow.audit.add(
            audit_entry(turn.now, "citizen.deleted", "citizen", None)  # no id: the citizen is gone
        )
        uow.citizens.delete(citizen)
    else:
        uow.outbox.forget(hashes, turn.now)
        uow.identities.delete(identity)
    turn.reply(turn.t("delete.done"), kind=OutboxKind.SAFETY, ephemeral=True)


def _own_worker(turn: Turn, citizen: Citizen) -> list[Worker]:
    worker = turn.uow.workers.get(citizen.worker_id) if citizen.worker_id else None
    return [worker] if worker is not None and worker.status == WorkerStatus.ACTIVE else []


def _ask_language(turn: Turn) -> None:
    start_dialogue(turn, DIALOGUE_LANGUAGE, "choose", {})
    languages = [lang for lang in turn.deps.profile.languages if lang in turn.deps.texts.languages()]
    choices = tuple(
        Choice(turn.deps.text("language.name", lang), buttons.language(lang)) for lang in languages
    )
    turn.reply(turn.t("language.choose"), kind=OutboxKind.MENU, choices=choices)


def _set_language(turn: Turn, identity: ChannelIdentity | None, answer: str, command: Command | None) -> bool:
    """The language chosen; False when the message chose none (it is then handled as any other)."""
    end_dialogue(turn)
    tapped = buttons.parse(answer)
    wanted = (tapped.language if isinstance(tapped, buttons.ChooseLanguage) else answer).strip().lower()
    languages = turn.deps.texts.languages()
    if wanted.isascii() and wanted.isdigit() and 0 < int(wanted) <= len(turn.deps.profile.languages):
        wanted = turn.deps.profile.languages[int(wanted) - 1]
    if wanted not in languages:
        if command is None and turn.inbound.choice is None:
            return False
        turn.reply(turn.t("dialogue.cancelled"), kind=OutboxKind.ACK)
        return True
    turn.language = wanted
    if identity is not None:
        identity.language = wanted
        if identity.citizen_id is not None and (citizen := turn.uow.citizens.get(identity.citizen_id)):
            citizen.language = wanted
    turn.reply(turn.t("language.set"), kind=OutboxKind.ACK)
    return True
