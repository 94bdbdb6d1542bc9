"""Bar charts as platypus flowables. Every label group gets the report font and so does the
Drawing itself (``initialFontName``): otherwise ReportLab writes Helvetica into the PDF.
"""
from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm


def _nice_max(value: float) -> float:
    """A round axis maximum a little above ``value``."""
    if value <= 0:
        return 1.0
    step = 10 ** (len(str(int(value))) - 1) if value >= 1 else 0.1
    for mult in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * mult >= value * 1.05:
            return step * mult
    return value * 1.1


def bar_chart(categories: Sequence[str], series: Sequence[Sequence[float]],
              series_names: Sequence[str], fills: Sequence[colors.Color], *, width: float,
              height: float, font: str, title: str = "", label_format: str | None = None,
              fill_by_category: Sequence[colors.Color] = ()) -> Drawing:
    """Grouped vertical bars: one group per category, one bar per series, with a legend.

    ``label_format`` (e.g. ``"%.1f"``) prints the value over each bar when there are few bars.
    """
    drawing = Drawing(width, height)
    drawing.initialFontName = font
    crowded = len(categories) > 8
    bottom = 18 * mm if crowded else 10 * mm
    top = 10 * mm if title else 6 * mm
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, bottom
    chart.width, chart.height = width - 18 * mm, height - bottom - top
    chart.data = [list(s) for s in series]
    chart.categoryAxis.categoryNames = [str(c) for c in categories]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6.5 if crowded else 7.5
    if crowded:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dx, chart.categoryAxis.labels.dy = 2, -2
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max((max(s) for s in series if len(s)), default=1.0))
    chart.valueAxis.labelTextFormat = _axis_format(chart.valueAxis.valueMax)
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6.5
    if label_format and len(categories) * len(series) <= 16:
        chart.barLabelFormat = label_format
        chart.barLabels.nudge = 5
    chart.groupSpacing = 6 if not crowded else 3
    chart.barSpacing = 1
    for i, fill in enumerate(fills):
        chart.bars[i].fillColor = fill
        chart.bars[i].strokeColor = None
    for j, fill in enumerate(fill_by_category):
        chart.bars[(0, j)].fillColor = fill
    drawing.add(chart)
    if title:
        drawing.add(String(chart.x, height - 5 * mm, title, fontName=font, fontSize=8.5))
    if len(series_names) > 1:
        drawing.add(_legend(series_names, fills, font, x=width - 4 * mm, y=height - 2 * mm))
    return drawing


def _axis_format(top: float):
    if top >= 10_000:
        return _thousands
    if top >= 10:
        return "%d"
    return "%.1f" if top >= 1 else "%.2f"


def _thousands(value: float) -> str:
    return f"{value:,.0f}"


def _legend(names: Sequence[str], fills: Sequence[colors.Color], font: str, *, x: float, y: float) -> Legend:
    legend = Legend()
    legend.fontName = font
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.x, legend.y = x - 28 * mm * len(names), y
    legend.columnMaximum = 1
    legend.deltax = 28 * mm
    legend.dx = legend.dy = 6
    legend.colorNamePairs = list(zip(fills, names, strict=True))
    legend.strokeColor = None
    return legend
