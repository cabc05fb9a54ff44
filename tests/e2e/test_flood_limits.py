"""Flood limits per sender, on both channels, that hold for strangers and anonymous senders too: a crisis
sender gets the numbers every time but the team is alerted once, the bot's own answers stop at the
profile's limit, and a guesser of codes is slowed down. Whatever the limits, every text reaches the team.
"""

from datetime import timedelta

from tests.e2e.harness import BotUnderTest
from tests.e2e.test_sms_keywords import NUMBERS, quiet
from tests.fakes.clock import RunningClock
from tests.fakes.twilio_server import FakeTwilioServer

SUSANNE, PETER = 1001, 1002
STRANGER = "+4520304077"
TELEGRAM_STRANGER = 5005
WRONG_CODE = "START 7KQ9XR"


def alerts(bot: BotUnderTest, chat_id: int) -> list[str]:
    return [m["text"] for m in bot.telegram.sent_to(chat_id) if "HASTER" in m["text"]]


def relays(bot: BotUnderTest, chat_id: int) -> list[str]:
    return [m["text"] for m in bot.telegram.sent_to(chat_id) if "jeg vil dø" in m["text"]]


async def test_a_stranger_in_danger_twelve_times_gets_the_numbers_each_time_and_the_team_one_alert(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    await sms_bot.enrolled_worker(SUSANNE, "Susanne")
    await sms_bot.enrolled_worker(PETER, "Peter")

    for n in range(12):
        await twilio.user_sends_async(STRANGER, "jeg vil dø")
        await twilio.wait_for_async(n + 1, STRANGER, timeout=10)
    await sms_bot.received(SUSANNE, 1 + 1 + 12)  # enrolled, one alert, every text
    await quiet()

    answers = [m["body"] for m in twilio.sent_to(STRANGER)]
    assert len(answers) == 12 and all(all(number in answer for number in NUMBERS) for answer in answers)
    for worker in (SUSANNE, PETER):
        assert len(alerts(sms_bot, worker)) == 1
        relayed = relays(sms_bot, worker)
        assert len(relayed) == 12 and all("kan være alvorligt" in text for text in relayed)


async def test_after_the_episode_the_team_is_alerted_again(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer, office_clock: RunningClock
) -> None:
    await sms_bot.enrolled_worker(SUSANNE, "Susanne")
    await twilio.user_sends_async(STRANGER, "jeg vil dø")
    await twilio.user_sends_async(STRANGER, "jeg vil dø")
    await sms_bot.received(SUSANNE, 1 + 1 + 2)

    office_clock.jump(timedelta(hours=sms_bot.deps.profile.limits.crisis_alert_hours, minutes=1))
    await twilio.user_sends_async(STRANGER, "jeg vil dø")
    await sms_bot.received(SUSANNE, 1 + 2 + 3)
    await quiet()

    assert len(alerts(sms_bot, SUSANNE)) == 2


async def test_an_unknown_number_gets_no_more_automatic_answers_than_the_limit(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    """A stranger's answers are scrubbed once sent: the limit must not count what scrubbing removed."""
    await sms_bot.enrolled_worker(SUSANNE, "Susanne")
    limit = sms_bot.deps.profile.limits.auto_replies_per_hour

    for _ in range(limit + 6):
        await twilio.user_sends_async(STRANGER, "START")
        await quiet()

    assert len(twilio.sent_to(STRANGER)) == limit


async def test_a_telegram_stranger_gets_no_more_automatic_answers_than_the_limit(bot: BotUnderTest) -> None:
    limit = bot.deps.profile.limits.auto_replies_per_hour

    for _ in range(limit):
        await bot.says(TELEGRAM_STRANGER, "/start")
    silenced = await bot.says(TELEGRAM_STRANGER, "/start", expect=0)

    assert silenced == [] and len(bot.telegram.sent_to(TELEGRAM_STRANGER)) == limit


async def test_a_telegram_stranger_who_floods_still_reaches_the_team_with_every_text(
    bot: BotUnderTest, office_clock: RunningClock
) -> None:
    await bot.enrolled_worker(SUSANNE, "Susanne")
    office_clock.jump(timedelta(hours=12))  # 21:00: the office-hours answer is an automatic one

    for n in range(20):
        bot.telegram.user_sends(TELEGRAM_STRANGER, f"hallo {n}")
    await bot.received(SUSANNE, 1 + 20)
    await quiet()

    assert len(bot.telegram.sent_to(TELEGRAM_STRANGER)) <= bot.deps.profile.limits.auto_replies_per_hour


async def test_thirty_wrong_codes_get_a_few_answers_and_then_silence(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer
) -> None:
    tries = sms_bot.deps.profile.limits.wrong_codes

    for _ in range(30):
        await twilio.user_sends_async(STRANGER, WRONG_CODE)
    await quiet()

    answers = [m["body"] for m in twilio.sent_to(STRANGER)]
    assert len(answers) == tries + 1
    assert all("kender vi ikke" in answer for answer in answers[:tries])
    assert "For mange forkerte koder" in answers[-1]


async def test_a_right_code_during_the_pause_is_not_tried_and_works_after_it(
    bot: BotUnderTest, office_clock: RunningClock
) -> None:
    limits = bot.deps.profile.limits
    for _ in range(limits.wrong_codes + 1):
        await bot.says(TELEGRAM_STRANGER, "/start 7KQ9XR")
    code = bot.new_worker("Peter")

    assert await bot.says(TELEGRAM_STRANGER, f"/start {code}", expect=0) == []  # no answer gives it away

    office_clock.jump(timedelta(minutes=limits.wrong_code_pause_minutes + 1))
    (welcome,) = await bot.says(TELEGRAM_STRANGER, f"/start {code}")
    assert "Peter" in welcome["text"]


async def test_wrong_status_codes_slow_down_too(sms_bot: BotUnderTest, twilio: FakeTwilioServer) -> None:
    tries = sms_bot.deps.profile.limits.wrong_codes

    for _ in range(tries + 10):
        await twilio.user_sends_async(STRANGER, "STATUS K7QM3X")
    await quiet()

    assert len(twilio.sent_to(STRANGER)) == tries + 1
