"""A worker agrees check-in times on Telegram, through the real PTB Application and the fake Bot API."""

from sqlalchemy import select

from bot.models import CheckinAgreement
from tests.e2e.harness import BotUnderTest, buttons
from tests.e2e.test_telegram_relay import invited_citizen

WORKER = 1001
CITIZEN = 2002


async def test_checkin_agrees_times_and_the_buttons_set_the_contact_form_and_reminder(
    bot: BotUnderTest,
) -> None:
    await bot.enrolled_worker(WORKER, "Susanne")
    code = await invited_citizen(bot)
    await bot.says(CITIZEN, code)
    await bot.received(WORKER, 3)  # welcome, invite code, "Ravn is linked"

    (agreed,) = await bot.says(WORKER, "/checkin Ravn tir,fre 10:00")
    forms = buttons(agreed)
    (asked,) = await bot.presses(WORKER, agreed, forms["Møde i det offentlige rum"])
    (confirmed,) = await bot.presses(WORKER, asked, buttons(asked)["Ja"])

    assert "tirsdag og fredag kl. 10:00" in agreed["text"] and "tirsdag 24.11. kl. 10:00" in agreed["text"]
    assert len(forms) == 6
    assert "neutral" in asked["text"]
    assert "Ravn" in confirmed["text"]
    with bot.deps.new_uow() as uow:
        agreement = uow.session.scalars(select(CheckinAgreement)).one()
        assert agreement.contact_form == "public_space" and agreement.remind_citizen is True
