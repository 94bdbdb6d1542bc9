"""The planner tab: inputs, the saved plans, and the shown plan (totals, mode shares with the
rebuild cap, charts per year, the year-by-year table and "why is this estate waiting").

The plan runs in the background (``plans.solve(inputs, progress=, cancel=)``); the list of saved
plans is read in the background too (the plan service loads its solver slowly and is created on
first use). Without a plan service the tab says so instead of failing. Saved plans are opened,
approved (then locked) and deleted through ``plans.get``, ``plans.approve`` and ``plans.delete``;
the service's refusals (a locked plan, someone else's change) are shown as errors.
"""
from __future__ import annotations

import importlib.util
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from retrofit.domain.errors import RetrofitError
from retrofit.services.api import AppServices
from ui.dashboard.panel import TARGETS, column_headers
from ui.fields import choice_label
from ui.format import number
from ui.results.charts import ColumnChart, StackedBarChart
from ui.results.panel import funding_label
from ui.tables import fill_table, read_only_table
from ui.tasks import Task, TaskRunner

translate = QCoreApplication.translate

# Funding sources in the order they pay (``retrofit.funding``).
SOURCES = ("central", "local", "utility", "sales", "residents", "city")
MODES = ("retrofit", "add_storey", "rebuild")

_TOTAL_LABELS = {
    "estates": QT_TRANSLATE_NOOP("Planner", "Estates"),
    "households": QT_TRANSLATE_NOOP("Planner", "Households"),
    "floor_area_m2": QT_TRANSLATE_NOOP("Planner", "Floor area [m²]"),
    "cost_rmb": QT_TRANSLATE_NOOP("Planner", "Cost [million RMB]"),
    "saved_tce": QT_TRANSLATE_NOOP("Planner", "Saved coal [tce/a]"),
    "saved_tco2": QT_TRANSLATE_NOOP("Planner", "Saved CO2 [t/a]"),
    "freed_capacity_mw": QT_TRANSLATE_NOOP("Planner", "Freed capacity [MW]"),
    "gap": QT_TRANSLATE_NOOP("Planner", "Optimality gap"),
}
_RULE_LABELS = {
    "min_consent_rate": QT_TRANSLATE_NOOP("Planner", "Minimum consent rate"),
    "min_remaining_life_years": QT_TRANSLATE_NOOP("Planner", "Minimum remaining life [a]"),
    "co2_factor_t_tce": QT_TRANSLATE_NOOP("Planner", "CO2 factor [t/tce]"),
    "price_basis": QT_TRANSLATE_NOOP("Planner", "Prices"),
    "coal_price_cny_tce": QT_TRANSLATE_NOOP("Planner", "Coal price [RMB/tce]"),
}
_PLAN_COLUMNS = (
    QT_TRANSLATE_NOOP("Planner", "Name"), QT_TRANSLATE_NOOP("Planner", "Version"),
    QT_TRANSLATE_NOOP("Planner", "Status"), QT_TRANSLATE_NOOP("Planner", "Saved"),
    QT_TRANSLATE_NOOP("Planner", "Saved [tce/a]"),
)
_STATUS = {"draft": QT_TRANSLATE_NOOP("Planner", "draft"), "approved": QT_TRANSLATE_NOOP("Planner", "approved")}
_SOLVERS = {"milp": QT_TRANSLATE_NOOP("Planner", "MILP"), "greedy": QT_TRANSLATE_NOOP("Planner", "greedy rule")}


def has_plan_service(services: AppServices) -> bool:
    """Whether this build has a plan service, without creating it (its solver loads slowly;
    it is created on first use, in the worker)."""
    if "plans" in vars(services):
        return vars(services)["plans"] is not None
    if getattr(type(services), "plans", None) is None:
        return False
    return importlib.util.find_spec("retrofit.services.planning") is not None


