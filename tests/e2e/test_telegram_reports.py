"""Concern reports on Telegram: a guided report, a receipt code, an answer by code, and no trace of an
anonymous reporter in the database."""

import asyncio
import re

from sqlalchemy import MetaData, Table, func, inspect, select
from sqlalchemy.orm import Session

from bot.models import ConcernReport, OutboxMessage, Team
from bot.models.enums import OutboxStatus
from bot.models.personal import SEALED_FIELDS
from tests.e2e.conftest import StartBot
from tests.e2e.harness import JSON, BotUnderTest, buttons, texts
from tests.e2e.test_telegram_relay import CITIZEN, WORKER, invited_citizen

NEIGHBOUR = 777_000_123  # a Telegram-sized chat id, so finding it as text cannot be a coincidence
YOUTH_WORKER = 1002
ADULT_WORKER = 1003
CODE_LINE = re.compile(r"[2-9A-HJ-NP-Z]{6,10}")

CONCERN = "Han i nr. 3 har ikke været ude i tre uger, og der står post i døren"
WHO_WHERE = "Manden i stuen th., Vestergade 12"
ANSWER = "Tak for din henvendelse. Vi har været forbi og har fået kontakt."


async def files_a_report(
    bot: BotUnderTest, chat_id: int, *, anonymous: bool = True, age: str | None = None
) -> tuple[str, JSON]:
    """The reporter answers every step; returns the receipt code and the receipt message."""
    (intro,) = await bot.says(chat_id, "/bekymring")
    assert "112" in intro["text"]
    await bot.says(chat_id, CONCERN)
    (asked,) = await bot.says(chat_id, WHO_WHERE)
    if age is not None:
        (asked,) = await bot.says(chat_id, age)
    (category,) = await bot.presses(chat_id, asked, buttons(asked)["I denne uge"])
    (anonymity,) = await bot.presses(chat_id, category, buttons(category)["Nabo"])
    choice = "Ja, anonym" if anonymous else "Nej, I må kontakte mig"
    (receipt,) = await bot.presses(chat_id, anonymity, buttons(anonymity)[choice])
    if not anonymous:  # how to reach them: here, in this chat
        (receipt,) = await bot.presses(chat_id, receipt, buttons(receipt)["Svar mig her"])
    codes = [line.strip() for line in receipt["text"].splitlines() if CODE_LINE.fullmatch(line.strip())]
    assert len(codes) == 1, receipt["text"]
    return codes[0], receipt


