"""The shown plan's figures: totals with what each tonne costs and how close the plan is to the
best possible, the mode shares against the rebuild cap, and the rules and assumptions."""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from retrofit.domain.targets import TARGETS
from retrofit.planner.gap import gap_text
from retrofit.planner.model import MODES
from retrofit.planner.plan import PlanResult, PlanTotals
from ui.fields import choice_label
from ui.format import integer, money, number
from ui.i18n import QT_TRANSLATE_NOOP
from ui.results.charts import StackedBarChart

translate = QCoreApplication.translate

TOTAL_LABELS = {
    "estates": QT_TRANSLATE_NOOP("Planner", "Estates"),
    "households": QT_TRANSLATE_NOOP("Planner", "Households"),
    "floor_area_m2": QT_TRANSLATE_NOOP("Planner", "Floor area [m²]"),
    "cost_rmb": QT_TRANSLATE_NOOP("Planner", "Cost"),
    "saved_tce": QT_TRANSLATE_NOOP("Planner", "Saved coal [tce/a]"),
    "saved_tco2": QT_TRANSLATE_NOOP("Planner", "Saved CO2 [t/a]"),
    "freed_capacity_mw": QT_TRANSLATE_NOOP("Planner", "Freed capacity [MW]"),
    "cost_per_tce": QT_TRANSLATE_NOOP("Planner", "Cost per tce/a [RMB]"),
    "cost_per_kw": QT_TRANSLATE_NOOP("Planner", "Cost per kW freed [RMB]"),
    "utility_payback": QT_TRANSLATE_NOOP("Planner", "Heat company's payback [a]"),
    "city_payback": QT_TRANSLATE_NOOP("Planner", "City's payback [a]"),
    "npv": QT_TRANSLATE_NOOP("Planner", "Net present value"),
    "gap": QT_TRANSLATE_NOOP("Planner", "Solver"),
}
RULE_LABELS = {
    "min_consent_rate": QT_TRANSLATE_NOOP("Planner", "Minimum consent rate"),
    "min_remaining_life_years": QT_TRANSLATE_NOOP("Planner", "Minimum remaining life [a]"),
    "co2_factor_t_tce": QT_TRANSLATE_NOOP("Planner", "CO2 factor [t/tce]"),
    "price_basis": QT_TRANSLATE_NOOP("Planner", "Prices"),
    "coal_price_cny_tce": QT_TRANSLATE_NOOP("Planner", "Coal price [RMB/tce]"),
    "discount_rate": QT_TRANSLATE_NOOP("Planner", "Discount rate, coal-price escalation"),
}
SOLVERS = {"milp": QT_TRANSLATE_NOOP("Planner", "MILP"), "greedy": QT_TRANSLATE_NOOP("Planner", "greedy rule")}


def _finite(value: float, decimals: int = 0, scale: float = 1.0) -> str:
    return "∞" if math.isinf(value) else number(value / scale, decimals)


