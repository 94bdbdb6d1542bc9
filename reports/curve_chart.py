"""The marginal abatement cost curve: the estates side by side from the cheapest tonne to the
dearest, each a bar as wide as its yearly saving and as high as its cost per tce/a, coloured by
its main mode, with the target as a dashed vertical line."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from reports.charts import REPORT, ChartText, _nice_max
from reports.programme_data import CostCurve

#: Colour of each main mode.
MODE_COLOURS = {"retrofit": colors.HexColor("#3f9b5a"), "add_storey": colors.HexColor("#2f6fb0"),
                "rebuild": colors.HexColor("#d9822b"), "none": colors.HexColor("#9a9a9a")}
TARGET = colors.HexColor("#b22222")


@dataclass(frozen=True, slots=True)
class CurveText:
    """The chart's words and units: axes scaled by ``x_unit`` tce/a and ``y_unit`` RMB."""

    title: str
    x_axis: str
    y_axis: str
    target: str                      # "{value}" is the target in the x unit
    modes: Mapping[str, str]
    x_unit: float = 10_000.0
    y_unit: float = 10_000.0


def _ticks(top: float) -> list[float]:
    step = top / 5
    return [step * i for i in range(6)]


def _label(value: float) -> str:
    return f"{value:,.0f}" if abs(value - round(value)) < 1e-9 else f"{value:,.1f}"


def cost_curve_chart(curve: CostCurve, words: CurveText, *, width: float, height: float, font: str,
                     text: ChartText = REPORT) -> Drawing:
    """The cost curve as a drawing (module docstring)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = font
    left, bottom = 16 * mm, 12 * mm
    plot_w, plot_h = width - left - 6 * mm, height - bottom - text.title - text.label * 2 - 4 * mm
    total = max((s.start_tce + s.width_tce for s in curve.segments), default=0.0)
    x_top = _nice_max(max(total, curve.target_tce) / words.x_unit)
    y_top = _nice_max(max((s.height for s in curve.segments), default=1.0) / words.y_unit)

    def x(tce: float) -> float:
        return left + plot_w * tce / words.x_unit / x_top

    def y(rmb: float) -> float:
        return bottom + plot_h * rmb / words.y_unit / y_top

    for s in curve.segments:
        drawing.add(Rect(x(s.start_tce), bottom, max(x(s.start_tce + s.width_tce) - x(s.start_tce), 0.3),
                         y(s.height) - bottom, fillColor=MODE_COLOURS.get(s.mode, MODE_COLOURS["none"]),
                         strokeColor=None))
    _axes(drawing, font, text, left, bottom, plot_w, plot_h, x_top, y_top)
    drawing.add(String(left + plot_w, 2 * mm, words.x_axis, fontName=font, fontSize=text.label, textAnchor="end"))
    drawing.add(String(left - 3, bottom + plot_h + 4, words.y_axis, fontName=font, fontSize=text.label))
    tx = x(curve.target_tce)
    drawing.add(Line(tx, bottom, tx, bottom + plot_h, strokeColor=TARGET, strokeWidth=1.2, strokeDashArray=[4, 2]))
    label = words.target.format(value=_label(curve.target_tce / words.x_unit))
    anchor = "end" if tx > left + plot_w * 0.6 else "start"
    drawing.add(String(tx - 3 if anchor == "end" else tx + 3, bottom + plot_h - text.label, label, fontName=font,
                       fontSize=text.label, fillColor=TARGET, textAnchor=anchor))
    drawing.add(String(0, height - text.title, words.title, fontName=font, fontSize=text.title))
    present = [m for m in ("retrofit", "add_storey", "rebuild") if any(s.mode == m for s in curve.segments)]
    if present:
        drawing.add(_legend([(MODE_COLOURS[m], words.modes.get(m, m)) for m in present], font, text.legend,
                            x=left + 8, y=bottom + plot_h - text.label * 1.5))
    return drawing


def _axes(drawing: Drawing, font: str, text: ChartText, left: float, bottom: float, plot_w: float, plot_h: float,
          x_top: float, y_top: float) -> None:
    """Axis lines, ticks outside the plot and their labels clear of them."""
    grey = colors.HexColor("#444444")
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=grey, strokeWidth=0.7))
    drawing.add(Line(left, bottom, left, bottom + plot_h, strokeColor=grey, strokeWidth=0.7))
    for value in _ticks(x_top):
        px = left + plot_w * value / x_top
        drawing.add(Line(px, bottom, px, bottom - 2.5, strokeColor=grey, strokeWidth=0.5))
        drawing.add(String(px, bottom - 3.5 - text.label, _label(value), fontName=font, fontSize=text.label,
                           textAnchor="middle"))
    for value in _ticks(y_top):
        py = bottom + plot_h * value / y_top
        drawing.add(Line(left - 2.5, py, left, py, strokeColor=grey, strokeWidth=0.5))
        drawing.add(Line(left, py, left + plot_w, py, strokeColor=colors.HexColor("#e3e3e3"), strokeWidth=0.3))
        drawing.add(String(left - 4, py - text.label * 0.35, _label(value), fontName=font, fontSize=text.label,
                           textAnchor="end"))


def _legend(pairs: list, font: str, size: float, *, x: float, y: float) -> Legend:
    legend = Legend()
    legend.fontName, legend.fontSize = font, size
    legend.alignment = "right"
    legend.x, legend.y = x, y
    legend.columnMaximum = len(pairs)
    legend.deltay = size * 1.4
    legend.dx = legend.dy = size * 0.75
    legend.colorNamePairs = pairs
    legend.strokeColor = None
    legend.boxAnchor = "nw"
    width = max(stringWidth(n, font, size) for _, n in pairs)
    legend.dxTextSpace = 4
    legend.columnMaximum = len(pairs) if width < 60 * mm else 1
    return legend
