"""Concern reports (bekymringshenvendelser): the guided report, the receipt code, and `/status CODE`.

Anonymous by default. An anonymous report keeps nothing that identifies the reporter — no chat id, no
number, not even hashed: the dialogue state is deleted and the receipt is scrubbed from the outbox once
sent. The status answer is neutral: it never says whether the person is known to the team.

Each answer stays with its question: an answer that cannot be taken (a CPR number, a word that is no
choice) gets the same question again, and nothing of it is kept. A reporter who leaves half-way (a
command, or silence) has what they wrote kept as an unfinished report for the team.
"""

import re
from typing import Any

from bot import buttons
from bot.channels import Choice
from bot.codes import normalise_code
from bot.cpr import contains_cpr
from bot.models import ConcernReport, ConversationState
from bot.models.enums import Channel, OutboxKind, ReporterCategory, Urgency
from bot.office_hours import is_open, when_back
from bot.services import flood
from bot.services.commands import Command
from bot.services.context import Turn
from bot.services.dialogue import advance, dialogue_data, end_dialogue, start_dialogue
from bot.services.identities import new_identity
from bot.services.report_age import age_choices, read_age
from bot.services.report_filing import file_report
from bot.services.report_followup import attach

FLOW = "report"
COMMANDS = ("report", "status")  # a turn with either leaves no trace of its sender (Turn.leave_no_trace)
MAX_TEXT = 2000
MAX_CONTACT = 200
MAX_CODE_WORDS = 3  # "abcd 2345 ef": a code typed in groups
STEPS = ("concern", "who_where", "age", "urgency", "category", "anonymous", "contact")
FREE_TEXT_STEPS = ("concern", "who_where")
ANSWER_HERE_WORDS = {
    "her",
    "svar her",
    "svar mig her",
    "chat",
    "chatten",
    "her i chatten",
    "this chat",
    "here",
}
YES, NO = {"ja", "jo", "yes", "j", "y"}, {"nej", "no", "n", "nej tak"}


def start_report(turn: Turn) -> None:
    turn.leave_no_trace()  # also when the report is chosen from the menu
    start_dialogue(turn, FLOW, "concern", {})
    turn.reply(f"{turn.t('report.intro')}\n\n{turn.t('report.ask_concern')}", kind=OutboxKind.DIALOGUE)


def _routes_by_age(turn: Turn) -> bool:
    return any(team.min_age is not None or team.max_age is not None for team in turn.deps.profile.teams)


def _choices(turn: Turn, step: str) -> tuple[Choice, ...]:
    if step == "age":
        return age_choices(turn.deps, turn.language)
    if step == "urgency":
        return tuple(Choice(turn.t(f"report.urgency.{u.value}"), buttons.urgency(u.value)) for u in Urgency)
    if step == "category":
        return tuple(
            Choice(turn.t(f"report.category.{c.value}"), buttons.category(c.value)) for c in ReporterCategory
        )
    if step == "anonymous":
        return (
            Choice(turn.t("report.anonymous.yes"), buttons.anonymous(True)),
            Choice(turn.t("report.anonymous.no"), buttons.anonymous(False)),
        )
    if step == "contact":
        return (Choice(turn.t("report.contact.here"), buttons.CONTACT_HERE),)
    return ()


def _ask(turn: Turn, step: str, before: str | None = None) -> None:
    """The question of `step`, with its buttons (numbered lines by SMS); `before`: a line ahead of it."""
    question = turn.t(f"report.ask_{step}")
    text = question if before is None else f"{before}\n{question}"
    turn.reply(text, kind=OutboxKind.DIALOGUE, choices=_choices(turn, step))


def _typed(turn: Turn) -> str:
    return " ".join(turn.inbound.text.lower().split()).strip(" .!)")


def _picked(turn: Turn, choices: tuple[Choice, ...]) -> str | None:
    """The data of the choice made: a tapped button, a number typed by SMS, or the label typed out."""
    if turn.inbound.choice is not None:
        return turn.inbound.choice if any(c.data == turn.inbound.choice for c in choices) else None
    typed = _typed(turn)
    if re.fullmatch(r"[0-9]{1,2}", typed) and 0 < int(typed) <= len(choices):  # ASCII digits only: not "²"
        return choices[int(typed) - 1].data
    return next((c.data for c in choices if c.label.lower() == typed), None)


def continue_report(turn: Turn, state: ConversationState, command: Command | None) -> None:
    """The next answer in the report dialogue; `/annuller` leaves it, storing nothing."""
    if command is not None and command.name == "cancel":
        end_dialogue(turn)
        turn.reply(turn.t("dialogue.cancelled"), kind=OutboxKind.ACK)
        return
    data = dialogue_data(turn, state)
    step = state.step
    if not _take_answer(turn, step, data):
        if data != dialogue_data(turn, state):  # a remark added to the concern while the question waits
            advance(turn, state, step, data)
        return
    following = _next_step(turn, step, data)
    if following is None:
        _finish(turn, data)
        return
    advance(turn, state, following, data)
    _ask(turn, following)


def _next_step(turn: Turn, step: str, data: dict[str, Any]) -> str | None:
    for candidate in STEPS[STEPS.index(step) + 1 :]:
        if candidate == "age" and not _routes_by_age(turn):
            continue
        if candidate == "contact" and data.get("anonymous", True):
            continue
        return candidate
    return None


