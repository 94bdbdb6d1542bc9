"""The programme dashboard tab (``results.city_dashboard()`` and ``verification.progress()``,
computed in the background)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from retrofit.services.api import AppServices
from retrofit.services.dashboard import TARGET_KEYS, CityDashboard
from ui.dashboard.progress import ProgressBox
from ui.fields import choice_label
from ui.format import number
from ui.i18n import QT_TRANSLATE_NOOP
from ui.screens import scroll_content
from ui.tables import fill_table, read_only_table
from ui.tasks import TaskRunner

translate = QCoreApplication.translate


_TARGET_LABELS = {
    "saved_tce": QT_TRANSLATE_NOOP("Dashboard", "Saved coal [tce/a]"),
    "saved_tco2": QT_TRANSLATE_NOOP("Dashboard", "Saved CO2 [t/a]"),
    "freed_capacity_mw": QT_TRANSLATE_NOOP("Dashboard", "Freed capacity [MW]"),
}
COLUMN_LABELS = {
    "district": QT_TRANSLATE_NOOP("Dashboard", "District"), "year": QT_TRANSLATE_NOOP("Dashboard", "Year"),
    "buildings": QT_TRANSLATE_NOOP("Dashboard", "Buildings"),
    "floor_area_m2": QT_TRANSLATE_NOOP("Dashboard", "Floor area [m²]"),
    "saved_tce": QT_TRANSLATE_NOOP("Dashboard", "Saved coal [tce/a]"),
    "saved_tco2": QT_TRANSLATE_NOOP("Dashboard", "Saved CO2 [t/a]"),
    "freed_capacity_mw": QT_TRANSLATE_NOOP("Dashboard", "Freed capacity [MW]"),
    "cost_rmb": QT_TRANSLATE_NOOP("Dashboard", "Cost"),
    "budget_rmb": QT_TRANSLATE_NOOP("Dashboard", "Budget"),
    "extra_area_m2": QT_TRANSLATE_NOOP("Dashboard", "Extra floor area [m²]"),
    "coal_before_tce": QT_TRANSLATE_NOOP("Dashboard", "Coal before [tce/a]"),
    "coal_after_tce": QT_TRANSLATE_NOOP("Dashboard", "Coal after [tce/a]"),
    "cumulative_saved_tce": QT_TRANSLATE_NOOP("Dashboard", "Cumulative saved coal [tce/a]"),
    "households": QT_TRANSLATE_NOOP("Dashboard", "Households"),
    "surplus_rmb": QT_TRANSLATE_NOOP("Dashboard", "Surplus"),
    "estates": QT_TRANSLATE_NOOP("Dashboard", "Estates"),
    "share": QT_TRANSLATE_NOOP("Dashboard", "Share"),
    "key": QT_TRANSLATE_NOOP("Dashboard", "Key"), "value": QT_TRANSLATE_NOOP("Dashboard", "Value"),
}


def column_headers() -> dict[str, str]:
    return {k: translate("Dashboard", v) for k, v in COLUMN_LABELS.items()}


class DashboardPanel(QWidget):
    def __init__(self, services: AppServices, runner: TaskRunner,
                 show_error: Callable[[BaseException], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self._runner, self._show_error = services, runner, show_error
        self.data: CityDashboard | None = None
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.status = QLabel()
        self.targets_box = QGroupBox()
        self.targets = QGridLayout(self.targets_box)
        self.modes_box = QGroupBox()
        self.modes = QGridLayout(self.modes_box)
        self.district_box, self.by_district = QGroupBox(), read_only_table()
        self.year_box, self.by_year = QGroupBox(), read_only_table()
        self.progress_box = ProgressBox()
        QVBoxLayout(self.district_box).addWidget(self.by_district)
        QVBoxLayout(self.year_box).addWidget(self.by_year)
        for table in (self.by_district, self.by_year):
            table.setMinimumHeight(150)            # a small window scrolls the tab instead of squeezing them
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.refresh_button)
        upper = QHBoxLayout()
        upper.addWidget(self.targets_box, 3)
        upper.addWidget(self.modes_box, 2)
        lower = QVBoxLayout()
        lower.addWidget(self.district_box, 3)
        lower.addWidget(self.year_box, 2)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        layout.addLayout(upper)
        layout.addWidget(self.progress_box, 1)
        layout.addLayout(lower, 1)
        scroll_content(self, content)
        self.retranslate()

    def retranslate(self) -> None:
        self.refresh_button.setText(translate("Dashboard", "Recalculate"))
        self.targets_box.setTitle(translate("Dashboard", "City totals against the programme targets"))
        self.modes_box.setTitle(translate("Dashboard", "Mode shares (floor area)"))
        self.district_box.setTitle(translate("Dashboard", "By district"))
        self.year_box.setTitle(translate("Dashboard", "By planned year"))
        self.progress_box.retranslate()
        if self.data is not None:
            self.show_data(self.data)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        if not self.refresh_button.isEnabled():
            return                                   # already calculating
        self.status.setText(translate("Dashboard", "Calculating the whole city…"))
        self.refresh_button.setEnabled(False)
        self._runner.start(lambda progress, cancel: replace(self.services.results.city_dashboard(),
                                                            progress=self.services.verification.progress()),
                           on_success=self.show_data, on_failure=self._on_failure)

    def _on_failure(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText("")
        self._show_error(exc)

    def show_data(self, data: CityDashboard) -> None:
        self.data = data
        self.refresh_button.setEnabled(True)
        self.status.setText("")
        self._show_targets(data)
        self._show_modes(data)
        if data.progress is not None:
            self.progress_box.show_progress(data.progress)
        headers = column_headers()
        fill_table(self.by_district, [g.record("district") for g in data.by_district], headers=headers)
        fill_table(self.by_year, [g.record("year") for g in data.by_year], headers=headers)

    def _show_targets(self, data: CityDashboard) -> None:
        """Gross figures against the targets, and beside them the figures net of the new load
        (the coal and plant load of the floor area that added storeys and rebuilds add)."""
        _clear(self.targets)
        for row, key in enumerate(TARGET_KEYS):
            value, target = data.value(key), data.target(key)
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setValue(int(min(1.0, data.progress_of(key)) * 1000))
            bar.setFormat(f"{100 * data.progress_of(key):.1f} %" if target else "")
            self.targets.addWidget(QLabel(translate("Dashboard", _TARGET_LABELS[key])), row, 0)
            self.targets.addWidget(bar, row, 1)
            self.targets.addWidget(QLabel(f"{number(value, 0)} / {number(target, 0)}"), row, 2)
            label = QLabel(translate("Dashboard", "net of new load %1 (%2)").replace("%1", number(data.value(key, net=True), 0))
                           .replace("%2", f"{100 * data.progress_of(key, net=True):.1f} %" if target else ""))
            label.setObjectName(f"net_{key}")
            self.targets.addWidget(label, row, 3)
        text = translate("Dashboard", "New load of the %1 m² that added storeys and rebuilds add: %2 tce/a, %3 MW; "
                                      "the targets are gross")
        for mark, key, decimals in (("%1", "added_area_m2", 0), ("%2", "new_load_tce", 0), ("%3", "new_load_mw", 1)):
            text = text.replace(mark, number(data.totals[key], decimals))
        note = QLabel(text)
        note.setObjectName("new_load_note")
        note.setWordWrap(True)
        self.targets.addWidget(note, len(TARGET_KEYS), 0, 1, 4)

    def _show_modes(self, data: CityDashboard) -> None:
        _clear(self.modes)
        for row, (mode, share) in enumerate(data.mode_shares.items()):
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setValue(int(share.share * 1000))
            bar.setFormat(f"{100 * share.share:.1f} %")
            self.modes.addWidget(QLabel(choice_label(mode)), row, 0)
            self.modes.addWidget(bar, row, 1)
        ok, cap = data.rebuild_within_cap, f"{100 * data.rebuild_cap:.0f}"
        note = QLabel((translate("Dashboard", "Rebuild share within the cap of %1 %") if ok else
                       translate("Dashboard", "Rebuild share exceeds the cap of %1 %")).replace("%1", cap))
        note.setObjectName("rebuild_cap_note")
        note.setStyleSheet("" if ok else "color: #b00020; font-weight: bold")
        self.modes.addWidget(note, len(data.mode_shares), 0, 1, 2)


def _clear(layout: QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
