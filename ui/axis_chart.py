"""The value-axis charts' common part (QPainter): a legend on top that wraps, the unit under it,
and a value axis with grid lines and tick labels; the subclasses draw their columns into the plot
area. Also the helpers every chart uses for its axis and its labels."""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


def nice_scale(top: float, steps: int = 4) -> tuple[float, float]:
    """An axis end ≥ ``top`` and a tick step of 1, 2, 2.5 or 5 × 10^k (about ``steps`` steps)."""
    steps = max(1, steps)
    if top <= 0:
        return 1.0, 1.0 / steps
    raw = top / steps
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return step * math.ceil(top / step - 1e-9), step


def short_number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 or value == 0 else f"{value:,.1f}"


def category_labels(categories: Sequence[str], width: float, advance) -> list[str]:
    """Labels under columns ``width`` pixels apart, never cut to "2…": in full when they fit;
    years as ``'26`` when those fit; else every k-th label in full, the others left blank."""
    fits = all(advance(c) <= width - 2 for c in categories)
    if fits or not categories:
        return list(categories)
    if all(c.isdigit() and len(c) == 4 for c in categories):
        short = [f"’{c[2:]}" for c in categories]
        if all(advance(c) <= width - 2 for c in short):
            return short
    widest = max(advance(c) for c in categories) + 6
    step = max(1, math.ceil(widest / max(width, 1.0)))
    return [c if i % step == 0 else "" for i, c in enumerate(categories)]


def label_rect(left: float, width: float, text_width: float, top: float, height: float) -> QRectF:
    """Where the label of a column slot ``width`` wide is drawn: centred on the slot, and as wide
    as its text when that is wider (the labels of its neighbours are then blank)."""
    label_width = max(width, text_width + 4.0)
    return QRectF(left + width / 2 - label_width / 2, top, label_width, height)


class AxisChart(QWidget):
    """Columns per category on one value axis, with dashed reference lines named in the legend."""

    PREFERRED_SIZE = QSize(320, 220)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: list[str] = []
        self.unit = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return self.PREFERRED_SIZE

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 150)

    def _legend(self) -> list[tuple[str, QColor, bool]]:
        """(text, colour, dashed) of each legend entry: a filled square, or a dashed line."""
        raise NotImplementedError

    def _paint_legend(self, p: QPainter, h: int) -> float:
        """The legend in rows as wide as the chart, then the unit; the height they take."""
        fm, x, y = p.fontMetrics(), 4.0, 2.0
        text_color = self.palette().text().color()
        for text, color, dashed in self._legend():
            w = h + fm.horizontalAdvance(text) + 12
            if x > 4.0 and x + w > self.width() - 4:
                x, y = 4.0, y + h + 2
            if dashed:
                p.setPen(QPen(color, 2, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(x, y + h / 2), QPointF(x + h * 0.9, y + h / 2))
            else:
                p.fillRect(QRectF(x, y + h * 0.15, h * 0.8, h * 0.8), color)
            p.setPen(text_color)
            p.drawText(QRectF(x + h + 2, y, fm.horizontalAdvance(text) + 4, h), Qt.AlignmentFlag.AlignVCenter, text)
            x += w
        y += h + 2
        if self.unit:
            p.setPen(text_color)
            p.drawText(QRectF(4, y, self.width() - 8, h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       self.unit)
            y += h
        return y

    def _paint_axis(self, p: QPainter, top: float, largest: float) -> tuple[QRectF, Callable[[float], float]]:
        """The value axis below ``top`` up to a round value above ``largest``: the plot area and
        the y of a value (never below the axis)."""
        fm, h = p.fontMetrics(), p.fontMetrics().height()
        text_color, grid_color = self.palette().text().color(), self.palette().mid().color()
        plot_top, plot_bottom = top + h + 2, self.height() - h - 6.0     # room for the values and the labels
        steps = max(1, min(4, int((plot_bottom - plot_top) // (1.6 * h))))
        top_value, step = nice_scale(1.1 * largest, steps)
        ticks = [step * i for i in range(int(round(top_value / step)) + 1)]
        label_w = max(fm.horizontalAdvance(short_number(t)) for t in ticks)
        plot = QRectF(label_w + 10, plot_top, self.width() - label_w - 16, plot_bottom - plot_top)

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * max(value, 0.0) / top_value

        if plot.height() < 10 or plot.width() < 10:
            return plot, y_of
        for tick in ticks:
            p.setPen(QPen(grid_color, 1, Qt.PenStyle.DotLine if tick else Qt.PenStyle.SolidLine))
            p.drawLine(QPointF(plot.left(), y_of(tick)), QPointF(plot.right(), y_of(tick)))
            p.setPen(text_color)
            p.drawText(QRectF(2, y_of(tick) - h / 2, label_w + 4, h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, short_number(tick))
        return plot, y_of

    def _paint_category_label(self, p: QPainter, plot: QRectF, i: int, width: float, label: str) -> None:
        fm = p.fontMetrics()
        p.setPen(self.palette().text().color())
        p.drawText(label_rect(plot.left() + i * width, width, fm.horizontalAdvance(label), plot.bottom() + 3,
                              fm.height() + 2), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine, label)

    def _paint_lines(self, p: QPainter, plot: QRectF, y_of: Callable[[float], float],
                     lines: Sequence[tuple[float, QColor]]) -> None:
        for value, color in lines:
            p.setPen(QPen(color, 2, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(plot.left(), y_of(value)), QPointF(plot.right(), y_of(value)))
