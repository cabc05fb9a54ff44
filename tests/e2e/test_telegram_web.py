"""`/web` on Telegram, through the real python-telegram-bot and the running service: the one-time link to
the web console comes on a line of its own, without a link preview (Telegram would fetch the link to draw
one and spend it), it opens the console over real HTTP once, and the outbox keeps nothing of it."""

import re

import httpx
from sqlalchemy import select

from bot.models import OutboxMessage
from tests.e2e.harness import BotUnderTest

LENE = 1003
LINK = re.compile(r"^(http://127\.0\.0\.1:\d+/console/login\?token=[A-Za-z0-9_-]{40,})$", re.MULTILINE)


async def test_web_answers_with_a_one_time_link_that_opens_the_console_once(bot: BotUnderTest) -> None:
    await bot.enrolled_worker(LENE, "Lene", lead=True)

    (answer,) = await bot.says(LENE, "/web")

    found = LINK.search(answer["text"])
    assert found is not None, answer["text"]
    (sent,) = [call for call in bot.telegram.calls("sendMessage") if call.get("text") == answer["text"]]
    assert sent["link_preview_options"] == {"is_disabled": True}
    async with httpx.AsyncClient(follow_redirects=False) as browser:
        opened = await browser.get(found.group(1))
        assert opened.status_code == 303 and opened.headers["location"] == "/console/"
        day = await browser.get(str(opened.url.join("/console/")))
        assert day.status_code == 200 and "Lene" in day.text
        async with httpx.AsyncClient() as second_browser:
            assert (await second_browser.get(found.group(1))).status_code == 400
    with bot.deps.new_uow() as uow:
        bodies = [row.body_enc for row in uow.session.scalars(select(OutboxMessage))]
    assert not any("/console/login" in bot.deps.vault.open(body) for body in bodies if body)
