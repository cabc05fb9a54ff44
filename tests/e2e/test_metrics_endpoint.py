"""`GET /metrics` on the running service, as Prometheus scrapes it next to the bot."""

import asyncio

import httpx
from prometheus_client.parser import text_string_to_metric_families

from tests.e2e.harness import BotUnderTest

WORKER = 1001
STRANGER = 3003


async def get_metrics(bot: BotUnderTest) -> httpx.Response:
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{bot.settings.skp_http_port}") as client:
        return await client.get("/metrics", timeout=10)


async def settled_metrics(bot: BotUnderTest, timeout: float = 5) -> httpx.Response:
    """The metrics once nothing waits in the outbox. A message the worker already has stays pending for
    the few milliseconds until the drainer records that Telegram took it; a scrape may fall in between."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        response = await get_metrics(bot)
        pending = value(response.text, "skp_outbox_pending", channel="telegram")
        if pending == 0 or asyncio.get_running_loop().time() > deadline:
            return response
        await asyncio.sleep(0.05)


def value(body: str, name: str, **labels: str) -> float:
    return next(
        sample.value
        for family in text_string_to_metric_families(body)
        for sample in family.samples
        if sample.name == name and sample.labels == labels
    )


async def test_a_message_that_reaches_a_worker_is_counted_and_nothing_waits(bot: BotUnderTest) -> None:
    await bot.enrolled_worker(WORKER, "Susanne")

    await bot.says(STRANGER, "hej, er der nogen?")
    await bot.received(WORKER, 2)

    response = await settled_metrics(bot)
    assert response.status_code == 200
    assert value(response.text, "skp_messages_total", direction="in", channel="telegram") == 1
    assert value(response.text, "skp_outbox_pending", channel="telegram") == 0
    assert "hej, er der nogen" not in response.text
    # Who wrote is in no metric's name or label. (A sample's value may hold the digits by chance: the
    # process's memory in bytes once did.)
    names_and_labels = [
        (sample.name, *sample.labels.values())
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    ]
    assert not [entry for entry in names_and_labels if any(str(STRANGER) in part for part in entry)]


async def test_metrics_say_503_while_the_database_is_away_and_recover_after(bot: BotUnderTest) -> None:
    bot.database.down = True
    during = await get_metrics(bot)
    bot.database.down = False
    after = await get_metrics(bot)

    assert during.status_code == 503 and "Traceback" not in during.text
    assert after.status_code == 200
