"""The console's Figures page in real Chromium after six weeks of a team at work (Ravn writes, Susanne
answers a while later): the plots are drawn, every page keeps the accessibility basics, and the README's
pictures of it are taken (`make console-screenshots`)."""

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from playwright.async_api import Browser, expect

from tests.e2e.conftest import MONDAY_MORNING
from tests.e2e.console_browser import LENE, base, busy_weeks, chromium, da, monday_team, shoot, signed_in
from tests.e2e.console_browser import assert_accessible_basics as accessible
from tests.e2e.console_browser import assert_skip_link_first as skip_link_first
from tests.e2e.harness import BotUnderTest
from tests.fakes.clock import RunningClock
from tests.fakes.twilio_server import FakeTwilioServer

WEEKS = 6


@pytest.fixture
def office_clock() -> RunningClock:
    """Six weeks before the Monday morning the other console tests see: the team's weeks lead up to it."""
    return RunningClock(MONDAY_MORNING - timedelta(weeks=WEEKS))


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    async with chromium() as browser:
        yield browser


async def test_figures_of_six_weeks_are_drawn_at_desk_and_phone_widths(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer, office_clock: RunningClock, browser: Browser
) -> None:
    await monday_team(sms_bot, twilio)
    await busy_weeks(sms_bot, twilio, office_clock, WEEKS)
    page = await signed_in(browser, sms_bot, LENE)

    await page.get_by_role("link", name=da("console.nav.figures")).click()

    assert page.url.startswith(f"{base(sms_bot)}/console/figures")
    await expect(page.locator("h1")).to_be_visible()
    await expect(page.locator("svg").first).to_be_visible()
    await shoot(page, "figures")
    await accessible(page)
    await skip_link_first(page)