async def outbox_settled(bot: BotUnderTest, timeout: float = 5) -> None:
    """Waits until every queued message has been sent (an ephemeral row is scrubbed once it is)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        with Session(bot.engine) as session:
            query = select(func.count()).where(OutboxMessage.status == OutboxStatus.PENDING)
            if not session.scalar(query):
                return
        assert loop.time() < deadline, "the outbox still holds unsent messages"
        await asyncio.sleep(0.02)


def stored_anywhere(bot: BotUnderTest, needles: set[str]) -> list[str]:
    """Every `table.column` of every table where one of `needles` is found, in clear or sealed."""
    sealed = {
        model.__tablename__: {spec.encrypted for spec in specs} for model, specs in SEALED_FIELDS.items()
    }
    found = []
    with bot.engine.connect() as connection:
        names = inspect(connection).get_table_names()
        assert {"outbox", "conversation_states", "channel_identities", "processed_inbound"} <= set(names)
        for name in names:
            table = Table(name, MetaData(), autoload_with=connection)
            for row in connection.execute(select(table)).mappings():
                for column, value in row.items():
                    if value is None:
                        continue
                    shown = [str(value)]
                    if column in sealed.get(name, ()) and value:
                        shown.append(bot.deps.vault.open(value))
                    if any(needle in text for needle in needles for text in shown):
                        found.append(f"{name}.{column}")
    return found


def traces_of(bot: BotUnderTest, chat_id: int) -> list[str]:
    """Where the chat id is stored, in clear or sealed, or any keyed hash of it."""
    vault, address = bot.deps.vault, str(chat_id)
    return stored_anywhere(bot, {address, vault.lookup_hash(address), *vault.lookup_hashes(address)})


async def test_an_anonymous_neighbour_gets_a_receipt_code_and_leaves_no_trace(bot: BotUnderTest) -> None:
    await bot.enrolled_worker(WORKER, "Susanne")

    code, _ = await files_a_report(bot, NEIGHBOUR)

    notice = (await bot.received(WORKER, 2))[-1]
    assert CONCERN in notice["text"] and WHO_WHERE in notice["text"]
    assert str(NEIGHBOUR) not in notice["text"]
    await outbox_settled(bot)
    assert traces_of(bot, NEIGHBOUR) == []


async def test_a_report_started_from_the_menu_leaves_no_trace_either(bot: BotUnderTest) -> None:
    await bot.enrolled_worker(WORKER, "Susanne")
    (menu,) = await bot.says(NEIGHBOUR, "/start")
    await bot.presses(NEIGHBOUR, menu, buttons(menu)["Jeg er bekymret for en person"])
    await bot.says(NEIGHBOUR, CONCERN)
    (urgency,) = await bot.says(NEIGHBOUR, WHO_WHERE)
    (category,) = await bot.presses(NEIGHBOUR, urgency, "urg:not_urgent")
    (anonymity,) = await bot.presses(NEIGHBOUR, category, "cat:caretaker")
    await bot.presses(NEIGHBOUR, anonymity, "anon:yes")

    await bot.received(WORKER, 2)
    await outbox_settled(bot)
    assert traces_of(bot, NEIGHBOUR) == []


async def test_the_status_is_neutral_until_a_worker_takes_the_report_and_answers(bot: BotUnderTest) -> None:
    await bot.enrolled_worker(WORKER, "Susanne")
    code, _ = await files_a_report(bot, NEIGHBOUR)

    (status,) = await bot.says(NEIGHBOUR, f"/status {code}")
    assert status["text"].strip() == "Din henvendelse: modtaget"

    notice = (await bot.received(WORKER, 2))[-1]
    (taken,) = await bot.presses(WORKER, notice, buttons(notice)["Jeg tager den"])
    assert "taget" in taken["text"]
    heading, listed = await bot.says(WORKER, "/reports", expect=2)
    assert "1" in heading["text"] and CONCERN in listed["text"]
    (asked,) = await bot.presses(WORKER, listed, buttons(listed)["Svar afsenderen"])
    (confirmed,) = await bot.says(WORKER, ANSWER)
    assert "sendt" in confirmed["text"]

    (status,) = await bot.says(NEIGHBOUR, f"/status {code.lower()}")
    assert status["text"].splitlines()[:3] == ["Din henvendelse: besvaret", "Svar fra teamet:", ANSWER]
    assert status["text"].splitlines()[3] == f"Vil du svare teamet, så skriv: /status {code} og din besked"
    await outbox_settled(bot)
    assert traces_of(bot, NEIGHBOUR) == []


async def test_a_reporter_who_may_be_contacted_gets_the_answer_in_their_chat(bot: BotUnderTest) -> None:
    await bot.enrolled_worker(WORKER, "Susanne")
    await files_a_report(bot, NEIGHBOUR, anonymous=False)
    notice = (await bot.received(WORKER, 2))[-1]
    assert "Nej" in notice["text"]  # the worker sees that the reporter may be contacted

    (asked,) = await bot.presses(WORKER, notice, buttons(notice)["Jeg tager den"])
    await bot.presses(WORKER, asked, buttons(asked)["Svar afsenderen"])
    await bot.says(WORKER, ANSWER)

    pushed = (await bot.received(NEIGHBOUR, 8))[-1]
    assert pushed["text"].splitlines()[-1] == ANSWER
    assert "Susanne" not in pushed["text"]


async def test_a_wrong_code_gets_the_same_neutral_answer_as_any_unknown_one(bot: BotUnderTest) -> None:
    await bot.enrolled_worker(WORKER, "Susanne")
    code, _ = await files_a_report(bot, NEIGHBOUR)
    wrong = code[:-1] + ("2" if code[-1] != "2" else "3")

    (unknown,) = await bot.says(NEIGHBOUR, f"/status {wrong}")
    (garbage,) = await bot.says(NEIGHBOUR, "/status hvem er han")
    (empty,) = await bot.says(NEIGHBOUR, "/status")

    assert (
        unknown["text"]
        == garbage["text"]
        == empty["text"]
        == "Den kode kender vi ikke. Tjek den, og prøv igen."
    )


async def test_in_bronderslev_a_report_about_a_25_year_old_goes_to_ungecentret(start_bot: StartBot) -> None:
    bot = await start_bot(profile="bronderslev")
    await bot.enrolled_worker(YOUTH_WORKER, "Mads", team="UngeCentret")
    await bot.enrolled_worker(ADULT_WORKER, "Lone", team="Visitationen – Det Specialiserede Område")

    await files_a_report(bot, NEIGHBOUR, age="25")

    notice = (await bot.received(YOUTH_WORKER, 2))[-1]
    assert CONCERN in notice["text"] and "25" in notice["text"]
    (listed,) = await bot.says(ADULT_WORKER, "/reports")
    assert listed["text"] == "Der er ingen åbne henvendelser."
    assert len(bot.telegram.sent_to(ADULT_WORKER)) == 2
    with Session(bot.engine) as session:
        report = session.scalars(select(ConcernReport)).one()
        team = session.get(Team, report.team_id)
        assert team is not None and team.name == "UngeCentret"


async def test_in_bronderslev_a_report_about_a_40_year_old_goes_to_visitationen(start_bot: StartBot) -> None:
    bot = await start_bot(profile="bronderslev")
    await bot.enrolled_worker(YOUTH_WORKER, "Mads", team="UngeCentret")
    await bot.enrolled_worker(ADULT_WORKER, "Lone", team="Visitationen – Det Specialiserede Område")

    await files_a_report(bot, NEIGHBOUR, age="40")

    notice = (await bot.received(ADULT_WORKER, 2))[-1]
    assert CONCERN in notice["text"]
    (listed,) = await bot.says(YOUTH_WORKER, "/reports")
    assert listed["text"] == "Der er ingen åbne henvendelser."


async def test_a_worker_about_to_answer_a_report_who_replies_to_a_citizen_reaches_the_citizen(
    bot: BotUnderTest,
) -> None:
    await bot.enrolled_worker(WORKER, "Susanne")
    code, _ = await files_a_report(bot, NEIGHBOUR, anonymous=False)
    notice = (await bot.received(WORKER, 2))[-1]
    await bot.says(CITIZEN, await invited_citizen(bot))
    bot.telegram.user_sends(CITIZEN, "Kommer du i dag?")
    relayed = (await bot.received(WORKER, 5))[-1]
    await outbox_settled(bot)

    (taken,) = await bot.presses(WORKER, notice, buttons(notice)["Jeg tager den"])
    await bot.presses(WORKER, taken, buttons(taken)["Svar afsenderen"])
    bot.telegram.user_sends(WORKER, "Ja, ved 14-tiden", reply_to_message_id=relayed["message_id"])

    assert texts(await bot.received(CITIZEN, 2))[-1] == "Ja, ved 14-tiden"
    (status,) = await bot.says(NEIGHBOUR, f"/status {code}")
    assert "Ja, ved 14-tiden" not in status["text"]
    (answered,) = await bot.says(WORKER, ANSWER)
    assert "sendt" in answered["text"]
    assert (await bot.received(NEIGHBOUR, 9))[-1]["text"].splitlines()[-1] == ANSWER
