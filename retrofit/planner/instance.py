"""The planning problem as arrays, the objective, and the check every plan must pass.

The candidates are *items*: one way (variant) to do one estate. With fixed modes each estate has
one item; when the planner chooses modes, one per way the records allow. Decision:
``x[i, y] = 1`` when item *i* is done in programme year *y* (0-based); at most one item of an
estate is done, in at most one year.

Aim ``saving`` (maximised): savings counted from the heating season after the works up to and
including the first season after the programme, so an item done in year *y* (0-based) of *N*
counts ``N − y`` years of its yearly saving: year 1 counts N, the last year counts 1. Earlier is
better, and an estate done in the last year still counts.

Aim ``least_cost`` (minimised): the cost of the items done, such that their yearly saving
reaches the target by the end of the programme.
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
    names: list[str]                            # estates, sorted, unique
    item_estate: NDArray[np.int_]               # estate index of each item
    years: int
    weight: NDArray[np.float64]                 # yearly saving of the objective, per item
    cost: NDArray[np.float64]                   # RMB per item
    budgets: NDArray[np.float64]                # RMB per year
    source_cost: dict[str, NDArray[np.float64]] = field(default_factory=dict)
    source_budgets: dict[str, NDArray[np.float64]] = field(default_factory=dict)
    cap_coef: NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))    # ≤ 0 in total
    three_coef: NDArray[np.float64] | None = None                                  # ≥ 0 in total
    min_rebuild_coef: NDArray[np.float64] | None = None                            # ≥ 0 in total
    fixed: dict[int, int] = field(default_factory=dict)          # estate index → year index
    groups: list[list[int]] = field(default_factory=list)        # estate indices
    must: set[int] = field(default_factory=set)                  # estate indices always planned
    aim: str = "saving"
    target: float = 0.0

    @property
    def size(self) -> int:
        """Number of items."""
        return len(self.item_estate)

    @property
    def estates(self) -> int:
        return len(self.names)

    def year_factor(self) -> NDArray[np.float64]:
        """Years of saving counted for works in each programme year: N, N − 1, …, 1."""
        return np.arange(self.years, 0, -1, dtype=float)

    def items_of(self, estate: int) -> NDArray[np.int_]:
        return np.flatnonzero(self.item_estate == estate)

    def value(self, year_of: NDArray[np.int_]) -> float:
        """Objective of a plan given as the year index per item (−1 = not done): the counted
        saving (aim ``saving``) or the cost (aim ``least_cost``)."""
        chosen = year_of >= 0
        if self.aim == "least_cost":
            return float(np.sum(self.cost[chosen]))
        return float(np.sum(self.weight[chosen] * (self.years - year_of[chosen])))

    def estate_years(self, year_of: NDArray[np.int_]) -> NDArray[np.int_]:
        """Year index per estate (−1 = not done)."""
        out = np.full(self.estates, -1, dtype=int)
        chosen = np.flatnonzero(year_of >= 0)
        out[self.item_estate[chosen]] = year_of[chosen]
        return out


def build_instance(problem: PlanProblem, candidates: list[EstateOption]) -> Instance:
    """Arrays of the candidates (in the given order; an estate's items one after the other)
    under the problem's rules."""
    rules = problem.rules
    names = sorted({e.estate for e in candidates})
    index = {name: i for i, name in enumerate(names)}
    area = np.array([e.floor_area_m2 for e in candidates], dtype=float)
    rebuild = np.array([e.rebuild_area_m2 for e in candidates], dtype=float)
    inst = Instance(
        names=names,
        item_estate=np.array([index[e.estate] for e in candidates], dtype=int),
        years=problem.years,
        weight=np.array([e.saving(problem.objective) for e in candidates], dtype=float),
        cost=np.array([e.cost_rmb for e in candidates], dtype=float),
        budgets=np.array(problem.annual_budget_rmb, dtype=float),
        cap_coef=rebuild - rules.rebuild_cap_share * area,
        aim=problem.aim, target=float(problem.target or 0.0),
    )
    for source, budgets in sorted(problem.source_budgets_rmb.items()):
        inst.source_cost[source] = np.array([e.funding_rmb.get(source, 0.0) for e in candidates])
        inst.source_budgets[source] = np.array(budgets, dtype=float)
    if rules.min_three_items_share > 0:
        three = np.array([e.three_items_area_m2 for e in candidates], dtype=float)
        inst.three_coef = three - rules.min_three_items_share * area
    if rules.min_rebuild_share > 0:
        inst.min_rebuild_coef = rebuild - rules.min_rebuild_share * area
    for estate, year in sorted(rules.fixed_years.items()):
        if estate in index:
            inst.fixed[index[estate]] = year - problem.start_year
    for group in rules.groups:
        members = sorted(index[m] for m in set(group) if m in index)
        if len(members) > 1:
            inst.groups.append(members)
    inst.must = {index[name] for name in problem.must_do() if name in index}
    return inst


def _over(activity: float, limit: float, scale: float = 0.0) -> bool:
    return activity > limit + CHECK_TOLERANCE * max(abs(limit), scale, 1.0)


def _share_violations(inst: Instance, chosen: NDArray[np.bool_]) -> list[str]:
    found = []
    scale = float(np.abs(inst.cap_coef).sum()) if inst.size else 0.0
    if _over(float(inst.cap_coef[chosen].sum()), 0.0, scale):
        found.append("rebuild cap")
    for name, coef in (("three items share", inst.three_coef), ("minimum rebuild share", inst.min_rebuild_coef)):
        if coef is not None and _over(-float(coef[chosen].sum()), 0.0, float(np.abs(coef).sum())):
            found.append(name)
    if inst.aim == "least_cost" and _over(inst.target, float(inst.weight[chosen].sum()), inst.target):
        found.append("target")
    return found


def violations(inst: Instance, year_of: NDArray[np.int_]) -> list[str]:
    """Every rule the plan (year index per item) breaks (empty for a valid plan)."""
    found: list[str] = []
    for y in range(inst.years):
        in_year = year_of == y
        if _over(float(inst.cost[in_year].sum()), float(inst.budgets[y])):
            found.append(f"budget year {y}")
        for source, cost in inst.source_cost.items():
            if _over(float(cost[in_year].sum()), float(inst.source_budgets[source][y])):
                found.append(f"budget {source} year {y}")
    chosen = year_of >= 0
    counts = np.bincount(inst.item_estate[chosen], minlength=inst.estates)
    found += [f"estate twice {inst.names[e]}" for e in np.flatnonzero(counts > 1)]
    found += _share_violations(inst, chosen)
    estate_year = inst.estate_years(year_of)
    for e, y in inst.fixed.items():
        if estate_year[e] != y:
            found.append(f"fixed year {inst.names[e]}")
    found += [f"must do {inst.names[e]}" for e in sorted(inst.must) if estate_year[e] < 0]
    for group in inst.groups:
        if len({int(estate_year[m]) for m in group}) > 1:
            found.append(f"group {inst.names[group[0]]}")
    return found
