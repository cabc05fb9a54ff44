"""The demo's starting point, reached through the product's own flows: the worker is created as
`skp-bot worker add --lead` creates one (a team lead, so the simulator's "team lead's desk" shows the
web console as a lead sees it), enrols by sending `/start CODE`, invites the citizen with
`/invite ALIAS`, and the citizen's phone texts the invite code. Nothing is written behind the bot's back,
so the phones show the same messages a real team would see on its first day."""

import re
from datetime import timedelta

from bot.errors import DomainError
from bot.services import staff
from bot.services.context import Deps
from demo.cast import Cast
from demo.standins.telegram_api import JSON, FakeTelegramServer
from demo.standins.twilio_api import FakeTwilioServer
from scheduling.cadence import DAY_ABBREVIATIONS

ANSWER_TIMEOUT = 20.0  # seconds; the bot answers in milliseconds, a slow laptop may take a while
_CODE_LINE = re.compile(r"^[2-9A-HJ-NP-Z]{6,10}$", re.MULTILINE)  # CONTRACT.md: a code on its own line


class SeedError(Exception):
    """The bot did not answer a step of the seeding as the product promises."""


async def seed(deps: Deps, telegram: FakeTelegramServer, twilio: FakeTwilioServer, cast: Cast) -> None:
    """Enrol the worker and link the citizen, each step answered by the running bot."""
    team = deps.profile.teams[0].name
    try:
        worker = staff.add_worker(
            deps.new_uow(),
            deps.vault,
            deps.clock,
            deps.profile,
            name=cast.worker_name,
            team_name=team,
            lead=True,
        )
    except DomainError as error:
        raise SeedError(f"cannot create the demo worker: {error}") from None
    await telegram_says(telegram, cast.worker_chat, cast.worker_name, f"/start {worker.enrolment_code}")
    invite = await telegram_says(
        telegram, cast.worker_chat, cast.worker_name, f"/invite {cast.citizen_alias}"
    )
    code = _CODE_LINE.search(invite["text"])
    if code is None:
        raise SeedError("the bot's answer to /invite carries no code")
    before = len(twilio.sent_to(cast.citizen_phone))
    await twilio.user_sends_async(cast.citizen_phone, code.group(), timeout=ANSWER_TIMEOUT)
    await twilio.wait_for_async(before + 1, cast.citizen_phone, timeout=ANSWER_TIMEOUT)
    await telegram_says(
        telegram, cast.worker_chat, cast.worker_name, f"/checkin {cast.citizen_alias} {tomorrows_visit(deps)}"
    )


def tomorrows_visit(deps: Deps) -> str:
    """A weekly check-in tomorrow, an hour later than now: "+1 dag" then passes its reminder (an hour
    ahead), so the visitor sees it arrive on time, after the morning overview."""
    local = deps.clock.now().astimezone(deps.profile.tz)
    tomorrow = local + timedelta(days=1)
    hour = min(local.hour + 1, 23)
    return f"{DAY_ABBREVIATIONS[tomorrow.weekday()]} {hour:02d}:00"


async def telegram_says(telegram: FakeTelegramServer, chat: int, first_name: str, text: str) -> JSON:
    """The user of `chat` writes `text`; returns the bot's first answer."""
    before = len(telegram.sent_to(chat))
    telegram.user_sends(chat, text, first_name=first_name)
    try:
        answers = await telegram.wait_for_async(before + 1, chat, timeout=ANSWER_TIMEOUT)
    except AssertionError:
        raise SeedError(f"the bot did not answer {text.split()[0]} within {ANSWER_TIMEOUT:.0f} s") from None
    return answers[before]
