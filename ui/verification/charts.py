"""The verification charts (QPainter): columns per category, side by side in a group, on one value
axis, each with its own colour, and dashed reference lines named in the legend. The seasons of a
building (before the works, after, left out) against the predicted levels, and the programme's
cumulative saving against the target, are both drawn with it."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ui.axis_chart import AxisChart, category_labels, short_number

#: Season classes: before the works (grey blue), after (green), left out (light grey).
CLASS_COLORS = {"before": QColor("#8a9bb0"), "after": QColor("#3f9b5a"), "overlap": QColor("#c8c8c8")}
PREDICTED_BEFORE, PREDICTED_AFTER = QColor("#2c3e50"), QColor("#1b5e30")
TARGET = QColor("#b00020")


class GroupedColumnChart(AxisChart):
    """``groups``: per category a list of (value, colour); ``lines``: (label, value, colour) drawn
    dashed across; ``legend``: (label, colour) of the columns."""

    PREFERRED_SIZE = QSize(360, 220)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: list[list[tuple[float, QColor]]] = []
        self.lines: list[tuple[str, float, QColor]] = []
        self.legend: list[tuple[str, QColor]] = []

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

    def _legend(self) -> list[tuple[str, QColor, bool]]:
        return [(label, color, False) for label, color in self.legend] + [
            (f"{label} {short_number(value)}", color, True) for label, value, color in self.lines]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm, h = p.fontMetrics(), p.fontMetrics().height()
        top = max([v for g in self.groups for v, _ in g] + [v for _, v, _ in self.lines] + [0.0])
        y = self._paint_legend(p, h)
        if not self.categories:
            p.end()
            return
        plot, y_of = self._paint_axis(p, y, top)
        if plot.height() < 10 or plot.width() < 10:
            p.end()
            return
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
                    p.setPen(self.palette().text().color())
                    p.drawText(QRectF(bar.left() - 12, bar.top() - h - 1, bar.width() + 24, h),
                               Qt.AlignmentFlag.AlignCenter, label)
            self._paint_category_label(p, plot, i, width, labels[i])
        self._paint_lines(p, plot, y_of, [(value, color) for _, value, color in self.lines])
        p.end()
