"""The planning problem as arrays, the objective, and the check every plan must pass.

Decision: ``x[e, y] = 1`` when estate *e* is done in programme year *y* (0-based). Objective
(maximised): savings counted from the heating season after the works up to and including the
first season after the programme, so an estate done in year *y* (0-based) of *N* counts
``N − y`` years of its yearly saving: year 1 counts N, the last year counts 1. Earlier is better,
and an estate done in the last year still counts.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from retrofit.planner.model import EstateOption, PlanProblem

#: Relative slack allowed when a plan is checked against a budget or a share rule. [-]
CHECK_TOLERANCE = 1e-9


@dataclass(slots=True)
class Instance:
    names: list[str]
    years: int
    weight: NDArray[np.float64]                 # yearly saving of the objective, per estate
    cost: NDArray[np.float64]                   # RMB per estate
    budgets: NDArray[np.float64]                # RMB per year
    source_cost: dict[str, NDArray[np.float64]] = field(default_factory=dict)
    source_budgets: dict[str, NDArray[np.float64]] = field(default_factory=dict)
    cap_coef: NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))    # ≤ 0 in total
    three_coef: NDArray[np.float64] | None = None                                  # ≥ 0 in total
    fixed: dict[int, int] = field(default_factory=dict)          # estate index → year index
    groups: list[list[int]] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.names)

    def year_factor(self) -> NDArray[np.float64]:
        """Years of saving counted for works in each programme year: N, N − 1, …, 1."""
        return np.arange(self.years, 0, -1, dtype=float)

    def value(self, year_of: NDArray[np.int_]) -> float:
        """Objective of a plan given as the year index per estate (−1 = not in the plan)."""
        chosen = year_of >= 0
        return float(np.sum(self.weight[chosen] * (self.years - year_of[chosen])))


def build_instance(problem: PlanProblem, candidates: list[EstateOption]) -> Instance:
    """Arrays of the candidates (in the given order) under the problem's rules."""
    rules = problem.rules
    index = {e.estate: i for i, e in enumerate(candidates)}
    area = np.array([e.floor_area_m2 for e in candidates], dtype=float)
    rebuild = np.array([e.rebuild_area_m2 for e in candidates], dtype=float)
    inst = Instance(
        names=[e.estate for e in candidates],
        years=problem.years,
        weight=np.array([e.saving(problem.objective) for e in candidates], dtype=float),
        cost=np.array([e.cost_rmb for e in candidates], dtype=float),
        budgets=np.array(problem.annual_budget_rmb, dtype=float),
        cap_coef=rebuild - rules.rebuild_cap_share * area,
    )
    for source, budgets in sorted(problem.source_budgets_rmb.items()):
        inst.source_cost[source] = np.array([e.funding_rmb.get(source, 0.0) for e in candidates])
        inst.source_budgets[source] = np.array(budgets, dtype=float)
    if rules.min_three_items_share > 0:
        three = np.array([e.three_items_area_m2 for e in candidates], dtype=float)
        inst.three_coef = three - rules.min_three_items_share * area
    for estate, year in sorted(rules.fixed_years.items()):
        if estate in index:
            inst.fixed[index[estate]] = year - problem.start_year
    for group in rules.groups:
        members = sorted(index[m] for m in set(group) if m in index)
        if len(members) > 1:
            inst.groups.append(members)
    return inst


def _over(activity: float, limit: float, scale: float = 0.0) -> bool:
    return activity > limit + CHECK_TOLERANCE * max(abs(limit), scale, 1.0)


def violations(inst: Instance, year_of: NDArray[np.int_]) -> list[str]:
    """Every rule the plan breaks (empty for a valid plan)."""
    found: list[str] = []
    for y in range(inst.years):
        in_year = year_of == y
        if _over(float(inst.cost[in_year].sum()), float(inst.budgets[y])):
            found.append(f"budget year {y}")
        for source, cost in inst.source_cost.items():
            if _over(float(cost[in_year].sum()), float(inst.source_budgets[source][y])):
                found.append(f"budget {source} year {y}")
    chosen = year_of >= 0
    scale = float(np.abs(inst.cap_coef).sum()) if inst.size else 0.0
    if _over(float(inst.cap_coef[chosen].sum()), 0.0, scale):
        found.append("rebuild cap")
    if inst.three_coef is not None and _over(-float(inst.three_coef[chosen].sum()), 0.0,
                                             float(np.abs(inst.three_coef).sum())):
        found.append("three items share")
    for e, y in inst.fixed.items():
        if year_of[e] != y:
            found.append(f"fixed year {inst.names[e]}")
    for group in inst.groups:
        if len({int(year_of[m]) for m in group}) > 1:
            found.append(f"group {inst.names[group[0]]}")
    return found
