"""The right dock: the results of the selection with before/after and funding charts."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QListWidget, QScrollArea, QVBoxLayout, QWidget

from retrofit.services.dto import ResultSummary
from ui.format import amount, money, number, yuan
from ui.i18n import QT_TRANSLATE_NOOP
from ui.results.charts import BeforeAfterChart, StackedBarChart
from ui.results.figures import Figures
from ui.results.presenter import ResultsPresenter

translate = QCoreApplication.translate
#: The narrowest the panel gets: every figure fits on its line below its caption.
MINIMUM_WIDTH = 220


FUNDING_LABELS = {
    "central_subsidy": QT_TRANSLATE_NOOP("Funding", "Central subsidy"),
    "local_topup": QT_TRANSLATE_NOOP("Funding", "Local top-up"),
    "heat_utility": QT_TRANSLATE_NOOP("Funding", "Heat utility"),
    "sales": QT_TRANSLATE_NOOP("Funding", "Sales of new floor area"),
    "residents": QT_TRANSLATE_NOOP("Funding", "Residents"),
    "city_budget": QT_TRANSLATE_NOOP("Funding", "City budget"),
    "central": QT_TRANSLATE_NOOP("Funding", "Central subsidy"),
    "local": QT_TRANSLATE_NOOP("Funding", "Local top-up"),
    "utility": QT_TRANSLATE_NOOP("Funding", "Heat utility"),
    "city": QT_TRANSLATE_NOOP("Funding", "City budget"),
}


def funding_label(key: str) -> str:
    source = FUNDING_LABELS.get(key)
    return translate("Funding", source) if source else key


_ROWS = (
    ("scope", QT_TRANSLATE_NOOP("ResultsPanel", "Selection")),
    ("area", QT_TRANSLATE_NOOP("ResultsPanel", "Floor area [m²]")),
    ("qh", QT_TRANSLATE_NOOP("ResultsPanel", "q_H before → after [W/m²]")),
    ("coal", QT_TRANSLATE_NOOP("ResultsPanel", "Coal index before → after [kgce/m²]")),
    ("tce", QT_TRANSLATE_NOOP("ResultsPanel", "Saved coal [tce/a]")),
    ("band", QT_TRANSLATE_NOOP("ResultsPanel", "Saved coal P10–P90 [tce/a]")),
    ("co2", QT_TRANSLATE_NOOP("ResultsPanel", "Saved CO2 [t/a]")),
    ("mw", QT_TRANSLATE_NOOP("ResultsPanel", "Freed capacity [MW]")),
    ("added", QT_TRANSLATE_NOOP("ResultsPanel", "Added floor area [m²]")),
    ("new_load", QT_TRANSLATE_NOOP("ResultsPanel", "New load: coal [tce/a] · plant [MW]")),
    ("cost", QT_TRANSLATE_NOOP("ResultsPanel", "Cost")),
    ("cost_hh", QT_TRANSLATE_NOOP("ResultsPanel", "Cost per household [RMB]")),
)

#: Rows shown only when the figures include added floor area.
_NEW_LOAD_ROWS = ("added", "new_load")


class ResultsPanel(QWidget):
    def __init__(self, presenter: ResultsPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self.figures_box = QGroupBox()
        self.form = form = QFormLayout(self.figures_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)    # narrow: the value below its label
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, _ in _ROWS:
            self.captions[key], self.values[key] = QLabel(), QLabel("–")
            self.values[key].setObjectName(f"result_{key}")
            self.values[key].setWordWrap(key == "scope")      # a figure never breaks: its row wraps
            form.addRow(self.captions[key], self.values[key])
        self.chart = BeforeAfterChart()
        self.chart_box = QGroupBox()
        QVBoxLayout(self.chart_box).addWidget(self.chart)
        self.funding = StackedBarChart()
        self.funding_box = QGroupBox()
        QVBoxLayout(self.funding_box).addWidget(self.funding)
        self.notices = QListWidget()
        self.notices.setMaximumHeight(90)
        self.notices_box = QGroupBox()
        QVBoxLayout(self.notices_box).addWidget(self.notices)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        for w in (self.figures_box, self.chart_box, self.funding_box, self.notices_box):
            layout.addWidget(w)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)   # wrap, never cut
        scroll.setWidget(inner)
        self.setMinimumWidth(MINIMUM_WIDTH)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._show_new_load(False)
        presenter.updated.connect(self._on_updated)
        presenter.busy_changed.connect(self._on_busy)
        self.retranslate()

    def retranslate(self) -> None:
        for key, text in _ROWS:
            self.captions[key].setText(translate("ResultsPanel", text))
        self.figures_box.setTitle(translate("ResultsPanel", "Results"))
        self.chart_box.setTitle(translate("ResultsPanel", "Before and after"))
        self.funding_box.setTitle(translate("ResultsPanel", "Funding per household [RMB]"))
        self.notices_box.setTitle(translate("ResultsPanel", "Notices"))
        if self.presenter.summary is not None and self.presenter.figures is not None:
            self._on_updated(self.presenter.summary, self.presenter.figures)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_busy(self, busy: bool) -> None:
        if busy and self.presenter.estate_id is None and not self.presenter.building_ids:
            self.values["scope"].setText(translate("ResultsPanel", "Calculating the whole city…"))

    def _on_updated(self, summary: ResultSummary, f: Figures) -> None:
        v = self.values
        v["scope"].setText(self._scope_text(f))
        v["area"].setText(number(f.floor_area_m2, 0))
        v["qh"].setText(f"{number(f.q_h_before)} → {number(f.q_h_after)}")
        v["coal"].setText(f"{number(f.coal_before_kgce_m2)} → {number(f.coal_after_kgce_m2)}")
        v["tce"].setText(self._gross_net(amount(f.saved_tce), amount(f.saved_net_tce), f))
        lo, hi = f.saved_tce_band
        v["band"].setText(f"{amount(lo)}–{amount(hi)}" if lo is not None and hi is not None else "–")
        v["co2"].setText(self._gross_net(amount(f.saved_tco2), amount(f.saved_net_tco2), f))
        v["mw"].setText(self._gross_net(number(f.freed_capacity_mw, 2), number(f.freed_capacity_net_mw, 2), f))
        v["added"].setText(amount(f.added_area_m2))
        v["new_load"].setText(f"{amount(f.new_load_tce)} · {number(f.new_load_mw, 2)}")
        self._show_new_load(f.has_new_load)
        v["cost"].setText(money(f.cost_rmb))
        v["cost_hh"].setText(yuan(f.per_household(f.cost_rmb)) or "–")
        self.chart.set_data([(translate("ResultsPanel", "q_H [W/m²]"), f.q_h_before, f.q_h_after),
                             (translate("ResultsPanel", "Coal [kgce/m²]"), f.coal_before_kgce_m2,
                              f.coal_after_kgce_m2)],
                            translate("ResultsPanel", "before"), translate("ResultsPanel", "after"))
        self.funding.set_data([(funding_label(k), amount, yuan(f.per_household(amount) or 0.0))
                               for k, amount in f.funding.items() if k != "surplus"])
        self.notices.clear()
        notices = list(summary.notices) or [f"{r.building}: {n}" for r in summary.buildings for n in r.notices]
        self.notices.addItems(notices[:200])
        self.notices_box.setVisible(bool(notices))

    def _show_new_load(self, shown: bool) -> None:
        """The rows of the new load only where floor area is added."""
        for key in _NEW_LOAD_ROWS:
            self.form.setRowVisible(self.values[key], shown)

    @staticmethod
    def _gross_net(gross: str, net: str, f: Figures) -> str:
        """The gross figure, with the figure net of the new load beside it when floor area is added."""
        if not f.has_new_load:
            return gross
        return translate("ResultsPanel", "%1 (net %2)").replace("%1", gross).replace("%2", net)

    def _scope_text(self, f: Figures) -> str:
        p = self.presenter
        if p.building_ids:
            return translate("ResultsPanel", "%Ln selected building(s)", None, len(p.building_ids))
        if p.estate_id is None:
            return translate("ResultsPanel", "Whole city, %Ln building(s)", None, f.buildings)
        return translate("ResultsPanel", "Estate, %Ln building(s)", None, f.buildings)
