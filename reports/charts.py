"""Bar charts as platypus flowables. Every label group gets the report font and so does the
Drawing itself (``initialFontName``): otherwise ReportLab writes Helvetica into the PDF.

Text sizes are those of :class:`ChartText` (at least 7.5 pt in the reports, 11 pt in the
residents' letter); category labels are never crossed by tick marks, and a chart with many
categories lays its bars horizontally (:func:`hbar_chart`) instead of turning the labels.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth


@dataclass(frozen=True, slots=True)
class ChartText:
    """Text sizes of a chart [pt]."""

    title: float = 9.0
    label: float = 8.0               # category and axis labels
    value: float = 7.5               # values over the bars
    legend: float = 8.0


#: The reports' charts and the residents' (large type).
REPORT = ChartText()
LARGE = ChartText(title=12.0, label=11.0, value=11.0, legend=11.0)


def _nice_max(value: float) -> float:
    """A round axis maximum a little above ``value``."""
    if value <= 0:
        return 1.0
    step = 10 ** (len(str(int(value))) - 1) if value >= 1 else 0.1
    for mult in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * mult >= value * 1.05:
            return step * mult
    return value * 1.1


def _axis_format(top: float):
    if top >= 10_000:
        return _thousands
    if top >= 10:
        return "%d"
    return "%.1f" if top >= 1 else "%.2f"


def _thousands(value: float) -> str:
    return f"{value:,.0f}"


def _grouped(label_format: str):
    """A bar label formatter that groups thousands ("%.0f" → "1,981")."""
    digits = int(label_format[2]) if label_format.startswith("%.") and label_format[2].isdigit() else 0

    def fmt(value: float) -> str:
        return f"{value:,.{digits}f}"
    return fmt


def _values(series: Sequence[Sequence[float]]) -> float:
    return max((max(s) for s in series if len(s)), default=1.0)


def bar_chart(categories: Sequence[str], series: Sequence[Sequence[float]],
              series_names: Sequence[str], fills: Sequence[colors.Color], *, width: float,
              height: float, font: str, title: str = "", label_format: str | None = None,
              fill_by_category: Sequence[colors.Color] = (), text: ChartText = REPORT) -> Drawing:
    """Grouped vertical bars: one group per category, one bar per series, with a legend.

    ``label_format`` (e.g. ``"%.1f"``) prints the value over each bar when there are few bars.
    Labels too wide for their group are set on two lines at most, then made smaller (never
    below ``text.label`` − 1 pt); use :func:`hbar_chart` for many categories.
    """
    drawing = Drawing(width, height)
    drawing.initialFontName = font
    top = (6 * mm + text.title) if title else 6 * mm
    chart = VerticalBarChart()
    chart.x, chart.y = 16 * mm, 4 * mm + text.label * 2.6
    chart.width, chart.height = width - 20 * mm, height - chart.y - top
    chart.data = [list(s) for s in series]
    room = chart.width / max(len(categories), 1) - 2
    chart.categoryAxis.categoryNames = [_fit(str(c), font, text.label, room) for c in categories]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = text.label - 1 if any("\n" in n for n in chart.categoryAxis.categoryNames) \
        and len(categories) > 6 else text.label
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.visibleTicks = False
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = text.label
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(_values(series))
    chart.valueAxis.labelTextFormat = _axis_format(chart.valueAxis.valueMax)
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = text.value
    if label_format and len(categories) * len(series) <= 16:
        chart.barLabelFormat = _grouped(label_format)
        chart.barLabels.nudge = text.value * 0.7
    chart.groupSpacing = 6
    chart.barSpacing = 1
    for i, fill in enumerate(fills):
        chart.bars[i].fillColor = fill
        chart.bars[i].strokeColor = None
    for j, fill in enumerate(fill_by_category):
        chart.bars[(0, j)].fillColor = fill
    drawing.add(chart)
    if title:
        drawing.add(String(chart.x, height - 4 * mm - text.title * 0.5, title, fontName=font, fontSize=text.title))
    if len(series_names) > 1:
        drawing.add(_legend(series_names, fills, font, text.legend, x=width, y=height - 2 * mm))
    return drawing


def _fit(label: str, font: str, size: float, room: float) -> str:
    """A category label on one line, or on two split at a space or in the middle."""
    if stringWidth(label, font, size) <= room or len(label) < 4:
        return label
    cut = label.rfind(" ", 0, len(label) // 2 + 2)
    cut = cut if cut > 0 else (len(label) + 1) // 2
    return f"{label[:cut].strip()}\n{label[cut:].strip()}"


def hbar_chart(categories: Sequence[str], series: Sequence[Sequence[float]], series_names: Sequence[str],
               fills: Sequence[colors.Color], *, width: float, font: str, title: str = "",
               label_format: str | None = None, text: ChartText = REPORT, value_format=None) -> Drawing:
    """Grouped horizontal bars, one row per category (names read across, however many), with
    the values at the bar ends. The height follows the number of rows."""
    bar = text.value * 1.1
    row = bar * len(series) + 3
    label_w = max((stringWidth(str(c), font, text.label) for c in categories), default=0) + 6
    top = (5 * mm + text.title) if title else 3 * mm
    legend = 5 * mm + text.legend if len(series_names) > 1 else 0
    height = top + legend + row * len(categories) + text.label * 2.5
    drawing = Drawing(width, height)
    drawing.initialFontName = font
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, text.label * 2.2
    chart.width, chart.height = width - label_w - 16 * mm, row * len(categories)
    chart.data = [list(reversed(s)) for s in series]            # first category at the top
    chart.categoryAxis.categoryNames = [str(c) for c in reversed(categories)]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = text.label
    chart.categoryAxis.visibleTicks = False
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(_values(series))
    chart.valueAxis.labelTextFormat = value_format or _axis_format(chart.valueAxis.valueMax)
    chart.barWidth, chart.groupSpacing, chart.barSpacing = bar, 4, 0
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = text.value
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    if label_format:
        chart.barLabelFormat = _grouped(label_format)
    for i, fill in enumerate(fills):
        chart.bars[i].fillColor = fill
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    if title:
        drawing.add(String(0, height - 4 * mm - text.title * 0.5, title, fontName=font, fontSize=text.title))
    if legend:
        drawing.add(_legend(series_names, fills, font, text.legend, x=width, y=height - top + 2 * mm))
    return drawing


def _legend(names: Sequence[str], fills: Sequence[colors.Color], font: str, size: float, *, x: float,
            y: float) -> Legend:
    """A one-row legend ending at ``x``."""
    step = max(stringWidth(n, font, size) for n in names) + size * 2.5
    legend = Legend()
    legend.fontName = font
    legend.fontSize = size
    legend.alignment = "right"
    legend.x, legend.y = x - step * len(names), y
    legend.columnMaximum = 1
    legend.deltax = step
    legend.dx = legend.dy = size * 0.75
    legend.colorNamePairs = list(zip(fills, names, strict=True))
    legend.strokeColor = None
    return legend
