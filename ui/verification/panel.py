"""The verification tab: what the heat meters show against what was predicted (method §12).

Above, the city: the totals and one line per estate (buildings verified, without a baseline,
without a season after the works, without readings, measured and predicted saving, realisation
rate). Below, the estate chosen there or in the estates list: its buildings with their seasons
before and after, the normalised coal use, the measured and predicted saving, the realisation
rate and the P10–P90 flag; and a chart of the seasons (of the estate, or of the building chosen)
against the predicted levels before and after. Everything is computed in the background.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from retrofit import i18n
from retrofit.services.api import AppServices
from ui.format import number
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tables import fill_table, read_only_table
from ui.tasks import TaskRunner
from ui.verification.charts import CLASS_COLORS, PREDICTED_AFTER, PREDICTED_BEFORE, GroupedColumnChart

translate = QCoreApplication.translate

STATUS_LABELS = {
    "verified": QT_TRANSLATE_NOOP("Verification", "verified"),
    "no_baseline": QT_TRANSLATE_NOOP("Verification", "no baseline"),
    "no_after": QT_TRANSLATE_NOOP("Verification", "no season after"),
    "no_readings": QT_TRANSLATE_NOOP("Verification", "no readings"),
}
FLAG_LABELS = {
    "under": QT_TRANSLATE_NOOP("Verification", "below P10"),
    "within": QT_TRANSLATE_NOOP("Verification", "within P10–P90"),
    "over": QT_TRANSLATE_NOOP("Verification", "above P90"),
}
CLASS_LABELS = {
    "before": QT_TRANSLATE_NOOP("Verification", "before the works"),
    "after": QT_TRANSLATE_NOOP("Verification", "after the works"),
    "overlap": QT_TRANSLATE_NOOP("Verification", "during the works (left out)"),
}
ESTATE_COLUMNS = {
    "estate": QT_TRANSLATE_NOOP("Verification", "Estate"),
    "buildings": QT_TRANSLATE_NOOP("Verification", "Buildings"),
    "verified": QT_TRANSLATE_NOOP("Verification", "Verified"),
    "no_baseline": QT_TRANSLATE_NOOP("Verification", "No baseline"),
    "no_after": QT_TRANSLATE_NOOP("Verification", "No season after"),
    "no_readings": QT_TRANSLATE_NOOP("Verification", "No readings"),
    "estate_meter": QT_TRANSLATE_NOOP("Verification", "Estate meter"),
    "measured_saved_tce": QT_TRANSLATE_NOOP("Verification", "Measured saving [tce/a]"),
    "predicted_saved_tce": QT_TRANSLATE_NOOP("Verification", "Predicted saving [tce/a]"),
    "realisation_rate": QT_TRANSLATE_NOOP("Verification", "Realisation"),
    "under_performing": QT_TRANSLATE_NOOP("Verification", "Below P10"),
}
BUILDING_COLUMNS = {
    "building": QT_TRANSLATE_NOOP("Verification", "Building"),
    "status": QT_TRANSLATE_NOOP("Verification", "Status"),
    "seasons": QT_TRANSLATE_NOOP("Verification", "Seasons before/after"),
    "q_c_before_norm_kgce_m2": QT_TRANSLATE_NOOP("Verification", "Before [kgce/m²]"),
    "q_c_after_norm_kgce_m2": QT_TRANSLATE_NOOP("Verification", "After [kgce/m²]"),
    "predicted_q_c_after_kgce_m2": QT_TRANSLATE_NOOP("Verification", "Predicted after [kgce/m²]"),
    "measured_saved_tce": QT_TRANSLATE_NOOP("Verification", "Measured saving [tce/a]"),
    "predicted_saved_tce": QT_TRANSLATE_NOOP("Verification", "Predicted saving [tce/a]"),
    "realisation_rate": QT_TRANSLATE_NOOP("Verification", "Realisation"),
    "performance": QT_TRANSLATE_NOOP("Verification", "P10–P90"),
    "calibration": QT_TRANSLATE_NOOP("Verification", "Calibration k (source)"),
}
SOURCE_LABELS = {
    "meters": QT_TRANSLATE_NOOP("Verification", "meters"),
    "measured_gj_m2": QT_TRANSLATE_NOOP("Verification", "metered heat"),
    "measured_kgce_m2": QT_TRANSLATE_NOOP("Verification", "metered coal"),
}


def _rate(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f} %"


def _calibration(row: Mapping[str, Any]) -> str:
    """k and where the measured level came from (method §8), or – without a measurement."""
    source = row.get("calibration_source")
    if not source or row.get("calibration_k") is None:
        return "–"
    return f"{row['calibration_k']:.2f} ({_label(SOURCE_LABELS, source)})"


def _label(table: Mapping[str, str], key: str | None) -> str:
    return translate("Verification", table[key]) if key is not None and key in table else "–"


class VerificationPanel(QWidget):
    def __init__(self, services: AppServices, runner: TaskRunner, show_error: Callable[[BaseException], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self._runner, self._show_error = services, runner, show_error
        self.overview: dict[str, Any] | None = None
        self.view: dict[str, Any] | None = None
        self.estate_id: int | None = None
        self.stale = True
        self._generation = 0
        self.status = QLabel()
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.estates = read_only_table()
        self.estates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.estates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.estates.itemSelectionChanged.connect(self._on_estate_row)
        self.buildings = read_only_table()
        self.buildings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.buildings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.buildings.itemSelectionChanged.connect(self._show_chart)
        self.chart = GroupedColumnChart()
        self.notices = QLabel()
        self.notices.setWordWrap(True)
        self.notices.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        self.city_box, self.estate_box = QGroupBox(), QGroupBox()
        city = QVBoxLayout(self.city_box)
        city.addWidget(self.totals)
        city.addWidget(self.estates, 1)
        lower = QHBoxLayout(self.estate_box)
        lower.addWidget(self.buildings, 3)
        right = QVBoxLayout()
        right.addWidget(self.chart, 1)
        right.addWidget(self.notices)
        lower.addLayout(right, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.city_box)
        split.addWidget(self.estate_box)
        split.setStretchFactor(1, 2)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def retranslate(self) -> None:
        self.refresh_button.setText(translate("Verification", "Recalculate"))
        self.city_box.setTitle(translate("Verification", "The city against the heat meters"))
        self._estate_title()
        if self.overview is not None:
            self.show_overview(self.overview)
        if self.view is not None:
            self.show_estate(self.view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _estate_title(self) -> None:
        name = self.view["estate"] if self.view else ""
        self.estate_box.setTitle(translate("Verification", "Estate: %1").replace("%1", name) if name else
                                 translate("Verification", "Choose an estate"))

    # ----- the city -----
    def mark_stale(self) -> None:
        """Records, meters or settings changed: recompute when shown."""
        self.stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self.stale = False
        self._generation += 1
        generation = self._generation
        self.status.setText(translate("Verification", "Verifying the whole city…"))
        self.refresh_button.setEnabled(False)
        self._runner.start(lambda progress, cancel: self.services.verification.overview(),
                           on_success=lambda data: self._overview_done(generation, data),
                           on_failure=self._on_failure)
        if self.estate_id is not None:
            self.set_estate(self.estate_id)

    def _overview_done(self, generation: int, data: Mapping[str, Any]) -> None:
        if generation == self._generation:
            self.show_overview(data)

    def _on_failure(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText("")
        self._show_error(exc)

    def show_overview(self, data: Mapping[str, Any]) -> None:
        self.overview = dict(data)
        self.refresh_button.setEnabled(True)
        self.status.setText("")
        t = data["totals"]
        self.totals.setText(translate(
            "Verification", "%1 of %2 buildings verified: %3 tce/a saved as measured, %4 tce/a predicted, "
                            "realisation %5; %6 below their P10. No baseline: %7, no season after the works: %8, "
                            "no readings: %9.").replace("%1", number(t["verified_buildings"], 0)).replace(
            "%2", number(t["buildings"], 0)).replace("%3", number(t["measured_saved_tce"], 0)).replace(
            "%4", number(t["predicted_saved_tce"], 0)).replace("%5", _rate(t["realisation_rate"])).replace(
            "%6", number(t["under_performing"], 0)).replace("%7", number(t["no_baseline_buildings"], 0)).replace(
            "%8", number(t["no_after_buildings"], 0)).replace("%9", number(t["no_readings_buildings"], 0)))
        rows = [self._estate_line(line) for line in data["estates"]]
        headers = {k: translate("Verification", v) for k, v in ESTATE_COLUMNS.items()}
        self.estates.blockSignals(True)
        fill_table(self.estates, [{headers[k]: v for k, v in r.items()} for r in rows], list(headers.values()))
        self.estates.blockSignals(False)
        self._select_estate_row()

    @staticmethod
    def _estate_line(line: Mapping[str, Any]) -> dict[str, Any]:
        return {"estate": line["estate"],
                **{k: number(line[k], 0) for k in ("buildings", "verified", "no_baseline", "no_after", "no_readings")},
                "estate_meter": _label(STATUS_LABELS, line["estate_meter"]) if line["estate_meter"] else "",
                "measured_saved_tce": number(line["measured_saved_tce"], 1),
                "predicted_saved_tce": number(line["predicted_saved_tce"], 1),
                "realisation_rate": _rate(line["realisation_rate"]),
                "under_performing": number(line["under_performing"], 0)}

    def _estate_ids(self) -> list[int]:
        return [line["estate_id"] for line in (self.overview or {}).get("estates", [])]

    def _select_estate_row(self) -> None:
        ids = self._estate_ids()
        if self.estate_id in ids:
            self.estates.blockSignals(True)
            self.estates.selectRow(ids.index(self.estate_id))
            self.estates.blockSignals(False)

    def _on_estate_row(self) -> None:
        rows = self.estates.selectionModel().selectedRows()
        ids = self._estate_ids()
        if rows and rows[0].row() < len(ids):
            self.set_estate(ids[rows[0].row()])

    # ----- one estate -----
    def set_estate(self, estate_id: int | None) -> None:
        """Show one estate (in the background)."""
        self.estate_id = estate_id
        if estate_id is None:
            return
        self._select_estate_row()
        generation = self._generation
        lang = i18n.language()
        self._runner.start(lambda progress, cancel: self.services.verification.estate_view(estate_id, lang),
                           on_success=lambda view: self._estate_done(generation, estate_id, view),
                           on_failure=self._show_error)

    def _estate_done(self, generation: int, estate_id: int, view: Mapping[str, Any]) -> None:
        if generation == self._generation and estate_id == self.estate_id:
            self.show_estate(view)

    def show_estate(self, view: Mapping[str, Any]) -> None:
        self.view = dict(view)
        self._estate_title()
        rows = [*view["buildings"], *([view["estate_meter"]] if view.get("estate_meter") else [])]
        headers = {k: translate("Verification", v) for k, v in BUILDING_COLUMNS.items()}
        meter = translate("Verification", "(estate meter)")
        table = [{headers["building"]: r.get("building", meter), headers["status"]: _label(STATUS_LABELS, r["status"]),
                  headers["seasons"]: f"{r['seasons_before']} / {r['seasons_after']}",
                  **{headers[k]: number(r[k], 1) for k in ("q_c_before_norm_kgce_m2", "q_c_after_norm_kgce_m2",
                                                           "predicted_q_c_after_kgce_m2", "measured_saved_tce",
                                                           "predicted_saved_tce")},
                  headers["realisation_rate"]: _rate(r["realisation_rate"]),
                  headers["performance"]: _label(FLAG_LABELS, r.get("performance")),
                  headers["calibration"]: _calibration(r)} for r in rows]
        self.buildings.blockSignals(True)
        fill_table(self.buildings, table, list(headers.values()))
        self.buildings.blockSignals(False)
        self._show_chart()

    def selected_row(self) -> dict[str, Any] | None:
        """The building (or the estate meter) chosen in the table, or None."""
        if self.view is None:
            return None
        rows = [*self.view["buildings"], *([self.view["estate_meter"]] if self.view.get("estate_meter") else [])]
        chosen = self.buildings.selectionModel().selectedRows() if self.buildings.selectionModel() else []
        return rows[chosen[0].row()] if chosen and chosen[0].row() < len(rows) else None

    def _show_chart(self) -> None:
        if self.view is None:
            return
        row = self.selected_row()
        if row is None:
            seasons = [(p["season"], p["class"], p["q_c_norm_kgce_m2"]) for p in self.view["series"]]
            before, after = self.view["predicted_before_kgce_m2"], self.view["predicted_after_kgce_m2"]
            self.notices.setText("")
        else:
            seasons = [(s["season"], s["class"], s["q_c_norm_kgce_m2"]) for s in row["seasons"]]
            before, after = row.get("predicted_q_c_before_kgce_m2"), row["predicted_q_c_after_kgce_m2"]
            self.notices.setText("\n".join(row["notices"]))
        kinds = [k for k in ("before", "after", "overlap") if any(s[1] == k for s in seasons)]
        self.chart.set_data([s[0] for s in seasons], [[(s[2] or 0.0, CLASS_COLORS[s[1]])] for s in seasons],
                            [(_label(CLASS_LABELS, k), CLASS_COLORS[k]) for k in kinds],
                            [(translate("Verification", "predicted before"), before, PREDICTED_BEFORE),
                             (translate("Verification", "predicted after"), after, PREDICTED_AFTER)],
                            translate("Verification", "Normalised coal use [kgce/m²]"))

