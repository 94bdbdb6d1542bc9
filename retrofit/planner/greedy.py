"""Greedy fallback for instances too large for the exact MIP.

Estates that must go together form one unit. Units fixed to a year go in first. The others are
taken in order of yearly saving per RMB (ties: estate name), each into the earliest year whose
budgets it fits, provided the rebuild cap still holds. A minimum share of "three items" area is
then restored by taking out the units that miss it with the least saving per m² of shortfall.
Its gap is measured against the LP relaxation (:func:`retrofit.planner.milp.lp_bound`).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from retrofit.planner.instance import CHECK_TOLERANCE, Instance, violations
from retrofit.planner.milp import SolverOutcome, _relative_gap, lp_bound


@dataclass(slots=True)
class _Unit:
    members: list[int]
    name: str
    fixed: int | None


def _units(inst: Instance) -> list[_Unit] | None:
    parent = list(range(inst.size))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for group in inst.groups:
        for m in group[1:]:
            parent[root(m)] = root(group[0])
    members: dict[int, list[int]] = {}
    for i in range(inst.size):
        members.setdefault(root(i), []).append(i)
    units = []
    for ms in members.values():
        fixed = {inst.fixed[m] for m in ms if m in inst.fixed}
        if len(fixed) > 1:
            return None                  # one group fixed to two different years
        units.append(_Unit(ms, min(inst.names[m] for m in ms), fixed.pop() if fixed else None))
    return sorted(units, key=lambda u: u.name)


class _State:
    def __init__(self, inst: Instance) -> None:
        self.inst = inst
        self.year_of = np.full(inst.size, -1, dtype=int)
        self.spent = np.zeros(inst.years)
        self.src_spent = {s: np.zeros(inst.years) for s in inst.source_cost}
        self.cap = 0.0
        self.cap_tol = CHECK_TOLERANCE * max(float(np.abs(inst.cap_coef).sum()), 1.0)

    def fits(self, unit: _Unit, y: int) -> bool:
        inst, ms = self.inst, unit.members
        limit = inst.budgets[y] * (1 + CHECK_TOLERANCE)
        if self.spent[y] + inst.cost[ms].sum() > limit:
            return False
        for s, cost in inst.source_cost.items():
            if self.src_spent[s][y] + cost[ms].sum() > inst.source_budgets[s][y] * (1 + CHECK_TOLERANCE):
                return False
        add = float(inst.cap_coef[ms].sum())
        return add <= 0 or self.cap + add <= self.cap_tol

    def place(self, unit: _Unit, y: int, sign: int = 1) -> None:
        inst, ms = self.inst, unit.members
        self.year_of[ms] = y if sign > 0 else -1
        self.spent[y] += sign * inst.cost[ms].sum()
        for s, cost in inst.source_cost.items():
            self.src_spent[s][y] += sign * cost[ms].sum()
        self.cap += sign * float(inst.cap_coef[ms].sum())


def _ratio(inst: Instance, unit: _Unit) -> float:
    weight, cost = float(inst.weight[unit.members].sum()), float(inst.cost[unit.members].sum())
    return weight / cost if cost > 0 else (np.inf if weight > 0 else 0.0)


def _fill(state: _State, units: list[_Unit], allowed=lambda u: True) -> None:
    for _ in range(3):                  # a rebuild may fit once more retrofit area is in
        placed = False
        for unit in units:
            if state.year_of[unit.members[0]] >= 0 or not allowed(unit):
                continue
            for y in range(state.inst.years):
                if state.fits(unit, y):
                    state.place(unit, y)
                    placed = True
                    break
        if not placed:
            return


def _restore_three_items(state: _State, units: list[_Unit]) -> None:
    inst = state.inst
    if inst.three_coef is None:
        return

    def share(u: _Unit) -> float:
        return float(inst.three_coef[u.members].sum())

    removable = [u for u in units if u.fixed is None and share(u) < 0]
    removable.sort(key=lambda u: (float(inst.weight[u.members].sum()) / -share(u), u.name))
    changed = True
    while changed and float(inst.three_coef[state.year_of >= 0].sum()) < 0:
        changed = False                   # taking one out may first need another one out
        for unit in removable:
            y = int(state.year_of[unit.members[0]])
            if y < 0 or float(inst.three_coef[state.year_of >= 0].sum()) >= 0:
                continue
            state.place(unit, y, sign=-1)
            if state.cap > state.cap_tol:      # taking it out would break the rebuild cap
                state.place(unit, y)
            else:
                changed = True
    _fill(state, units, allowed=lambda u: share(u) >= 0)


def solve_greedy(inst: Instance, bound: float | None = None) -> SolverOutcome:
    """A feasible plan by the greedy rule, with its gap to the LP bound."""
    units = _units(inst)
    if units is None:
        return SolverOutcome(None, 0.0, float("inf"), float("inf"), "infeasible")
    state = _State(inst)
    for unit in units:
        if unit.fixed is not None:
            state.place(unit, unit.fixed)
    free = sorted((u for u in units if u.fixed is None), key=lambda u: (-_ratio(inst, u), u.name))
    _fill(state, free)
    _restore_three_items(state, free)
    if violations(inst, state.year_of):
        return SolverOutcome(None, 0.0, float("inf"), float("inf"), "infeasible")
    value = inst.value(state.year_of)
    bound = lp_bound(inst) if bound is None else bound
    return SolverOutcome(state.year_of, value, max(bound, value), _relative_gap(bound, value), "greedy")
