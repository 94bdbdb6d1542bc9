"""Programme planning: which estates to do in which year, and how, under budgets and rules.

The problem is plain data (:mod:`retrofit.planner.model`), the plan typed data
(:mod:`retrofit.planner.plan`), the solver :func:`solve_plan` (:mod:`retrofit.planner.solve`),
the cost figures and the cost curve :mod:`retrofit.planner.costs`.

The solver's names are loaded on first use: it imports SciPy, which the desktop app's start
does not need (the types of :mod:`retrofit.planner.plan` are imported without it).
"""
from __future__ import annotations

from typing import Any

from retrofit.planner.model import Economics, EstateOption, PlanProblem, PlanRules, per_year
from retrofit.planner.plan import PlanResult

__all__ = ["Economics", "EstateOption", "PlanProblem", "PlanResult", "PlanRules", "PlanInfeasibleError",
           "Waiting", "per_year", "solve_plan", "MILP_MAX_VARIABLES"]

_SOLVER_NAMES = ("solve_plan", "PlanInfeasibleError", "Waiting", "MILP_MAX_VARIABLES")


def __getattr__(name: str) -> Any:
    if name in _SOLVER_NAMES:
        from retrofit.planner import solve  # lazy: SciPy loads slowly; only for the planner

        return getattr(solve, name)
    raise AttributeError(name)
