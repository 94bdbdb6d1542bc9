"""The verification chart: the weather-normalised coal index of each metered season as a bar
(before the works, after them, or left out), with the predicted levels before and after as
dashed lines across."""
from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from reports.base import AFTER, BEFORE
from reports.charts import REPORT, _axis_format, _nice_max
from reports.data import SeasonPoint

LEFT_OUT = colors.HexColor("#c8c8c8")
#: The predicted levels: darker than the bars they cross.
PREDICTED_BEFORE = colors.HexColor("#2c3e50")
PREDICTED_AFTER = colors.HexColor("#1b5e30")
_FILL = {"before": BEFORE, "after": AFTER, "overlap": LEFT_OUT}


def season_chart(points: Sequence[SeasonPoint], predicted_before: float | None, predicted_after: float | None,
                 names: dict[str, str], *, width: float, height: float, font: str, title: str = "") -> Drawing:
    """Bars per season and the predicted lines. ``names`` gives the legend texts of ``before``,
    ``after``, ``overlap``, ``predicted_before`` and ``predicted_after``."""
    drawing = Drawing(width, height)
    drawing.initialFontName = font
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 10 * mm
    chart.width, chart.height = width - 18 * mm - 34 * mm, height - 10 * mm - (10 * mm if title else 6 * mm)
    values = [p.q_c_norm_kgce_m2 for p in points] or [0.0]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [p.season for p in points] or [""]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = REPORT.label
    chart.categoryAxis.visibleTicks = False
    chart.valueAxis.labels.fontSize = REPORT.label
    top = _nice_max(max([*values, predicted_before or 0.0, predicted_after or 0.0]))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
    chart.valueAxis.labelTextFormat = _axis_format(top)
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = REPORT.value
    chart.barLabelFormat = "%.1f"
    chart.barLabels.nudge = 5
    chart.bars[0].strokeColor = None
    for j, p in enumerate(points):
        chart.bars[(0, j)].fillColor = _FILL.get(p.kind, LEFT_OUT)
    drawing.add(chart)
    legend = [(_FILL[k], names[k]) for k in ("before", "after", "overlap") if any(p.kind == k for p in points)]
    for value, colour, key in ((predicted_before, PREDICTED_BEFORE, "predicted_before"),
                               (predicted_after, PREDICTED_AFTER, "predicted_after")):
        if value is None:
            continue
        y = chart.y + chart.height * value / top
        drawing.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=colour, strokeWidth=1.2,
                         strokeDashArray=[4, 2]))
        legend.append((colour, names[key]))
    if title:
        drawing.add(String(chart.x, height - 5 * mm, title, fontName=font, fontSize=REPORT.title))
    drawing.add(_legend(legend, font, x=chart.x + chart.width + 4 * mm, y=chart.y + chart.height))
    return drawing


def _legend(pairs: list, font: str, *, x: float, y: float) -> Legend:
    legend = Legend()
    legend.fontName = font
    legend.fontSize = REPORT.legend
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.columnMaximum = 6
    legend.dx = legend.dy = 6
    legend.deltay = 10
    legend.colorNamePairs = pairs
    legend.strokeColor = None
    return legend
