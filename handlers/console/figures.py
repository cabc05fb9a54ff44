"""The Figures page: any period's counts, week by week, as plots a person reads at a glance, each with its
table of numbers beside it (for a screen reader, and for whoever wants the exact figure), and the same as
CSV. The numbers are `skp-bot stats`'s (`bot/services/weekly_figures.py`), anonymous counts only.
"""

import asyncio
from datetime import date, timedelta

from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import Response

from bot.services.console_sessions import Viewer
from bot.services.weekly_figures import WeekFigures, as_csv, weekly_figures
from handlers.console import charts
from handlers.console.web import Console

DEFAULT_WEEKS = 12
LONGEST = timedelta(days=3 * 366)  # three years of weeks is 157 bars: more is not read at a glance


def _period(console: Console, request: Request) -> tuple[date, date, bool]:
    """The period asked for (`from`, `to` as YYYY-MM-DD, local days), else the last twelve weeks; the
    flag says the request was not understood and the default is shown instead."""
    today = console.deps.clock.now().astimezone(console.deps.profile.tz).date()
    default = (today - timedelta(weeks=DEFAULT_WEEKS) + timedelta(days=1), today)
    given_from, given_to = request.query_params.get("from"), request.query_params.get("to")
    if not given_from and not given_to:
        return (*default, False)
    try:
        first = date.fromisoformat(given_from or "")
        last = date.fromisoformat(given_to) if given_to else today
    except ValueError:
        return (*default, True)
    if last < first or last - first > LONGEST or first.year < 2000 or last.year > 2999:
        return (*default, True)
    return first, last, False


async def _weeks(console: Console, request: Request) -> tuple[date, date, bool, list[WeekFigures]]:
    deps = console.deps
    first, last, misread = _period(console, request)
    weeks = await asyncio.to_thread(weekly_figures, deps.new_uow, deps.profile, first, last)
    return first, last, misread, weeks


async def figures(console: Console, request: Request, viewer: Viewer) -> Response:
    first, last, misread, weeks = await _weeks(console, request)

    def t(key: str, **params: object) -> str:
        return console.text(request, viewer, key, **params)

    mark = "," if viewer.language == "da" else "."
    labels = [t("console.figures.week", week=week.week) for week in weeks]
    channels = ("telegram", "sms")
    messages = [
        (t(f"console.figures.{channel}_{way}"), [_count(w, channel, way) for w in weeks])
        for channel in channels
        for way in ("in", "out")
    ]
    # Both lines in one unit: the 90th percentile's size decides it.
    both, unit = charts.in_minutes_or_hours(
        [w.answer_median_seconds for w in weeks] + [w.answer_p90_seconds for w in weeks]
    )
    medians, p90s = both[: len(weeks)], both[len(weeks) :]
    checkins = [
        (t("console.outcome.done"), [w.checkins_done for w in weeks]),
        (t("console.outcome.not_reached"), [w.checkins_not_reached for w in weeks]),
        (t("console.outcome.missed"), [w.checkins_missed for w in weeks]),
    ]
    reports = [
        (t("console.figures.reports_received"), [w.reports_received for w in weeks]),
        (t("console.figures.reports_in_time"), [w.reports_picked_up_within_deadline for w in weeks]),
    ]
    answer_series = [(t("console.figures.median"), medians), (t("console.figures.p90"), p90s)]
    unit_name = t(f"console.figures.{unit}")
    plots = [
        (
            "messages",
            charts.bar_chart(
                t("console.figures.messages"), labels, messages, chart_id="messages", decimal_mark=mark
            ),
        ),
        (
            "answers",
            charts.line_chart(
                t("console.figures.answers"),
                labels,
                answer_series,
                unit_name,
                chart_id="answers",
                decimal_mark=mark,
            ),
        ),
        (
            "checkins",
            charts.bar_chart(
                t("console.figures.checkins"), labels, checkins, True, chart_id="checkins", decimal_mark=mark
            ),
        ),
        (
            "reports",
            charts.bar_chart(
                t("console.figures.reports"), labels, reports, chart_id="reports", decimal_mark=mark
            ),
        ),
    ]
    series = {"messages": messages, "answers": answer_series, "checkins": checkins, "reports": reports}
    # The SVG is built and escaped by `charts` (every label and title through its escaping): safe markup.
    shown = [
        {"id": name, "svg": Markup(svg), "series": series[name], "title": t(f"console.figures.{name}_table")}
        for name, svg in plots
    ]
    problem = t("console.figures.misread") if misread else None
    return console.render(
        request,
        "figures.html",
        viewer,
        first=first,
        last=last,
        labels=labels,
        plots=shown,
        problem=problem,
        empty=not weeks,
    )


def _count(week: WeekFigures, channel: str, way: str) -> int:
    counts = week.messages_by_channel[channel]
    return counts.messages_in if way == "in" else counts.messages_out


async def figures_csv(console: Console, request: Request, viewer: Viewer) -> Response:
    """The same weeks as CSV (a spreadsheet opens it); the file's name says the period, nothing else."""
    first, last, _, weeks = await _weeks(console, request)
    name = f"skp-figures-{first.isoformat()}-{last.isoformat()}.csv"
    return Response(
        as_csv(weeks),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )
