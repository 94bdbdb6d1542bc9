"""Small QPainter charts (QtCharts is not part of pyside6-essentials): grouped before/after
bars and a stacked funding bar with a legend."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
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
                           Qt.AlignmentFlag.AlignCenter, f"{value:,.1f}" if abs(value) < 1e4 else f"{value:,.0f}")
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
        return self.sizeHint()

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