def _take_answer(turn: Turn, step: str, data: dict[str, Any]) -> bool:
    """Store the answer to `step` in `data`; False when there was none (the question is asked again)."""
    text = " ".join(turn.inbound.text.split())
    if turn.inbound.choice is None and contains_cpr(text):
        _ask(turn, step, before=turn.t("report.cpr_not_kept"))  # nothing of it is kept
        return False
    if step in FREE_TEXT_STEPS:
        if not text or turn.inbound.choice is not None:
            _ask(turn, step)
            return False
        data[step] = text[:MAX_TEXT]
        return True
    if step == "contact":
        return _take_contact(turn, data, text)
    if step == "age":
        age = read_age(turn.deps, turn.inbound.choice, text)
        if age is None:
            return _not_an_answer(turn, step, data, text)
        data["age"], data["age_band"] = age
        return True
    picked = _picked(turn, _choices(turn, step))
    if step == "anonymous" and picked is None and _typed(turn) in YES | NO:
        picked = buttons.anonymous(_typed(turn) in YES)
    answer = buttons.parse(picked) if picked is not None else None
    if not isinstance(answer, buttons.ReportAnswer):
        return _not_an_answer(turn, step, data, text)
    data[step] = answer.value == "yes" if step == "anonymous" else answer.value
    return True


def _not_an_answer(turn: Turn, step: str, data: dict[str, Any], text: str) -> bool:
    """A sentence where a choice was asked for is more about the concern: added to it, never lost."""
    if turn.inbound.choice is None and len(text.split()) > 2 and data.get("concern"):
        data["concern"] = f"{data['concern']}\n{text}"[:MAX_TEXT]
        _ask(turn, step, before=turn.t("report.added"))
    else:
        _ask(turn, step)
    return False


def _take_contact(turn: Turn, data: dict[str, Any], text: str) -> bool:
    """How a reporter who may be contacted is reached: "answer me here" (this chat or number), or a
    phone number and perhaps a name, kept sealed with the report."""
    if _picked(turn, _choices(turn, "contact")) == buttons.CONTACT_HERE or _typed(turn) in ANSWER_HERE_WORDS:
        data["contact"] = None
        return True
    if not text or turn.inbound.choice is not None:
        _ask(turn, "contact")
        return False
    data["contact"] = text[:MAX_CONTACT]
    return True


def _finish(turn: Turn, data: dict[str, Any]) -> None:
    anonymous = bool(data["anonymous"])
    reporter = None
    if not anonymous:
        reporter = turn.uow.identities.by_address(turn.inbound.channel, turn.address_hashes)
        if reporter is None:
            reporter = new_identity(turn)
    filed = file_report(turn.uow, turn.deps, turn.out, turn.now, data, reporter=reporter)
    end_dialogue(turn)
    text = turn.t("report.receipt", code=filed.code)
    if filed.report.urgency == Urgency.TODAY and not is_open(turn.deps.profile, turn.now):
        when = when_back(turn.deps.profile, turn.now, turn.language, turn.deps.texts)
        text = f"{text}\n{turn.t('report.today_closed', back=when)}"
    turn.reply(text, kind=OutboxKind.RECEIPT, ephemeral=anonymous)


def keep_unfinished(turn: Turn, state: ConversationState) -> None:
    """The reporter left the report for a command: what they wrote goes to the team, marked unfinished
    and anonymous, and they get its receipt code. Nothing written yet: nothing to keep."""
    data = dialogue_data(turn, state)
    if not data.get("concern"):
        return
    filed = file_report(turn.uow, turn.deps, turn.out, turn.now, data, unfinished=True)
    turn.reply(turn.t("report.kept_unfinished", code=filed.code), kind=OutboxKind.RECEIPT, ephemeral=True)


def show_status(turn: Turn, args: str) -> None:
    """`/status CODE`: the neutral status and the team's answer, if any. `/status CODE message`: the
    message joins the report (how an anonymous reporter writes back, leaving nothing to recognise them)."""
    turn.leave_no_trace()
    paused = flood.codes_paused(turn)
    report, code, message = report_and_message(turn, args) if not paused else (None, "", "")
    if report is None:
        flood.wrong_code(turn, "status.unknown_code", ephemeral=True)
        return
    if message:
        attach(turn, report, message)
        return
    answer = turn.deps.vault.open(report.answer_enc) if report.answer_enc else ""
    status = turn.t(f"status.{report.status}")
    key = "status.report_with_answer" if answer else "status.report"
    text = turn.t(key, status=status, answer=answer)
    if answer:
        command = "STATUS" if turn.inbound.channel == Channel.SMS else "/status"
        text = f"{text}\n{turn.t('status.reply_hint', command=command, code=code)}"
    turn.reply(text, kind=OutboxKind.ACK, ephemeral=True)


def report_and_message(turn: Turn, args: str) -> tuple[ConcernReport | None, str, str]:
    """The report whose code starts `args` (a code may be typed with spaces), and what follows it."""
    words = args.split()
    for taken in range(min(len(words), MAX_CODE_WORDS), 0, -1):
        code = normalise_code(" ".join(words[:taken]))
        if code is None:
            continue
        report = turn.uow.reports.by_receipt_code(turn.deps.vault.lookup_hashes(code))
        if report is not None and (report.receipt_expires_at is None or report.receipt_expires_at > turn.now):
            return report, code, " ".join(words[taken:])
    return None, "", ""
