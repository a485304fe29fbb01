"""Contested figures at a glance: one static SVG per estimate, made at build time (no script, no
library at run time). A row per attributed figure: its range as a bar (a point for one number, an
open end for "at least"), coloured and patterned by the weight of its source's kind, on a log scale
when the figures span more than a factor of 20. The title and description are its text
alternative; the table beside it gives every figure in words."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from markupsafe import Markup

from casearchive.render import escape
from casearchive.render.references import WEIGHTS

WIDTH, LABEL, ROW, TOP = 400, 6, 36, 4
"""The chart's width, where bars start, each row's height (the claimant above its bar) and the top
margin, in the units of its text (FONT)."""
FONT = 14
"""The text size in the chart's units (archive.css sets the same): a phone 390 px wide shows the
chart about 358 px wide, so 14 units are 12.5 px there (13 were 11.6)."""
LABEL_CHARS = 52
"""Longest claimant shown whole on a row; a longer one is cut with '…' (the table has it all)."""
PATTERN = {"record": "", "state": "6 2", "ngo": "", "news": "4 3", "account": "2 2",
           "advocacy": "2 2", "reference": "4 3", "other": "1 2"}
"""Stroke pattern of each weight's bar outline, so kinds differ without colour (archive.css)."""
LOG_SPAN = 20


def _ends(value: Any) -> tuple[float, float] | None:
    low = value.low if value.low is not None else value.high
    high = value.high if value.high is not None else value.low
    if low is None or high is None:
        return None
    return float(low), float(high)


def _ticks(low: float, high: float, log: bool) -> list[float]:
    if log:
        first, last = math.floor(math.log10(low)), math.ceil(math.log10(high))
        return [10.0 ** e for e in range(first, last + 1)]
    step = 10 ** math.floor(math.log10(max(high - low, 1)))
    if (high - low) / step < 3:
        step /= 2
    start = math.floor(low / step) * step
    return [start + i * step for i in range(int((high - start) / step) + 2) if start + i * step <= high * 1.05]


def chart(values: list[Any], kind_of: Callable[[Any], str], number: Callable[[int], str],
          title: str, description: str, claimant: Callable[[Any], str], chart_id: str,
          scales: tuple[str, str] = ("linear scale", "log scale")) -> Markup:
    """An inline SVG chart of an estimate's figures (values sorted lowest first); `scales`: the
    words for a linear and a log scale, in the page's language."""
    rows = [(v, ends) for v in values if (ends := _ends(v)) is not None]
    if not rows:
        return Markup("")
    low = min(e[0] for _, e in rows)
    high = max(e[1] for _, e in rows)
    log = low > 0 and high / low >= LOG_SPAN
    bottom = low if log else 0.0
    ticks = _ticks(max(bottom, 1) if log else bottom, high, log)
    top_value = max(high, ticks[-1])

    def x(n: float) -> float:
        span = WIDTH - LABEL - 22
        if log:
            a, b = math.log10(ticks[0]), math.log10(top_value)
            return LABEL + span * (math.log10(max(n, ticks[0])) - a) / ((b - a) or 1)
        return LABEL + span * (n - bottom) / ((top_value - bottom) or 1)

    height = TOP + ROW * len(rows) + 2 * FONT + 20  # the axis's numbers, then the scale's name
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" '
             f'aria-labelledby="{chart_id}-t {chart_id}-d" class="ca-chart-svg" font-size="{FONT}">'
             f'<title id="{chart_id}-t">{escape.attribute(title)}</title>'
             f'<desc id="{chart_id}-d">{escape.attribute(description)}</desc>']
    axis_y = TOP + ROW * len(rows) + 4
    for index, tick in enumerate(ticks):
        tx = x(tick)
        # The numbers at either end stay inside the chart: the first starts at its line, the last
        # ends at its line.
        anchor = "start" if index == 0 else "end" if index == len(ticks) - 1 else "middle"
        parts.append(f'<line x1="{tx:.1f}" y1="{TOP}" x2="{tx:.1f}" y2="{axis_y}" class="ca-grid"/>'
                     f'<text x="{tx:.1f}" y="{axis_y + FONT + 3}" text-anchor="{anchor}">'
                     f"{escape.attribute(number(round(tick)))}</text>")
    for index, (value, (a, b)) in enumerate(rows):
        y = TOP + ROW * index
        weight = WEIGHTS.get(kind_of(value), "other")
        name = claimant(value)
        short = name if len(name) <= LABEL_CHARS else name[:LABEL_CHARS - 1] + "…"
        parts.append(f'<text x="{LABEL}" y="{y + FONT - 1}">{escape.attribute(short)}</text>')
        y += FONT + 2
        x1, x2 = x(a), x(b)
        dash = f' stroke-dasharray="{PATTERN[weight]}"' if PATTERN[weight] else ""
        if x2 - x1 < 8:
            parts.append(f'<circle cx="{(x1 + x2) / 2:.1f}" cy="{y + 11}" r="6" '
                         f'class="ca-bar ca-w-{weight}"{dash}/>')
        else:
            parts.append(f'<rect x="{x1:.1f}" y="{y + 5}" width="{x2 - x1:.1f}" height="12" rx="2" '
                         f'class="ca-bar ca-w-{weight}"{dash}/>')
        if value.high is None and value.qualifier in ("at_least", "more_than"):
            parts.append(f'<path d="M{x2:.1f} {y + 5} l8 6 l-8 6z" class="ca-bar ca-w-{weight}"/>')
    parts.append(f'<text x="{WIDTH - 4}" y="{height - 4}" text-anchor="end" class="ca-scale">'
                 f'{escape.attribute(scales[1] if log else scales[0])}</text></svg>')
    return Markup("".join(parts))
