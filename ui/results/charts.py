"""Small QPainter charts (QtCharts is not part of pyside6-essentials): grouped before/after
bars, a stacked funding bar with a legend, and stacked columns per year with reference lines."""
from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

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


class ColumnChart(QWidget):
    """Vertical columns, one per category (e.g. a year), stacked by series, on a value axis with
    grid lines, the total above each column and optional dashed reference lines (a target, a
    budget) that are named in the legend."""

    LINE_COLORS = [QColor("#b00020"), QColor("#404040")]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.lines: list[tuple[str, float]] = []
        self.unit = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(320, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 150)

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

    def _legend(self) -> list[tuple[str, QColor, bool]]:
        entries = [(label, PALETTE[j % len(PALETTE)], False) for j, (label, _) in enumerate(self.series)]
        entries += [(f"{label} {short_number(value)}", self.LINE_COLORS[k % len(self.LINE_COLORS)], True)
                    for k, (label, value) in enumerate(self.lines)]
        return entries

    def _legend_rows(self, width: float, h: int) -> list[list[tuple[float, str, QColor, bool]]]:
        fm = self.fontMetrics()
        rows: list[list[tuple[float, str, QColor, bool]]] = [[]]
        x = 4.0
        for text, color, dashed in self._legend():
            w = h + fm.horizontalAdvance(text) + 12
            if rows[-1] and x + w > width:
                rows.append([])
                x = 4.0
            rows[-1].append((x, text, color, dashed))
            x += w
        return [r for r in rows if r]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        h = fm.height()
        text_color = self.palette().text().color()
        grid_color = self.palette().mid().color()
        legend = self._legend_rows(self.width() - 8.0, h)
        y = 2.0
        for row in legend:
            for x, text, color, dashed in row:
                if dashed:
                    p.setPen(QPen(color, 2, Qt.PenStyle.DashLine))
                    p.drawLine(QPointF(x, y + h / 2), QPointF(x + h * 0.9, y + h / 2))
                else:
                    p.fillRect(QRectF(x, y + h * 0.15, h * 0.8, h * 0.8), color)
                p.setPen(text_color)
                p.drawText(QRectF(x + h + 2, y, fm.horizontalAdvance(text) + 4, h), Qt.AlignmentFlag.AlignVCenter, text)
            y += h + 2
        if self.unit:
            p.setPen(text_color)
            p.drawText(QRectF(4, y, self.width() - 8, h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       self.unit)
            y += h
        plot_top, plot_bottom = y + h + 2, self.height() - h - 6.0     # room for the top total and the labels
        totals = self.totals()
        steps = min(4, int((plot_bottom - plot_top) // (1.6 * h)))
        top_value, step = nice_scale(1.1 * max([*totals, *(v for _, v in self.lines), 0.0]), steps)
        ticks = [step * i for i in range(int(round(top_value / step)) + 1)]
        label_w = max(fm.horizontalAdvance(short_number(t)) for t in ticks)
        plot = QRectF(label_w + 10, plot_top, self.width() - label_w - 16, plot_bottom - plot_top)
        if plot.height() < 10 or plot.width() < 10:
            p.end()
            return

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / top_value

        for tick in ticks:
            p.setPen(QPen(grid_color, 1, Qt.PenStyle.DotLine if tick else Qt.PenStyle.SolidLine))
            p.drawLine(QPointF(plot.left(), y_of(tick)), QPointF(plot.right(), y_of(tick)))
            p.setPen(text_color)
            p.drawText(QRectF(2, y_of(tick) - h / 2, label_w + 4, h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, short_number(tick))
        n = max(1, len(self.categories))
        width = plot.width() / n
        bar_w = min(width * 0.6, 56.0)
        labels = category_labels(self.categories, width, fm.horizontalAdvance)
        for i, _category in enumerate(self.categories):
            x = plot.left() + i * width + (width - bar_w) / 2
            base = 0.0
            for j, (_, values) in enumerate(self.series):
                value = max(values[i], 0.0) if i < len(values) else 0.0
                if value:
                    p.fillRect(QRectF(x, y_of(base + value), bar_w, y_of(base) - y_of(base + value)),
                               PALETTE[j % len(PALETTE)])
                base += value
            p.setPen(text_color)
            total_text = short_number(totals[i])
            if fm.horizontalAdvance(total_text) <= width:
                p.drawText(QRectF(plot.left() + i * width, y_of(totals[i]) - h - 1, width, h),
                           Qt.AlignmentFlag.AlignCenter, total_text)
            p.drawText(label_rect(plot.left() + i * width, width, fm.horizontalAdvance(labels[i]), plot.bottom() + 3, h + 2),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine, labels[i])
        for k, (_, value) in enumerate(self.lines):
            p.setPen(QPen(self.LINE_COLORS[k % len(self.LINE_COLORS)], 2, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(plot.left(), y_of(value)), QPointF(plot.right(), y_of(value)))
        p.end()
