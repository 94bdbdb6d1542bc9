"""Solving the programme: :func:`solve_plan` takes a :class:`~retrofit.planner.model.PlanProblem` (plain data) and returns
a :class:`~retrofit.planner.plan.PlanResult` (``to_dict()`` is the ``retrofit plan --json``
document). The exact mixed-integer programme
(:mod:`retrofit.planner.milp`, HiGHS through ``scipy.optimize.milp``) is used up to
:data:`MILP_MAX_VARIABLES` decision variables; beyond that, or when HiGHS finds no plan within
the time limit, the greedy rule (:mod:`retrofit.planner.greedy`) with its gap to the LP bound.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from retrofit import i18n
from retrofit.domain.errors import RetrofitError
from retrofit.planner.eligibility import Waiting, screen
from retrofit.planner.greedy import solve_greedy
from retrofit.planner.instance import Instance, build_instance, violations
from retrofit.planner.milp import solve_milp
from retrofit.planner.model import Economics, EstateOption, PlanProblem, PlanRules, per_year
from retrofit.planner.plan import PlanResult
from retrofit.planner.result import compose

__all__ = ["Economics", "EstateOption", "PlanProblem", "PlanResult", "PlanRules", "PlanInfeasibleError",
           "Waiting", "per_year", "solve_plan", "MILP_MAX_VARIABLES"]

#: Above this many ``x[e, y]`` variables the greedy rule is used instead of the MIP.
MILP_MAX_VARIABLES = 60_000


class PlanInfeasibleError(RetrofitError):
    """No plan meets the fixed years, groups and budgets. ``params``: ``years`` (the years whose
    fixed estates break the budget: year, count, cost and budget in RMB), ``fixed``, ``groups``."""

    code = "plan_infeasible"

    def message(self, lang: str | None = None) -> str:
        p: dict[str, Any] = dict(self.params)
        if p.get("target") is not None:
            return i18n.message("plan_infeasible_target", lang, target=f"{p['target']:,.0f}",
                                reachable=f"{p.get('reachable', 0.0):,.0f}")
        lines = [i18n.message("plan_infeasible_year", lang, year=year, count=count,
                              cost=f"{cost / 1e4:,.0f}", budget=f"{budget / 1e4:,.0f}")
                 for year, count, cost, budget in p.get("years", ())]
        detail = "; ".join(lines) or i18n.message(
            "plan_infeasible_rules", lang, count=p.get("fixed", 0), groups=p.get("groups", 0),
            must=p.get("must", 0), min_rebuild=f"{100 * p.get('min_rebuild', 0.0):.0f} %")
        return i18n.message(self.code, lang, detail=detail)


def solve_plan(problem: PlanProblem, lang: str | None = None) -> PlanResult:
    """Solve the programme and return the plan (see :mod:`retrofit.planner.plan`).

    Raises
    ------
    ValidationError
        Impossible inputs (negative budget, wrong number of yearly budgets, unknown objective).
    PlanInfeasibleError
        The estates fixed to years, those that go together or must be done, the minimum rebuild
        share or the target cannot all be met within the budgets and rules.
    """
    problem.validate()
    candidates, waiting = screen(problem)
    inst = build_instance(problem, candidates)
    method = problem.method
    if method == "auto":
        method = "milp" if inst.size * inst.years <= MILP_MAX_VARIABLES else "greedy"
    if inst.aim == "least_cost" and float(inst.weight.sum()) < inst.target:
        raise PlanInfeasibleError(target=inst.target, reachable=_reachable(inst))
    if method == "milp":
        outcome = solve_milp(inst, problem.time_limit_s, problem.mip_rel_gap)
        if outcome.year_of is not None and violations(inst, outcome.year_of):
            outcome = solve_greedy(inst)        # numerical trouble: fall back to a checked plan
        elif outcome.year_of is None and outcome.status == "time_limit":
            outcome = solve_greedy(inst)
    else:
        outcome = solve_greedy(inst)
    if outcome.year_of is None:
        if inst.aim == "least_cost":
            raise PlanInfeasibleError(target=inst.target, reachable=_reachable(inst))
        raise PlanInfeasibleError(years=_years_over_budget(problem, candidates),
                                  fixed=len(problem.rules.fixed_years), groups=len(problem.rules.groups),
                                  must=len(inst.must), min_rebuild=problem.rules.min_rebuild_share)
    return compose(problem, inst, candidates, waiting, outcome, lang)


def _reachable(inst: Instance) -> float:
    """The largest yearly saving the eligible estates could give together (each in its best way)."""
    best = np.zeros(inst.estates)
    np.maximum.at(best, inst.item_estate, inst.weight)
    return float(best.sum())


def _years_over_budget(problem: PlanProblem,
                       candidates: list[EstateOption]) -> list[tuple[int, int, float, float]]:
    """The years whose fixed estates cost more than the year's budget (each in its cheapest way)."""
    fixed = problem.rules.fixed_years
    cheapest: dict[str, float] = {}
    for e in candidates:
        cheapest[e.estate] = min(cheapest.get(e.estate, e.cost_rmb), e.cost_rmb)
    out = []
    for y, budget in enumerate(problem.annual_budget_rmb):
        year = problem.start_year + y
        chosen = [name for name in cheapest if fixed.get(name) == year]
        cost = sum(cheapest[name] for name in chosen)
        if cost > budget:
            out.append((year, len(chosen), cost, budget))
    return out
