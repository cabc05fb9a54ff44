"""Messages get through when Telegram misbehaves: flood control, server errors, blocked chats, webhooks."""

import asyncio

import httpx
import pytest
from sqlalchemy import Engine, select

from bot import migrate
from bot.models import ChannelIdentity, OutboxMessage, ProcessedInbound
from bot.models.enums import OutboxStatus
from bot.profile import load_profile
from tests.e2e.harness import BotUnderTest, texts
from tests.e2e.test_telegram_relay import CITIZEN, WORKER, invited_citizen
from tests.fakes.clock import RunningClock
from tests.fakes.telegram_server import FakeTelegramServer


async def linked_pair(bot: BotUnderTest) -> list[dict]:  # type: ignore[type-arg]
    """An enrolled worker and a linked citizen; returns what the worker has received so far."""
    await bot.enrolled_worker(WORKER, "Susanne")
    await bot.says(CITIZEN, await invited_citizen(bot))
    return await bot.received(WORKER, 3)


@pytest.mark.parametrize(("status", "share"), [(500, 0.4), (429, 0.3), (502, 0.4)])
async def test_every_message_arrives_once_and_in_order_when_telegram_fails_sends(
    bot: BotUnderTest, status: int, share: float
) -> None:
    before = len(await linked_pair(bot))
    bot.telegram.fail_share(share, status=status, retry_after=1, seed=status)

    burst = [f"besked {n}" for n in range(15)]
    for text in burst:
        bot.telegram.user_sends(CITIZEN, text)

    received = await bot.received(WORKER, before + len(burst), timeout=30)
    bodies = [message["text"].splitlines()[-1] for message in received[before:]]
    assert bodies == burst
    await asyncio.sleep(0.3)
    assert len(bot.telegram.sent_to(WORKER)) == before + len(burst)
    assert any(call.status == status for call in bot.telegram.call_log())


async def test_a_citizen_who_blocked_the_bot_is_stopped_and_the_worker_told(bot: BotUnderTest) -> None:
    received = await linked_pair(bot)
    await bot.says(CITIZEN, "hej", expect=0)
    relayed = (await bot.received(WORKER, len(received) + 1))[-1]
    bot.telegram.block(CITIZEN)

    await bot.says(WORKER, "Er du der?", reply_to=relayed["message_id"], expect=0)
    await asyncio.sleep(0.5)
    (unreachable,) = await bot.says(WORKER, "Hallo?", reply_to=relayed["message_id"])

    assert "Ravn" in unreachable["text"]
    with bot.deps.new_uow() as uow:
        identity = uow.session.scalars(
            select(ChannelIdentity).where(ChannelIdentity.citizen_id.is_not(None))
        ).one()
        assert identity.stopped
        failed = uow.session.scalars(
            select(OutboxMessage).where(OutboxMessage.status == OutboxStatus.FAILED)
        ).all()
        assert len(failed) == 1 and failed[0].last_error == "RecipientGone"


async def test_the_command_menu_is_set_with_danish_descriptions(bot: BotUnderTest) -> None:
    danish = {command["command"]: command["description"] for command in bot.telegram.commands()}
    english = {command["command"]: command["description"] for command in bot.telegram.commands("en")}

    assert "bekymring" in danish and "Slet" in danish["slet"]
    assert "Delete" in english["slet"]


@pytest.fixture
async def webhook_bot(
    telegram: FakeTelegramServer, engine: Engine, secret_key: str, office_clock: RunningClock
) -> BotUnderTest:
    migrate.upgrade(engine)
    under_test = BotUnderTest.build(
        telegram, engine, secret_key, load_profile("default"), office_clock, webhook_secret="hemmelig-42"
    )
    await under_test.start()
    yield under_test  # type: ignore[misc]
    await under_test.stop()


async def test_in_webhook_mode_updates_arrive_by_webhook_once_even_when_redelivered(
    webhook_bot: BotUnderTest,
) -> None:
    telegram = webhook_bot.telegram
    assert telegram.webhook is not None and telegram.webhook["url"].endswith("/telegram/webhook")

    update_id = telegram.user_sends(4004, "/start")
    assert await asyncio.to_thread(telegram.deliver_webhook, update_id) == 200
    assert await asyncio.to_thread(telegram.deliver_webhook, update_id) == 200  # Telegram redelivers

    (menu,) = await webhook_bot.next_messages(4004, 0, 1)
    await asyncio.sleep(0.5)
    assert texts(telegram.sent_to(4004)) == [menu["text"]]


@pytest.mark.parametrize(
    ("headers", "body", "expected"),
    [
        ({}, b'{"update_id": 1}', 403),
        ({"X-Telegram-Bot-Api-Secret-Token": "forkert"}, b'{"update_id": 1}', 403),
        ({"X-Telegram-Bot-Api-Secret-Token": "hemmelig-42"}, b"not json", 400),
        ({"X-Telegram-Bot-Api-Secret-Token": "hemmelig-42"}, b'{"no": "update"}', 400),
        ({"X-Telegram-Bot-Api-Secret-Token": "hemmelig-42"}, b"[1, 2]", 400),
    ],
)
async def test_a_forged_or_malformed_webhook_call_is_refused_and_stores_nothing(
    webhook_bot: BotUnderTest, headers: dict[str, str], body: bytes, expected: int
) -> None:
    url = f"{webhook_bot.settings.public_base_url}/telegram/webhook"
    async with httpx.AsyncClient() as client:
        response = await client.post(url, content=body, headers=headers)

    assert response.status_code == expected
    with webhook_bot.deps.new_uow() as uow:
        assert uow.session.scalars(select(ProcessedInbound)).all() == []


async def test_while_the_database_is_down_telegram_keeps_the_update_and_it_arrives_later(
    bot: BotUnderTest,
) -> None:
    await linked_pair(bot)
    before = len(bot.telegram.sent_to(WORKER))
    bot.database.down = True

    bot.telegram.user_sends(CITIZEN, "er der nogen?")
    await asyncio.sleep(1.5)
    assert len(bot.telegram.sent_to(WORKER)) == before
    bot.database.down = False

    relayed = await bot.received(WORKER, before + 1, timeout=15)
    assert relayed[-1]["text"].endswith("er der nogen?")
    await asyncio.sleep(0.5)
    assert len(bot.telegram.sent_to(WORKER)) == before + 1


async def test_a_webhook_call_while_the_database_is_down_gets_503_and_the_redelivery_works(
    webhook_bot: BotUnderTest,
) -> None:
    telegram = webhook_bot.telegram
    webhook_bot.database.down = True
    update_id = telegram.user_sends(4004, "/start")

    assert await asyncio.to_thread(telegram.deliver_webhook, update_id) == 503
    webhook_bot.database.down = False
    assert await asyncio.to_thread(telegram.deliver_webhook, update_id) == 200

    await webhook_bot.next_messages(4004, 0, 1)
