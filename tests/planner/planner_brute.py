"""A brute-force reference planner for small instances, written independently of the solver."""
from __future__ import annotations

import itertools

from retrofit.planner import EstateOption, PlanProblem


def eligible(problem: PlanProblem) -> list[EstateOption]:
    rules = problem.rules
    out = [e for e in problem.estates
           if e.consent_rate is not None and e.consent_rate >= rules.min_consent_rate - 1e-12
           and not e.short_life]
    return sorted(out, key=lambda e: e.estate)


def feasible(problem: PlanProblem, estates: list[EstateOption], years: tuple[int, ...]) -> bool:
    """``years[i]`` is the 0-based programme year of estate i, or -1."""
    rules = problem.rules
    for y in range(problem.years):
        spent = sum(e.cost_rmb for e, yy in zip(estates, years, strict=True) if yy == y)
        if spent > problem.annual_budget_rmb[y] + 1e-6:
            return False
        for source, budgets in problem.source_budgets_rmb.items():
            if sum(e.funding_rmb.get(source, 0.0) for e, yy in zip(estates, years, strict=True) if yy == y) \
                    > budgets[y] + 1e-6:
                return False
    done = [e for e, y in zip(estates, years, strict=True) if y >= 0]
    area = sum(e.floor_area_m2 for e in done)
    if sum(e.rebuild_area_m2 for e in done) > rules.rebuild_cap_share * area + 1e-6:
        return False
    if sum(e.three_items_area_m2 for e in done) < rules.min_three_items_share * area - 1e-6:
        return False
    position = {e.estate: y for e, y in zip(estates, years, strict=True)}
    for name, year in rules.fixed_years.items():
        if position.get(name, -2) != year - problem.start_year:
            return False
    return all(len({position[m] for m in group}) == 1 for group in rules.groups)


def best_value(problem: PlanProblem) -> float:
    """Maximum of Σ saving × (N − y) over every assignment of the eligible estates."""
    estates = eligible(problem)
    best = float("-inf")
    for years in itertools.product(range(-1, problem.years), repeat=len(estates)):
        if feasible(problem, estates, years):
            value = sum(e.saving(problem.objective) * (problem.years - y)
                        for e, y in zip(estates, years, strict=True) if y >= 0)
            best = max(best, value)
    return best
