"""The verification charts (QPainter): columns per category, side by side in a group, on one value
axis, each with its own colour, and dashed reference lines named in the legend. The seasons of a
building (before the works, after, left out) against the predicted levels, and the programme's
cumulative saving against the target, are both drawn with it."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.results.charts import category_labels, label_rect, nice_scale, short_number

#: Season classes: before the works (grey blue), after (green), left out (light grey).
CLASS_COLORS = {"before": QColor("#8a9bb0"), "after": QColor("#3f9b5a"), "overlap": QColor("#c8c8c8")}
PREDICTED_BEFORE, PREDICTED_AFTER = QColor("#2c3e50"), QColor("#1b5e30")
TARGET = QColor("#b00020")


class GroupedColumnChart(QWidget):
    """``groups``: per category a list of (value, colour); ``lines``: (label, value, colour) drawn
    dashed across; ``legend``: (label, colour) of the columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: list[str] = []
        self.groups: list[list[tuple[float, QColor]]] = []
        self.lines: list[tuple[str, float, QColor]] = []
        self.legend: list[tuple[str, QColor]] = []
        self.unit = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(360, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 150)

    def set_data(self, categories: Sequence[str], groups: Sequence[Sequence[tuple[float, QColor]]],
                 legend: Sequence[tuple[str, QColor]] = (), lines: Sequence[tuple[str, float, QColor]] = (),
                 unit: str = "") -> None:
        self.categories = [str(c) for c in categories]
        self.groups = [[(float(v or 0.0), c) for v, c in g] for g in groups]
        self.legend = list(legend)
        self.lines = [(label, float(v), c) for label, v, c in lines if v is not None]
        self.unit = unit
        self.update()

    def values(self) -> list[list[float]]:
        """The drawn values, per category."""
        return [[v for v, _ in g] for g in self.groups]

    def _legend_entries(self) -> list[tuple[str, QColor, bool]]:
        return [(label, color, False) for label, color in self.legend] + [
            (f"{label} {short_number(value)}", color, True) for label, value, color in self.lines]

    def _paint_legend(self, p: QPainter, h: int) -> float:
        fm, x, y = p.fontMetrics(), 4.0, 2.0
        text_color = self.palette().text().color()
        for text, color, dashed in self._legend_entries():
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
        return y + h + 2

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm, h = p.fontMetrics(), p.fontMetrics().height()
        text_color, grid_color = self.palette().text().color(), self.palette().mid().color()
        y = self._paint_legend(p, h)
        if self.unit:
            p.setPen(text_color)
            p.drawText(QRectF(4, y, self.width() - 8, h), Qt.AlignmentFlag.AlignVCenter, self.unit)
            y += h
        top = max([v for g in self.groups for v, _ in g] + [v for _, v, _ in self.lines] + [0.0])
        steps = max(1, min(4, int((self.height() - y - 2 * h) // (1.6 * h))))
        top_value, step = nice_scale(1.1 * top, steps)
        ticks = [step * i for i in range(int(round(top_value / step)) + 1)]
        label_w = max(fm.horizontalAdvance(short_number(t)) for t in ticks)
        plot = QRectF(label_w + 10, y + h + 2, self.width() - label_w - 16, self.height() - y - 2 * h - 8)
        if plot.height() < 10 or plot.width() < 10 or not self.categories:
            p.end()
            return

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * max(value, 0.0) / top_value

        for tick in ticks:
            p.setPen(QPen(grid_color, 1, Qt.PenStyle.DotLine if tick else Qt.PenStyle.SolidLine))
            p.drawLine(QPointF(plot.left(), y_of(tick)), QPointF(plot.right(), y_of(tick)))
            p.setPen(text_color)
            p.drawText(QRectF(2, y_of(tick) - h / 2, label_w + 4, h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, short_number(tick))
        width = plot.width() / len(self.categories)
        labels = category_labels(self.categories, width, fm.horizontalAdvance)
        for i, group in enumerate(self.groups):
            bar_w = min(width * 0.8 / max(1, len(group)), 48.0)
            left = plot.left() + i * width + (width - bar_w * len(group)) / 2
            for j, (value, color) in enumerate(group):
                bar = QRectF(left + j * bar_w + 1, y_of(value), bar_w - 2, plot.bottom() - y_of(value))
                p.fillRect(bar, color)
                label = short_number(value)
                if fm.horizontalAdvance(label) <= bar_w + 4:       # values of narrow columns would overlap
                    p.setPen(text_color)
                    p.drawText(QRectF(bar.left() - 12, bar.top() - h - 1, bar.width() + 24, h),
                               Qt.AlignmentFlag.AlignCenter, label)
            p.drawText(label_rect(plot.left() + i * width, width, fm.horizontalAdvance(labels[i]), plot.bottom() + 3, h + 2),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine, labels[i])
        for _, value, color in self.lines:
            p.setPen(QPen(color, 2, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(plot.left(), y_of(value)), QPointF(plot.right(), y_of(value)))
        p.end()
