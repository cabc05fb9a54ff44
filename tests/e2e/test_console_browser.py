"""The web console in real Chromium (issue 17), against the running bot with the fake Telegram and Twilio,
on SQLite and PostgreSQL: a lead signs in through `/web` and sees the morning; a worker sees only their
own citizens, URL guessing included; a used or expired link, a form without its token and a cookie
copied before sign-out all open nothing. Every page visited keeps the accessibility basics.

The lead's reply, journal export and team page have a test of their own, the last one."""

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from playwright.async_api import Browser, expect

from tests.e2e.console_browser import (
    LENE,
    MAAGE_PHONE,
    PHONE,
    SUSANNE,
    base,
    chromium,
    da,
    monday_team,
    new_page,
    shoot,
    signed_in,
    web_link,
)
from tests.e2e.console_browser import assert_accessible_basics as accessible
from tests.e2e.console_browser import assert_skip_link_first as skip_link_first
from tests.e2e.harness import BotUnderTest
from tests.fakes.clock import RunningClock
from tests.fakes.twilio_server import FakeTwilioServer


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    async with chromium() as browser:
        yield browser


async def test_a_lead_signs_in_with_web_sees_the_morning_and_opens_a_thread_that_is_logged(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer, browser: Browser
) -> None:
    team = await monday_team(sms_bot, twilio)

    page = await signed_in(browser, sms_bot, LENE)

    await expect(page.locator("h1")).to_have_text(da("console.today.heading", day="23.11.2026"))
    await expect(page.locator(".who")).to_have_text(f"Lene ({da('console.lead')})")
    susanne = page.locator("article.worker-day").filter(has=page.get_by_role("heading", name="Susanne"))
    await expect(susanne.get_by_role("row").filter(has_text="Ravn")).to_contain_text("15:00")
    vivian = page.locator("article.worker-day").filter(has=page.get_by_role("heading", name="Vivian"))
    await expect(vivian.locator(".tag.away")).to_contain_text(da("console.today.covered_by", name="Lene"))
    await accessible(page)
    await skip_link_first(page)

    await page.get_by_role("link", name="Måge").first.click()
    await expect(page.locator("h1")).to_have_text("Måge")
    await expect(page.locator(".thread")).to_contain_text("Jeg har brug for at snakke")
    assert page.url.endswith(f"/console/citizens/{team.maage_id}")
    await accessible(page)

    await page.get_by_role("link", name=da("console.nav.access")).click()
    opened = page.get_by_role("row").filter(has_text="Måge")
    await expect(opened).to_contain_text(da("console.access.thread"))
    await expect(opened).to_contain_text("Lene")
    await accessible(page)

    await page.goto(f"{base(sms_bot)}/console/citizens/{team.ravn_id}")  # Susanne's, and she is in
    await expect(page.locator("h1")).to_have_text(da("console.not_found.title"))


async def test_a_worker_sees_only_her_own_citizens_and_guessed_ids_are_not_found(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer, browser: Browser
) -> None:
    team = await monday_team(sms_bot, twilio)
    page = await signed_in(browser, sms_bot, SUSANNE, viewport=PHONE)

    await page.get_by_role("link", name=da("console.nav.citizens")).click()
    await expect(page.get_by_role("link", name="Ravn")).to_be_visible()
    await expect(page.get_by_text("Måge")).to_have_count(0)
    await expect(page.get_by_role("link", name=da("console.nav.access"))).to_have_count(0)
    await accessible(page)

    others = await page.goto(f"{base(sms_bot)}/console/citizens/{team.maage_id}")
    assert others is not None and others.status == 404
    not_hers = await others.text()
    nobody = await page.goto(f"{base(sms_bot)}/console/citizens/987654")
    assert nobody is not None and nobody.status == 404
    assert "Måge" not in not_hers
    assert not_hers == await nobody.text()  # nothing tells a colleague's citizen from no citizen
    access = await page.goto(f"{base(sms_bot)}/console/access")
    assert access is not None and access.status == 404


async def test_a_used_or_expired_link_opens_nothing(
    sms_bot: BotUnderTest,
    twilio: FakeTwilioServer,
    browser: Browser,
    office_clock: RunningClock,
) -> None:
    await monday_team(sms_bot, twilio)
    link = await web_link(sms_bot, LENE)
    first = await new_page(browser)
    await first.goto(link)
    await expect(first.locator(".who")).to_contain_text("Lene")

    second = await new_page(browser)
    used = await second.goto(link)
    assert used is not None and used.status == 400
    await expect(second.get_by_role("alert")).to_have_text(da("console.signin.link_spent"))
    assert await second.context.cookies() == []

    late = await web_link(sms_bot, LENE)
    office_clock.jump(timedelta(minutes=11))
    third = await new_page(browser)
    expired = await third.goto(late)
    assert expired is not None and expired.status == 400
    await expect(third.get_by_role("alert")).to_have_text(da("console.signin.link_spent"))
    today = await third.goto(f"{base(sms_bot)}/console/")
    assert today is not None and third.url.endswith("/console/signin")
    await accessible(third)


