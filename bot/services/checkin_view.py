"""How a check-in agreement looks to a worker: in words, in one line for /cases, and its buttons."""

from datetime import datetime

from bot import buttons
from bot.buttons import AgreementAction
from bot.channels import Choice
from bot.models import CheckinAgreement, Citizen
from bot.models.enums import AgreementStatus
from bot.services.context import Turn
from bot.services.local_time import local_today, when_text


def agreement_summary(turn: Turn, agreement: CheckinAgreement, citizen: Citizen) -> str:
    """Everything agreed, so the worker can check it with the citizen before changing anything."""
    next_due = next_contact(turn, agreement)
    return turn.t(
        "worker.checkin.summary",
        alias=citizen.alias,
        cadence=describe_cadence(turn, agreement),
        status=turn.t(f"worker.checkin.status.{agreement.status}"),
        form=turn.t(f"worker.contact_form.{agreement.contact_form}"),
        remind=turn.t(
            "worker.checkin.remind_yes" if agreement.remind_citizen else "worker.checkin.remind_no"
        ),
        next=when_text(turn, next_due) if next_due else "-",
    )


def agreement_line(turn: Turn, agreement: CheckinAgreement) -> str:
    """The agreement in one line for /cases: its times and the next check-in (or that it is paused)."""
    next_due = next_contact(turn, agreement)
    if next_due is not None:
        upcoming = when_text(turn, next_due)
    else:
        upcoming = turn.t(f"worker.checkin.status.{agreement.status}")
    return turn.t("worker.cases.checkin", cadence=describe_cadence(turn, agreement), next=upcoming)


def next_contact(turn: Turn, agreement: CheckinAgreement) -> datetime | None:
    """When the worker sees the citizen next: the earliest occurrence planned (a moved one, a one-off),
    or the cadence's next time. `next_due_at` alone is the first time not yet planned, which lies
    beyond the occurrences the scheduler made already."""
    if agreement.status != AgreementStatus.ACTIVE:
        return None
    planned = turn.uow.checkins.next_planned(agreement.id, turn.now)
    return min((at for at in (planned, agreement.next_due_at) if at is not None), default=None)


def describe_cadence(turn: Turn, agreement: CheckinAgreement) -> str:
    """The stored cadence in the worker's words ("tirsdag og fredag kl. 10:00")."""
    if not agreement.cadence:
        return turn.t("worker.checkin.one_offs_only")
    try:
        return turn.deps.cadences.parse(agreement.cadence, local_today(turn)).describe(turn.language)
    except ValueError:  # stored by an older version of the parser: show it as it was stored
        return agreement.cadence


def form_buttons(turn: Turn, agreement: CheckinAgreement) -> tuple[Choice, ...]:
    """The profile's contact forms only (a municipality offers what it offers); ✓ marks the one stored."""
    return tuple(
        Choice(
            ("✓ " if form == agreement.contact_form else "")
            + _capitalised(turn.t(f"worker.contact_form.{form}")),
            buttons.contact_form(agreement.id, form),
        )
        for form in turn.deps.profile.contact_forms
    )


def _capitalised(words: str) -> str:
    """A contact form's name (written to stand inside a sentence, as in the reminders) as a button label."""
    return words[:1].upper() + words[1:]


def manage_buttons(turn: Turn, agreement: CheckinAgreement) -> tuple[Choice, ...]:
    pause_or_resume: AgreementAction = "resume" if agreement.status == AgreementStatus.PAUSED else "pause"
    actions: tuple[AgreementAction, ...] = (pause_or_resume, "change", "end")
    return tuple(
        Choice(turn.t(f"worker.checkin.button.{action}"), buttons.manage_agreement(action, agreement.id))
        for action in actions
    ) + form_buttons(turn, agreement)


def has_open_channel(turn: Turn, citizen: Citizen) -> bool:
    """Whether a reminder could reach the citizen at all: linked, and not stopped."""
    return any(not identity.stopped for identity in turn.uow.identities.of_citizen(citizen.id))
