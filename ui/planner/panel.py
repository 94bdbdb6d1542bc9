"""Planner inputs, the year-by-year table and "why is this estate waiting".

The plan runs in the background (``plans.solve(inputs, progress=, cancel=)``); without a plan
service the tab says so instead of failing.
"""
from __future__ import annotations

import importlib.util
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel,
                               QListWidget,
                               QPushButton,
                               QSpinBox, QSplitter, QVBoxLayout, QWidget)

from retrofit.domain.errors import RetrofitError
from retrofit.services.api import AppServices
from ui.dashboard.panel import column_headers
from ui.format import number
from ui.tables import fill_table, read_only_table, records_of
from ui.tasks import Task, TaskRunner

translate = QCoreApplication.translate


def has_plan_service(services: AppServices) -> bool:
    """Whether this build has a plan service, without creating it (its solver loads slowly;
    it is created on first use, in the worker)."""
    if "plans" in vars(services):
        return vars(services)["plans"] is not None
    if getattr(type(services), "plans", None) is None:
        return False
    return importlib.util.find_spec("retrofit.services.planning") is not None


class PlannerPanel(QWidget):
    def __init__(self, services: AppServices, runner: TaskRunner, show_error: Callable[[BaseException], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self._runner, self._show_error = services, runner, show_error
        self.result: dict[str, Any] | None = None
        self._inputs: dict[str, Any] | None = None
        self.task: Task | None = None
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
        self.rebuild_cap.setValue(100 * services.settings.get().rebuild_cap_share)
        self.objective = QComboBox()
        self.solve_button, self.cancel_button = QPushButton(), QPushButton()
        self.save_button = QPushButton()
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.ask_and_save)
        self.solve_button.clicked.connect(self.solve)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.inputs_box = QGroupBox()
        self.form = QFormLayout(self.inputs_box)
        self._labels = [QLabel() for _ in range(5)]
        editors = (self.first_year, self.last_year, self.budget, self.rebuild_cap, self.objective)
        for label, editor in zip(self._labels, editors):
            self.form.addRow(label, editor)
        buttons = QHBoxLayout()
        buttons.addWidget(self.solve_button)
        buttons.addWidget(self.cancel_button)
        self.form.addRow(buttons)
        self.form.addRow(self.save_button)
        self.form.addRow(self.status)
        self.years = read_only_table()
        self.waiting = QListWidget()
        self.waiting.setWordWrap(True)
        self.years_box, self.waiting_box = QGroupBox(), QGroupBox()
        QVBoxLayout(self.years_box).addWidget(self.years)
        QVBoxLayout(self.waiting_box).addWidget(self.waiting)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.years_box)
        split.addWidget(self.waiting_box)
        split.setSizes([300, 400])
        self.inputs_box.setMaximumWidth(340)
        layout = QHBoxLayout(self)
        layout.addWidget(self.inputs_box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(split, 1)
        self.retranslate()

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
        for label, text in zip(self._labels, texts):
            label.setText(text)
        self.inputs_box.setTitle(translate("Planner", "Inputs"))
        self.years_box.setTitle(translate("Planner", "Year by year"))
        self.waiting_box.setTitle(translate("Planner", "Why are these estates waiting?"))
        self.solve_button.setText(translate("Planner", "Plan"))
        self.cancel_button.setText(translate("Planner", "Cancel"))
        self.save_button.setText(translate("Planner", "Save plan…"))
        if not has_plan_service(self.services):
            self.status.setText(translate("Planner", "The planner is not available in this version."))
            self.solve_button.setEnabled(False)
        if self.result is not None:
            self.show_result(self.result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
        self._inputs = inputs
        self.solve_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(translate("Planner", "Planning…"))
        self.task = self._runner.start(lambda progress, cancel: services.plans.solve(inputs, progress=progress,
                                                                                     cancel=cancel),
                                       on_success=self.show_result, on_failure=self._on_failure,
                                       on_cancel=self._on_cancel)
        self.task.signals.progressed.connect(self._on_progress)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        label = text or translate("Planner", "Planning…")
        self.status.setText(f"{label} {done}/{total}" if total else label)

    def _idle(self) -> None:
        self.solve_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.task = None

    def _on_failure(self, exc: BaseException) -> None:
        self._idle()
        self.status.setText("")
        self._show_error(exc)

    def _on_cancel(self) -> None:
        self._idle()
        self.status.setText(translate("Planner", "Cancelled."))

    def ask_and_save(self) -> None:
        name, ok = QInputDialog.getText(self, translate("Planner", "Save plan"), translate("Planner", "Name"))
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
        self.status.setText(translate("Planner", "Saved as draft “%1”.").replace("%1", name))
        return plan_id

    def show_result(self, result: Mapping[str, Any]) -> None:
        self._idle()
        self.result = dict(result)
        self.save_button.setEnabled(True)
        totals = result.get("totals", {})
        self.status.setText(translate("Planner", "Plan ready: %1 estates, %2 tce/a saved.").replace(
            "%1", str(totals.get("estates", ""))).replace("%2", number(totals.get("saved_tce"), 0)))
        years = result.get("years", result.get("by_year", []))
        fill_table(self.years, [{k: v for k, v in r.items() if not isinstance(v, (list, dict))}
                                for r in records_of(years, "year")], headers=column_headers())
        self.waiting.clear()
        for entry in [*result.get("waiting", []), *result.get("not_scheduled", [])]:
            if isinstance(entry, Mapping):
                self.waiting.addItem(f"{entry.get('estate', '')}: {entry.get('reason', entry.get('why', ''))}")
            else:
                self.waiting.addItem(str(entry))
