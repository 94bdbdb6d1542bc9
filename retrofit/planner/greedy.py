"""Greedy fallback for instances too large for the exact MIP.

Each estate is taken in one way: of its items, the one with the most yearly saving per RMB
(aim ``least_cost``: the same). Estates that must go together form one unit. Units fixed to a
year go in first, then the units that must be done, each into the earliest year whose budgets
it fits (the rebuild cap is checked on the whole plan: a rebuild that must be done may need the
others' retrofit area to keep within it, or be taken in another way when it breaks the cap). The others are taken in order of yearly saving per RMB (ties: estate name), each into the earliest
year whose budgets it fits, provided the rebuild cap still holds; with aim ``least_cost`` until
the target is reached. A minimum share of "three items" area is then restored by taking out the
units that miss it with the least saving per m² of shortfall. A minimum rebuild share is not
sought: a plan that misses it counts as no plan. Its gap is measured against the LP relaxation
(:func:`retrofit.planner.milp.lp_bound`).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from retrofit.planner.instance import CHECK_TOLERANCE, Instance, violations
from retrofit.planner.milp import SolverOutcome, _relative_gap, lp_bound


@dataclass(slots=True)
class _Unit:
    members: list[int]                   # items (one per estate of the unit)
    name: str
    fixed: int | None
    must: bool = False


def _picks(inst: Instance) -> list[int]:
    """The item taken for each estate: the most yearly saving per RMB (ties: the first)."""
    ratio = np.where(inst.cost > 0, inst.weight / np.where(inst.cost > 0, inst.cost, 1.0),
                     np.where(inst.weight > 0, np.inf, 0.0))
    picks = []
    for e in range(inst.estates):
        items = inst.items_of(e)
        picks.append(int(items[np.argmax(ratio[items])]))
    return picks


def _units(inst: Instance) -> list[_Unit] | None:
    picks = _picks(inst)
    parent = list(range(inst.estates))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for group in inst.groups:
        for m in group[1:]:
            parent[root(m)] = root(group[0])
    members: dict[int, list[int]] = {}
    for e in range(inst.estates):
        members.setdefault(root(e), []).append(e)
    units = []
    for es in members.values():
        fixed = {inst.fixed[e] for e in es if e in inst.fixed}
        if len(fixed) > 1:
            return None                  # one group fixed to two different years
        units.append(_Unit([picks[e] for e in es], min(inst.names[e] for e in es),
                           fixed.pop() if fixed else None, any(e in inst.must for e in es)))
    return sorted(units, key=lambda u: u.name)


class _State:
    def __init__(self, inst: Instance) -> None:
        self.inst = inst
        self.year_of = np.full(inst.size, -1, dtype=int)
        self.spent = np.zeros(inst.years)
        self.src_spent = {s: np.zeros(inst.years) for s in inst.source_cost}
        self.cap = 0.0
        self.cap_tol = CHECK_TOLERANCE * max(float(np.abs(inst.cap_coef).sum()), 1.0)

    def fits(self, unit: _Unit, y: int, cap: bool = True) -> bool:
        inst, ms = self.inst, unit.members
        limit = inst.budgets[y] * (1 + CHECK_TOLERANCE)
        if self.spent[y] + inst.cost[ms].sum() > limit:
            return False
        for s, cost in inst.source_cost.items():
            if self.src_spent[s][y] + cost[ms].sum() > inst.source_budgets[s][y] * (1 + CHECK_TOLERANCE):
                return False
        add = float(inst.cap_coef[ms].sum())
        return not cap or add <= 0 or self.cap + add <= self.cap_tol

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


def _reached(state: _State) -> bool:
    inst = state.inst
    return inst.aim == "least_cost" and float(inst.weight[state.year_of >= 0].sum()) >= inst.target


def _fill(state: _State, units: list[_Unit], allowed=lambda u: True, until_target: bool = True,
          cap: bool = True) -> None:
    for _ in range(3):                  # a rebuild may fit once more retrofit area is in
        placed = False
        for unit in units:
            if state.year_of[unit.members[0]] >= 0 or not allowed(unit) or (until_target and _reached(state)):
                continue
            for y in range(state.inst.years):
                if state.fits(unit, y, cap):
                    state.place(unit, y)
                    placed = True
                    break
        if not placed:
            return


def _ease_cap(state: _State, must: list[_Unit]) -> bool:
    """While the rebuild cap is broken, take the estates that must be done in the way of theirs
    that adds least to the rebuild share (a retrofit instead of a rebuild), where the budgets of
    their year allow it. True when a way was changed."""
    inst, changed = state.inst, False
    for unit in sorted(must, key=lambda u: (-float(inst.cap_coef[u.members].sum()), u.name)):
        if state.cap <= state.cap_tol:
            break
        y = int(state.year_of[unit.members[0]])
        if y < 0:
            continue
        for k, item in enumerate(list(unit.members)):
            items = inst.items_of(int(inst.item_estate[item]))
            other = int(items[np.argmin(inst.cap_coef[items])])
            if inst.cap_coef[other] >= inst.cap_coef[item]:
                continue
            state.place(unit, y, sign=-1)
            unit.members[k] = other
            if not state.fits(unit, y, cap=False):
                unit.members[k] = item
            state.place(unit, y)
            changed = changed or unit.members[k] == other
    return changed


def _restore_three_items(state: _State, units: list[_Unit]) -> None:
    inst = state.inst
    coef = inst.three_coef
    if coef is None:
        return

    def share(u: _Unit) -> float:
        return float(coef[u.members].sum())

    removable = [u for u in units if u.fixed is None and share(u) < 0]
    removable.sort(key=lambda u: (float(inst.weight[u.members].sum()) / -share(u), u.name))
    changed = True
    while changed and float(coef[state.year_of >= 0].sum()) < 0:
        changed = False                   # taking one out may first need another one out
        for unit in removable:
            y = int(state.year_of[unit.members[0]])
            if y < 0 or float(coef[state.year_of >= 0].sum()) >= 0:
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
    must = [u for u in units if u.fixed is None and u.must]
    _fill(state, must, until_target=False, cap=False)
    free = sorted((u for u in units if u.fixed is None and not u.must), key=lambda u: (-_ratio(inst, u), u.name))
    _fill(state, free)
    if _ease_cap(state, must):
        _fill(state, free)
    _restore_three_items(state, free)
    if violations(inst, state.year_of):
        return SolverOutcome(None, 0.0, float("inf"), float("inf"), "infeasible")
    value = inst.value(state.year_of)
    bound = lp_bound(inst) if bound is None else bound
    bound = min(bound, value) if inst.aim == "least_cost" else max(bound, value)
    return SolverOutcome(state.year_of, value, bound, _relative_gap(bound, value), "greedy")
