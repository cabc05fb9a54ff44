"""What keeps a citizen safe and in control on Telegram: the numbers for now at once when they are in
danger and at night, STOP and delete, nothing done twice, and texts in their own language."""

import asyncio
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.channels import Inbound
from bot.models import ChannelIdentity, Citizen, Message
from bot.models.enums import Channel
from bot.services.inbound import receive
from tests.e2e.conftest import SUNDAY_NIGHT, StartBot
from tests.e2e.harness import JSON, BotUnderTest, buttons, texts
from tests.e2e.test_telegram_relay import CITIZEN, WORKER, invited_citizen
from tests.e2e.test_telegram_reports import outbox_settled, stored_anywhere, traces_of

FRIDAY_EVENING = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)  # 18:00 in Copenhagen: closed for the weekend
NUMBERS_FOR_NOW = ("112", "1813", "70 201 201")  # the default profile lies in Region Hovedstaden
WELCOME = "Velkommen. Nu kan du skrive til Susanne her, når du vil. Du får svar i teamets åbningstid."


async def linked_citizen(bot: BotUnderTest, *, language_code: str = "da") -> None:
    """Worker Susanne and her citizen Ravn, linked through an invite code."""
    await bot.enrolled_worker(WORKER, "Susanne")
    await bot.says(CITIZEN, await invited_citizen(bot), language_code=language_code)
    await bot.received(WORKER, 3)  # enrolled, the invite code, Ravn has linked


async def citizen_writes(bot: BotUnderTest, text: str) -> JSON:
    """Ravn writes (in office hours, so nothing comes back); returns the message relayed to the worker,
    once the bot has recorded it as sent (so that the worker's Telegram reply to it can be matched)."""
    before = len(bot.telegram.sent_to(WORKER))
    bot.telegram.user_sends(CITIZEN, text)
    relayed = (await bot.received(WORKER, before + 1))[-1]
    await outbox_settled(bot)
    return relayed


# ---- danger words: the numbers for now at once, day or night, and an alert to the worker ----------


async def test_a_citizen_in_danger_gets_the_numbers_at_once_and_the_worker_an_alert(
    bot: BotUnderTest,
) -> None:
    await linked_citizen(bot)

    (crisis,) = await bot.says(CITIZEN, "jeg vil ikke leve mere")

    assert all(number in crisis["text"] for number in NUMBERS_FOR_NOW)
    alert, relayed = (await bot.received(WORKER, 5))[-2:]
    assert "HASTER" in alert["text"] and "Ravn" in alert["text"]
    assert "jeg vil ikke leve mere" not in alert["text"]  # the alert stands out; the words come in the relay
    assert "Ravn" in relayed["text"] and "jeg vil ikke leve mere" in relayed["text"]


async def test_when_telegram_throttles_the_alert_the_worker_still_gets_alert_and_message_promptly_in_order(
    bot: BotUnderTest,
) -> None:
    await linked_citizen(bot)
    # The first two sends are the numbers to the citizen and the alert, the first of two for the worker.
    bot.telegram.fail_next(2, status=429, retry_after=1)

    await bot.says(CITIZEN, "jeg vil ikke leve mere", expect=0)

    # Both wait for the alert's retry (a second), not for the lease of the message behind it (20 s).
    alert, relayed = (await bot.received(WORKER, 5, timeout=5))[-2:]
    assert "HASTER" in alert["text"]
    assert "jeg vil ikke leve mere" in relayed["text"]


async def test_at_night_a_citizen_in_danger_gets_one_answer_with_the_numbers_and_no_false_promise(
    start_bot: StartBot,
) -> None:
    bot = await start_bot(SUNDAY_NIGHT)
    await linked_citizen(bot)

    (crisis,) = await bot.says(CITIZEN, "han slår mig")  # one answer: no office-hours text after it

    assert all(number in crisis["text"] for number in NUMBERS_FOR_NOW)
    assert "ikke på arbejde" in crisis["text"] and "i morgen kl. 08:00" in crisis["text"]
    assert "kontakter dig" not in crisis["text"]  # nobody reads it tonight: nothing promised
    alert, relayed = (await bot.received(WORKER, 5))[-2:]
    assert "HASTER" in alert["text"] and "han slår mig" in relayed["text"]
    assert "Akuttelefonen (1813)" in alert["text"]  # the same numbers the citizen was given


async def test_in_another_region_the_crisis_reply_gives_that_regions_laegevagt(start_bot: StartBot) -> None:
    bot = await start_bot(profile="bronderslev")
    await bot.enrolled_worker(WORKER, "Susanne", team="UngeCentret")
    await bot.says(CITIZEN, await invited_citizen(bot))

    (crisis,) = await bot.says(CITIZEN, "Jeg har taget for mange piller")

    assert "70 15 03 00" in crisis["text"] and "1813" not in crisis["text"]


