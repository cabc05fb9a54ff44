"""A worker and the concern reports of their team: list, take, answer the reporter, close."""

from bot import buttons
from bot.channels import Choice
from bot.errors import DomainError
from bot.models import ConcernReport, Worker
from bot.models.enums import OutboxKind, ReportStatus
from bot.services import report_actions
from bot.services.audit import audit_entry
from bot.services.context import Turn
from bot.services.dialogue import end_dialogue, start_dialogue
from bot.services.report_filing import report_summary

DIALOGUE_ANSWER = "report_answer"
MAX_LISTED = 10


def list_reports(turn: Turn, worker: Worker) -> None:
    """`/reports`: the open reports of the team, each with its buttons, oldest first."""
    reports = turn.uow.reports.open_in_team(worker.team_id)
    if not reports:
        turn.reply(turn.t("worker.reports.empty"), kind=OutboxKind.INFO)
        return
    turn.reply(turn.t("worker.reports", count=len(reports)), kind=OutboxKind.INFO)
    for report in reports[:MAX_LISTED]:
        turn.reply(
            report_summary(turn.deps, report, worker.language),
            kind=OutboxKind.REPORT,
            choices=_report_buttons(turn, report),
        )


def _report_buttons(turn: Turn, report: ConcernReport) -> tuple[Choice, ...]:
    offered = []
    if report.status == ReportStatus.NEW:
        offered.append(Choice(turn.t("worker.report.take"), buttons.report_take(report.id)))
    offered.append(Choice(turn.t("worker.report.answer"), buttons.report_answer(report.id)))
    offered.append(Choice(turn.t("worker.report.close"), buttons.report_close(report.id)))
    return tuple(offered)


def report_action(turn: Turn, worker: Worker, report: ConcernReport, action: str) -> None:
    """A tap on take, answer or close under a report (the rules: `bot.services.report_actions`)."""
    if action == "answer":
        start_dialogue(turn, DIALOGUE_ANSWER, "answer", {"report_id": report.id})
        turn.reply(turn.t("worker.report.ask_answer", number=report.id), kind=OutboxKind.INFO)
        turn.uow.audit.add(audit_entry(turn.now, "report.answer", "report", report.id, by=worker))
        return
    if action == "take":
        outcome = report_actions.take(turn.uow, turn.now, worker, report.id)
    elif action == "close":
        outcome = report_actions.close(turn.uow, turn.now, worker, report.id)
    else:
        return
    taken = action == "take" and outcome.changed
    choices = _report_buttons(turn, outcome.report) if taken else ()
    turn.reply(turn.t(outcome.key, **outcome.params), kind=OutboxKind.INFO, choices=choices)


def answer_report(turn: Turn, worker: Worker, report_id: int) -> None:
    """The worker's answer to a reporter: kept for `/status CODE`, and sent if they left a contact."""
    end_dialogue(turn)
    try:
        outcome = report_actions.answer(
            turn.uow, turn.deps, turn.out, turn.now, worker, report_id, turn.inbound.text
        )
    except DomainError as refused:
        kind = OutboxKind.HELP if refused.key == report_actions.CPR_REFUSED else OutboxKind.INFO
        turn.reply(turn.t(refused.key, **refused.params), kind=kind)
        return
    turn.reply(turn.t(outcome.key, **outcome.params), kind=OutboxKind.INFO)
