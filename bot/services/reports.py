"""Concern reports (bekymringshenvendelser): the guided report, the receipt code, and `/status CODE`.

Anonymous by default. An anonymous report keeps nothing that identifies the reporter — no chat id, no
number, not even hashed: the dialogue state is deleted and the receipt is scrubbed from the outbox once
sent. The status answer is neutral: it never says whether the person is known to the team.
"""

from datetime import datetime, timedelta
from typing import Any

from bot import moments
from bot.channels import Choice
from bot.codes import new_code, normalise_code
from bot.cpr import contains_cpr, redact_cpr
from bot.models import ConcernReport, ConversationState
from bot.models.enums import ReporterCategory, ReportStatus, Urgency
from bot.profile import team_for_age
from bot.safety import danger_kind
from bot.services.commands import Command
from bot.services.context import Turn
from bot.services.dialogue import advance, dialogue_data, end_dialogue, start_dialogue
from bot.services.identities import new_identity
from bot.workdays import deadline_after

FLOW = "report"
MAX_TEXT = 2000
SKIP_WORDS = {"-", "spring over", "spring", "skip", "ved ikke", "don't know", "dont know", "?"}


def start_report(turn: Turn) -> None:
    start_dialogue(turn, FLOW, "concern", {})
    turn.reply(f"{turn.t('report.intro')}\n\n{turn.t('report.ask_concern')}", kind="dialogue")


def _routes_by_age(turn: Turn) -> bool:
    return any(team.min_age is not None or team.max_age is not None for team in turn.deps.profile.teams)


def _urgency_choices(turn: Turn) -> tuple[Choice, ...]:
    return tuple(Choice(turn.t(f"report.urgency.{u.value}"), f"urg:{u.value}") for u in Urgency)


def _category_choices(turn: Turn) -> tuple[Choice, ...]:
    return tuple(Choice(turn.t(f"report.category.{c.value}"), f"cat:{c.value}") for c in ReporterCategory)


def _anonymous_choices(turn: Turn) -> tuple[Choice, ...]:
    return (
        Choice(turn.t("report.anonymous.yes"), "anon:yes"),
        Choice(turn.t("report.anonymous.no"), "anon:no"),
    )


def _picked(turn: Turn, choices: tuple[Choice, ...]) -> str | None:
    """The data of the choice made: a tapped button, a number typed by SMS, or the label typed out."""
    if turn.inbound.choice is not None:
        return turn.inbound.choice if any(c.data == turn.inbound.choice for c in choices) else None
    typed = turn.inbound.text.strip().lower().rstrip(".)")
    if typed.isdigit() and 0 < int(typed) <= len(choices):
        return choices[int(typed) - 1].data
    return next((c.data for c in choices if c.label.lower() == typed), None)


def _free_text(turn: Turn) -> str | None:
    text = " ".join(turn.inbound.text.split())
    if not text or turn.inbound.choice is not None:
        return None
    if contains_cpr(text):
        turn.reply(turn.t("report.cpr_refused"), kind="dialogue")
        text = redact_cpr(text)
    return text[:MAX_TEXT]


def continue_report(turn: Turn, state: ConversationState, command: Command | None) -> None:
    """The next answer in the report dialogue; `/annuller` leaves it, storing nothing."""
    if command is not None and command.name == "cancel":
        end_dialogue(turn)
        turn.reply(turn.t("dialogue.cancelled"), kind="ack")
        return
    data = dialogue_data(turn, state)
    step = state.step
    if step == "concern":
        if (text := _free_text(turn)) is None:
            turn.reply(turn.t("report.ask_concern"), kind="dialogue")
            return
        data["concern"] = text
        advance(turn, state, "who_where", data)
        turn.reply(turn.t("report.ask_who_where"), kind="dialogue")
    elif step == "who_where":
        if (text := _free_text(turn)) is None:
            turn.reply(turn.t("report.ask_who_where"), kind="dialogue")
            return
        data["who_where"] = text
        if _routes_by_age(turn):
            advance(turn, state, "age", data)
            turn.reply(
                turn.t("report.ask_age"), kind="dialogue", choices=(Choice(turn.t("report.skip"), "skip"),)
            )
        else:
            _ask_urgency(turn, state, data)
    elif step == "age":
        _answer_age(turn, state, data)
    elif step == "urgency":
        _answer_choice(turn, state, data, "urgency", _urgency_choices(turn), "category")
    elif step == "category":
        _answer_choice(turn, state, data, "category", _category_choices(turn), "anonymous")
    elif step == "anonymous":
        picked = _picked(turn, _anonymous_choices(turn))
        if picked is None:
            turn.reply(turn.t("report.ask_anonymous"), kind="dialogue", choices=_anonymous_choices(turn))
            return
        data["anonymous"] = picked == "anon:yes"
        _file_report(turn, data)


def _ask_urgency(turn: Turn, state: ConversationState, data: dict[str, Any]) -> None:
    advance(turn, state, "urgency", data)
    turn.reply(turn.t("report.ask_urgency"), kind="dialogue", choices=_urgency_choices(turn))


