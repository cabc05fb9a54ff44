"""Nights and weekends, told honestly (issue 13, section 2): a worker's phone stays quiet off hours but
for a crisis alert, and a citizen in danger at night is told who, if anyone, knows now."""

from bot.profile import Profile, load_profile
from tests.e2e.conftest import MONDAY_MORNING, SUNDAY_NIGHT, StartBot
from tests.e2e.test_telegram_relay import CITIZEN, WORKER, invited_citizen

ON_CALL = 1002


def on_call(name: str | None = None) -> Profile:
    """The default profile with `on_call` set as given."""
    return load_profile("default").model_copy(update={"on_call": name})


async def test_off_hours_a_workers_phone_stays_quiet_for_messages_but_rings_for_a_crisis_alert(
    start_bot: StartBot,
) -> None:
    bot = await start_bot(SUNDAY_NIGHT, profile=on_call())
    await bot.enrolled_worker(WORKER, "Susanne")
    await bot.says(CITIZEN, await invited_citizen(bot))
    await bot.received(WORKER, 3)

    await bot.says(CITIZEN, "kan ikke sove")
    await bot.received(WORKER, 4)
    bot.telegram.user_sends(CITIZEN, "jeg vil ikke leve mere")
    await bot.received(WORKER, 6)

    # enrolment (her own command), the invite (her own), linked, relayed, the alert, the text
    assert bot.telegram.rang(WORKER)[2:] == [False, False, True, False]


async def test_in_office_hours_a_workers_phone_rings_as_usual(start_bot: StartBot) -> None:
    bot = await start_bot(MONDAY_MORNING, profile=on_call())
    await bot.enrolled_worker(WORKER, "Susanne")
    await bot.says(CITIZEN, await invited_citizen(bot))

    await bot.says(CITIZEN, "kan vi ses i dag", expect=0)
    await bot.received(WORKER, 4)

    assert all(bot.telegram.rang(WORKER))


async def test_at_night_the_on_call_worker_gets_the_alert_and_the_citizen_is_told_so(
    start_bot: StartBot,
) -> None:
    bot = await start_bot(SUNDAY_NIGHT, profile=on_call("Mette"))
    await bot.enrolled_worker(WORKER, "Susanne")
    await bot.enrolled_worker(ON_CALL, "Mette")
    await bot.says(CITIZEN, await invited_citizen(bot))

    (crisis,) = await bot.says(CITIZEN, "jeg vil ikke leve mere")

    assert "vagt" in crisis["text"] and "ikke på arbejde" not in crisis["text"]
    alert = (await bot.received(ON_CALL, 2))[-1]
    assert "HASTER" in alert["text"] and "Ravn" in alert["text"] and bot.telegram.rang(ON_CALL)[-1]
