"""A brute-force reference for mode choice: every way of every estate in every year, written
independently of the solver (no arrays, no MIP)."""
from __future__ import annotations

import itertools

from retrofit.planner import EstateOption, PlanProblem


def ways(problem: PlanProblem) -> list[tuple[str, list[EstateOption]]]:
    """The estates that may enter (consent), each with the ways offered to the planner."""
    rules = problem.rules
    out = []
    for e in sorted(problem.estates, key=lambda o: o.estate):
        if e.consent_rate is None or e.consent_rate < rules.min_consent_rate - 1e-12:
            continue
        out.append((e.estate, list(e.alternatives) if rules.choose_modes and e.alternatives else [e]))
    return out


def best(problem: PlanProblem) -> float | None:
    """The best objective over every assignment (None: no assignment meets the rules). An estate
    that must be done but may not enter (consent) waits, as the planner says in a notice."""
    rules, estates = problem.rules, ways(problem)
    must = (set(rules.must_do) | {e.estate for e in problem.estates if e.must_do}) & {n for n, _ in estates}
    choices = [[None] + [(w, y) for w in options for y in range(problem.years)] for _, options in estates]
    found = None
    for pick in itertools.product(*choices):
        done = [(name, c) for (name, _), c in zip(estates, pick, strict=True) if c is not None]
        names = {name for name, _ in done}
        if not must <= names:
            continue
        spent = [0.0] * problem.years
        for _, (w, y) in done:
            spent[y] += w.cost_rmb
        if any(s > b + 1e-6 for s, b in zip(spent, problem.annual_budget_rmb, strict=True)):
            continue
        area = sum(w.floor_area_m2 for _, (w, _) in done)
        rebuild = sum(w.rebuild_area_m2 for _, (w, _) in done)
        if rebuild > rules.rebuild_cap_share * area + 1e-6 or rebuild < rules.min_rebuild_share * area - 1e-6:
            continue
        saved = sum(w.saving(problem.objective) for _, (w, _) in done)
        if problem.aim == "least_cost":
            if saved < (problem.target or 0.0) - 1e-9:
                continue
            value = sum(w.cost_rmb for _, (w, _) in done)
            found = value if found is None else min(found, value)
        else:
            value = sum(w.saving(problem.objective) * (problem.years - y) for _, (w, y) in done)
            found = value if found is None else max(found, value)
    return found
