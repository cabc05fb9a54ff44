"""Photos, voice notes, videos, documents and locations between a citizen and their worker: copied on
Telegram (copyMessage, nothing kept but ids), told in words where SMS cannot carry them."""

import asyncio
import json

import pytest
from sqlalchemy import select

from bot.models import Message, OutboxMessage
from bot.models.enums import Direction
from tests.e2e.harness import JSON, BotUnderTest
from tests.e2e.test_sms import PHONE
from tests.e2e.test_sms import sms_citizen as linked_by_sms
from tests.e2e.test_telegram_relay import invited_citizen
from tests.fakes.twilio_server import FakeTwilioServer

WORKER, CITIZEN = 1001, 2002
MEDIA_KEYS = {"photo", "voice", "video", "video_note", "document", "audio", "sticker", "location"}


async def linked(bot: BotUnderTest) -> None:
    await bot.enrolled_worker(WORKER, "Susanne")
    code = await invited_citizen(bot)
    await bot.says(CITIZEN, code)
    await bot.received(WORKER, 3)


async def citizen_sends(bot: BotUnderTest, kind: str, caption: str | None = None) -> list[JSON]:
    """Ravn sends `kind`; returns the messages that reached Susanne for it."""
    before = len(bot.telegram.sent_to(WORKER))
    bot.telegram.user_sends_media(CITIZEN, kind, caption=caption)
    return await bot.next_messages(WORKER, before, 2)


def media_of(message: JSON) -> set[str]:
    return MEDIA_KEYS & message.keys()


@pytest.mark.parametrize("kind", ["photo", "voice", "video", "document", "location", "sticker", "video_note"])
async def test_a_citizens_media_reaches_the_worker_as_a_copy_under_the_alias(
    bot: BotUnderTest, kind: str
) -> None:
    await linked(bot)

    header, copied = await citizen_sends(bot, kind)

    assert header["text"] == "Fra Ravn:"
    assert media_of(copied) == {kind}
    assert copied["from"]["is_bot"] and "forward_origin" not in copied  # a copy, not a forward
    assert str(CITIZEN) not in json.dumps(copied)  # nothing in it leads to Ravn's account


async def test_a_photo_with_a_caption_shows_the_caption_once_in_the_header(bot: BotUnderTest) -> None:
    await linked(bot)

    header, copied = await citizen_sends(bot, "photo", caption="se min nye lejlighed :)")

    assert header["text"] == "Fra Ravn:\nse min nye lejlighed :)"
    assert "photo" in copied and "caption" not in copied


async def test_the_worker_answers_a_photo_with_a_voice_note_and_the_citizen_gets_it(
    bot: BotUnderTest,
) -> None:
    await linked(bot)
    _, copied = await citizen_sends(bot, "photo")
    await bot.recorded(WORKER, copied["message_id"])
    before = len(bot.telegram.sent_to(CITIZEN))

    bot.telegram.user_sends_media(WORKER, "voice", reply_to_message_id=copied["message_id"])

    (answer,) = await bot.next_messages(CITIZEN, before, 1)
    assert media_of(answer) == {"voice"} and answer["from"]["is_bot"]
    assert str(WORKER) not in json.dumps(answer)


async def test_the_worker_replies_to_a_text_with_a_photo_and_its_caption_goes_along(
    bot: BotUnderTest,
) -> None:
    await linked(bot)
    await bot.says(CITIZEN, "hvor er det nu vi skal mødes", expect=0)
    relayed = (await bot.received(WORKER, 4))[-1]
    await bot.recorded(WORKER, relayed["message_id"])
    before = len(bot.telegram.sent_to(CITIZEN))

    bot.telegram.user_sends_media(
        WORKER, "photo", caption="her ved indgangen", reply_to_message_id=relayed["message_id"]
    )

    (answer,) = await bot.next_messages(CITIZEN, before, 1)
    assert "photo" in answer and answer["caption"] == "her ved indgangen"


