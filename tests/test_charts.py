"""Contested figures at a glance: a static SVG per estimate with its text alternative."""

from __future__ import annotations

import re
from types import SimpleNamespace

from casearchive.render.charts import chart


def _value(claimant: str, low: int | None, high: int | None, qualifier: str = "exactly") -> SimpleNamespace:
    return SimpleNamespace(claimant=claimant, low=low, high=high, qualifier=qualifier)


def _chart(values: list[SimpleNamespace]) -> str:
    return str(chart(values, lambda v: "ngo_report", str, "Figures", "2 figures: A 200; B 30,000",
                     lambda v: v.claimant, "chart-x"))


def test_a_chart_is_static_svg_with_a_title_and_description() -> None:
    svg = _chart([_value("A", 200, None), _value("B", 2800, 5000)])
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"') and "<script" not in svg
    assert 'role="img" aria-labelledby="chart-x-t chart-x-d"' in svg
    assert '<title id="chart-x-t">Figures</title>' in svg and "<desc id=\"chart-x-d\">" in svg
    assert "ca-w-ngo" in svg and ">A<" in svg and ">B<" in svg


def test_figures_spanning_orders_of_magnitude_are_drawn_on_a_log_scale() -> None:
    assert ">log scale<" in _chart([_value("A", 200, None), _value("B", 30000, None)])
    assert ">linear scale<" in _chart([_value("A", 2800, None), _value("B", 5000, None)])


def test_at_least_gets_an_open_end_and_no_figure_no_chart() -> None:
    assert "<path" in _chart([_value("A", 200, None, "at_least"), _value("B", 300, None)])
    assert _chart([_value("A", None, None)]) == ""


def test_the_numbers_at_either_end_of_the_axis_stay_inside_the_chart() -> None:
    svg = _chart([_value("A", 200, None), _value("B", 30000, None)])
    anchors = re.findall(r'<text x="[0-9.]+" y="[0-9.]+" text-anchor="([a-z]+)">[0-9,]+</text>', svg)
    assert anchors[0] == "start" and anchors[-1] == "end" and set(anchors[1:-1]) <= {"middle"}
