"""Citizens and workers talking through the bot on Telegram, neither seeing the other's account."""

import re

from tests.e2e.harness import BotUnderTest, buttons, texts

WORKER = 1001
CITIZEN = 2002
STRANGER = 3003


async def invited_citizen(bot: BotUnderTest, alias: str = "Ravn") -> str:
    (invite,) = await bot.says(WORKER, f"/invite {alias}")
    code = next(
        line for line in invite["text"].splitlines() if re.fullmatch(r"[2-9A-HJ-NP-Z]{6,10}", line.strip())
    )
    return code.strip()


async def test_a_worker_enrols_with_the_code_from_the_command_line(bot: BotUnderTest) -> None:
    code = bot.new_worker("Susanne")

    (welcome,) = await bot.says(WORKER, f"/start {code}")

    assert "Susanne" in welcome["text"]


async def test_an_invited_citizen_links_once_and_talks_to_their_worker_both_ways(bot: BotUnderTest) -> None:
    await bot.enrolled_worker(WORKER, "Susanne Jensen")
    code = await invited_citizen(bot)

    (welcome,) = await bot.says(CITIZEN, code.lower())
    assert "Susanne" in welcome["text"] and "Jensen" not in welcome["text"]
    linked = await bot.received(WORKER, 3)
    assert "Ravn" in linked[-1]["text"]

    await bot.says(CITIZEN, "Hej, kan vi ses i morgen?", expect=0)
    relayed = (await bot.received(WORKER, 4))[-1]
    assert "Ravn" in relayed["text"] and "Hej, kan vi ses i morgen?" in relayed["text"]
    assert str(CITIZEN) not in relayed["text"]

    await bot.says(WORKER, "Ja, kl. 10 ved banegården", reply_to=relayed["message_id"], expect=0)
    answer = (await bot.received(CITIZEN, 2))[-1]
    assert answer["text"] == "Ja, kl. 10 ved banegården"
    assert str(WORKER) not in answer["text"]


async def test_a_used_invite_code_does_not_link_a_second_chat(bot: BotUnderTest) -> None:
    await bot.enrolled_worker(WORKER, "Susanne")
    code = await invited_citizen(bot)
    await bot.says(CITIZEN, code)

    await bot.says(STRANGER, code)

    assert len(bot.telegram.sent_to(WORKER)) >= 3
    relayed = await bot.received(WORKER, 4)
    assert "Ny-" in relayed[-1]["text"]  # the stranger became a new contact, not a second Ravn


async def test_a_stranger_who_writes_is_a_new_contact_that_a_worker_claims(bot: BotUnderTest) -> None:
    await bot.enrolled_worker(WORKER, "Susanne")

    (ack,) = await bot.says(STRANGER, "Hej, jeg har brug for at snakke med nogen")
    assert "112" in ack["text"]
    notice = (await bot.received(WORKER, 2))[-1]
    assert "jeg har brug for at snakke med nogen" in notice["text"]
    (claim_data,) = buttons(notice).values()

    (claimed,) = await bot.presses(WORKER, notice, claim_data)
    assert "Susanne" in claimed["text"]

    await bot.says(WORKER, "Hej, jeg hedder Susanne", reply_to=notice["message_id"], expect=0)
    assert texts(await bot.received(STRANGER, 2))[-1] == "Hej, jeg hedder Susanne"


async def test_a_citizen_typing_worker_commands_gets_the_ordinary_answer(bot: BotUnderTest) -> None:
    await bot.enrolled_worker(WORKER, "Susanne")

    (answer,) = await bot.says(STRANGER, "/invite Mallory")
    (cases,) = await bot.says(STRANGER, "/cases")

    assert answer["text"] == cases["text"]
    (worker_cases,) = await bot.says(WORKER, "/cases")
    assert "Mallory" not in worker_cases["text"]
