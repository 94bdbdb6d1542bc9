"""Small QPainter charts (QtCharts is not part of pyside6-essentials): grouped before/after
bars, a stacked funding bar with a legend, and stacked columns per year with reference lines."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.axis_chart import AxisChart, category_labels, short_number

PALETTE = [QColor("#c0504d"), QColor("#4f81bd"), QColor("#9bbb59"), QColor("#8064a2"), QColor("#f79646"),
           QColor("#4bacc6"), QColor("#7f7f7f")]


class GroupedBarChart(QWidget):
    """Groups of bars (one per series), each group on its own scale, values printed above."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[float | None]]] = []
        self._legend: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(300, 170)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 170)

    def set_series(self, groups: Sequence[tuple[str, Sequence[float | None]]], legend: Sequence[str]) -> None:
        self._groups = [(label, list(values)) for label, values in groups]
        self._legend = list(legend)
        self.update()

    def set_data(self, groups: Sequence[tuple[str, float | None, float | None]], before: str, after: str) -> None:
        """Two series: before and after."""
        self.set_series([(label, [b, a]) for label, b, a in groups], [before, after])

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        h_text = fm.height()
        rect = QRectF(self.rect()).adjusted(4, h_text + 8, -4, -(h_text + 6))
        self._paint_legend(p, h_text)
        n = max(1, len(self._groups))
        width = rect.width() / n
        for i, (label, values) in enumerate(self._groups):
            top = max((v or 0.0) for v in values) if values else 0.0
            top = top or 1.0
            x0 = rect.left() + i * width
            bar_w = min(width * 0.8 / max(1, len(values)), 48)
            left = x0 + (width - bar_w * len(values)) / 2
            for j, value in enumerate(values):
                if value is None:
                    continue
                bh = (rect.height() - h_text) * max(value, 0.0) / top
                x = left + j * bar_w
                bar = QRectF(x + 2, rect.bottom() - bh, bar_w - 4, bh)
                p.fillRect(bar, PALETTE[j % len(PALETTE)])
                p.setPen(self.palette().text().color())
                p.drawText(QRectF(x - 12, bar.top() - h_text - 1, bar_w + 24, h_text),
                           Qt.AlignmentFlag.AlignCenter, f"{value:,.1f}" if abs(value) < 1e3 else f"{value:,.0f}")
            p.drawText(QRectF(x0, rect.bottom() + 3, width, h_text + 2),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine,
                       fm.elidedText(label, Qt.TextElideMode.ElideRight, int(width) - 2))
        p.end()

    def _paint_legend(self, p: QPainter, h: int) -> None:
        x = 4.0
        for j, text in enumerate(self._legend):
            p.fillRect(QRectF(x, 4, h * 0.8, h * 0.8), PALETTE[j % len(PALETTE)])
            p.setPen(self.palette().text().color())
            w = p.fontMetrics().horizontalAdvance(text)
            p.drawText(QRectF(x + h, 2, w + 4, h + 2), Qt.AlignmentFlag.AlignVCenter, text)
            x += h + w + 16


#: The results panel's chart: two series, before and after.
BeforeAfterChart = GroupedBarChart


class StackedBarChart(QWidget):
    """One horizontal bar split into shares, with a legend of label and value below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts: list[tuple[str, float, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, parts: Sequence[tuple[str, float, str]]) -> None:
        """``parts``: (label, value, value text) with value ≥ 0."""
        self._parts = [p for p in parts if p[1] > 0]
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(300, 30 + (h + 4) * max(1, len(self._parts)))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())        # fits a narrow results panel

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002
        p = QPainter(self)
        total = sum(v for _, v, _ in self._parts) or 1.0
        x, w, h = 4.0, self.width() - 8.0, p.fontMetrics().height()
        for i, (_, value, _) in enumerate(self._parts):
            part = w * value / total
            p.fillRect(QRectF(x, 4, part, 18), PALETTE[i % len(PALETTE)])
            x += part
        p.setPen(self.palette().text().color())
        for i, (label, value, text) in enumerate(self._parts):
            y = 28 + i * (h + 4)
            p.fillRect(QRectF(4, y + 2, h * 0.8, h * 0.8), PALETTE[i % len(PALETTE)])
            p.drawText(QRectF(h + 8, y, w * 0.6, h + 2), Qt.AlignmentFlag.AlignVCenter, label)
            p.drawText(QRectF(4, y, w, h + 2), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                       f"{text}  {100 * value / total:.0f} %")
        p.end()

    @property
    def parts(self) -> list[tuple[str, float, str]]:
        """The shown parts: (label, value, value text)."""
        return list(self._parts)


class ColumnChart(AxisChart):
    """Vertical columns, one per category (e.g. a year), stacked by series, on a value axis with
    grid lines, the total above each column and optional dashed reference lines (a target, a
    budget) that are named in the legend."""

    LINE_COLORS = [QColor("#b00020"), QColor("#404040")]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[tuple[str, list[float]]] = []
        self.lines: list[tuple[str, float]] = []

    def set_data(self, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
                 lines: Sequence[tuple[str, float]] = (), unit: str = "") -> None:
        """``series``: (legend label, one value ≥ 0 per category), stacked in this order from the
        bottom; ``lines``: (legend label, value) drawn across the chart; ``unit`` above the axis."""
        self.categories = [str(c) for c in categories]
        self.series = [(label, [float(v or 0.0) for v in values]) for label, values in series]
        self.lines = [(label, float(value)) for label, value in lines]
        self.unit = unit
        self.update()

    def totals(self) -> list[float]:
        """The height of each column (the sum of its series)."""
        return [sum(values[i] for _, values in self.series if i < len(values)) for i in range(len(self.categories))]

    def _line_color(self, k: int) -> QColor:
        return self.LINE_COLORS[k % len(self.LINE_COLORS)]

    def _legend(self) -> list[tuple[str, QColor, bool]]:
        entries = [(label, PALETTE[j % len(PALETTE)], False) for j, (label, _) in enumerate(self.series)]
        entries += [(f"{label} {short_number(value)}", self._line_color(k), True)
                    for k, (label, value) in enumerate(self.lines)]
        return entries

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm, h = p.fontMetrics(), p.fontMetrics().height()
        totals = self.totals()
        plot, y_of = self._paint_axis(p, self._paint_legend(p, h), max([*totals, *(v for _, v in self.lines), 0.0]))
        if plot.height() < 10 or plot.width() < 10:
            p.end()
            return
        width = plot.width() / max(1, len(self.categories))
        bar_w = min(width * 0.6, 56.0)
        labels = category_labels(self.categories, width, fm.horizontalAdvance)
        for i in range(len(self.categories)):
            x = plot.left() + i * width + (width - bar_w) / 2
            base = 0.0
            for j, (_, values) in enumerate(self.series):
                value = max(values[i], 0.0) if i < len(values) else 0.0
                if value:
                    p.fillRect(QRectF(x, y_of(base + value), bar_w, y_of(base) - y_of(base + value)),
                               PALETTE[j % len(PALETTE)])
                base += value
            p.setPen(self.palette().text().color())
            total_text = short_number(totals[i])
            if fm.horizontalAdvance(total_text) <= width:
                p.drawText(QRectF(plot.left() + i * width, y_of(totals[i]) - h - 1, width, h),
                           Qt.AlignmentFlag.AlignCenter, total_text)
            self._paint_category_label(p, plot, i, width, labels[i])
        self._paint_lines(p, plot, y_of, [(value, self._line_color(k)) for k, (_, value) in enumerate(self.lines)])
        p.end()
