"""What the console's browser tests share: Chromium (Debian's, driven by Playwright's async API, since the
bot under test runs in the same event loop), a team with citizens on SMS, the `/web` link read from
Telegram, the accessibility basics every page must keep, and screenshots for the README.

Screenshots go to test-artifacts/console/; `make console-screenshots` writes the README's to docs/console/
(`SKP_CONSOLE_SCREENSHOTS=docs/console`)."""

import asyncio
import os
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from playwright.async_api import Browser, BrowserContext, Page, async_playwright
from sqlalchemy import func, select

from bot.i18n import Catalogs
from bot.models import Checkin, Citizen
from tests.e2e.demo_process import ROOT
from tests.e2e.harness import BotUnderTest
from tests.fakes.clock import RunningClock
from tests.fakes.twilio_server import FakeTwilioServer

CHROMIUM = Path("/usr/bin/chromium")
TEXTS = Catalogs()
SUSANNE, VIVIAN, LENE = 1001, 1002, 1003
RAVN_PHONE, MAAGE_PHONE = "+4527241393", "+4527241394"
LINK_LINE = re.compile(r"^(http://127\.0\.0\.1:\d+/console/login\?token=[A-Za-z0-9_-]+)$", re.MULTILINE)
DESK = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
SHOTS = Path(os.environ.get("SKP_CONSOLE_SCREENSHOTS") or ROOT / "test-artifacts" / "console")


def da(key: str, **params: object) -> str:
    return TEXTS.text(key, "da", **params)


@asynccontextmanager
async def chromium() -> AsyncIterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"no browser at {CHROMIUM}: `make test` installs Debian's chromium")
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM))
        try:
            yield browser
        finally:
            await browser.close()


async def new_page(browser: Browser, viewport: dict[str, int] = DESK) -> Page:
    """A fresh browser profile (no cookies), Danish, as a desk screen unless told."""
    context = await browser.new_context(viewport=viewport, locale="da-DK", accept_downloads=True)
    return await context.new_page()


@dataclass(frozen=True)
class Team:
    """The team on its Monday morning: Susanne with Ravn (a check-in at 15:00), Vivian with Måge (away
    today, Lene covers), Lene the lead. Måge wrote and waits for an answer."""

    ravn_id: int
    maage_id: int


async def monday_team(bot: BotUnderTest, twilio: FakeTwilioServer) -> Team:
    await bot.enrolled_worker(LENE, "Lene", lead=True)
    await bot.enrolled_worker(VIVIAN, "Vivian")
    await bot.enrolled_worker(SUSANNE, "Susanne")
    await _linked(bot, twilio, SUSANNE, "Ravn", RAVN_PHONE)
    await _linked(bot, twilio, VIVIAN, "Måge", MAAGE_PHONE)
    await bot.says(SUSANNE, "/checkin Ravn man 15:00")
    await _checkins_planned(bot)
    await bot.says(VIVIAN, "/away i dag Lene")
    before = len(bot.telegram.sent_to(LENE))
    await twilio.user_sends_async(MAAGE_PHONE, "Har I tid i dag? Jeg har brug for at snakke")
    await bot.next_messages(LENE, before, 1)  # Vivian is away: Lene gets it
    with bot.deps.new_uow() as uow:
        ids = {c.alias: c.id for c in uow.session.scalars(select(Citizen))}
    return Team(ravn_id=ids["Ravn"], maage_id=ids["Måge"])


async def busy_weeks(bot: BotUnderTest, twilio: FakeTwilioServer, clock: RunningClock, weeks: int) -> None:
    """Weeks of Ravn writing and Susanne answering a while later, so that the Figures page has something
    to draw; the clock moves forward only, and ends on the Monday morning `weeks` after it began."""
    start = clock.now()
    for week in range(weeks):
        for turn in range(1 + week % 3):
            before = len(bot.telegram.sent_to(SUSANNE))
            await twilio.user_sends_async(RAVN_PHONE, f"Hej, uge {week + 1} nr. {turn + 1}")
            (relayed,) = await bot.next_messages(SUSANNE, before, 1)
            clock.jump(timedelta(minutes=10 + 25 * ((week + turn) % 4)))
            await bot.says(SUSANNE, "Tak, jeg kommer forbi", reply_to=relayed["message_id"], expect=0)
        clock.jump(start + timedelta(weeks=week + 1) - clock.now())