async def test_an_english_speaking_citizen_in_danger_gets_the_numbers_in_english(bot: BotUnderTest) -> None:
    await linked_citizen(bot, language_code="en")
    assert bot.telegram.sent_to(CITIZEN)[0]["text"].startswith("Welcome.")

    (crisis,) = await bot.says(CITIZEN, "I don't want to live anymore", language_code="en")

    assert crisis["text"].startswith("In danger now: call 112.")
    assert all(number in crisis["text"] for number in NUMBERS_FOR_NOW)


# ---- outside office hours: relayed all the same, and told when the team is back ------------------


async def test_at_night_a_message_is_relayed_and_the_citizen_told_when_the_team_is_back(
    start_bot: StartBot,
) -> None:
    bot = await start_bot(SUNDAY_NIGHT)
    await bot.enrolled_worker(WORKER, "Susanne")
    await bot.says(CITIZEN, await invited_citizen(bot))

    (closed,) = await bot.says(CITIZEN, "Kan vi ses i morgen?")

    assert "i morgen kl. 08:00" in closed["text"]
    assert all(number in closed["text"] for number in NUMBERS_FOR_NOW)
    relayed = (await bot.received(WORKER, 4))[-1]
    assert "Kan vi ses i morgen?" in relayed["text"]


async def test_on_friday_evening_the_citizen_is_told_the_team_is_back_on_monday(start_bot: StartBot) -> None:
    bot = await start_bot(FRIDAY_EVENING)
    await bot.enrolled_worker(WORKER, "Susanne")
    await bot.says(CITIZEN, await invited_citizen(bot))

    (closed,) = await bot.says(CITIZEN, "Er der nogen?")

    assert "mandag kl. 08:00" in closed["text"]


async def test_in_office_hours_a_citizen_gets_no_auto_reply(bot: BotUnderTest) -> None:
    await linked_citizen(bot)
    await citizen_writes(bot, "Hej Susanne")  # returns when all the bot queued for it has been sent

    assert texts(bot.telegram.sent_to(CITIZEN)) == [WELCOME]


# ---- STOP and delete -------------------------------------------------------------------------------


async def test_after_stop_the_worker_is_told_the_citizen_cannot_be_reached_until_start(
    bot: BotUnderTest,
) -> None:
    await linked_citizen(bot)
    relayed = await citizen_writes(bot, "Hej Susanne")

    (stopped,) = await bot.says(CITIZEN, "/stop")
    assert "START" in stopped["text"]
    paused = (await bot.received(WORKER, 5))[-1]
    assert "Ravn" in paused["text"] and "STOP" in paused["text"]

    (unreachable,) = await bot.says(WORKER, "Er du okay?", reply_to=relayed["message_id"])
    assert "Ravn" in unreachable["text"] and "ikke sendt" in unreachable["text"]

    (resumed,) = await bot.says(CITIZEN, "/start")
    assert "Velkommen tilbage" in resumed["text"]
    bot.telegram.user_sends(WORKER, "Godt at høre fra dig", reply_to_message_id=relayed["message_id"])
    received = await bot.received(CITIZEN, 4)
    assert texts(received)[-1] == "Godt at høre fra dig"
    assert "Er du okay?" not in texts(received)


async def test_slet_ja_deletes_what_the_bot_holds_says_so_honestly_and_tells_the_worker_it_was_their_choice(
    bot: BotUnderTest,
) -> None:
    await linked_citizen(bot)
    relayed = await citizen_writes(bot, "Jeg sover i opgangen i nat")
    bot.telegram.user_sends(WORKER, "Hvor er du nu?", reply_to_message_id=relayed["message_id"])
    await bot.received(CITIZEN, 2)

    (confirm,) = await bot.says(CITIZEN, "/slet")
    assert set(buttons(confirm)) == {"Ja", "Nej"}
    (done,) = await bot.presses(CITIZEN, confirm, buttons(confirm)["Ja"])

    assert "slettet her" in done["text"] and "noter" in done["text"]  # no promise the law may not allow
    ended = (await bot.received(WORKER, 5))[-1]
    assert ended["text"].startswith("Ravn har selv valgt at afslutte kontakten")
    with Session(bot.engine) as session:
        assert session.scalar(select(func.count()).select_from(Citizen)) == 0
        assert session.scalar(select(func.count()).select_from(ChannelIdentity)) == 0
        assert session.scalar(select(func.count()).select_from(Message)) == 0
    await outbox_settled(bot)
    assert traces_of(bot, CITIZEN) == []
    assert stored_anywhere(bot, {"Jeg sover i opgangen i nat", "Hvor er du nu?"}) == []


