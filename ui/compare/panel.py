"""The package comparison tab: usual vs advanced vs a custom package for the current estate."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from retrofit.domain.errors import RetrofitError
from retrofit.services.api import AppServices
from retrofit.services.dto import ResultSummary
from ui.fields import choice_label
from ui.format import amount, money_unit_of, number, yuan
from ui.i18n import QT_TRANSLATE_NOOP
from ui.results.charts import GroupedBarChart
from ui.results.figures import figures
from ui.screens import scroll_content
from ui.tables import read_only_table

translate = QCoreApplication.translate


_ROWS = (
    ("q_h_after", QT_TRANSLATE_NOOP("Compare", "q_H after [W/m²]")),
    ("coal_after", QT_TRANSLATE_NOOP("Compare", "Coal index after [kgce/m²]")),
    ("saved_tce", QT_TRANSLATE_NOOP("Compare", "Saved coal [tce/a]")),
    ("band", QT_TRANSLATE_NOOP("Compare", "Saved coal P10–P90 [tce/a]")),
    ("saved_tco2", QT_TRANSLATE_NOOP("Compare", "Saved CO2 [t/a]")),
    ("mw", QT_TRANSLATE_NOOP("Compare", "Freed capacity [MW]")),
    ("cost", QT_TRANSLATE_NOOP("Compare", "Cost")),
    ("cost_per_tce", QT_TRANSLATE_NOOP("Compare", "Cost per saved tce [RMB]")),
)
REFERENCE = ("usual", "advanced")
NOT_A_PACKAGE = ("none",)


def comparison_rows(summaries: dict[str, ResultSummary]) -> dict[str, list[str]]:
    """{row key: [text per package]} in the order of ``summaries``."""
    out: dict[str, list[str]] = {key: [] for key, _ in _ROWS}
    figs = [figures(summary) for summary in summaries.values()]
    unit = money_unit_of(f.cost_rmb for f in figs)                  # one unit for the row
    for f in figs:
        lo, hi = f.saved_tce_band
        out["q_h_after"].append(number(f.q_h_after))
        out["coal_after"].append(number(f.coal_after_kgce_m2))
        out["saved_tce"].append(amount(f.saved_tce))
        out["band"].append(f"{amount(lo)}–{amount(hi)}" if lo is not None and hi is not None else "")
        out["saved_tco2"].append(amount(f.saved_tco2))
        out["mw"].append(number(f.freed_capacity_mw, 2))
        out["cost"].append(unit.text(f.cost_rmb))                 # the unit is in the row's label
        out["cost_per_tce"].append(yuan(f.cost_rmb / f.saved_tce) if f.saved_tce else "")
    return out


def row_labels(summaries: dict[str, ResultSummary]) -> list[str]:
    """The rows' labels with their units; the cost in the unit of the row (万元 or 亿元)."""
    unit = money_unit_of(figures(summary).cost_rmb for summary in summaries.values())
    return [translate("Compare", t) + (f" [{unit.name}]" if key == "cost" else "") for key, t in _ROWS]


class ComparePanel(QWidget):
    def __init__(self, services: AppServices, show_error: Callable[[BaseException], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self._show_error = services, show_error
        self.estate_id: int | None = None
        self.summaries: dict[str, ResultSummary] = {}
        self.heading = QLabel()
        self.custom = QComboBox()
        self.custom.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.custom.currentIndexChanged.connect(lambda _i: self.refresh())
        self.custom_label = QLabel()
        self.table = read_only_table()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.custom_label)
        top.addWidget(self.custom)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.chart = GroupedBarChart()
        self.chart.setFixedHeight(220)
        layout.addWidget(self.chart)
        scroll_content(self, content)
        self.retranslate()

    def retranslate(self) -> None:
        self.custom_label.setText(translate("Compare", "Third package:"))
        self._fill_custom()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_custom(self) -> None:
        current = self.custom.currentData()
        packages = [p for p in self.services.settings.list_packages() if p not in REFERENCE + NOT_A_PACKAGE]
        packages.sort(key=lambda p: (p != "basic", p))
        self.custom.blockSignals(True)
        self.custom.clear()
        for p in packages:
            self.custom.addItem(choice_label(p), p)
        if current in packages:
            self.custom.setCurrentIndex(packages.index(current))
        self.custom.blockSignals(False)

    def set_estate(self, estate_id: int | None) -> None:
        self.estate_id = estate_id
        self.summaries = {}
        if self.isVisible():
            self.refresh()
        else:
            self._show()

    def packages(self) -> list[str]:
        third = self.custom.currentData()
        return [*REFERENCE, *([third] if third else [])]

    def refresh(self) -> None:
        if self.estate_id is None:
            self.summaries = {}
        else:
            try:
                self.summaries = self.services.results.compare_packages(self.estate_id, self.packages())
            except RetrofitError as exc:
                self._show_error(exc)
                self.summaries = {}
        self._show()

    def _show(self) -> None:
        if self.estate_id is None:
            self.heading.setText(translate("Compare", "Select an estate to compare packages."))
        else:
            name = self.services.records.get_estate(self.estate_id).estate
            self.heading.setText(translate("Compare", "Packages for %1 (nothing is saved)").replace("%1", name))
        rows = comparison_rows(self.summaries)
        names = list(self.summaries)
        self._show_chart(names)
        self.table.clear()
        self.table.setColumnCount(len(names))
        self.table.setRowCount(len(_ROWS))
        self.table.setHorizontalHeaderLabels([choice_label(n) for n in names])
        self.table.setVerticalHeaderLabels(row_labels(self.summaries))
        self.table.verticalHeader().setVisible(True)
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QTableWidgetItem

        for i, (key, _) in enumerate(_ROWS):
            for j, text in enumerate(rows[key]):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)

    def _show_chart(self, names: list[str]) -> None:
        figs = [figures(self.summaries[n]) for n in names]
        unit = money_unit_of(f.cost_rmb for f in figs)
        self.chart.set_series([
            (translate("Compare", "Saved coal [tce/a]"), [f.saved_tce for f in figs]),
            (translate("Compare", "Freed capacity [MW]"), [f.freed_capacity_mw for f in figs]),
            (translate("Compare", "Cost") + f" [{unit.name}]", [unit.value(f.cost_rmb) for f in figs]),
            (translate("Compare", "Coal index after [kgce/m²]"), [f.coal_after_kgce_m2 for f in figs]),
        ], [choice_label(n) for n in names])