async def test_a_form_without_its_token_is_refused_and_sends_nothing(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer, browser: Browser
) -> None:
    team = await monday_team(sms_bot, twilio)
    page = await signed_in(browser, sms_bot, LENE)
    texts_before = len(twilio.sent_to("+4527241394"))
    reply = f"{base(sms_bot)}/console/citizens/{team.maage_id}/reply"

    missing = await page.request.post(reply, form={"text": "Hej fra en fremmed side"})
    forged = await page.request.post(reply, form={"text": "Hej igen", "csrf": "0" * 64})
    out = await page.request.post(f"{base(sms_bot)}/console/logout", form={})

    assert (missing.status, forged.status, out.status) == (403, 403, 403)
    assert len(twilio.sent_to("+4527241394")) == texts_before
    await page.reload()
    await expect(page.locator(".who")).to_contain_text("Lene")  # the session was not ended either


async def test_a_cookie_copied_before_sign_out_opens_nothing_after_it(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer, browser: Browser
) -> None:
    await monday_team(sms_bot, twilio)
    page = await signed_in(browser, sms_bot, LENE)
    stolen = await page.context.cookies()
    assert [cookie["name"] for cookie in stolen] == ["skp_console"]
    assert stolen[0].get("httpOnly") and stolen[0].get("sameSite") == "Strict"

    await page.get_by_role("button", name=da("console.signout")).click()
    await expect(page.get_by_role("status")).to_have_text(da("console.signin.signed_out"))

    thief = await new_page(browser)
    await thief.context.add_cookies(stolen)  # type: ignore[arg-type]
    await thief.goto(f"{base(sms_bot)}/console/")
    assert thief.url.endswith("/console/signin")
    await expect(thief.locator(".who")).to_have_count(0)


async def test_screenshots_of_the_day_a_thread_and_the_team_at_desk_and_phone_widths(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer, browser: Browser
) -> None:
    """The README's pictures (`make console-screenshots`); each page keeps the basics at both widths."""
    team = await monday_team(sms_bot, twilio)
    page = await signed_in(browser, sms_bot, LENE)
    await shoot(page, "today")
    await page.goto(f"{base(sms_bot)}/console/citizens/{team.maage_id}")
    await expect(page.locator(".thread")).to_contain_text("brug for at snakke")
    await shoot(page, "thread")
    await page.set_viewport_size(PHONE)
    await accessible(page)
    await skip_link_first(page)
    await page.get_by_role("link", name=da("console.nav.team")).click()
    await expect(page.get_by_role("heading", name="Vivian")).to_be_visible()
    await shoot(page, "team")
    await accessible(page)
    await page.get_by_role("link", name=da("console.nav.reports")).click()
    await accessible(page)


# ---- the reply box, the journal export and the team page ---------------------------------------------


async def test_a_lead_replies_by_sms_exports_for_the_journal_and_deactivates_a_worker(
    sms_bot: BotUnderTest, twilio: FakeTwilioServer, browser: Browser
) -> None:
    await monday_team(sms_bot, twilio)
    susannes = await signed_in(browser, sms_bot, SUSANNE)
    page = await signed_in(browser, sms_bot, LENE)
    await page.get_by_role("link", name="Måge").first.click()
    texts_before = len(twilio.sent_to(MAAGE_PHONE))

    answer = "Ja, jeg kommer kl. 13 ved biblioteket"
    await page.get_by_label(da("console.thread.reply_label", alias="Måge")).fill(answer)
    await page.get_by_role("button", name=da("console.thread.send"), exact=True).click()

    await expect(page.get_by_role("status")).to_have_text(da("console.thread.sent"))
    texts = await twilio.wait_for_async(texts_before + 1, MAAGE_PHONE, timeout=10)
    assert texts[-1]["body"] == answer
    await expect(page.locator(".thread")).to_contain_text(answer)
    await accessible(page)

    async with page.expect_download() as as_text:
        await page.get_by_role("link", name=da("console.thread.export_text")).click()
    journal = Path(str(await (await as_text.value).path())).read_text(encoding="utf-8")
    assert "Jeg har brug for at snakke" in journal and answer in journal
    assert MAAGE_PHONE not in journal and MAAGE_PHONE[3:] not in journal
    async with page.expect_download() as as_pdf:
        await page.get_by_role("link", name=da("console.thread.export_pdf")).click()
    assert Path(str(await (await as_pdf.value).path())).read_bytes().startswith(b"%PDF")

    await page.get_by_role("link", name=da("console.nav.access")).click()
    maage = page.get_by_role("row").filter(has_text="Måge")
    for action in ("console.access.thread", "console.access.reply", "console.access.export"):
        await expect(maage.filter(has_text=da(action)).first).to_be_visible()

    await page.get_by_role("link", name=da("console.nav.team")).click()
    susanne = page.locator("article").filter(has=page.get_by_role("heading", name="Susanne"))
    await accessible(page)
    await susanne.locator("summary", has_text=da("console.team.deactivate", name="Susanne")).click()
    await susanne.get_by_role("button", name=da("staff.button.confirm_off", name="Susanne")).click()

    susanne = page.locator("article").filter(has=page.get_by_role("heading", name="Susanne"))
    await expect(susanne.get_by_role("heading", name="Susanne")).to_contain_text(da("staff.status.left"))
    await susannes.reload()  # a switched-off worker's session ends at once
    assert susannes.url.endswith("/console/signin")
    (refused,) = await sms_bot.says(SUSANNE, "/web")  # and she gets no new link
    assert "/console/login" not in refused["text"]