async def test_slet_then_no_keeps_everything(bot: BotUnderTest) -> None:
    await linked_citizen(bot)

    (confirm,) = await bot.says(CITIZEN, "/slet")
    (kept,) = await bot.presses(CITIZEN, confirm, buttons(confirm)["Nej"])

    assert kept["text"] == "Intet er slettet."
    with Session(bot.engine) as session:
        assert session.scalars(select(Citizen.alias)).all() == ["Ravn"]
    bot.telegram.user_sends(CITIZEN, "Jeg er her stadig")
    assert "Jeg er her stadig" in (await bot.received(WORKER, 4))[-1]["text"]


async def test_a_citizen_who_writes_instead_of_answering_slet_keeps_everything_and_is_relayed(
    bot: BotUnderTest,
) -> None:
    await linked_citizen(bot)
    await bot.says(CITIZEN, "/slet")

    (kept,) = await bot.says(CITIZEN, "Glem det, kan du ringe til mig?")

    assert kept["text"] == "Intet er slettet."
    assert "Glem det, kan du ringe til mig?" in (await bot.received(WORKER, 4))[-1]["text"]
    with Session(bot.engine) as session:
        assert session.scalars(select(Citizen.alias)).all() == ["Ravn"]


# ---- the same update twice ------------------------------------------------------------------------


async def test_an_update_handled_twice_is_relayed_once(bot: BotUnderTest) -> None:
    await linked_citizen(bot)
    relayed = await citizen_writes(bot, "Hej Susanne")
    from_citizen = Inbound(Channel.TELEGRAM, str(CITIZEN), external_id="900001", text="Er du der?")
    from_worker = Inbound(
        Channel.TELEGRAM,
        str(WORKER),
        external_id="900002",
        text="Ja, jeg er her",
        reply_to=str(relayed["message_id"]),
    )

    for inbound in (from_citizen, from_citizen, from_worker, from_worker):
        await asyncio.to_thread(receive, bot.deps, inbound)
    assert bot.runtime is not None and bot.runtime.drainer is not None
    bot.runtime.drainer.wake()

    assert texts(await bot.received(CITIZEN, 2))[-1] == "Ja, jeg er her"
    await outbox_settled(bot)
    assert [text for text in texts(bot.telegram.sent_to(WORKER)) if "Er du der?" in text] == [
        "Fra Ravn:\nEr du der?"
    ]
    assert texts(bot.telegram.sent_to(CITIZEN)).count("Ja, jeg er her") == 1
    with Session(bot.engine) as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 3


# ---- language ------------------------------------------------------------------------------------


async def test_a_user_whose_telegram_is_in_english_gets_english_from_start(bot: BotUnderTest) -> None:
    (menu,) = await bot.says(CITIZEN, "/start", language_code="en")

    assert menu["text"] == "Hello. What would you like to do?"
    assert set(buttons(menu)) == {
        "Write to my contact person",
        "I am worried about someone",
        "Help and phone numbers",
    }


async def test_a_danish_citizen_switches_to_english_with_sprog(bot: BotUnderTest) -> None:
    await linked_citizen(bot)

    (choose,) = await bot.says(CITIZEN, "/sprog")
    assert set(buttons(choose)) == {"Dansk", "English"}
    (switched,) = await bot.presses(CITIZEN, choose, buttons(choose)["English"])

    assert switched["text"] == "We will write in English now."
    (helped,) = await bot.says(CITIZEN, "/hjælp")
    assert helped["text"].startswith("In danger now: call 112.")


async def test_a_citizen_who_writes_instead_of_choosing_a_language_is_relayed(bot: BotUnderTest) -> None:
    await linked_citizen(bot)
    await bot.says(CITIZEN, "/sprog")

    bot.telegram.user_sends(CITIZEN, "Hej, er du på arbejde i dag?")

    assert "Hej, er du på arbejde i dag?" in (await bot.received(WORKER, 4))[-1]["text"]


async def test_a_telegram_citizen_typing_a_keyword_without_its_slash_gets_what_it_promises(
    bot: BotUnderTest,
) -> None:
    await linked_citizen(bot)

    (numbers,) = await bot.says(CITIZEN, "Hjælp!")
    (stopped,) = await bot.says(CITIZEN, "stop")
    (resumed,) = await bot.says(CITIZEN, "START")
    (confirm,) = await bot.says(CITIZEN, "slet")

    assert all(number in numbers["text"] for number in NUMBERS_FOR_NOW)
    assert "START" in stopped["text"] and "Velkommen tilbage" in resumed["text"]
    assert "slette" in confirm["text"] and buttons(confirm)
    await asyncio.sleep(0.5)  # anything relayed would have arrived
    worker_texts = texts(bot.telegram.sent_to(WORKER))
    assert not any(t.startswith("Fra Ravn:") for t in worker_texts)
    assert any("har skrevet STOP" in t for t in worker_texts)