class _FormBox(QGroupBox):
    def __init__(self, labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        # A grid, not a QFormLayout: a form gives a value wrapped onto more lines less height
        # than it needs, and the lines overlap.
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for row, key in enumerate(labels):
            self.captions[key], self.values[key] = QLabel(), QLabel("–")
            self.values[key].setObjectName(f"plan_{key}")
            self.values[key].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.values[key].setWordWrap(True)
            grid.addWidget(self.captions[key], row, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(self.values[key], row, 1)

    def retranslate_captions(self) -> None:
        for key, caption in self.captions.items():
            caption.setText(translate("Planner", self._labels[key]))


def _net(t: PlanTotals, gross: str, net: str) -> str:
    """The gross figure, with the figure net of the new load (the coal and plant load of the floor
    area that added storeys and rebuilds add) beside it when the plan adds floor area."""
    if not t.added_area_m2 > 0:
        return gross
    return translate("Planner", "%1; net of new load %2").replace("%1", gross).replace("%2", net)


class TotalsBox(_FormBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(TOTAL_LABELS, parent)

    def show_plan(self, plan: PlanResult) -> None:
        t, v = plan.totals, self.values
        v["estates"].setText(integer(t.estates))
        v["households"].setText(integer(t.households))
        v["floor_area_m2"].setText(number(t.floor_area_m2, 0))
        v["cost_rmb"].setText(money(t.cost_rmb))
        v["saved_tce"].setText(_net(t, translate("Planner", "%1 (%2 % of the target)").replace(
            "%1", number(t.saved_tce, 0)).replace("%2", f"{100 * t.saved_tce / TARGETS.saved_tce:.0f}"),
            number(t.saved_net_tce, 0)))
        v["saved_tco2"].setText(_net(t, number(t.saved_tco2, 0), number(t.saved_net_tco2, 0)))
        v["freed_capacity_mw"].setText(_net(t, number(t.freed_capacity_mw, 1), number(t.freed_capacity_net_mw, 1)))
        c = plan.costs
        for key, text in (("cost_per_tce", _finite(c.cost_per_tce) if c else "–"),
                          ("cost_per_kw", _finite(c.cost_per_kw) if c else "–"),
                          ("utility_payback", _finite(c.utility_payback_years, 1) if c else "–"),
                          ("city_payback", _finite(c.city_payback_years, 1) if c else "–"),
                          ("npv", (money(c.npv_rmb) if math.isfinite(c.npv_rmb) else "∞") if c else "–")):
            v[key].setText(text)
        solver = translate("Planner", SOLVERS[plan.solver]) if plan.solver in SOLVERS else plan.solver
        v["gap"].setText(f"{gap_text(plan.gap, plan.status)} ({solver})")


class ModesBox(QGroupBox):
    """Mode shares by floor area, and whether the rebuild cap (and minimum) holds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.chart = StackedBarChart()
        self.cap_note = QLabel()
        self.cap_note.setObjectName("plan_rebuild_cap")
        self.cap_note.setWordWrap(True)
        layout.addWidget(self.chart)
        layout.addWidget(self.cap_note)

    def show_plan(self, plan: PlanResult) -> None:
        shares, area = plan.mode_shares, plan.totals.floor_area_m2
        parts = [(choice_label(m), float(shares.get(m, 0.0)),
                  f"{number(float(shares.get(m, 0.0)) * area, 0)} m²" if area else "")
                 for m in [*MODES, *(m for m in shares if m not in MODES)]]
        self.chart.set_data(parts)
        rebuild, cap = float(shares.get("rebuild", 0.0)), plan.rules.rebuild_cap_share
        ok = rebuild <= cap + 1e-9
        text = (translate("Planner", "%1 %2 % ≤ %3 % (cap kept)") if ok else
                translate("Planner", "%1 %2 % > %3 % (over the cap)"))
        note = (text.replace("%1", choice_label("rebuild")).replace("%2", f"{100 * rebuild:.0f}")
                .replace("%3", f"{100 * cap:.0f}"))
        if plan.rules.min_rebuild_share > 0:
            note += translate("Planner", ", at least %1 %").replace("%1", f"{100 * plan.rules.min_rebuild_share:.0f}")
        self.cap_note.setText(note)
        self.cap_note.setStyleSheet("color: #2e7d32" if ok else "color: #b00020; font-weight: bold")


class RulesBox(_FormBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(RULE_LABELS, parent)

    def show_plan(self, plan: PlanResult) -> None:
        rules, a, v = plan.rules, plan.assumptions, self.values
        v["min_consent_rate"].setText(f"{100 * rules.min_consent_rate:.0f} %")
        life_text = number(rules.min_remaining_life_years, 0)
        if rules.switch_short_life_to_rebuild:
            life_text = translate("Planner", "%1 (shorter: rebuild)").replace("%1", life_text)
        v["min_remaining_life_years"].setText(life_text)
        factor = a.get("co2_factor_t_tce")
        v["co2_factor_t_tce"].setText("–" if factor is None else f"{float(factor):.3f}")
        basis = a.get("price_basis")
        v["price_basis"].setText({"2010": translate("Planner", "2010 prices"),
                                  "today": translate("Planner", "Today's prices")}.get(str(basis), str(basis or "–")))
        v["coal_price_cny_tce"].setText(number(a.get("coal_price_cny_tce"), 0) or "–")
        rate, growth = a.get("discount_rate"), a.get("coal_price_escalation")
        v["discount_rate"].setText("–" if rate is None or growth is None else
                                   f"{100 * float(rate):.1f} %, {100 * float(growth):.1f} %")
