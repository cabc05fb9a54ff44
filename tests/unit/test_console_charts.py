"""The Figures page's plots: SVG a browser and a screen reader can read, whatever the weeks held."""

import xml.etree.ElementTree as ET

import pytest

from handlers.console.charts import PALETTE, bar_chart, in_minutes_or_hours, line_chart, nice_ticks

SVG = "{http://www.w3.org/2000/svg}"
WEEKS = ["uge 48", "uge 49", "uge 50"]


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def drawn(root: ET.Element, kind: str) -> list[ET.Element]:
    return [e for e in root.iter() if kind in e.get("class", "").split()]


def texts(root: ET.Element, kind: str) -> list[str]:
    return [e.text or "" for e in drawn(root, kind)]


def charts() -> list[str]:
    return [
        bar_chart("Beskeder", WEEKS, [("Telegram ind", [5, 3, 0]), ("SMS ind", [1, 0, 2])]),
        bar_chart("Tjek-ind", WEEKS, [("udført", [5, 3, 0]), ("udeblevet", [1, 0, 2])], stacked=True),
        line_chart("Svartid", WEEKS, [("median", [12.5, None, 40]), ("90 %", [30, None, 95])], "min"),
    ]


@pytest.mark.parametrize("svg", charts())
def test_each_chart_is_an_image_named_by_its_title_and_description(svg: str) -> None:
    root = parse(svg)

    assert root.tag == f"{SVG}svg" and root.get("role") == "img"
    assert root.get("width") == "100%" and root.get("viewBox", "").startswith("0 0 ")
    title_id, desc_id = root.get("aria-labelledby", "").split()
    assert root.find(f"{SVG}title").get("id") == title_id  # type: ignore[union-attr]
    assert root.find(f"{SVG}desc").get("id") == desc_id  # type: ignore[union-attr]


@pytest.mark.parametrize("svg", charts())
def test_a_chart_needs_no_script_style_attribute_or_request_so_a_strict_csp_lets_it_show(svg: str) -> None:
    root = parse(svg)

    assert all("style" not in e.attrib for e in root.iter())
    assert not any(e.tag in (f"{SVG}script", f"{SVG}style", f"{SVG}image") for e in root.iter())
    assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert all(not name.startswith("on") for e in root.iter() for name in e.attrib)


def test_the_description_reads_out_every_number_with_a_dash_for_a_week_without_one() -> None:
    root = parse(charts()[2])

    desc = root.find(f"{SVG}desc").text  # type: ignore[union-attr]
    assert desc == (
        "uge 48: median 12.5 min, 90 % 30 min; uge 49: median –, 90 % –; uge 50: median 40 min, 90 % 95 min"
    )


def test_the_legend_names_each_series_in_order() -> None:
    root = parse(charts()[0])

    legend = [e.text for g in drawn(root, "chart-legend") for e in g.iter(f"{SVG}text")]
    assert legend == ["Telegram ind", "SMS ind"]


def test_labels_titles_and_names_with_markup_characters_are_escaped() -> None:
    nasty = '<script>alert("x")</script> & Co'
    svg = bar_chart(nasty, [nasty, "b"], [(nasty, [1, 2])], desc=nasty)
    line = line_chart(nasty, [nasty], [(nasty, [1.0])], unit=nasty)

    for chart in (svg, line):
        root = parse(chart)
        assert root.find(f"{SVG}title").text == nasty  # type: ignore[union-attr]
        assert "<script" not in chart and not any(e.tag == f"{SVG}script" for e in root.iter())
    assert texts(parse(svg), "chart-label")[0] == nasty


def test_no_weeks_at_all_still_draws_an_empty_axis() -> None:
    for svg in (bar_chart("Beskeder", [], []), line_chart("Svartid", [], [], "min")):
        root = parse(svg)
        assert texts(root, "chart-tick") == ["0", "1"]
        assert not drawn(root, "chart-bar") and not drawn(root, "chart-point")
        assert root.find(f"{SVG}desc").text == "–"  # type: ignore[union-attr]


