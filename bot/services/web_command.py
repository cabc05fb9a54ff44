"""`/web`: a worker asks for a one-time link to the web console (`bot/services/console_sessions.py`).

The link is on a line of its own (CONTRACT.md), so a phone makes it one tap. The answer is ephemeral:
once Telegram has it, the outbox keeps neither the chat nor the text, so the token lives nowhere but in
the worker's chat (and, hashed, until it is spent or expires).
"""

from bot.models import Worker
from bot.models.enums import OutboxKind
from bot.services.console_sessions import LINK_VALID, link_url, new_link
from bot.services.context import Turn


def web_command(turn: Turn, worker: Worker) -> None:
    base = turn.deps.public_base_url
    if not base:
        turn.reply(turn.t("worker.web_not_set_up"), kind=OutboxKind.INFO)
        return
    token = new_link(turn.uow, worker, turn.now)
    minutes = int(LINK_VALID.total_seconds() // 60)
    text = f"{turn.t('worker.web_link', minutes=minutes)}\n{link_url(base, token)}"
    turn.reply(text, kind=OutboxKind.INFO, ephemeral=True)
