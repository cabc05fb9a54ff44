"""The Figures page's plots as inline SVG strings: no JavaScript, no fonts or requests, nothing a strict
Content-Security-Policy forbids (presentation attributes and class names, never a style attribute).

Each chart is an image to a screen reader (role="img", its <title> and <desc>; the page puts the data
table beside it), scales to the screen (viewBox, width 100%), and tells its series apart without colour
alone: Okabe-Ito colours dark enough for 3:1 against white, and for lines a dash pattern and a marker
shape each. Every text the caller gives is escaped; the words themselves come from the caller's catalog.
"""

import math
import re
from collections.abc import Sequence
from hashlib import sha256
from typing import Literal
from xml.sax.saxutils import escape

Series = tuple[str, Sequence[float | None]]
"""A series' name (as the legend shows it) and one value per label; None where nothing was measured."""

# Okabe-Ito (colour-blind safe), the lighter ones darkened to at least 3:1 against white (WCAG 1.4.11)
PALETTE = ("#0072B2", "#D55E00", "#007A5A", "#A8507F", "#8A6100", "#000000")
DASHES = ("", "6 3", "2 3", "8 3 2 3", "1 2", "10 4")
MARKERS = ("circle", "square", "triangle", "diamond", "circle", "square")

WIDTH, PLOT_HEIGHT = 400, 200
LEFT, RIGHT, TOP = 44, 12, 40
FONT = 'font-family="system-ui, sans-serif"'
TEXT_COLOUR, GRID_COLOUR, AXIS_COLOUR = "#1a1a1a", "#d0d0d0", "#595959"
LEGEND_ROW = 18


def bar_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[Series],
    stacked: bool = False,
    *,
    desc: str | None = None,
    chart_id: str | None = None,
    decimal_mark: str = ".",
) -> str:
    """Bars per label, side by side or `stacked`; for counts (the axis ticks are whole numbers)."""
    _check(labels, series)
    values = [[max(0.0, v or 0.0) for v in vals] for _, vals in series]
    if stacked:
        top = max((sum(column) for column in zip(*values, strict=True)), default=0.0)
    else:
        top = max((v for vals in values for v in vals), default=0.0)
    ticks = nice_ticks(top, integers=True)
    frame = _Frame(len(labels), ticks[-1])
    slot = frame.slot
    bars: list[str] = []
    bar_width = slot * 0.8 if stacked or not series else slot * 0.8 / len(series)
    base = [0.0] * len(labels)
    for index, (name, _) in enumerate(series):
        colour = PALETTE[index % len(PALETTE)]
        for position, value in enumerate(values[index]):
            if value == 0:
                continue
            x = LEFT + position * slot + slot * 0.1 + (0 if stacked else index * bar_width)
            bottom = base[position] if stacked else 0.0
            y_top, y_bottom = frame.y(bottom + value), frame.y(bottom)
            if stacked:
                base[position] += value
            tip = f"{labels[position]}, {name}: {_number(value, decimal_mark)}"
            bars.append(
                f'<rect class="chart-bar chart-series-{index + 1}" x="{x:.1f}" y="{y_top:.1f}" '
                f'width="{bar_width:.1f}" height="{y_bottom - y_top:.1f}" fill="{colour}" '
                f'stroke="#ffffff" stroke-width="0.5"><title>{escape(tip)}</title></rect>'
            )
    legend = [_legend_item(index, name, "bar") for index, (name, _) in enumerate(series)]
    return _svg("bar", title, labels, series, ticks, bars, legend, desc, chart_id, decimal_mark, "")


def line_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[Series],
    unit: str,
    *,
    desc: str | None = None,
    chart_id: str | None = None,
    decimal_mark: str = ".",
) -> str:
    """A line per series over the labels, broken where a value is None; `unit` ("min") heads the axis."""
    _check(labels, series)
    top = max((v for _, vals in series for v in vals if v is not None), default=0.0)
    ticks = nice_ticks(max(0.0, top), integers=False)
    frame = _Frame(len(labels), ticks[-1])
    marks: list[str] = []
    for index, (name, vals) in enumerate(series):
        colour, dash = PALETTE[index % len(PALETTE)], DASHES[index % len(DASHES)]
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        for run in _runs(vals):
            if len(run) > 1:
                points = " ".join(f"{frame.x(p):.1f},{frame.y(max(0.0, v)):.1f}" for p, v in run)
                marks.append(
                    f'<polyline class="chart-line chart-series-{index + 1}" points="{points}" fill="none" '
                    f'stroke="{colour}" stroke-width="2"{dashed} stroke-linejoin="round"/>'
                )
        for position, value in enumerate(vals):
            if value is not None:
                tip = f"{labels[position]}, {name}: {_number(value, decimal_mark)} {unit}"
                shape = MARKERS[index % len(MARKERS)]
                marks.append(_marker(shape, frame.x(position), frame.y(max(0.0, value)), colour, tip, index))
    legend = [_legend_item(index, name, "line") for index, (name, _) in enumerate(series)]
    return _svg("line", title, labels, series, ticks, marks, legend, desc, chart_id, decimal_mark, unit)


