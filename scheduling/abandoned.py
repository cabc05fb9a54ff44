"""Reports left half-way: a reporter who went silent until their dialogue expired still reaches the team.

What they wrote becomes an unfinished, anonymous report (the dialogue knows only a keyed hash of the
chat or number, so the reporter cannot be told; nothing more is kept to reach them), and the dialogue is
deleted. Runs every tick, and before the retention purge deletes expired dialogues.
"""

import json
from datetime import datetime

from bot.outbox import Outbox
from bot.services.context import Deps
from bot.services.report_filing import file_report
from bot.services.reports import FLOW
from bot.uow import UnitOfWork

BATCH = 200


def file_abandoned_reports(uow: UnitOfWork, deps: Deps, now: datetime) -> int:
    filed = 0
    for state in uow.dialogues.expired(FLOW, now, BATCH):
        data = json.loads(deps.vault.open(state.data_enc)) if state.data_enc else {}
        if data.get("concern"):
            out = Outbox(uow, deps, f"abandoned:{state.id}:{state.updated_at.isoformat()}", now)
            file_report(uow, deps, out, now, data, unfinished=True, with_code=False)
            filed += 1
        uow.dialogues.remove(state)
    return filed
