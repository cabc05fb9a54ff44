"""A one-off appointment: `/checkin ALIAS i morgen kl 13` or `/checkin ALIAS fredag 14:30`.

One occurrence beside the cadence, reminded of once like any other (the worker's reminder, the citizen's
if they asked for reminders); a change of cadence leaves it standing. A citizen with no agreement yet gets
one with no cadence (`ONE_OFFS_ONLY`) to hold it, so contact form and reminders are set as for a cadence.
"""

from datetime import datetime

from bot.models import Checkin, CheckinAgreement, Citizen, Worker
from bot.models.enums import AgreementStatus, CheckinOutcome, OutboxKind
from bot.services.audit import audit_entry
from bot.services.checkin_view import form_buttons
from bot.services.context import Turn
from bot.services.dialogue import end_dialogue
from bot.services.local_time import when_text

ONE_OFFS_ONLY = ""
"""The stored cadence of an agreement that holds one-off appointments only: nothing repeats."""


def agree_one_off(turn: Turn, worker: Worker, citizen: Citizen, at: datetime) -> None:
    """Plan the appointment at `at` (still to come), unless one is planned at that time already."""
    end_dialogue(turn)
    uow = turn.uow
    agreement = uow.agreements.current(citizen.id, lock=True)
    if agreement is None:
        agreement = CheckinAgreement.agreed(
            citizen.id,
            citizen.worker_id or worker.id,
            ONE_OFFS_ONLY,
            turn.deps.profile.contact_forms[0],
            None,
            turn.now,
        )
        uow.agreements.add(agreement)
    if uow.checkins.at(agreement.id, at) is not None:
        turn.reply(
            turn.t("worker.checkin.one_off_clash", alias=citizen.alias, when=when_text(turn, at)),
            kind=OutboxKind.INFO,
        )
        return
    appointment = Checkin(agreement_id=agreement.id, due_at=at, outcome=CheckinOutcome.PENDING, one_off=True)
    uow.checkins.add(appointment)
    uow.audit.add(audit_entry(turn.now, "checkin.one_off", "checkin", appointment.id, by=worker))
    key = "worker.checkin.one_off_agreed"
    if agreement.status == AgreementStatus.PAUSED:
        key = "worker.checkin.one_off_paused"
    turn.reply(
        turn.t(key, alias=citizen.alias, when=when_text(turn, at)),
        kind=OutboxKind.INFO,
        choices=form_buttons(turn, agreement),
    )
