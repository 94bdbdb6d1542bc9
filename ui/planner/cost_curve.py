"""The marginal abatement cost curve (QPainter): one bar per estate from the cheapest tonne to the
dearest, as wide as its yearly saving and as high as its cost per tce/a, coloured by mode, with
the programme target as a dashed vertical line."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from retrofit.planner.costs import CostCurve
from retrofit.planner.model import MODES
from ui.axis_chart import nice_scale, short_number
from ui.fields import choice_label

translate = QCoreApplication.translate

MODE_COLORS = {"retrofit": QColor("#4f81bd"), "add_storey": QColor("#9bbb59"), "rebuild": QColor("#c0504d")}
TARGET_COLOR = QColor("#b00020")


class CostCurveChart(QWidget):
    """Shows a :class:`retrofit.planner.costs.CostCurve`; ``curve`` is what is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curve: CostCurve | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(360, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 150)

    def set_curve(self, curve: CostCurve | None) -> None:
        self.curve = curve
        self.update()

    def modes(self) -> list[str]:
        """The modes shown in the legend (those of the estates on the curve)."""
        present = {s.mode for s in self.curve.segments} if self.curve else set()
        return [m for m in MODES if m in present]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        h = fm.height()
        text = self.palette().text().color()
        x = 4.0
        for mode in self.modes():
            label = choice_label(mode)
            p.fillRect(QRectF(x, 2 + h * 0.15, h * 0.8, h * 0.8), MODE_COLORS.get(mode, QColor("#7f7f7f")))
            p.setPen(text)
            p.drawText(QRectF(x + h + 2, 2, fm.horizontalAdvance(label) + 4, h), Qt.AlignmentFlag.AlignVCenter, label)
            x += h + fm.horizontalAdvance(label) + 16
        curve = self.curve
        if curve is None or not curve.segments:
            p.end()
            return
        target_label = translate("Planner", "Target %1 tce/a").replace("%1", short_number(curve.target_tce))
        p.setPen(QPen(TARGET_COLOR, 2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x, 2 + h / 2), QPointF(x + h * 0.9, 2 + h / 2))
        p.setPen(text)
        p.drawText(QRectF(x + h + 2, 2, fm.horizontalAdvance(target_label) + 4, h), Qt.AlignmentFlag.AlignVCenter,
                   target_label)
        unit = translate("Planner", "RMB per tce/a")
        p.drawText(QRectF(4, h + 4, self.width() - 8, h), Qt.AlignmentFlag.AlignLeft, unit)
        self._paint_plot(p, QRectF(0, 2 * h + 8, self.width(), self.height() - 2 * h - 8))
        p.end()

    def _paint_plot(self, p: QPainter, area: QRectF) -> None:
        curve = self.curve
        assert curve is not None
        fm = p.fontMetrics()
        h = fm.height()
        heights = [s.height for s in curve.segments]
        y_top, y_step = nice_scale(1.05 * max(heights), 4)
        x_top, x_step = nice_scale(max(curve.total_tce, curve.target_tce) * 1.02, 4)
        y_ticks = [y_step * i for i in range(int(round(y_top / y_step)) + 1)]
        label_w = max(fm.horizontalAdvance(short_number(t)) for t in y_ticks)
        plot = QRectF(area.left() + label_w + 10, area.top() + h / 2, area.width() - label_w - 24,
                      area.height() - 2 * h - 8)
        if plot.width() < 20 or plot.height() < 20:
            return

        def px(tce: float) -> float:
            return plot.left() + plot.width() * tce / x_top

        def py(value: float) -> float:
            return plot.bottom() - plot.height() * value / y_top

        grid, text = self.palette().mid().color(), self.palette().text().color()
        for tick in y_ticks:
            p.setPen(QPen(grid, 1, Qt.PenStyle.DotLine if tick else Qt.PenStyle.SolidLine))
            p.drawLine(QPointF(plot.left(), py(tick)), QPointF(plot.right(), py(tick)))
            p.setPen(text)
            p.drawText(QRectF(area.left() + 2, py(tick) - h / 2, label_w + 4, h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, short_number(tick))
        for seg in curve.segments:
            left, right = px(seg.start_tce), px(seg.start_tce + seg.width_tce)
            p.fillRect(QRectF(left, py(seg.height), max(right - left, 0.5), plot.bottom() - py(seg.height)),
                       MODE_COLORS.get(seg.mode, QColor("#7f7f7f")))
        p.setPen(text)
        for i in range(int(round(x_top / x_step)) + 1):
            tick = i * x_step
            p.drawText(QRectF(px(tick) - 40, plot.bottom() + 2, 80, h), Qt.AlignmentFlag.AlignCenter,
                       short_number(tick))
        p.drawText(QRectF(plot.left(), plot.bottom() + h + 2, plot.width(), h), Qt.AlignmentFlag.AlignRight,
                   translate("Planner", "Saved coal [tce/a]"))
        p.setPen(QPen(TARGET_COLOR, 2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(px(curve.target_tce), plot.top()), QPointF(px(curve.target_tce), plot.bottom()))
