"""The demo in a real browser (Debian's Chromium driven by Playwright), doing what a visitor does in
the first minutes: write as the citizen, answer as the worker with a Telegram reply, report a concern
as the neighbour with the inline buttons, and move the clock a day; open the team lead's desk (the web
console, signed in as the demo's worker, a lead). Leaves a screenshot in
test-artifacts/demo.png (docs/demo.png in the README is one of these)."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright

from bot.i18n import Catalogs
from tests.e2e.demo_process import ROOT, running_demo

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
TEXTS = Catalogs()


def da(key: str, **params: object) -> str:
    return TEXTS.text(key, "da", **params)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"no browser at {CHROMIUM}: `make test` installs Debian's chromium (apt-get install chromium)"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    with running_demo() as demo:
        page = browser.new_page(viewport={"width": 1500, "height": 920}, locale="da-DK")
        page.goto(demo.url)
        yield page
        page.close()


def phone(page: Page, name: str) -> Locator:
    return page.locator(f'.phone[data-phone="{name}"]')


def bubble(phone: Locator, text: str, *, mine: bool = False) -> Locator:
    """The newest bubble with `text`, from the bot (or from the phone's user when `mine`)."""
    return phone.locator(".bubble.mine" if mine else ".bubble.theirs").filter(has_text=text).last


def write(phone: Locator, text: str) -> None:
    phone.locator("textarea").fill(text)
    phone.get_by_role("button", name=da("demo.send"), exact=True).click()
    expect(bubble(phone, text, mine=True)).to_be_visible()


def test_a_visitor_talks_as_citizen_worker_and_neighbour_and_moves_the_clock(page: Page) -> None:
    citizen, neighbour, worker = phone(page, "citizen"), phone(page, "neighbour"), phone(page, "worker")
    expect(citizen.locator(".who")).to_have_text("Borgeren Ravn")
    expect(worker.locator(".channel")).to_have_text("Telegram")
    expect(bubble(worker, "Ravn har brugt sin kode")).to_be_visible()

    write(citizen, "Kan vi ses i morgen?")
    relayed = bubble(worker, "Kan vi ses i morgen?")
    expect(relayed).to_contain_text("Ravn")

    relayed.get_by_role("button", name=da("demo.reply")).click()
    expect(worker.locator(".replying")).to_contain_text("Ravn")
    worker.locator("textarea").fill("Ja, kl. 10 ved banegården")
    worker.locator("textarea").press("Enter")
    expect(bubble(citizen, "Ja, kl. 10 ved banegården")).to_be_visible()
    expect(bubble(worker, "Ja, kl. 10 ved banegården", mine=True).locator(".quote")).to_contain_text("Ravn")

    write(neighbour, "/bekymring")
    expect(bubble(neighbour, da("report.intro")[:30])).to_be_visible()
    write(neighbour, "Manden i nr. 3 har ikke været ude i en uge")
    write(neighbour, "Søndergade 3, stuen")
    for label in (
        da("report.urgency.this_week"),
        da("report.category.neighbour"),
        da("report.anonymous.yes"),
    ):
        neighbour.locator(".bubble.theirs").last.get_by_role("button", name=label).click()
    receipt = bubble(neighbour, da("report.receipt").split("\n")[0][:20])
    expect(receipt).to_be_visible()
    report = worker.locator(".bubble.theirs").filter(has_text="Søndergade 3").last
    expect(report.get_by_role("button", name=da("worker.report.take"))).to_be_visible()

    before = page.locator("#clock").inner_text()
    page.get_by_role("button", name=da("demo.clock.day")).click()
    expect(page.locator("#clock")).not_to_have_text(before)
    # The seeded check-in is tomorrow: the morning overview and then its reminder arrive, with buttons.
    expect(bubble(worker, da("worker.overview.today", count=1))).to_be_visible()
    reminder = worker.locator(".bubble.theirs").filter(has_text="Ravn").last
    expect(reminder).to_contain_text("Påmindelse:")
    expect(reminder.get_by_role("button", name=da("worker.reminder.button.done"))).to_be_visible()

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "demo.png"))


def test_the_visitor_sees_when_the_bot_refuses_a_reply_to_a_message_that_is_gone(page: Page) -> None:
    worker = phone(page, "worker")
    expect(bubble(worker, "Ravn har brugt sin kode")).to_be_visible()
    page.route("**/api/send**", lambda route: route.fulfill(status=400, json={"error": "no such message"}))

    worker.locator("textarea").fill("hej")
    worker.locator("textarea").press("Enter")

    expect(worker.locator(".error")).to_have_text(da("demo.failed"))
    expect(worker.locator("textarea")).to_have_value("hej")


def test_markup_in_a_message_is_shown_as_text_and_never_run(page: Page) -> None:
    citizen, worker = phone(page, "citizen"), phone(page, "worker")
    markup = '<img src=x onerror="document.body.dataset.owned=1"><b>fed</b>'

    write(citizen, markup)

    expect(bubble(worker, markup)).to_be_visible()
    assert page.evaluate("document.body.dataset.owned") is None
    assert worker.locator(".bubble b").count() == 0


def test_the_team_leads_desk_opens_the_web_console_signed_in_as_the_demos_worker(page: Page) -> None:
    expect(bubble(phone(page, "worker"), "Ravn har brugt sin kode")).to_be_visible()
    write(phone(page, "citizen"), "Kan vi ses i morgen?")
    expect(bubble(phone(page, "worker"), "Kan vi ses i morgen?")).to_be_visible()

    with page.context.expect_page() as opened:
        page.get_by_role("link", name=da("demo.desk")).click()
    desk = opened.value

    expect(desk.locator(".who")).to_have_text(f"Susanne ({da('console.lead')})")
    expect(desk.locator("h1")).to_contain_text(da("console.today.heading", day="")[:5])
    desk.get_by_role("link", name=da("console.nav.citizens")).click()
    desk.get_by_role("link", name="Ravn").click()
    expect(desk.locator("h1")).to_have_text("Ravn")
    expect(desk.locator(".thread")).to_contain_text("Kan vi ses i morgen?")
    desk.get_by_role("link", name=da("console.nav.access")).click()
    expect(desk.get_by_role("row").filter(has_text="Ravn")).to_contain_text(da("console.access.thread"))
