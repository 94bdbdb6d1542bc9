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
})


class PlanInfeasibleError(RetrofitError):
    code = "plan_infeasible"


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
        fixed = ", ".join(sorted(problem.rules.fixed_years)) or "-"
        raise PlanInfeasibleError(detail=fixed)
    return compose(problem, candidates, waiting, outcome, lang)