def _answer_age(turn: Turn, state: ConversationState, data: dict[str, Any]) -> None:
    typed = turn.inbound.text.strip().lower()
    if turn.inbound.choice == "skip" or typed in SKIP_WORDS:
        data["age"] = None
    elif typed.isdigit() and 0 <= int(typed) < 130:
        data["age"] = int(typed)
    else:
        turn.reply(
            turn.t("report.ask_age"), kind="dialogue", choices=(Choice(turn.t("report.skip"), "skip"),)
        )
        return
    _ask_urgency(turn, state, data)


def _answer_choice(
    turn: Turn,
    state: ConversationState,
    data: dict[str, Any],
    field: str,
    choices: tuple[Choice, ...],
    nxt: str,
) -> None:
    picked = _picked(turn, choices)
    if picked is None:
        turn.reply(turn.t(f"report.ask_{field}"), kind="dialogue", choices=choices)
        return
    data[field] = picked.split(":", 1)[1]
    advance(turn, state, nxt, data)
    next_choices = _category_choices(turn) if nxt == "category" else _anonymous_choices(turn)
    turn.reply(turn.t(f"report.ask_{nxt}"), kind="dialogue", choices=next_choices)


def _file_report(turn: Turn, data: dict[str, Any]) -> None:
    uow, vault, profile = turn.uow, turn.deps.vault, turn.deps.profile
    team_profile = team_for_age(profile, data.get("age"))
    team = uow.teams.by_name(team_profile.name) or uow.teams.list()[0]
    code = new_code()
    anonymous = bool(data["anonymous"])
    reporter_identity_id = None
    if not anonymous:
        identity = uow.identities.by_address(turn.inbound.channel, turn.address_hashes)
        if identity is None:
            identity = new_identity(turn)
        reporter_identity_id = identity.id
    urgent = danger_kind(f"{data['concern']} {data['who_where']}") is not None
    report = ConcernReport(
        team_id=team.id,
        reporter_category=data["category"],
        anonymous=anonymous,
        reporter_identity_id=reporter_identity_id,
        concern_enc=vault.seal(data["concern"]),
        subject_enc=vault.seal(data["who_where"]),
        subject_age=data.get("age"),
        urgency=Urgency.TODAY if urgent else data["urgency"],
        receipt_code_hash=vault.lookup_hash(code),
        receipt_expires_at=turn.now + timedelta(days=profile.retention.receipt_code_days),
        status=ReportStatus.NEW,
        deadline_at=_deadline(turn),
        created_at=turn.now,
    )
    uow.reports.add(report)
    end_dialogue(turn)
    turn.reply(turn.t("report.receipt", code=code), kind="receipt", ephemeral=anonymous)
    for worker in uow.workers.on_duty(team.id):
        turn.out.to_worker(
            worker,
            report_summary(turn, report, worker.language),
            kind="report",
            choices=(
                Choice(turn.deps.text("worker.report.take", worker.language), f"report:take:{report.id}"),
            ),
            urgent=report.urgency == Urgency.TODAY,
        )


def _deadline(turn: Turn) -> datetime | None:
    rules = turn.deps.profile.reports
    if rules.deadline_working_days:
        return deadline_after(turn.now, rules.deadline_working_days, turn.deps.profile.tz)
    if rules.case_processing_weeks:
        return turn.now + timedelta(weeks=rules.case_processing_weeks)
    return None


def report_summary(turn: Turn, report: ConcernReport, language: str) -> str:
    """What a worker sees of a report: the texts, urgency, who reported, age, deadline, status."""
    vault, deps = turn.deps.vault, turn.deps
    deadline = moments.day_and_clock(report.deadline_at, deps.profile.tz) if report.deadline_at else "-"
    return deps.text(
        "worker.report.summary",
        language,
        number=report.id,
        concern=vault.open(report.concern_enc) if report.concern_enc else "",
        who_where=vault.open(report.subject_enc) if report.subject_enc else "",
        age=str(report.subject_age) if report.subject_age is not None else "-",
        urgency=deps.text(f"report.urgency.{report.urgency}", language),
        category=deps.text(f"report.category.{report.reporter_category}", language),
        anonymous=deps.text("report.anonymous.yes" if report.anonymous else "report.anonymous.no", language),
        status=deps.text(f"status.{report.status}", language),
        deadline=deadline,
    )


def show_status(turn: Turn, typed_code: str) -> None:
    """`/status CODE`: the neutral status and the team's answer, if any."""
    code = normalise_code(typed_code)
    report = turn.uow.reports.by_receipt_code(turn.deps.vault.lookup_hashes(code)) if code else None
    if report is None or (report.receipt_expires_at is not None and report.receipt_expires_at <= turn.now):
        turn.reply(turn.t("status.unknown_code"), kind="ack", ephemeral=True)
        return
    answer = turn.deps.vault.open(report.answer_enc) if report.answer_enc else ""
    status = turn.t(f"status.{report.status}")
    key = "status.report_with_answer" if answer else "status.report"
    turn.reply(turn.t(key, status=status, answer=answer), kind="ack", ephemeral=True)