async def test_a_worker_photo_that_replies_to_nobody_is_not_sent_and_the_worker_is_told(
    bot: BotUnderTest,
) -> None:
    await linked(bot)
    before = len(bot.telegram.sent_to(WORKER))

    bot.telegram.user_sends_media(WORKER, "photo")

    (told,) = await bot.next_messages(WORKER, before, 1)
    assert "Svar" in told["text"]
    assert len(bot.telegram.sent_to(CITIZEN)) == 1  # the welcome only


async def test_nothing_of_the_media_is_kept_but_ids(bot: BotUnderTest) -> None:
    await linked(bot)
    _, copied = await citizen_sends(bot, "voice")
    await bot.recorded(WORKER, copied["message_id"])
    bot.telegram.user_sends_media(WORKER, "photo", reply_to_message_id=copied["message_id"])
    await bot.received(CITIZEN, 2)

    with bot.deps.new_uow() as uow:
        bodies = list(
            uow.session.scalars(select(Message.body_enc).where(Message.direction == Direction.OUTBOUND))
        )
        options = [
            json.dumps(o) for o in uow.session.scalars(select(OutboxMessage.options)) if o and "copy" in o
        ]
    assert bodies == [None]
    assert len(options) == 2
    for stored in options:  # the chat a copy comes from is sealed like every chat id; no file ids
        assert str(CITIZEN) not in stored and str(WORKER) not in stored
        assert "voice-" not in stored and "file" not in stored


# ---- SMS: text only -------------------------------------------------------------------------------------


async def sms_citizen(bot: BotUnderTest, twilio: FakeTwilioServer) -> None:
    """Ravn on SMS, linked to Susanne, who has heard so (test_sms's set-up)."""
    await linked_by_sms(bot, twilio)
    await bot.received(WORKER, 3)


async def test_an_mms_voice_message_reaches_the_worker_as_words_and_its_url_is_never_kept(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    await sms_citizen(sms_bot, twilio)

    await twilio.user_sends_async(PHONE, "", media_types=["audio/amr"])

    told = (await sms_bot.received(WORKER, 4))[-1]
    assert told["text"] == (
        "Fra Ravn:\nRavn har sendt en lydbesked, som vi ikke kan give videre via SMS. "
        "Bed evt. Ravn skrive det med ord."
    )
    with sms_bot.deps.new_uow() as uow:
        bodies = [
            sms_bot.deps.vault.open(m.body_enc) for m in uow.session.scalars(select(Message)) if m.body_enc
        ]
    assert all("twilio.com" not in body and "Media" not in body for body in bodies)


async def test_an_mms_picture_with_words_passes_the_words_and_says_what_could_not_come(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    await sms_citizen(sms_bot, twilio)

    await twilio.user_sends_async(PHONE, "her er brevet fra kommunen", media_types=["image/jpeg"])

    told = (await sms_bot.received(WORKER, 4))[-1]
    assert told["text"].startswith("Fra Ravn:\nher er brevet fra kommunen\nRavn har sendt et billede,")


async def test_a_worker_photo_for_an_sms_citizen_is_not_sent_and_the_worker_is_told(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    await sms_citizen(sms_bot, twilio)
    await twilio.user_sends_async(PHONE, "kan du sende et billede af stuen")
    relayed = (await sms_bot.received(WORKER, 4))[-1]
    await sms_bot.recorded(WORKER, relayed["message_id"])
    before = len(sms_bot.telegram.sent_to(WORKER))

    sms_bot.telegram.user_sends_media(WORKER, "photo", reply_to_message_id=relayed["message_id"])

    (told,) = await sms_bot.next_messages(WORKER, before, 1)
    assert told["text"].startswith("Ravn får beskeder som SMS, og et billede kan ikke sendes som SMS.")
    await asyncio.sleep(0.3)
    assert len(twilio.sent_to(PHONE)) == 1  # the welcome only
