"""`/periode ALIAS DATO`: the end of the citizen's granted period (bevillingsperiode), so that the team is
asked for the written status of goals and sub-goals before it ends (Thisted's quality standard), and told
when it has ended with the course still open. `/periode ALIAS` shows it; `/periode ALIAS slet` clears it.
"""

from bot.models import Worker
from bot.models.enums import OutboxKind
from bot.services.audit import audit_entry
from bot.services.away_dates import BadDate, read_day
from bot.services.checkins import own_citizen
from bot.services.context import Turn
from bot.services.local_time import day_text, local_today

_CLEAR = {"slet", "ingen", "fjern", "none", "clear", "delete"}


def period_command(turn: Turn, worker: Worker, args: str) -> None:
    typed = " ".join(args.split())
    days = turn.deps.profile.followup.period_end_followup_days
    if not typed:
        turn.reply(
            turn.t("worker.period.usage" if days else "worker.period.usage_plain", days=days),
            kind=OutboxKind.HELP,
        )
        return
    citizen, rest = own_citizen(turn, worker, typed)
    if citizen is None:
        return
    if not rest:
        ends = citizen.period_ends_on
        shown = turn.t("worker.period.shown", alias=citizen.alias, date=day_text(ends)) if ends else None
        turn.reply(shown or turn.t("worker.period.none", alias=citizen.alias), kind=OutboxKind.INFO)
        return
    today = local_today(turn)
    if rest.lower() in _CLEAR:
        citizen.period_ends_on = None
        turn.uow.audit.add(audit_entry(turn.now, "citizen.period_cleared", "citizen", citizen.id, by=worker))
        turn.reply(turn.t("worker.period.cleared", alias=citizen.alias), kind=OutboxKind.INFO)
        return
    try:
        ends = read_day(rest.split(" ")[0], today) if " " not in rest else None
    except BadDate:
        ends = None
    if ends is None or ends < today:
        turn.reply(turn.t("worker.period.bad_date", typed=rest[:20]), kind=OutboxKind.HELP)
        return
    citizen.period_ends_on = ends
    turn.uow.audit.add(audit_entry(turn.now, "citizen.period_set", "citizen", citizen.id, by=worker))
    key = "worker.period.set" if days else "worker.period.set_plain"
    turn.reply(turn.t(key, alias=citizen.alias, date=day_text(ends), days=days or 0), kind=OutboxKind.INFO)
