"""Programme planning: which estates to retrofit in which year, under budgets and rules.

:func:`solve_plan` takes a :class:`~retrofit.planner.model.PlanProblem` (plain data) and returns
the plan document of ``retrofit plan --json``. The exact mixed-integer programme
(:mod:`retrofit.planner.milp`, HiGHS through ``scipy.optimize.milp``) is used up to
:data:`MILP_MAX_VARIABLES` decision variables; beyond that, or when HiGHS finds no plan within
the time limit, the greedy rule (:mod:`retrofit.planner.greedy`) with its gap to the LP bound.
"""
from __future__ import annotations

from typing import Any

from retrofit import i18n
from retrofit.domain.errors import RetrofitError
from retrofit.planner.eligibility import Waiting, screen
from retrofit.planner.greedy import solve_greedy
from retrofit.planner.instance import build_instance, violations
from retrofit.planner.milp import solve_milp
from retrofit.planner.model import EstateOption, PlanProblem, PlanRules, per_year
from retrofit.planner.result import compose

__all__ = ["EstateOption", "PlanProblem", "PlanRules", "PlanInfeasibleError", "Waiting",
           "per_year", "solve_plan", "MILP_MAX_VARIABLES"]

#: Above this many ``x[e, y]`` variables the greedy rule is used instead of the MIP.
MILP_MAX_VARIABLES = 60_000

i18n.register({
    "plan_infeasible": {
        "zh": "无可行的规划方案：指定年度或须同时实施的小区超出年度预算或违反拆改建比例上限（{detail}）",
        "en": "No plan satisfies the rules: the estates fixed to a year or that must go together "
              "exceed a year's budget or the rebuild cap ({detail})",
    },
    "plan_infeasible_year": {
        "zh": "{year} 年指定小区 {count} 个，费用 {cost} 万元 > 预算 {budget} 万元",
        "en": "{year}: {count} fixed estate(s) cost {cost} × 10k RMB > budget {budget} × 10k RMB",
    },
    "plan_infeasible_rules": {
        "zh": "指定年度的小区 {count} 个，须同时实施的小区 {groups} 组",
        "en": "{count} estate(s) fixed to a year, {groups} group(s) that go together",
    },
})


class PlanInfeasibleError(RetrofitError):
    """No plan meets the fixed years, groups and budgets. ``params``: ``years`` (the years whose
    fixed estates break the budget: year, count, cost and budget in RMB), ``fixed``, ``groups``."""

    code = "plan_infeasible"

    def message(self, lang: str | None = None) -> str:
        p = self.params
        lines = [i18n.message("plan_infeasible_year", lang, year=year, count=count,
                              cost=f"{cost / 1e4:,.0f}", budget=f"{budget / 1e4:,.0f}")
                 for year, count, cost, budget in p.get("years", ())]
        detail = "; ".join(lines) or i18n.message("plan_infeasible_rules", lang, count=p.get("fixed", 0),
                                                  groups=p.get("groups", 0))
        return i18n.message(self.code, lang, detail=detail)


def solve_plan(problem: PlanProblem, lang: str | None = None) -> dict[str, Any]:
    """Solve the programme and return the plan document (see :mod:`retrofit.planner.result`).

    Raises
    ------
    ValidationError
        Impossible inputs (negative budget, wrong number of yearly budgets, unknown objective).
    PlanInfeasibleError
        The estates fixed to years (or groups) cannot all be done within the budgets and rules.
    """
    problem.validate()
    candidates, waiting = screen(problem)
    inst = build_instance(problem, candidates)
    method = problem.method
    if method == "auto":
        method = "milp" if inst.size * inst.years <= MILP_MAX_VARIABLES else "greedy"
    if method == "milp":
        outcome = solve_milp(inst, problem.time_limit_s, problem.mip_rel_gap)
        if outcome.year_of is not None and violations(inst, outcome.year_of):
            outcome = solve_greedy(inst)        # numerical trouble: fall back to a checked plan
        elif outcome.year_of is None and outcome.status == "time_limit":
            outcome = solve_greedy(inst)
    else:
        outcome = solve_greedy(inst)
    if outcome.year_of is None:
        raise PlanInfeasibleError(years=_years_over_budget(problem, candidates),
                                  fixed=len(problem.rules.fixed_years), groups=len(problem.rules.groups))
    return compose(problem, candidates, waiting, outcome, lang)


def _years_over_budget(problem: PlanProblem,
                       candidates: list[EstateOption]) -> list[tuple[int, int, float, float]]:
    """The years whose fixed estates cost more than the year's budget."""
    fixed = problem.rules.fixed_years
    out = []
    for y, budget in enumerate(problem.annual_budget_rmb):
        year = problem.start_year + y
        chosen = [e for e in candidates if fixed.get(e.estate) == year]
        cost = sum(e.cost_rmb for e in chosen)
        if cost > budget:
            out.append((year, len(chosen), cost, budget))
    return out
