"""The web console's sign-in, sessions and who sees what, on both databases, driven through HTTP."""

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.models import Citizen, ConsoleAccessEntry, ConsoleLink, ConsoleSession
from bot.services import staff_commands
from handlers.console.web import COOKIE
from scheduling.tick import run_retention
from tests.integration.console_client import browser, console_deps, csrf, signed_in, web_link
from tests.integration.scheduling_world import CITIZEN, LEAD, SUSANNE, VIVIAN
from tests.integration.team import Team


@pytest.fixture
def desk(team: Team) -> Team:
    console_deps(team)
    return team


def ravn_id(team: Team) -> int:
    with team.deps.new_uow() as uow:
        return uow.session.scalars(select(Citizen.id).where(Citizen.alias == "Ravn")).one()


def test_web_gives_a_link_on_a_line_of_its_own_that_opens_the_day_once(desk: Team) -> None:
    path = web_link(desk, SUSANNE)
    first, second = browser(desk.deps), browser(desk.deps)
    opened = first.get(path.removeprefix("/console"))
    assert opened.status_code == 303 and opened.headers["location"] == "/console/"
    cookie = opened.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/console" in cookie
    day = first.get("/")
    assert day.status_code == 200 and "Susanne" in day.text
    again = second.get(path.removeprefix("/console"))  # the same link, a second time (or a second browser)
    assert again.status_code == 400 and "brugt eller udløbet" in again.text
    assert COOKIE not in second.cookies


def test_an_expired_or_made_up_link_opens_nothing(desk: Team) -> None:
    path = web_link(desk, SUSANNE).removeprefix("/console")
    desk.clock.advance(timedelta(minutes=10, seconds=1))
    client = browser(desk.deps)
    assert client.get(path).status_code == 400
    for made_up in ("/login", "/login?token=", "/login?token=abc", "/login?token=" + "x" * 5000):
        assert client.get(made_up).status_code == 400
    assert client.get("/", follow_redirects=False).headers["location"] == "/console/signin"


@pytest.mark.parametrize("path", ["/", "/citizens", "/citizens/1", "/access", "/nothing/here", "/reports"])
def test_without_a_session_every_page_sends_to_the_sign_in_help_with_no_data(desk: Team, path: str) -> None:
    client = browser(desk.deps)
    answer = client.get(path)
    assert answer.status_code == 303 and answer.headers["location"] == "/console/signin"
    help_page = client.get("/signin")
    assert help_page.status_code == 200 and "/web" in help_page.text and "Ravn" not in help_page.text


def test_a_worker_opens_her_citizens_thread_and_the_opening_is_logged(desk: Team) -> None:
    desk.says(CITIZEN, "hej, kan vi ses på torsdag?")
    client = signed_in(desk, SUSANNE)
    listing = client.get("/citizens")
    assert "Ravn" in listing.text and f'href="/console/citizens/{ravn_id(desk)}"' in listing.text
    thread = client.get(f"/citizens/{ravn_id(desk)}")
    assert thread.status_code == 200 and "kan vi ses på torsdag?" in thread.text
    with desk.deps.new_uow() as uow:
        (entry,) = uow.session.scalars(select(ConsoleAccessEntry)).all()
        assert (entry.citizen_id, entry.action) == (ravn_id(desk), "thread")
        assert entry.worker_id == desk.worker_id("Susanne")


def test_another_worker_gets_not_found_for_a_citizen_not_hers_as_for_none_at_all(
    desk: Team,
) -> None:
    desk.says(CITIZEN, "hemmeligt")
    client = signed_in(desk, VIVIAN)
    assert "Ravn" not in client.get("/citizens").text
    theirs = client.get(f"/citizens/{ravn_id(desk)}")
    nobody = client.get("/citizens/99999")
    garbage = client.get("/citizens/1%20OR%201=1")
    assert theirs.status_code == nobody.status_code == garbage.status_code == 404
    assert theirs.text == nobody.text
    assert "hemmeligt" not in theirs.text
    with desk.deps.new_uow() as uow:
        assert uow.session.scalars(select(ConsoleAccessEntry)).all() == []