async def _checkins_planned(bot: BotUnderTest) -> None:
    """The scheduler plans the agreed check-ins when it looks; the tests' scheduler looks when woken."""
    assert bot.runtime is not None and bot.runtime.scheduler is not None
    for _ in range(100):
        await bot.runtime.scheduler.wake()
        with bot.deps.new_uow() as uow:
            if uow.session.scalar(select(func.count()).select_from(Checkin)):
                return
        await asyncio.sleep(0.05)
    raise AssertionError("the scheduler planned no check-in")


async def _linked(bot: BotUnderTest, twilio: FakeTwilioServer, chat: int, alias: str, phone: str) -> None:
    code = await _invite(bot, chat, alias)
    await twilio.user_sends_async(phone, code)
    await twilio.wait_for_async(1, phone, timeout=10)


async def _invite(bot: BotUnderTest, chat: int, alias: str) -> str:
    (invite,) = await bot.says(chat, f"/invite {alias}")
    return next(
        line.strip()
        for line in invite["text"].splitlines()
        if re.fullmatch(r"[2-9A-HJ-NP-Z]{6,10}", line.strip())
    )


async def web_link(bot: BotUnderTest, chat: int) -> str:
    """`/web` in Telegram; the link, which the answer carries on a line of its own. (Another message,
    a citizen's text relayed a moment late, may come first: the answer is the one with the link.)"""
    before = len(bot.telegram.sent_to(chat))
    bot.telegram.user_sends(chat, "/web")
    for _ in range(100):
        for message in bot.telegram.sent_to(chat)[before:]:
            found = LINK_LINE.search(message.get("text", ""))
            if found is not None:
                return found.group(1)
        await asyncio.sleep(0.05)
    raise AssertionError("no answer to /web with the link on a line of its own")


async def signed_in(browser: Browser, bot: BotUnderTest, chat: int, viewport: dict[str, int] = DESK) -> Page:
    page = await new_page(browser, viewport)
    await page.goto(await web_link(bot, chat))
    assert page.url.endswith("/console/"), page.url
    return page


def base(bot: BotUnderTest) -> str:
    assert bot.deps.public_base_url
    return bot.deps.public_base_url


async def cookies(context: BrowserContext) -> list[dict[str, object]]:
    return [dict(cookie) for cookie in await context.cookies()]


# ---- accessibility basics ---------------------------------------------------------------------------

UNLABELLED = """() => [...document.querySelectorAll('input, textarea, select')]
  .filter((field) => field.type !== 'hidden')
  .filter((field) => !(field.labels && field.labels.length) && !field.getAttribute('aria-label')
                     && !field.getAttribute('aria-labelledby'))
  .map((field) => field.name || field.id || field.outerHTML.slice(0, 60))"""
HEADINGS = "() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]))"


async def assert_accessible_basics(page: Page) -> None:
    """A language for screen readers, a label for every field, one h1 and no skipped heading level."""
    assert await page.evaluate("document.documentElement.lang") in TEXTS.languages()
    assert await page.evaluate(UNLABELLED) == []
    levels: list[int] = await page.evaluate(HEADINGS)
    assert levels and levels[0] == 1 and levels.count(1) == 1, levels
    assert all(after - before <= 1 for before, after in zip(levels, levels[1:], strict=False)), levels


async def assert_skip_link_first(page: Page) -> None:
    """The first Tab reaches "skip to the content", and it moves the focus to the page's content."""
    await page.evaluate("document.activeElement && document.activeElement.blur()")
    await page.keyboard.press("Tab")
    assert await page.evaluate("document.activeElement.textContent.trim()") == da("console.skip")
    await page.keyboard.press("Enter")
    assert await page.evaluate("document.activeElement.id") == "main"


# ---- screenshots ------------------------------------------------------------------------------------


async def shoot(page: Page, name: str) -> None:
    """The page at desk and phone widths, as the viewport shows it (the top of the page: small files)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    await page.evaluate("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    original = page.viewport_size
    for label, viewport in (("desk", DESK), ("phone", PHONE)):
        await page.set_viewport_size(viewport)
        await page.screenshot(path=str(SHOTS / f"{name}-{label}.png"), animations="disabled")
    if original is not None:
        await page.set_viewport_size(original)