def nice_ticks(top: float, *, integers: bool, intervals: int = 4) -> list[float]:
    """Round ticks from 0 to at least `top`: steps of 1, 2, 2.5 or 5 times a power of ten (whole steps
    for counts). A chart of nothing but zeros still gets an axis, 0 to 1."""
    if not top > 0 or not math.isfinite(top):
        return [0.0, 1.0]
    raw = top / intervals
    magnitude = 10.0 ** math.floor(math.log10(raw))
    step = next(
        m * magnitude
        for m in (1, 2, 2.5, 5, 10)
        if m * magnitude >= raw and not (integers and (m * magnitude) % 1)
    )
    count = math.ceil(top / step - 1e-9)
    return [round(i * step, 10) for i in range(count + 1)]


def in_minutes_or_hours(
    seconds: Sequence[int | None],
) -> tuple[list[float | None], Literal["minutes", "hours"]]:
    """Durations for a line chart: in hours when the longest is three hours or more, else in minutes;
    the caller words the unit from its catalog."""
    longest = max((s for s in seconds if s is not None), default=0)
    unit: Literal["minutes", "hours"] = "hours" if longest >= 3 * 3600 else "minutes"
    divisor = 3600 if unit == "hours" else 60
    return [None if s is None else round(s / divisor, 1) for s in seconds], unit


class _Frame:
    """Where a label's slot and a value fall in the plot area."""

    def __init__(self, slots: int, top: float) -> None:
        self.slot = (WIDTH - LEFT - RIGHT) / max(1, slots)
        self.top = top

    def x(self, position: int) -> float:
        return LEFT + (position + 0.5) * self.slot

    def y(self, value: float) -> float:
        return TOP + PLOT_HEIGHT * (1 - min(value, self.top) / self.top)


def _check(labels: Sequence[str], series: Sequence[Series]) -> None:
    for _, values in series:
        if len(values) != len(labels):
            raise ValueError("a series needs one value per label")


def _runs(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """The stretches without a gap: a line is not drawn across a week with nothing measured."""
    runs: list[list[tuple[int, float]]] = [[]]
    for position, value in enumerate(values):
        if value is None:
            runs.append([])
        else:
            runs[-1].append((position, value))
    return [run for run in runs if run]


def _svg(
    kind: str,
    title: str,
    labels: Sequence[str],
    series: Sequence[Series],
    ticks: Sequence[float],
    marks: list[str],
    legend: list[str],
    desc: str | None,
    chart_id: str | None,
    decimal_mark: str,
    unit: str,
) -> str:
    ident = _ident(chart_id or title)
    legend_rows = math.ceil(len(legend) / 2)
    height = TOP + PLOT_HEIGHT + 28 + legend_rows * LEGEND_ROW + 4
    frame = _Frame(len(labels), ticks[-1])
    caption = (
        f'<text class="chart-unit" x="{LEFT}" y="{TOP - 10}" text-anchor="start" font-size="11" '
        f'fill="{TEXT_COLOUR}">{escape(unit)}</text>'
        if unit
        else ""
    )
    grid = [
        f'<line class="chart-grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{frame.y(t):.1f}" '
        f'y2="{frame.y(t):.1f}" stroke="{GRID_COLOUR}" stroke-width="1"/>'
        f'<text class="chart-tick" x="{LEFT - 4}" y="{frame.y(t) + 4:.1f}" text-anchor="end" '
        f'font-size="11" fill="{TEXT_COLOUR}">{escape(_number(t, decimal_mark))}</text>'
        for t in ticks
    ]
    every = _label_step(labels)
    x_labels = [
        f'<text class="chart-label" x="{frame.x(p):.1f}" y="{TOP + PLOT_HEIGHT + 16}" text-anchor="middle" '
        f'font-size="11" fill="{TEXT_COLOUR}">{escape(label)}</text>'
        for p, label in enumerate(labels)
        if p % every == 0
    ]
    axis = (
        f'<line class="chart-axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{TOP + PLOT_HEIGHT}" '
        f'y2="{TOP + PLOT_HEIGHT}" stroke="{AXIS_COLOUR}" stroke-width="1"/>'
    )
    legend_top = TOP + PLOT_HEIGHT + 28
    placed = [
        f'<g transform="translate({LEFT + (i % 2) * (WIDTH - LEFT) / 2:.1f},'
        f'{legend_top + (i // 2) * LEGEND_ROW})">{item}</g>'
        for i, item in enumerate(legend)
    ]
    description = desc if desc is not None else _summary(labels, series, decimal_mark, unit)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart--{kind}" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" role="img" aria-labelledby="{ident}-title {ident}-desc" {FONT}>'
        f'<title id="{ident}-title">{escape(title)}</title>'
        f'<desc id="{ident}-desc">{escape(description)}</desc>'
        f'<text class="chart-title" x="{LEFT}" y="18" font-size="14" font-weight="bold" '
        f'fill="{TEXT_COLOUR}">{escape(title)}</text>'
        + caption
        + "".join(grid)
        + "".join(marks)
        + axis
        + "".join(x_labels)
        + "".join(placed)
        + "</svg>"
    )