def test_the_cover_answers_and_may_open_the_thread_while_the_worker_is_away(desk: Team) -> None:
    desk.says(CITIZEN, "er der nogen?")
    today = desk.clock.now().astimezone(desk.deps.profile.tz).date()
    desk.away("Susanne", today, today + timedelta(days=3), cover="Vivian")
    vivian = signed_in(desk, VIVIAN)
    assert "er der nogen?" in vivian.get(f"/citizens/{ravn_id(desk)}").text
    day = vivian.get("/").text
    assert "Susanne" in day and "dækkes af Vivian" in day and "Ravn" in day


def test_the_lead_lists_the_team_reads_the_access_log_opens_only_threads_she_answers(
    desk: Team,
) -> None:
    desk.says(CITIZEN, "hej")
    signed_in(desk, SUSANNE).get(f"/citizens/{ravn_id(desk)}")
    lead = signed_in(desk, LEAD)
    assert "Ravn" in lead.get("/citizens").text
    assert lead.get(f"/citizens/{ravn_id(desk)}").status_code == 404  # Susanne answers for Ravn today
    log = lead.get("/access")
    assert log.status_code == 200 and "Susanne" in log.text and "Ravn" in log.text
    assert signed_in(desk, SUSANNE).get("/access").status_code == 404


def test_signing_out_ends_the_session_on_the_server_a_copied_cookie_opens_nothing(desk: Team) -> None:
    client = signed_in(desk, SUSANNE)
    stolen = client.cookies.get(COOKIE)
    out = client.post("/logout", data={"csrf": csrf(client)})
    assert out.status_code == 303 and out.headers["location"] == "/console/signin?out=1"
    thief = browser(desk.deps)
    thief.cookies.set(COOKIE, stolen or "")
    assert thief.get("/").headers["location"] == "/console/signin"


def test_a_form_without_the_token_or_from_another_site_is_refused(desk: Team) -> None:
    client = signed_in(desk, SUSANNE)
    token = csrf(client)
    assert client.post("/logout", data={}).status_code == 403
    assert client.post("/logout", data={"csrf": "0" * 64}).status_code == 403
    evil = client.post("/logout", data={"csrf": token}, headers={"origin": "https://evil.example"})
    assert evil.status_code == 403
    assert client.get("/").status_code == 200  # still signed in: nothing was done


def test_a_session_ends_after_the_idle_minutes_and_when_the_worker_is_switched_off(desk: Team) -> None:
    client = signed_in(desk, SUSANNE)
    desk.clock.advance(timedelta(minutes=29))
    assert client.get("/").status_code == 200  # in use: the idle time starts again
    desk.clock.advance(timedelta(minutes=31))
    assert client.get("/").headers["location"] == "/console/signin"
    vivian = signed_in(desk, VIVIAN)
    staff_commands.deactivate(desk.deps, "SKP", "Vivian")
    assert vivian.get("/").headers["location"] == "/console/signin"
    desk.says(VIVIAN, "/web")
    assert "/console/login" not in desk.received(VIVIAN)[-1]  # a switched-off worker gets no link


def test_every_answer_carries_the_strict_headers_and_no_script_runs(desk: Team) -> None:
    client = signed_in(desk, SUSANNE)
    for path in ("/", "/citizens", "/static/console.css", "/signin"):
        headers = client.get(path).headers
        assert "default-src 'none'" in headers["content-security-policy"]
        assert "script-src" not in headers["content-security-policy"]
        assert headers["x-frame-options"] == "DENY" and headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "same-origin"
    assert client.get("/").headers["cache-control"] == "no-store"
    assert "<script" not in client.get("/").text


