"""The nightly retention purge (DESIGN.md "Data protection by design"): message texts after the
profile's `message_body_days`, closed cases anonymised after `closed_case_days`, codes and anonymous
reporters' answer handles (receipt codes) at their expiry, abandoned dialogues at once, the web console's
access log after `[console] access_log_days`."""

import logging
from datetime import datetime, timedelta

from bot.services.context import Deps
from bot.uow import UnitOfWork
from scheduling.abandoned import file_abandoned_reports
from scheduling.timing import local_day

log = logging.getLogger(__name__)

LEDGER_KEPT = timedelta(days=60)
"""The reminder ledger outlives every occurrence it guards: nothing is reminded of two months late."""


def purge(uow: UnitOfWork, deps: Deps, now: datetime) -> int:
    rules = deps.profile.retention
    bodies = now - timedelta(days=rules.message_body_days)
    closed = now - timedelta(days=rules.closed_case_days)
    access_log = now - timedelta(days=deps.profile.console.access_log_days)
    repo = uow.retention
    counts = {
        # First: a report nobody closed is closed after `close_silent_after_days`, then anonymised below
        # like any closed one, `closed_case_days` later.
        "reports_closed_stale": repo.close_stale_reports(
            now - timedelta(days=rules.close_silent_after_days), now
        ),
        "message_bodies": repo.purge_message_bodies(bodies, now),
        "outbox": repo.delete_finished_outbox(bodies),
        "inbound_ids": repo.delete_processed_inbound(min(bodies, now - timedelta(days=7))),
        "citizens_anonymised": repo.anonymise_closed_citizens(closed),
        "reports_anonymised": repo.anonymise_closed_reports(closed),
        "reporter_contacts": repo.delete_unused_reporter_identities(closed),
        "codes_expired": repo.expire_codes(now),
        "reports_left_unfinished": file_abandoned_reports(uow, deps, now),  # before their dialogues go
        "dialogues": repo.delete_expired_dialogues(now),
        "absences": repo.delete_old_absences(
            local_day(now, deps.profile) - timedelta(days=rules.closed_case_days)
        ),
        "sender_limits": uow.limits.forget_ended(now),  # a flood counter lives no longer than its window
        "console": repo.delete_console_traces(access_log, now),
        "reminders": repo.delete_old_reminders(
            now - max(LEDGER_KEPT, timedelta(days=rules.closed_case_days))
        ),
    }
    log.info("retention purge", extra={"counts": counts})
    return sum(counts.values())
