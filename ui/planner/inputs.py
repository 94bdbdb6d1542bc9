"""The planner's inputs: years, budget, rebuild cap and minimum share, what to aim at, whether
the planner chooses the modes, the time limit; Plan and Cancel with the status line."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from retrofit.domain.targets import TARGETS
from retrofit.planner.plan import PlanResult
from ui.format import budget_unit

translate = QCoreApplication.translate


def _spin(low: float, high: float, value: float, decimals: int = 1, suffix: str = "") -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(decimals)
    box.setValue(value)
    if suffix:
        box.setSuffix(suffix)
    return box


class InputsBox(QGroupBox):
    """The form of ``plans.solve`` inputs (see ``retrofit.planner.inputs``)."""

    def __init__(self, rebuild_cap_share: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_year, self.last_year = QSpinBox(), QSpinBox()
        for box, value in ((self.first_year, 2026), (self.last_year, 2030)):
            box.setRange(2000, 2100)
            box.setValue(value)
        self.budget_unit = budget_unit()                 # 亿元 (million RMB in English)
        self.budget = _spin(0, 1e12 / self.budget_unit.scale, 5e8 / self.budget_unit.scale, self.budget_unit.decimals)
        self.rebuild_cap = _spin(0, 100, 100 * rebuild_cap_share, 1, " %")
        self.min_rebuild = _spin(0, 100, 0.0, 1, " %")
        self.choose_modes = QCheckBox()
        self.aim = QComboBox()
        self.objective = QComboBox()
        self.target = _spin(0, 1e9, TARGETS.saved_tce, 0)
        self.time_limit = QSpinBox()
        self.time_limit.setRange(1, 3600)
        self.time_limit.setValue(60)
        self.time_limit.setSuffix(" s")
        self.solve_button, self.cancel_button = QPushButton(), QPushButton()
        self.cancel_button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("plan_status")
        self.form = QFormLayout(self)
        self.labels = [QLabel() for _ in range(10)]
        editors = (self.first_year, self.last_year, self.budget, self.rebuild_cap, self.min_rebuild,
                   self.choose_modes, self.aim, self.objective, self.target, self.time_limit)
        for label, editor in zip(self.labels, editors, strict=True):
            if editor is self.aim:              # its choices are sentences: the whole width, under the label
                self.form.addRow(label)
                self.form.addRow(editor)
            else:
                self.form.addRow(label, editor)
        buttons = QHBoxLayout()
        buttons.addWidget(self.solve_button)
        buttons.addWidget(self.cancel_button)
        self.form.addRow(buttons)
        self.form.addRow(self.status)
        self.aim.currentIndexChanged.connect(self._aim_changed)

    def _aim_changed(self) -> None:
        self.target.setEnabled(self.aim.currentData() == "least_cost")

    def retranslate(self) -> None:
        texts = (translate("Planner", "First year"), translate("Planner", "Last year"),
                 translate("Planner", "Budget per year [%1]").replace("%1", self._rescale_budget()),
                 translate("Planner", "Rebuild cap"),
                 translate("Planner", "Minimum rebuild share"), translate("Planner", "Choose modes"),
                 translate("Planner", "Aim"), translate("Planner", "Measure"),
                 translate("Planner", "Target (least cost)"), translate("Planner", "Time limit"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.choose_modes.setToolTip(translate(
            "Planner", "Let the planner choose each estate's modes among those its buildings allow"))
        self._fill(self.objective, (("tce", translate("Planner", "Saved coal")), ("co2", translate("Planner", "Saved CO2")),
                                    ("mw", translate("Planner", "Freed capacity"))))
        self._fill(self.aim, (("saving", translate("Planner", "Most saving within the budget")),
                              ("least_cost", translate("Planner", "Least cost to reach the target"))))
        self._aim_changed()
        self.setTitle(translate("Planner", "Inputs"))
        self.solve_button.setText(translate("Planner", "Plan"))
        self.cancel_button.setText(translate("Planner", "Cancel"))

    def _rescale_budget(self) -> str:
        """Show the budget in the unit of the language in force; returns the unit's name."""
        unit = budget_unit()
        if unit != self.budget_unit:
            rmb = self.budget_rmb()
            self.budget_unit = unit
            self.budget.setDecimals(unit.decimals)
            self.budget.setRange(0, 1e12 / unit.scale)
            self.set_budget_rmb(rmb)
        return unit.name

    def budget_rmb(self) -> float:
        """The yearly budget as typed, in RMB."""
        return self.budget.value() * self.budget_unit.scale

    def set_budget_rmb(self, rmb: float) -> None:
        self.budget.setValue(rmb / self.budget_unit.scale)

    @staticmethod
    def _fill(box: QComboBox, items: tuple[tuple[str, str], ...]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for key, text in items:
            box.addItem(text, key)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)

    def inputs(self, lang: str) -> dict[str, Any]:
        """The inputs document of ``plans.solve``."""
        out: dict[str, Any] = {
            "start_year": self.first_year.value(),
            "years": max(1, self.last_year.value() - self.first_year.value() + 1),
            "annual_budget_rmb": self.budget_rmb(), "rebuild_cap_share": self.rebuild_cap.value() / 100,
            "objective": self.objective.currentData(), "time_limit_s": float(self.time_limit.value()), "lang": lang}
        if self.min_rebuild.value() > 0:
            out["min_rebuild_share"] = self.min_rebuild.value() / 100
        if self.choose_modes.isChecked():
            out["choose_modes"] = True
        if self.aim.currentData() == "least_cost":
            out["aim"], out["target"] = "least_cost", self.target.value()
        return out

    def set_inputs(self, inputs: Mapping[str, Any], result: PlanResult | None) -> None:
        """Show the inputs of a saved plan (the plan's own rules where the inputs are silent)."""
        start = int(inputs.get("start_year", result.start_year if result is not None else self.first_year.value()))
        self.first_year.setValue(start)
        self.last_year.setValue(start + max(1, int(inputs.get("years", 3))) - 1)
        budget = inputs.get("annual_budget_rmb")
        if isinstance(budget, (list, tuple)):
            budget = max((float(b) for b in budget), default=None)
        if budget is not None:
            self.set_budget_rmb(float(budget))
        rules = result.rules if result is not None else None
        cap = inputs.get("rebuild_cap_share", rules.rebuild_cap_share if rules is not None else None)
        if cap is not None:
            self.rebuild_cap.setValue(100 * float(cap))
        self.min_rebuild.setValue(100 * float(inputs.get("min_rebuild_share", 0.0)))
        self.choose_modes.setChecked(bool(inputs.get("choose_modes", False)))
        self.time_limit.setValue(int(inputs.get("time_limit_s", 60)))
        for box, key, default in ((self.objective, "objective", "tce"), (self.aim, "aim", "saving")):
            index = box.findData(inputs.get(key, default))
            if index >= 0:
                box.setCurrentIndex(index)
        if inputs.get("target") is not None:
            self.target.setValue(float(inputs["target"]))

    def set_busy(self, busy: bool, can_plan: bool) -> None:
        self.solve_button.setEnabled(can_plan and not busy)
        self.cancel_button.setEnabled(busy)