def test_weeks_of_nothing_but_zeros_draw_no_bars_and_an_axis_from_0_to_1() -> None:
    root = parse(bar_chart("Beskeder", WEEKS, [("ind", [0, 0, 0]), ("ud", [0, 0, 0])], stacked=True))

    assert not drawn(root, "chart-bar")
    assert texts(root, "chart-tick") == ["0", "1"]


def test_a_line_breaks_where_nothing_was_measured_and_a_lone_week_is_still_a_point() -> None:
    root = parse(
        line_chart("Svartid", ["1", "2", "3", "4", "5"], [("median", [10, None, 30, 40, None])], "min")
    )

    lines = drawn(root, "chart-line")
    assert len(lines) == 1 and len(lines[0].get("points", "").split()) == 2  # weeks 3 and 4
    assert len(drawn(root, "chart-point")) == 3  # weeks 1, 3 and 4


def test_a_line_of_nothing_measured_draws_nothing_and_does_not_divide_by_zero() -> None:
    root = parse(line_chart("Svartid", WEEKS, [("median", [None, None, None])], "min"))

    assert not drawn(root, "chart-line") and not drawn(root, "chart-point")
    assert texts(root, "chart-tick") == ["0", "1"]


def test_stacked_bars_reach_the_sum_and_side_by_side_bars_the_largest() -> None:
    series = [("udført", [5, 3, 0]), ("udeblevet", [6, 0, 2])]

    assert texts(parse(bar_chart("t", WEEKS, series, stacked=True)), "chart-tick")[-1] == "15"  # 11
    assert texts(parse(bar_chart("t", WEEKS, series)), "chart-tick")[-1] == "6"


def test_each_bar_tells_its_week_series_and_number_on_hover() -> None:
    root = parse(bar_chart("t", WEEKS, [("SMS ind", [0, 7, 0])]))

    (bar,) = drawn(root, "chart-bar")
    assert bar.find(f"{SVG}title").text == "uge 49, SMS ind: 7"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("top", "integers", "ticks"),
    [
        (7, True, [0, 2, 4, 6, 8]),
        (1, True, [0, 1]),
        (3, True, [0, 1, 2, 3]),
        (10, True, [0, 5, 10]),
        (173, True, [0, 50, 100, 150, 200]),
        (9.5, False, [0, 2.5, 5, 7.5, 10]),
        (0.3, False, [0, 0.1, 0.2, 0.3]),
        (0, True, [0, 1]),
        (float("nan"), False, [0, 1]),
    ],
)
def test_axis_ticks_are_round_numbers_from_zero_past_the_largest_value(
    top: float, integers: bool, ticks: list[float]
) -> None:
    assert nice_ticks(top, integers=integers) == ticks


def test_counts_never_get_a_tick_between_two_whole_numbers() -> None:
    for top in range(1, 200):
        assert all(t == int(t) for t in nice_ticks(top, integers=True))


def test_a_danish_page_can_ask_for_a_decimal_comma() -> None:
    root = parse(line_chart("Svartid", ["1"], [("median", [9.5])], "timer", decimal_mark=","))

    assert root.find(f"{SVG}desc").text == "1: median 9,5 timer"  # type: ignore[union-attr]
    assert texts(root, "chart-tick") == ["0", "2,5", "5", "7,5", "10"]


def test_durations_are_shown_in_hours_once_the_longest_is_three_hours() -> None:
    assert in_minutes_or_hours([600, None, 5400]) == ([10.0, None, 90.0], "minutes")
    assert in_minutes_or_hours([1800, 3 * 3600]) == ([0.5, 3.0], "hours")
    assert in_minutes_or_hours([]) == ([], "minutes")


def test_the_colours_stand_out_against_white_at_3_to_1_for_graphics() -> None:
    def luminance(colour: str) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(int(colour[i : i + 2], 16) / 255) for i in (1, 3, 5))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    assert all(1.05 / (luminance(colour) + 0.05) >= 3 for colour in PALETTE)


def test_two_charts_on_one_page_get_different_ids() -> None:
    first, second = (parse(bar_chart(title, WEEKS, [])) for title in ("Beskeder", "Tjek-ind"))

    assert first.get("aria-labelledby") != second.get("aria-labelledby")


def test_a_series_of_the_wrong_length_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        bar_chart("t", WEEKS, [("ind", [1, 2])])