def test_a_name_with_markup_is_shown_as_text(desk: Team) -> None:
    desk.says(CITIZEN, "<script>alert(1)</script> & <b>hej</b>")
    page = signed_in(desk, SUSANNE).get(f"/citizens/{ravn_id(desk)}").text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_nightly_purge_keeps_the_access_log_its_days_and_drops_what_opens_nothing(desk: Team) -> None:
    desk.says(CITIZEN, "hej")
    client = signed_in(desk, SUSANNE)
    client.get(f"/citizens/{ravn_id(desk)}")
    web_link(desk, VIVIAN)  # never used
    desk.clock.advance(timedelta(days=2))
    run_retention(desk.deps)
    with desk.deps.new_uow() as uow:
        assert len(uow.session.scalars(select(ConsoleAccessEntry)).all()) == 1
        assert uow.session.scalars(select(ConsoleLink)).all() == []  # spent, and expired
        assert uow.session.scalars(select(ConsoleSession)).all() == []  # idle for two days
    desk.clock.advance(timedelta(days=desk.deps.profile.console.access_log_days))
    run_retention(desk.deps)
    with desk.deps.new_uow() as uow:
        assert uow.session.scalars(select(ConsoleAccessEntry)).all() == []


def test_figures_show_the_weeks_as_plots_with_their_numbers_and_as_csv(desk: Team) -> None:
    desk.says(CITIZEN, "hej")
    desk.says(SUSANNE, "/cases")
    client = signed_in(desk, LEAD)
    page = client.get("/figures?from=2026-11-01&to=2026-12-31")
    assert page.status_code == 200
    assert page.text.count("<svg") == 4 and 'role="img"' in page.text and "<script" not in page.text
    assert "uge 49" in page.text and "Telegram ind" in page.text
    csv = client.get("/figures.csv?from=2026-11-01&to=2026-12-31")
    assert csv.headers["content-type"].startswith("text/csv")
    assert 'filename="skp-figures-2026-11-01-2026-12-31.csv"' in csv.headers["content-disposition"]
    header, *rows = csv.text.strip().splitlines()
    assert header.startswith("week,") and len(rows) == 10  # weeks 44 (a Sunday) to 53 of 2026
    assert sum(int(row.split(",")[3]) for row in rows) == 1  # Ravn's "hej", by Telegram
    assert "hej" not in csv.text and "Ravn" not in csv.text


@pytest.mark.parametrize(
    "query", ["from=2026-13-01", "from=2026-12-10&to=2026-12-01", "from=1900-01-01&to=2026-12-01", "from=x"]
)
def test_a_period_that_cannot_be_read_shows_the_last_twelve_weeks_and_says_so(desk: Team, query: str) -> None:
    page = signed_in(desk, SUSANNE).get(f"/figures?{query}")
    assert page.status_code == 200 and "kunne ikke læses" in page.text and page.text.count("<svg") == 4


def test_the_day_lists_who_waits_for_an_answer_since_their_first_unanswered_word(desk: Team) -> None:
    client = signed_in(desk, SUSANNE)
    desk.says(CITIZEN, "hej")
    desk.clock.advance(timedelta(minutes=5))
    desk.says(CITIZEN, "er du der?")
    first = desk.clock.now() - timedelta(minutes=5)
    waiting = client.get("/").text.split('id="waiting"')[1]
    assert "Ravn" in waiting and first.astimezone(desk.deps.profile.tz).strftime("%H:%M") in waiting
    desk.clock.advance(timedelta(minutes=5))
    page = client.get(f"/citizens/{ravn_id(desk)}").text
    nonce = re.search(r'name="nonce" value="([0-9a-f]+)"', page)
    assert nonce is not None
    client.post(
        f"/citizens/{ravn_id(desk)}/reply", data={"csrf": csrf(client), "nonce": nonce.group(1), "text": "ja"}
    )
    assert "Ravn" not in client.get("/").text.split('id="waiting"')[1]
    desk.clock.advance(timedelta(hours=1))
    desk.says(CITIZEN, "tak")
    desk.clock.advance(timedelta(hours=25))
    late = signed_in(desk, SUSANNE).get("/").text  # a new day, a new session
    assert "Ravn har ventet på svar siden" in late.split('id="late"')[1].split('id="checkins"')[0]