def _ask(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _million(value: Any) -> float:
    return float(value or 0.0) / 1e6


def _saved_at(value: Any) -> str:
    """``2025-11-28T14:05:33.1`` → ``2025-11-28 14:05``."""
    return str(value or "").replace("T", " ")[:16]


def reason_text(entry: Mapping[str, Any]) -> str:
    """A waiting estate's reason in the current language (the plan keeps the message code and
    its values), else as the plan stored it."""
    from retrofit import i18n

    code, params = entry.get("code"), entry.get("params")
    if isinstance(code, str) and code in i18n.MESSAGES and isinstance(params, Mapping):
        return i18n.message(code, **params)
    return str(entry.get("reason", entry.get("why", "")))


class PlannerPanel(QWidget):
    def __init__(self, services: AppServices, runner: TaskRunner, show_error: Callable[[BaseException], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self._runner, self._show_error = services, runner, show_error
        self.result: dict[str, Any] | None = None
        self._inputs: dict[str, Any] | None = None
        self.task: Task | None = None
        # The saved plan shown (its list row without inputs and result), None for a new plan.
        self.shown_plan: dict[str, Any] | None = None
        # The saved plans (rows of ``plans.list_plans()`` without inputs and result), oldest first.
        self.plans: list[dict[str, Any]] = []
        self.plans_loaded = False
        self._plans_request = 0
        self._select_after_refresh: int | None = None
        self._fit_pending = False
        # Asks the user (title, question) -> yes; replaced in tests.
        self.confirm: Callable[[str, str], bool] = lambda title, text: _ask(self, title, text)
        self._build_inputs()
        self._build_plans()
        self._build_result()
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.inputs_box)
        left.addWidget(self.totals_box)
        left.addWidget(self.modes_box)
        left.addWidget(self.rules_box)
        left.addStretch(1)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left_widget.setFixedWidth(290)
        charts = QWidget()
        chart_row = QHBoxLayout(charts)
        chart_row.setContentsMargins(0, 0, 0, 0)
        chart_row.addWidget(self.cost_box)
        chart_row.addWidget(self.progress_box)
        self.split = QSplitter(Qt.Orientation.Vertical)
        for widget in (self.plans_box, charts, self.years_box, self.waiting_box):
            self.split.addWidget(widget)
            self.split.setCollapsible(self.split.indexOf(widget), False)
        self.split.setSizes([160, 260, 190, 200])
        for index, stretch in enumerate((0, 2, 1, 1)):
            self.split.setStretchFactor(index, stretch)
        layout = QHBoxLayout(self)
        layout.addWidget(left_widget)
        layout.addWidget(self.split, 1)
        self.retranslate()

    # ----- building -----
    def _build_inputs(self) -> None:
        self.first_year, self.last_year = QSpinBox(), QSpinBox()
        for box, value in ((self.first_year, 2026), (self.last_year, 2030)):
            box.setRange(2000, 2100)
            box.setValue(value)
        self.budget = QDoubleSpinBox()
        self.budget.setRange(0, 1e6)
        self.budget.setDecimals(1)
        self.budget.setValue(500.0)
        self.rebuild_cap = QDoubleSpinBox()
        self.rebuild_cap.setRange(0, 100)
        self.rebuild_cap.setValue(100 * self.services.settings.get().rebuild_cap_share)
        self.objective = QComboBox()
        self.solve_button, self.cancel_button = QPushButton(), QPushButton()
        self.solve_button.clicked.connect(self.solve)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.inputs_box = QGroupBox()
        self.form = QFormLayout(self.inputs_box)
        self._labels = [QLabel() for _ in range(5)]
        editors = (self.first_year, self.last_year, self.budget, self.rebuild_cap, self.objective)
        for label, editor in zip(self._labels, editors, strict=True):
            self.form.addRow(label, editor)
        buttons = QHBoxLayout()
        buttons.addWidget(self.solve_button)
        buttons.addWidget(self.cancel_button)
        self.form.addRow(buttons)
        self.form.addRow(self.status)

    def _build_plans(self) -> None:
        self.plans_box = QGroupBox()
        self.plans_table = QTableWidget(0, len(_PLAN_COLUMNS))
        table = self.plans_table
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.open_button, self.approve_button = QPushButton(), QPushButton()
        self.delete_button, self.save_button = QPushButton(), QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.approve_button.clicked.connect(self.approve_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_button.clicked.connect(self.ask_and_save)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.approve_button, self.delete_button, self.save_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self.plans_box)
        layout.addWidget(table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _build_result(self) -> None:
        self.totals_box = QGroupBox()
        totals = QFormLayout(self.totals_box)
        self.total_captions: dict[str, QLabel] = {}
        self.total_values: dict[str, QLabel] = {}
        for key in _TOTAL_LABELS:
            self.total_captions[key], self.total_values[key] = QLabel(), QLabel("–")
            self.total_values[key].setObjectName(f"plan_{key}")
            self.total_values[key].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.total_values[key].setWordWrap(True)
            totals.addRow(self.total_captions[key], self.total_values[key])
        self.modes_box = QGroupBox()
        modes = QVBoxLayout(self.modes_box)
        self.mode_chart = StackedBarChart()
        self.cap_note = QLabel()
        self.cap_note.setObjectName("plan_rebuild_cap")
        self.cap_note.setWordWrap(True)
        modes.addWidget(self.mode_chart)
        modes.addWidget(self.cap_note)
        self.rules_box = QGroupBox()
        rules = QFormLayout(self.rules_box)
        self.rule_captions: dict[str, QLabel] = {}
        self.rule_values: dict[str, QLabel] = {}
        for key in _RULE_LABELS:
            self.rule_captions[key], self.rule_values[key] = QLabel(), QLabel("–")
            self.rule_values[key].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            rules.addRow(self.rule_captions[key], self.rule_values[key])
        self.cost_box, self.progress_box = QGroupBox(), QGroupBox()
        self.cost_chart, self.progress_chart = ColumnChart(), ColumnChart()
        QVBoxLayout(self.cost_box).addWidget(self.cost_chart)
        QVBoxLayout(self.progress_box).addWidget(self.progress_chart)
        self.years = read_only_table()
        self.years.horizontalHeader().setStretchLastSection(False)
        self.years.verticalHeader().setDefaultSectionSize(self.years.fontMetrics().height() + 8)
        self.years.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.waiting = QListWidget()
        self.waiting.setWordWrap(True)
        self.years_box, self.waiting_box = QGroupBox(), QGroupBox()
        QVBoxLayout(self.years_box).addWidget(self.years)
        QVBoxLayout(self.waiting_box).addWidget(self.waiting)

    # ----- language -----
    def retranslate(self) -> None:
        texts = (translate("Planner", "First year"), translate("Planner", "Last year"),
                 translate("Planner", "Budget per year [million RMB]"), translate("Planner", "Rebuild cap [%]"),
                 translate("Planner", "Maximise"))
        current = self.objective.currentData()
        self.objective.clear()
        for key, text in (("tce", translate("Planner", "Saved coal")), ("co2", translate("Planner", "Saved CO2")),
                          ("mw", translate("Planner", "Freed capacity"))):
            self.objective.addItem(text, key)
        self.objective.setCurrentIndex(max(0, self.objective.findData(current)))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.inputs_box.setTitle(translate("Planner", "Inputs"))
        self.plans_box.setTitle(translate("Planner", "Saved plans"))
        self.totals_box.setTitle(translate("Planner", "Plan totals"))
        self.modes_box.setTitle(translate("Planner", "Mode shares (floor area)"))
        self.rules_box.setTitle(translate("Planner", "Rules and assumptions"))
        self.cost_box.setTitle(translate("Planner", "Cost by funding source"))
        self.progress_box.setTitle(translate("Planner", "Saved coal against the programme target"))
        self.years_box.setTitle(translate("Planner", "Year by year"))
        self.solve_button.setText(translate("Planner", "Plan"))
        self.cancel_button.setText(translate("Planner", "Cancel"))
        self.open_button.setText(translate("Planner", "Open"))
        self.approve_button.setText(translate("Planner", "Approve…"))
        self.delete_button.setText(translate("Planner", "Delete…"))
        self.save_button.setText(translate("Planner", "Save plan…"))
        self.open_button.setToolTip(translate("Planner", "Show the selected plan with its inputs"))
        self.approve_button.setToolTip(translate("Planner", "Approve the selected draft; an approved plan is locked"))
        self.delete_button.setToolTip(translate("Planner", "Delete the selected draft"))
        self.save_button.setToolTip(translate("Planner", "Save the shown plan as a draft (a new version when the "
                                                         "name exists)"))
        for key, caption in self.total_captions.items():
            caption.setText(translate("Planner", _TOTAL_LABELS[key]))
        for key, caption in self.rule_captions.items():
            caption.setText(translate("Planner", _RULE_LABELS[key]))
        self.plans_table.setHorizontalHeaderLabels([translate("Planner", c) for c in _PLAN_COLUMNS])
        if not has_plan_service(self.services):
            self.status.setText(translate("Planner", "The planner is not available in this version."))
            self.solve_button.setEnabled(False)
        self._fill_plans()
        self._show_figures()
        if self.shown_plan is not None and self.task is None:
            self.status.setText(self._shown_plan_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self._fit_years()
        self.refresh_plans()                  # someone else may have saved or approved a plan

    # ----- solving -----
    def inputs(self) -> dict[str, Any]:
        """The inputs document of ``plans.solve`` (see ``retrofit.planner.inputs``)."""
        from retrofit.i18n import language

        return {"start_year": self.first_year.value(),
                "years": max(1, self.last_year.value() - self.first_year.value() + 1),
                "annual_budget_rmb": self.budget.value() * 1e6, "rebuild_cap_share": self.rebuild_cap.value() / 100,
                "objective": self.objective.currentData(), "lang": language()}

    def solve(self) -> None:
        if not has_plan_service(self.services):
            return
        inputs, services = self.inputs(), self.services
        self.solve_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(translate("Planner", "Planning…"))
        self.task = self._runner.start(lambda progress, cancel: services.plans.solve(inputs, progress=progress,
                                                                                     cancel=cancel),
                                       on_success=lambda result: self._on_solved(inputs, result),
                                       on_failure=self._on_failure, on_cancel=self._on_cancel)
        self.task.signals.progressed.connect(self._on_progress)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        label = text or translate("Planner", "Planning…")
        self.status.setText(f"{label} {done}/{total}" if total else label)

    def _idle(self) -> None:
        self.solve_button.setEnabled(has_plan_service(self.services))
        self.cancel_button.setEnabled(False)
        self.task = None

    def _on_failure(self, exc: BaseException) -> None:
        self._idle()
        self.status.setText("")
        self._show_error(exc)

    def _on_cancel(self) -> None:
        self._idle()
        self.status.setText(translate("Planner", "Cancelled."))

    def _on_solved(self, inputs: Mapping[str, Any], result: Mapping[str, Any]) -> None:
        self._inputs = dict(inputs)
        self.shown_plan = None
        self.show_result(result)

    # ----- the shown plan -----
    def show_result(self, result: Mapping[str, Any]) -> None:
        """Show a plan document (``plans.solve``): totals, mode shares, charts, table, waiting."""
        self._idle()
        self.result = dict(result)
        if self._inputs is None:
            self._inputs = self.inputs()
        totals = result.get("totals", {})
        self.status.setText(translate("Planner", "Plan ready: %1 estates, %2 tce/a saved.").replace(
            "%1", str(totals.get("estates", ""))).replace("%2", number(totals.get("saved_tce"), 0)))
        self._show_figures()
        self._update_buttons()

    def _years(self) -> list[dict[str, Any]]:
        years = (self.result or {}).get("years", (self.result or {}).get("by_year", []))
        return [dict(y) for y in years if isinstance(y, Mapping)]

    def _sources(self) -> list[str]:
        """The funding sources that pay something in the shown plan, in paying order."""
        years = self._years()
        return [s for s in SOURCES if any(float(dict(y.get("funding") or {}).get(s) or 0.0) > 0 for y in years)]

    def _show_figures(self) -> None:
        if self.result is None:
            return
        self._show_totals()
        self._show_modes()
        self._show_rules()
        self._show_charts()
        self._show_table()
        self._show_waiting()

    def _show_totals(self) -> None:
        result = self.result or {}
        totals = dict(result.get("totals", {}))
        values = self.total_values
        values["estates"].setText(str(totals.get("estates", len(self._years_estates()))))
        values["households"].setText(number(totals.get("households"), 0))
        values["floor_area_m2"].setText(number(totals.get("floor_area_m2"), 0))
        values["cost_rmb"].setText(number(_million(totals.get("cost_rmb")), 0))
        saved = float(totals.get("saved_tce") or 0.0)
        values["saved_tce"].setText(translate("Planner", "%1 (%2 % of the target)").replace(
            "%1", number(saved, 0)).replace("%2", f"{100 * saved / TARGETS['saved_tce']:.0f}"))
        values["saved_tco2"].setText(number(totals.get("saved_tco2"), 0))
        values["freed_capacity_mw"].setText(number(totals.get("freed_capacity_mw"), 1))
        gap = result.get("gap")
        solver = str(result.get("solver", ""))
        solver_text = translate("Planner", _SOLVERS[solver]) if solver in _SOLVERS else solver
        gap_text = "–" if gap is None else f"{100 * float(gap):.3f} %"
        values["gap"].setText(f"{gap_text} ({solver_text})" if solver_text else gap_text)
        if result.get("status") == "time_limit":
            values["gap"].setText(values["gap"].text() + " " + translate("Planner", "time limit reached"))

    def _years_estates(self) -> list[str]:
        return [e for y in self._years() for e in (y.get("estates") or [])]

    def _rebuild_cap(self) -> float:
        rules = dict((self.result or {}).get("rules") or {})
        cap = rules.get("rebuild_cap_share", (self._inputs or {}).get("rebuild_cap_share"))
        return float(cap if cap is not None else self.services.settings.get().rebuild_cap_share)

    def _show_modes(self) -> None:
        shares = dict((self.result or {}).get("mode_shares") or {})
        area = float(dict((self.result or {}).get("totals") or {}).get("floor_area_m2") or 0.0)
        parts = []
        for mode in [*MODES, *(m for m in shares if m not in MODES)]:
            share = float(shares.get(mode) or 0.0)
            parts.append((choice_label(mode), share, f"{number(share * area, 0)} m²" if area else ""))
        self.mode_chart.set_data(parts)
        rebuild, cap = float(shares.get("rebuild") or 0.0), self._rebuild_cap()
        ok = rebuild <= cap + 1e-9
        text = (translate("Planner", "%1 %2 % ≤ %3 % (cap kept)") if ok else
                translate("Planner", "%1 %2 % > %3 % (over the cap)"))
        self.cap_note.setText(text.replace("%1", choice_label("rebuild")).replace("%2", f"{100 * rebuild:.0f}")
                              .replace("%3", f"{100 * cap:.0f}"))
        self.cap_note.setStyleSheet("color: #2e7d32" if ok else "color: #b00020; font-weight: bold")

    def _show_rules(self) -> None:
        result = self.result or {}
        rules, assumptions = dict(result.get("rules") or {}), dict(result.get("assumptions") or {})
        values = self.rule_values
        consent = rules.get("min_consent_rate")
        values["min_consent_rate"].setText("–" if consent is None else f"{100 * float(consent):.0f} %")
        life = rules.get("min_remaining_life_years")
        life_text = "–" if life is None else number(life, 0)
        if rules.get("switch_short_life_to_rebuild"):
            life_text = translate("Planner", "%1 (shorter: rebuild)").replace("%1", life_text)
        values["min_remaining_life_years"].setText(life_text)
        factor = assumptions.get("co2_factor_t_tce")
        values["co2_factor_t_tce"].setText("–" if factor is None else f"{float(factor):.3f}")
        basis = assumptions.get("price_basis")
        values["price_basis"].setText({"2010": translate("Planner", "2010 prices"),
                                       "today": translate("Planner", "Today's prices")}.get(str(basis), str(basis or "–")))
        values["coal_price_cny_tce"].setText(number(assumptions.get("coal_price_cny_tce"), 0) or "–")

    def _show_charts(self) -> None:
        years = self._years()
        labels = [str(y.get("year", "")) for y in years]
        series = [(funding_label(s), [_million(dict(y.get("funding") or {}).get(s)) for y in years])
                  for s in self._sources()]
        if not series:
            series = [(translate("Planner", "Cost"), [_million(y.get("cost_rmb")) for y in years])]
        budgets = {round(float(y["budget_rmb"]), 2) for y in years if y.get("budget_rmb") is not None}
        lines = [(translate("Planner", "Budget"), _million(budgets.pop()))] if len(budgets) == 1 else []
        self.cost_chart.set_data(labels, series, lines, translate("Planner", "million RMB"))
        cumulative = [float(y.get("cumulative_saved_tce") or 0.0) for y in years]
        self.progress_chart.set_data(labels, [(translate("Planner", "Cumulative saved coal"), cumulative)],
                                     [(translate("Planner", "Target"), TARGETS["saved_tce"])],
                                     translate("Planner", "tce/a"))

    def _show_table(self) -> None:
        years = self._years()
        headers = column_headers()
        sources = self._sources()
        headers.update({"estates": translate("Planner", "Estates"),
                        "budget_m": translate("Planner", "Budget [million RMB]"),
                        "cost_m": translate("Planner", "Cost [million RMB]")})
        headers.update({s: translate("Planner", "%1 [million RMB]").replace("%1", funding_label(s)) for s in sources})
        columns = ["year", "estates", "households", "floor_area_m2", "budget_m", "cost_m", *sources, "saved_tce",
                   "cumulative_saved_tce", "saved_tco2", "freed_capacity_mw"]
        rows = []
        for y in years:
            estates = y.get("estates")
            row = {**{k: v for k, v in y.items() if not isinstance(v, (list, dict))},
                   "estates": len(estates) if isinstance(estates, Sequence) else estates,
                   "budget_m": _million(y.get("budget_rmb")), "cost_m": _million(y.get("cost_rmb"))}
            row.update({s: _million(dict(y.get("funding") or {}).get(s)) for s in sources})
            rows.append(row)
        if rows:
            total = {"year": translate("Planner", "Total")}
            for key in ("estates", "households", "floor_area_m2", "budget_m", "cost_m", *sources, "saved_tce",
                        "saved_tco2", "freed_capacity_mw"):
                total[key] = sum(r.get(key) or 0 for r in rows)
            total["cumulative_saved_tce"] = rows[-1].get("cumulative_saved_tce")
            rows.append(total)
        fill_table(self.years, rows, columns=columns, headers=headers)
        if rows:
            font = QFont(self.years.font())
            font.setBold(True)
            for j in range(self.years.columnCount()):
                item = self.years.item(len(rows) - 1, j)
                if item is not None:
                    item.setFont(font)
            self.years.resizeColumnsToContents()
        self._fit_years()

    def _fit_years(self) -> None:
        """Give the year table the height of its rows (the waiting list keeps at least a third)."""
        sizes = self.split.sizes()
        self._fit_pending = sum(sizes) <= 0 or not self.isVisible()
        if self._fit_pending:
            return
        table = self.years
        frame = self.years_box.sizeHint().height() - table.sizeHint().height()
        wanted = (frame + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
                  + table.horizontalScrollBar().sizeHint().height()
                  + sum(table.rowHeight(i) for i in range(table.rowCount())))
        years_i, waiting_i = self.split.indexOf(self.years_box), self.split.indexOf(self.waiting_box)
        room = sizes[years_i] + sizes[waiting_i]
        sizes[years_i] = max(120, min(wanted, room * 2 // 3))
        sizes[waiting_i] = room - sizes[years_i]
        self.split.setSizes(sizes)

    def _show_waiting(self) -> None:
        result = self.result or {}
        self.waiting.clear()
        entries = [*result.get("waiting", []), *result.get("not_scheduled", [])]
        for entry in entries:
            if isinstance(entry, Mapping):
                self.waiting.addItem(f"{entry.get('estate', '')}: {reason_text(entry)}")
            else:
                self.waiting.addItem(str(entry))
        self.waiting_box.setTitle(translate("Planner", "Why are these estates waiting? (%1)").replace(
            "%1", str(len(entries))))

    # ----- saved plans -----
    def refresh_plans(self) -> None:
        """Read the saved plans in the background; the newest request wins."""
        if not has_plan_service(self.services):
            return
        self._plans_request += 1
        request, services = self._plans_request, self.services
        self._runner.start(lambda progress, cancel: services.plans.list_plans(),
                           on_success=lambda plans: self._on_plans(request, plans),
                           on_failure=self._show_error)

    def _on_plans(self, request: int, plans: Sequence[Mapping[str, Any]]) -> None:
        if request != self._plans_request:
            return                             # a newer list is on its way
        self.plans = [{k: v for k, v in p.items() if k not in ("inputs", "result")} for p in plans]
        self.plans_loaded = True
        if self.shown_plan is not None:        # its status or version may have changed
            self.shown_plan = next((p for p in self.plans if p["id"] == self.shown_plan["id"]), None)
        self._fill_plans()

    def _fill_plans(self) -> None:
        table = self.plans_table
        selected = self.selected_plan()
        keep = selected["id"] if selected else None
        if any(p["id"] == self._select_after_refresh for p in self.plans):      # the plan just saved
            keep, self._select_after_refresh = self._select_after_refresh, None
        table.blockSignals(True)
        table.setRowCount(len(self.plans))
        for i, plan in enumerate(reversed(self.plans)):          # the newest first
            saved = dict(plan.get("totals") or {}).get("saved_tce")
            status = str(plan.get("status", ""))
            cells = (str(plan.get("name", "")), str(plan.get("revision", "")),
                     translate("Planner", _STATUS[status]) if status in _STATUS else status,
                     _saved_at(plan.get("created_at"))[:10], number(saved, 0))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, plan["id"])
                if j in (1, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                tip = translate("Planner", "Saved on %1").replace("%1", _saved_at(plan.get("created_at")))
                if status == "approved":
                    tip += "\n" + translate("Planner", "Approved on %1: locked").replace(
                        "%1", _saved_at(plan.get("approved_at")))
                item.setToolTip(tip)
                table.setItem(i, j, item)
        table.clearSelection()
        if keep is not None:
            self.select_plan(keep)
        table.blockSignals(False)
        self._update_buttons()

    def plan_row(self, plan_id: int) -> int:
        for row in range(self.plans_table.rowCount()):
            item = self.plans_table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == plan_id:
                return row
        return -1

    def select_plan(self, plan_id: int) -> bool:
        row = self.plan_row(plan_id)
        if row >= 0:
            self.plans_table.selectRow(row)
        return row >= 0

    def selected_plan(self) -> dict[str, Any] | None:
        rows = self.plans_table.selectionModel().selectedRows() if self.plans_table.selectionModel() else []
        if not rows:
            return None
        item = self.plans_table.item(rows[0].row(), 0)
        plan_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((p for p in self.plans if p["id"] == plan_id), None)

    def _update_buttons(self) -> None:
        plan = self.selected_plan()
        draft = plan is not None and plan.get("status") == "draft"
        self.open_button.setEnabled(plan is not None)
        self.approve_button.setEnabled(draft)
        self.delete_button.setEnabled(draft)
        self.save_button.setEnabled(self.result is not None and self._inputs is not None)

    def _shown_plan_text(self) -> str:
        plan = self.shown_plan or {}
        status = str(plan.get("status", ""))
        return (translate("Planner", "Saved plan “%1”, version %2 (%3).").replace("%1", str(plan.get("name", "")))
                .replace("%2", str(plan.get("revision", ""))).replace(
                    "%3", translate("Planner", _STATUS[status]) if status in _STATUS else status))

    def open_selected(self) -> None:
        plan = self.selected_plan()
        if plan is not None:
            self.open_plan(int(plan["id"]))

    def open_plan(self, plan_id: int) -> bool:
        """Show a saved plan: its inputs in the form, its result in the tab."""
        try:
            plan = self.services.plans.get(plan_id)
        except RetrofitError as exc:
            self._show_error(exc)
            self.refresh_plans()
            return False
        inputs = dict(plan.get("inputs") or {})
        self._set_inputs(inputs, dict(plan.get("result") or {}))
        self._inputs = inputs
        self.show_result(dict(plan.get("result") or {}))
        self.shown_plan = {k: v for k, v in plan.items() if k not in ("inputs", "result")}
        self.status.setText(self._shown_plan_text())
        return True

    def _set_inputs(self, inputs: Mapping[str, Any], result: Mapping[str, Any]) -> None:
        start = inputs.get("start_year", result.get("start_year"))
        if start is not None:
            self.first_year.setValue(int(start))
            self.last_year.setValue(int(start) + max(1, int(inputs.get("years", 3))) - 1)
        budget = inputs.get("annual_budget_rmb")
        if isinstance(budget, Sequence) and not isinstance(budget, str):
            budget = max((float(b) for b in budget), default=None)
        if budget is not None:
            self.budget.setValue(float(budget) / 1e6)
        cap = inputs.get("rebuild_cap_share", dict(result.get("rules") or {}).get("rebuild_cap_share"))
        if cap is not None:
            self.rebuild_cap.setValue(100 * float(cap))
        index = self.objective.findData(inputs.get("objective", "tce"))
        if index >= 0:
            self.objective.setCurrentIndex(index)

    def approve_selected(self) -> bool:
        """Approve the selected draft after asking; from then on it is locked."""
        plan = self.selected_plan()
        if plan is None:
            return False
        question = translate("Planner", "Approve the plan “%1”, version %2? An approved plan is locked: it can "
                                        "no longer be changed or deleted.")
        if not self.confirm(translate("Planner", "Approve plan"),
                            question.replace("%1", str(plan["name"])).replace("%2", str(plan["revision"]))):
            return False
        return self._change(lambda: self.services.plans.approve(plan["id"], plan["version"]),
                            translate("Planner", "Plan “%1” approved.").replace("%1", str(plan["name"])))

    def delete_selected(self) -> bool:
        """Delete the selected plan after asking (the service refuses approved plans)."""
        plan = self.selected_plan()
        if plan is None:
            return False
        question = translate("Planner", "Delete the plan “%1”, version %2?")
        if not self.confirm(translate("Planner", "Delete plan"),
                            question.replace("%1", str(plan["name"])).replace("%2", str(plan["revision"]))):
            return False
        done = self._change(lambda: self.services.plans.delete(plan["id"], plan["version"]),
                            translate("Planner", "Plan “%1” deleted.").replace("%1", str(plan["name"])))
        if done and self.shown_plan is not None and self.shown_plan.get("id") == plan["id"]:
            self.shown_plan = None
        return done

    def _change(self, action: Callable[[], object], done_text: str) -> bool:
        try:
            action()
        except RetrofitError as exc:           # locked, changed by someone else, gone
            self._show_error(exc)
            self.refresh_plans()
            return False
        self.status.setText(done_text)
        self.refresh_plans()
        return True

    def ask_and_save(self) -> None:
        default = str((self.shown_plan or {}).get("name", ""))
        name, ok = QInputDialog.getText(self, translate("Planner", "Save plan"), translate("Planner", "Name"),
                                        text=default)
        if ok and name.strip():
            self.save(name.strip())

    def save(self, name: str) -> int | None:
        """Store the shown plan as a draft (a new version if the name exists)."""
        if self.result is None or self._inputs is None:
            return None
        try:
            plan_id = int(self.services.plans.save(name, self._inputs, self.result))
        except RetrofitError as exc:
            self._show_error(exc)
            return None
        self.shown_plan = {"id": plan_id, "name": name, "status": "draft", "revision": ""}
        self.status.setText(translate("Planner", "Saved as draft “%1”.").replace("%1", name))
        self._select_after_refresh = plan_id
        self.refresh_plans()
        return plan_id
