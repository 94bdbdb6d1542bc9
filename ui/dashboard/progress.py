"""The dashboard's programme progress (``app.verification.progress()``): floor area by works
status, floor area by year planned against completed, and the cumulative saving measured by the
meters against the target, next to the predicted one."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from retrofit.services.dashboard import ProgrammeProgress
from ui.format import number
from ui.i18n import QT_TRANSLATE_NOOP
from ui.verification.charts import TARGET, GroupedColumnChart

translate = QCoreApplication.translate

STATUS_LABELS = {
    "planned": QT_TRANSLATE_NOOP("Dashboard", "Planned"),
    "design": QT_TRANSLATE_NOOP("Dashboard", "Design"),
    "construction": QT_TRANSLATE_NOOP("Dashboard", "Under construction"),
    "completed": QT_TRANSLATE_NOOP("Dashboard", "Completed"),
}
PLANNED, COMPLETED = QColor("#8a9bb0"), QColor("#3f9b5a")
PREDICTED, MEASURED = QColor("#8a9bb0"), QColor("#1f4e79")


class ProgressBox(QGroupBox):
    """Filled by :meth:`show_progress`; ``data`` keeps what is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ProgrammeProgress | None = None
        self.status_grid = QGridLayout()
        self.area_chart = GroupedColumnChart()
        self.saving_chart = GroupedColumnChart()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        charts = QHBoxLayout()
        charts.addWidget(self.area_chart, 1)
        charts.addWidget(self.saving_chart, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.status_grid)
        layout.addWidget(self.summary)
        layout.addLayout(charts, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("Dashboard", "Programme progress: works and verified savings"))
        if self.data is not None:
            self.show_progress(self.data)

    def show_progress(self, data: ProgrammeProgress) -> None:
        self.data = data
        self._show_statuses(data)
        years = data.years
        labels = [str(y.year) for y in years]
        self.area_chart.set_data(
            labels, [[(y.planned_area_m2 / 1e4, PLANNED), (y.completed_area_m2 / 1e4, COMPLETED)] for y in years],
            [(translate("Dashboard", "Planned"), PLANNED), (translate("Dashboard", "Completed"), COMPLETED)],
            unit=translate("Dashboard", "Floor area by year [10,000 m²]"))
        target = data.target_tce
        self.saving_chart.set_data(
            labels, [[(y.cumulative_predicted_completed_tce, PREDICTED), (y.cumulative_measured_saved_tce, MEASURED)]
                     for y in years],
            [(translate("Dashboard", "Predicted (completed)"), PREDICTED),
             (translate("Dashboard", "Measured (verified)"), MEASURED)],
            [(translate("Dashboard", "Target"), target, TARGET)] if target else [],
            unit=translate("Dashboard", "Cumulative coal saving [tce/a]"))
        rate, measured = data.realisation_rate, data.measured_saved_tce
        self.summary.setText(translate(
            "Dashboard", "Measured saving %1 tce/a (%2 % of the target) from %3 verified buildings; realisation "
                         "rate %4.").replace("%1", number(measured, 0)).replace(
            "%2", f"{100 * measured / target:.1f}" if target else "–").replace(
            "%3", number(data.verified_buildings, 0)).replace(
            "%4", "–" if rate is None else f"{100 * rate:.0f} %"))

    def _show_statuses(self, data: ProgrammeProgress) -> None:
        while self.status_grid.count():
            item = self.status_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        total = data.programme_area_m2 or 1.0
        for row, (key, label) in enumerate(STATUS_LABELS.items()):
            area = float(data.area_by_status.get(key, 0.0))
            bar = QProgressBar()
            bar.setObjectName(f"status_{key}")
            bar.setRange(0, 1000)
            bar.setValue(int(1000 * area / total))
            bar.setFormat(f"{100 * area / total:.1f} %")
            self.status_grid.addWidget(QLabel(translate("Dashboard", label)), row, 0)
            self.status_grid.addWidget(bar, row, 1)
            self.status_grid.addWidget(QLabel(f"{number(area, 0)} m²"), row, 2)
