"""The planner tab: inputs, the saved plans, and the shown plan (totals with what each tonne
costs, mode shares with the rebuild cap, charts per year, the cost curve, the year-by-year table
and "why is this estate waiting").

The logic lives in :class:`ui.planner.presenter.PlannerPresenter`; this widget lays out the
parts (:mod:`ui.planner.inputs`, :mod:`ui.planner.figures`, :mod:`ui.planner.tables`,
:mod:`ui.planner.cost_curve`) and shows what the presenter gives it. Without a plan service the
tab says so instead of failing.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from retrofit.domain.targets import TARGETS
from retrofit.i18n import language
from retrofit.planner.costs import CostCurve
from retrofit.planner.plan import PlanResult, SavedPlan
from retrofit.services.api import AppServices
from ui.format import money_unit_of
from ui.planner.cost_curve import CostCurveChart
from ui.planner.figures import ModesBox, RulesBox, TotalsBox
from ui.planner.inputs import InputsBox
from ui.planner.presenter import PlannerPresenter, has_plan_service
from ui.planner.tables import SavedPlansTable, fill_waiting, fill_years
from ui.results.charts import ColumnChart
from ui.results.panel import funding_label
from ui.screens import scroll_content
from ui.tables import read_only_table
from ui.tasks import TaskRunner

translate = QCoreApplication.translate

__all__ = ["PlannerPanel", "has_plan_service"]


# The charts keep at least this height when the year table takes room from them.
_CHARTS_MIN_HEIGHT = 220


def _ask(parent: QWidget, title: str, text: str) -> bool:
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, text, yes | no, no) == yes


def _boxed(widget: QWidget) -> QGroupBox:
    box = QGroupBox()
    QVBoxLayout(box).addWidget(widget)
    return box


class PlannerPanel(QWidget):
    def __init__(self, services: AppServices, runner: TaskRunner, show_error: Callable[[BaseException], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.presenter = PlannerPresenter(services, runner, self, show_error)
        # Asks the user (title, question) -> yes; replaced in tests.
        self.confirm: Callable[[str, str], bool] = lambda title, text: _ask(self, title, text)
        self.inputs_box = InputsBox(services.settings.get().rebuild_cap_share)
        form = self.inputs_box
        self.first_year, self.last_year, self.budget = form.first_year, form.last_year, form.budget
        self.rebuild_cap, self.objective, self.status = form.rebuild_cap, form.objective, form.status
        self.solve_button, self.cancel_button = form.solve_button, form.cancel_button
        self.solve_button.clicked.connect(self.solve)
        self.cancel_button.clicked.connect(self.cancel)
        self.totals_box, self.modes_box, self.rules_box = TotalsBox(), ModesBox(), RulesBox()
        self.total_values, self.rule_values = self.totals_box.values, self.rules_box.values
        self.mode_chart, self.cap_note = self.modes_box.chart, self.modes_box.cap_note
        self._build_right()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        for box in (self.inputs_box, self.totals_box, self.modes_box, self.rules_box):
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFixedWidth(330)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        layout = QHBoxLayout(content)
        layout.addWidget(scroll)
        layout.addWidget(self.split, 1)
        scroll_content(self, content)           # a small window scrolls the tab
        self.retranslate()

    def _build_right(self) -> None:
        self.plans_table = SavedPlansTable()
        table = self.plans_table
        table.itemSelectionChanged.connect(self._update_buttons)
        table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.open_button, self.approve_button = table.open_button, table.approve_button
        self.delete_button, self.save_button = table.delete_button, table.save_button
        self.open_button.clicked.connect(self.open_selected)
        self.approve_button.clicked.connect(self.approve_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_button.clicked.connect(self.ask_and_save)
        self.plans_box = QGroupBox()
        plans_layout = QVBoxLayout(self.plans_box)
        plans_layout.addWidget(table, 1)
        plans_layout.addLayout(table.buttons)
        self.cost_chart, self.progress_chart, self.curve_chart = ColumnChart(), ColumnChart(), CostCurveChart()
        self.charts = QTabWidget()
        for chart in (self.cost_chart, self.progress_chart, self.curve_chart):
            self.charts.addTab(chart, "")
        self.years = read_only_table()
        self.years.horizontalHeader().setStretchLastSection(False)
        self.years.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.waiting = QListWidget()
        self.waiting.setWordWrap(True)
        self.years_box, self.waiting_box = _boxed(self.years), _boxed(self.waiting)
        self.split = QSplitter(Qt.Orientation.Vertical)
        for widget in (self.plans_box, self.charts, self.years_box, self.waiting_box):
            self.split.addWidget(widget)
            self.split.setCollapsible(self.split.indexOf(widget), False)
        self.split.setSizes([150, 280, 170, 150])
        for index, stretch in enumerate((0, 2, 1, 1)):
            self.split.setStretchFactor(index, stretch)
        self._update_buttons()

    # ----- state (kept by the presenter) -----
    @property
    def result(self) -> PlanResult | None:
        return self.presenter.result

    @property
    def plans(self) -> list[SavedPlan]:
        return self.presenter.plans

    @property
    def plans_loaded(self) -> bool:
        return self.presenter.plans_loaded

    @property
    def shown_plan(self) -> SavedPlan | None:
        return self.presenter.shown_plan

    @property
    def task(self):
        return self.presenter.task

    # ----- language -----
    def retranslate(self) -> None:
        self.inputs_box.retranslate()
        self.plans_table.retranslate()
        self.totals_box.retranslate_captions()
        self.rules_box.retranslate_captions()
        self.plans_box.setTitle(translate("Planner", "Saved plans"))
        self.totals_box.setTitle(translate("Planner", "Plan totals"))
        self.modes_box.setTitle(translate("Planner", "Mode shares (floor area)"))
        self.rules_box.setTitle(translate("Planner", "Rules and assumptions"))
        for i, text in enumerate((translate("Planner", "Cost by funding source"),
                                  translate("Planner", "Saved coal against the programme target"),
                                  translate("Planner", "Cost per tonne (cost curve)"))):
            self.charts.setTabText(i, text)
        self.years_box.setTitle(translate("Planner", "Year by year"))
        if not self.presenter.available:
            self.status.setText(translate("Planner", "The planner is not available in this version."))
            self.solve_button.setEnabled(False)
        self.show_plans(self.plans, None)
        if self.result is not None:
            self.show_plan(self.result)
        if self.shown_plan is not None and self.task is None:
            self.status.setText(self.presenter.shown_plan_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_plans()                  # someone else may have saved or approved a plan

    # ----- what the presenter shows -----
    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_busy(self, busy: bool) -> None:
        self.inputs_box.set_busy(busy, self.presenter.available)
        self._update_buttons()

    def show_inputs(self, inputs: Mapping[str, Any], plan: PlanResult | None) -> None:
        self.inputs_box.set_inputs(inputs, plan)

    def show_curve(self, curve: CostCurve | None) -> None:
        self.curve_chart.set_curve(curve)

    def show_plan(self, plan: PlanResult) -> None:
        """Totals, mode shares, rules, charts, the year table and the waiting estates."""
        self.totals_box.show_plan(plan)
        self.modes_box.show_plan(plan)
        self.rules_box.show_plan(plan)
        labels = [str(y.year) for y in plan.years]
        unit = money_unit_of([y.cost_rmb for y in plan.years] + [y.budget_rmb for y in plan.years])
        series = [(funding_label(s), [unit.value(y.funding.get(s, 0.0)) for y in plan.years]) for s in plan.sources()]
        if not series:
            series = [(translate("Planner", "Cost"), [unit.value(y.cost_rmb) for y in plan.years])]
        budgets = {round(y.budget_rmb, 2) for y in plan.years}
        lines = [(translate("Planner", "Budget"), unit.value(budgets.pop()))] if len(budgets) == 1 else []
        self.cost_chart.set_data(labels, series, lines, unit.name)
        self.progress_chart.set_data(
            labels, [(translate("Planner", "Cumulative saved coal"), [y.cumulative_saved_tce for y in plan.years])],
            [(translate("Planner", "Target"), TARGETS.saved_tce)], translate("Planner", "tce/a"))
        fill_years(self.years, plan)
        count = fill_waiting(self.waiting, plan)
        self.waiting_box.setTitle(translate("Planner", "Why are these estates waiting? (%1)").replace("%1", str(count)))
        self.fit_year_table()
        self._update_buttons()

    def fit_year_table(self) -> None:
        """Give the year table the height of all its rows, down to the total row, where the
        splitter can: first from the waiting list, then from the charts down to their minimum
        height. The user's own splitter sizes are kept when the table fits already."""
        sizes = self.split.sizes()
        table = self.years
        if not self.split.isVisible() or sum(sizes) == 0 or table.rowCount() == 0:
            return
        bar, header = table.horizontalScrollBar(), table.horizontalHeader()
        # the header's and the scroll bar's heights as they will be with the new columns
        bar_height = bar.sizeHint().height() if header.length() > table.viewport().width() else 0
        needed = header.sizeHint().height() + table.verticalHeader().length() + bar_height + 2 * table.frameWidth()
        missing = needed - table.height()
        charts, years, waiting = 1, 2, 3
        for index, floor in ((waiting, self.waiting_box.minimumSizeHint().height()), (charts, _CHARTS_MIN_HEIGHT)):
            if missing <= 0:
                break
            taken = max(0, min(missing, sizes[index] - floor))
            sizes[index] -= taken
            sizes[years] += taken
            missing -= taken
        self.split.setSizes(sizes)

    def show_plans(self, plans: list[SavedPlan], keep: int | None) -> None:
        selected = self.selected_plan()
        self.plans_table.fill(plans, keep if keep is not None else (selected.id if selected else None))
        self._update_buttons()

    # ----- actions -----
    def inputs(self) -> dict[str, Any]:
        """The inputs document of ``plans.solve`` (see ``retrofit.planner.inputs``)."""
        return self.inputs_box.inputs(language())

    def solve(self) -> None:
        self.presenter.solve(self.inputs())

    def cancel(self) -> None:
        self.presenter.cancel()

    def refresh_plans(self) -> None:
        self.presenter.refresh_plans()

    def select_plan(self, plan_id: int) -> bool:
        return self.plans_table.select_id(plan_id)

    def selected_plan(self) -> SavedPlan | None:
        return self.presenter.plan(self.plans_table.selected_id())

    def _update_buttons(self) -> None:
        plan = self.selected_plan()
        draft = plan is not None and not plan.approved
        self.open_button.setEnabled(plan is not None)
        self.approve_button.setEnabled(draft)
        self.delete_button.setEnabled(draft)
        self.save_button.setEnabled(self.result is not None and self.presenter.inputs is not None)

    def open_selected(self) -> None:
        plan = self.selected_plan()
        if plan is not None:
            self.open_plan(plan.id)

    def open_plan(self, plan_id: int) -> bool:
        return self.presenter.open_plan(plan_id)

    def approve_selected(self) -> bool:
        """Approve the selected draft after asking; from then on it is locked."""
        plan = self.selected_plan()
        question = translate("Planner", "Approve the plan “%1”, version %2? An approved plan is locked: it can "
                                        "no longer be changed or deleted.")
        if plan is None or not self.confirm(translate("Planner", "Approve plan"), question.replace(
                "%1", plan.name).replace("%2", str(plan.revision))):
            return False
        return self.presenter.approve(plan)

    def delete_selected(self) -> bool:
        """Delete the selected plan after asking (the service refuses approved plans)."""
        plan = self.selected_plan()
        question = translate("Planner", "Delete the plan “%1”, version %2?")
        if plan is None or not self.confirm(translate("Planner", "Delete plan"), question.replace(
                "%1", plan.name).replace("%2", str(plan.revision))):
            return False
        return self.presenter.delete(plan)

    def ask_and_save(self) -> None:
        default = self.shown_plan.name if self.shown_plan is not None else ""
        name, ok = QInputDialog.getText(self, translate("Planner", "Save plan"), translate("Planner", "Name"),
                                        text=default)
        if ok and name.strip():
            self.save(name.strip())

    def save(self, name: str) -> int | None:
        return self.presenter.save(name)
