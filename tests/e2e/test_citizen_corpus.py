"""Every text a citizen writes reaches the worker, whole, on SMS and on Telegram (issue 13, section 1).

The corpus (tests/corpus/citizen_messages.txt) is written the way citizens text: no capitals, missing æøå,
emoji, numbers, codes inside sentences, and sentences that begin with every keyword and command word. Only
a keyword that is the whole text is a keyword (tests/e2e/test_sms_keywords.py shows each doing its job).
"""

import asyncio
import time
from pathlib import Path

from bot.services.commands import sms_keyword
from tests.e2e.harness import JSON, BotUnderTest
from tests.e2e.test_sms import PHONE, WORKER, sms_citizen
from tests.e2e.test_telegram_safety import CITIZEN, linked_citizen
from tests.fakes.telegram_server import FakeTelegramServer
from tests.fakes.twilio_server import FakeTwilioServer

CORPUS = Path(__file__).parent.parent / "corpus" / "citizen_messages.txt"
RELAY_HEADERS = ("Fra Ravn:", "⚠️ Fra Ravn (kan være alvorligt):")


def corpus() -> list[str]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def test_the_corpus_is_large_and_holds_no_keyword_on_its_own() -> None:
    messages = corpus()
    assert len(messages) >= 300
    # "status K7QM3X" is shaped like STATUS CODE, but no such code was ever given out: a linked citizen's
    # text then is a message like any other.
    assert [m for m in messages if (keyword := sms_keyword(m)) is not None and not keyword.args] == []


def relayed_texts(messages: list[JSON]) -> list[str]:
    """What the worker got as citizen's texts (alerts, notes and the numbers left out), without the header."""
    relays = []
    for message in messages:
        header, _, body = message.get("text", "").partition("\n")
        if header in RELAY_HEADERS:
            relays.append(body)
    return relays


async def worker_gets_all(telegram: FakeTelegramServer, count: int, timeout: float = 90) -> list[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        relays = relayed_texts(telegram.sent_to(WORKER))
        if len(relays) >= count:
            return relays
        await asyncio.sleep(0.1)
    return relayed_texts(telegram.sent_to(WORKER))


async def test_every_corpus_text_from_an_sms_citizen_reaches_the_worker_whole(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    await sms_citizen(sms_bot, twilio)
    messages = corpus()

    for text in messages:
        delivery = await twilio.user_sends_async(PHONE, text)
        assert delivery.status == 200

    assert await worker_gets_all(sms_bot.telegram, len(messages)) == messages


async def test_every_corpus_text_from_a_telegram_citizen_reaches_the_worker_whole(bot: BotUnderTest) -> None:
    await linked_citizen(bot)
    messages = corpus()

    for text in messages:
        bot.telegram.user_sends(CITIZEN, text)

    assert await worker_gets_all(bot.telegram, len(messages)) == messages
