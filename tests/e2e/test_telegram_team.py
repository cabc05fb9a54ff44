"""`/team` on Telegram: a lead switches a worker off with taps; from then on nothing reaches that worker's
chat, what they write is refused, and their citizen's next text reaches the lead, who hands the citizen
on with one tap. A worker who is not lead switches only their own duty."""

import asyncio

from tests.e2e.harness import BotUnderTest, buttons, texts
from tests.e2e.test_telegram_relay import invited_citizen

SUSANNE, VIVIAN, LENE, RAVN = 1001, 1002, 1003, 2002


async def test_a_lead_switches_a_worker_off_and_her_citizens_next_text_reaches_the_lead(
    bot: BotUnderTest,
) -> None:
    await bot.enrolled_worker(LENE, "Lene", lead=True)
    await bot.enrolled_worker(VIVIAN, "Vivian")
    await bot.enrolled_worker(SUSANNE, "Susanne")
    await bot.says(RAVN, await invited_citizen(bot))

    (team,) = await bot.says(LENE, "/team")
    assert set(buttons(team)) == {"Lene", "Vivian", "Susanne"}
    (card,) = await bot.presses(LENE, team, buttons(team)["Susanne"])
    (question,) = await bot.presses(LENE, card, buttons(card)["Deaktivér"])
    told = await bot.presses(LENE, question, buttons(question)["Ja, deaktivér Susanne"], expect=4)

    assert any("Susanne er deaktiveret. Nu hos dig" in text for text in texts(told))
    (hand_on,) = [message for message in told if message["text"].startswith("Ravn")]
    assert set(buttons(hand_on)) == {"Vivian"}

    susannes = len(bot.telegram.sent_to(SUSANNE))
    (refused,) = await bot.says(SUSANNE, "/cases")
    assert "ikke længere aktiv" in refused["text"]

    before = len(bot.telegram.sent_to(LENE))
    await bot.says(RAVN, "Er du der, Susanne?", expect=0)
    (relayed,) = await bot.next_messages(LENE, before, 1)
    assert "Er du der, Susanne?" in relayed["text"]
    await asyncio.sleep(0.3)
    assert len(bot.telegram.sent_to(SUSANNE)) == susannes + 1  # only the refusal of her own /cases

    await bot.presses(LENE, hand_on, buttons(hand_on)["Vivian"], expect=0)
    vivians = await bot.received(VIVIAN, 2)
    assert "Ravn er givet til dig" in vivians[-1]["text"]
    await bot.says(RAVN, "Hej Vivian", expect=0)
    assert "Hej Vivian" in (await bot.received(VIVIAN, 3))[-1]["text"]


async def test_a_worker_who_is_not_lead_sees_only_her_own_duty_switch(bot: BotUnderTest) -> None:
    await bot.enrolled_worker(LENE, "Lene", lead=True)
    await bot.enrolled_worker(VIVIAN, "Vivian")

    (own,) = await bot.says(VIVIAN, "/team")
    assert own["text"].startswith("Vivian — på vagt") and set(buttons(own)) == {"Ikke på vagt"}

    (after,) = await bot.presses(VIVIAN, own, buttons(own)["Ikke på vagt"])

    assert "ikke på vagt" in after["text"] and set(buttons(after)) == {"På vagt"}