def _legend_item(index: int, name: str, kind: str) -> str:
    colour = PALETTE[index % len(PALETTE)]
    if kind == "bar":
        key = f'<rect x="0" y="-9" width="12" height="12" fill="{colour}"/>'
    else:
        dash = DASHES[index % len(DASHES)]
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        line = f'<line x1="0" x2="20" y1="-3" y2="-3" stroke="{colour}" stroke-width="2"{dashed}/>'
        key = line + _marker(MARKERS[index % len(MARKERS)], 10, -3, colour, None, index, "chart-key")
    return (
        f'<g class="chart-legend chart-series-{index + 1}">{key}'
        f'<text x="{26 if kind == "line" else 18}" y="1" font-size="12" fill="{TEXT_COLOUR}">'
        f"{escape(name)}</text></g>"
    )


def _marker(
    shape: str, x: float, y: float, colour: str, tip: str | None, index: int, role: str = "chart-point"
) -> str:
    r = 3.5
    tooltip = f"<title>{escape(tip)}</title>" if tip else ""
    attrs = f'class="{role} chart-series-{index + 1}" fill="{colour}"'
    if shape == "circle":
        return f'<circle {attrs} cx="{x:.1f}" cy="{y:.1f}" r="{r}">{tooltip}</circle>'
    if shape == "square":
        return (
            f'<rect {attrs} x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r}" height="{2 * r}">{tooltip}</rect>'
        )
    points = {
        "triangle": [(x, y - r - 1), (x + r + 0.5, y + r), (x - r - 0.5, y + r)],
        "diamond": [(x, y - r - 1), (x + r + 1, y), (x, y + r + 1), (x - r - 1, y)],
    }[shape]
    joined = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
    return f'<polygon {attrs} points="{joined}">{tooltip}</polygon>'


def _label_step(labels: Sequence[str]) -> int:
    """Show every n-th label so they do not overlap (about 6.5 units a character at font size 11)."""
    if not labels:
        return 1
    widest = max(len(label) for label in labels) * 6.5 + 6
    fits = max(1, int((WIDTH - LEFT - RIGHT) // widest))
    return max(1, math.ceil(len(labels) / fits))


def _summary(labels: Sequence[str], series: Sequence[Series], decimal_mark: str, unit: str) -> str:
    """The numbers in words-free form for a screen reader: "label: name value, name value; …"."""
    suffix = f" {unit}" if unit else ""
    parts = [
        f"{label}: "
        + ", ".join(
            f"{name} {'–' if values[p] is None else _number(values[p] or 0.0, decimal_mark) + suffix}"
            for name, values in series
        )
        for p, label in enumerate(labels)
    ]
    return "; ".join(parts) or "–"


def _number(value: float, decimal_mark: str) -> str:
    text = str(int(value)) if float(value).is_integer() else f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", decimal_mark)


def _ident(seed: str) -> str:
    """An id for aria-labelledby, unique per chart on a page and safe in an attribute."""
    slug = re.sub(r"[^a-z0-9]+", "-", seed.lower()).strip("-")[:24] or "chart"
    return f"chart-{slug}-{sha256(seed.encode()).hexdigest()[:6]}"
