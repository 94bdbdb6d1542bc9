"""A solved instance as a :class:`~retrofit.planner.plan.PlanResult`.

Numbers are rounded (RMB to 0.01, tce and t CO2 to 0.001, MW to 0.0001, shares to 0.0001) and
lists are sorted, so the same inputs give the same document byte for byte.
"""
from __future__ import annotations

import numpy as np

from retrofit import i18n
from retrofit.funding import SOURCES
from retrofit.planner.costs import option_costs
from retrofit.planner.eligibility import Waiting
from retrofit.planner.instance import Instance
from retrofit.planner.milp import SolverOutcome
from retrofit.planner.model import MODES, EstateOption, PlanProblem
from retrofit.planner.plan import (
    Figures,
    NotScheduled,
    PlannedEstate,
    PlanObjective,
    PlanResult,
    PlanRulesUsed,
    PlanTotals,
    PlanYear,
    WaitingEstate,
)


def _r(value: float, digits: int) -> float:
    rounded = round(float(value), digits)
    return 0.0 if rounded == 0 else rounded


def _sum(options: list[EstateOption], attr: str) -> float:
    return float(sum(getattr(o, attr) for o in options))


def _figures(options: list[EstateOption]) -> dict:
    return {
        "cost_rmb": _r(_sum(options, "cost_rmb"), 2),
        "saved_tce": _r(_sum(options, "saved_tce"), 3),
        "saved_tco2": _r(_sum(options, "saved_tco2"), 3),
        "freed_capacity_mw": _r(_sum(options, "freed_mw"), 4),
        "floor_area_m2": _r(_sum(options, "floor_area_m2"), 2),
        "households": int(sum(o.households for o in options)),
        "funding": {s: _r(sum(o.funding_rmb.get(s, 0.0) for o in options), 2) for s in SOURCES},
        "surplus_rmb": _r(_sum(options, "surplus_rmb"), 2),
        "added_area_m2": _r(_sum(options, "added_area_m2"), 2),
        "new_coal_tce": _r(_sum(options, "new_coal_tce"), 3),
        "new_tco2": _r(_sum(options, "new_tco2"), 3),
        "new_load_mw": _r(_sum(options, "new_load_mw"), 4),
    }


def mode_shares(options: list[EstateOption]) -> dict[str, float]:
    """Share of the programme's original floor area by mode (zeros for an empty programme)."""
    total = sum(o.floor_area_m2 for o in options)
    return {m: _r(sum(o.area_m2.get(m, 0.0) for o in options) / total, 4) if total > 0 else 0.0
            for m in MODES}


def _waiting(waiting: list[Waiting], lang: str | None) -> tuple[WaitingEstate, ...]:
    return tuple(WaitingEstate(w.estate, w.reason(lang), w.code, w.text_params(lang)) for w in waiting)


def _planned(problem: PlanProblem, option: EstateOption, year: int) -> PlannedEstate:
    return PlannedEstate(
        estate=option.estate, year=year, variant=option.variant, mode=option.main_mode,
        cost_rmb=_r(option.cost_rmb, 2), saved_tce=_r(option.saved_tce, 3), saved_tco2=_r(option.saved_tco2, 3),
        freed_capacity_mw=_r(option.freed_mw, 4), floor_area_m2=_r(option.floor_area_m2, 2),
        area_by_mode={m: _r(option.area_m2.get(m, 0.0), 2) for m in MODES},
        building_modes=dict(sorted(option.building_modes.items())),
        costs=option_costs([option], problem.economics).rounded())


def compose(problem: PlanProblem, inst: Instance, candidates: list[EstateOption], waiting: list[Waiting],
            outcome: SolverOutcome, lang: str | None = None) -> PlanResult:
    """The plan for a solved instance (``outcome.year_of`` indexes ``candidates``, the items)."""
    year_of = outcome.year_of if outcome.year_of is not None else np.full(len(candidates), -1)
    years, done, planned = [], [], []
    cumulative = 0.0
    for y in range(problem.years):
        chosen = sorted((candidates[i] for i in np.flatnonzero(year_of == y)), key=lambda o: o.estate)
        done += chosen
        planned += [_planned(problem, o, problem.start_year + y) for o in chosen]
        figures = _figures(chosen)
        cumulative += figures["saved_tce"]
        years.append(PlanYear(year=problem.start_year + y, estates=tuple(o.estate for o in chosen),
                              budget_rmb=_r(problem.annual_budget_rmb[y], 2),
                              cumulative_saved_tce=_r(cumulative, 3), **figures))
    estate_year = inst.estate_years(year_of)
    first_item = {candidates[i].estate: candidates[i] for i in reversed(range(len(candidates)))}
    not_scheduled = tuple(NotScheduled(name, i18n.message(
        "plan_not_scheduled", lang, cost=f"{first_item[name].cost_rmb / 1e4:,.1f}"))
        for e, name in enumerate(inst.names) if estate_year[e] < 0)
    rules = problem.rules
    return PlanResult(
        years=tuple(years), mode_shares=mode_shares(done), waiting=_waiting(waiting, lang),
        not_scheduled=not_scheduled, estates=tuple(sorted(planned, key=lambda p: p.estate)),
        costs=option_costs(done, problem.economics).rounded(),
        totals=PlanTotals(estates=len(done), **_figures(done)),
        gap=_r(outcome.gap, 6), solver="greedy" if outcome.status == "greedy" else "milp", status=outcome.status,
        objective=PlanObjective(problem.objective, _r(outcome.objective, 3), _r(outcome.bound, 3), problem.aim,
                                problem.target),
        start_year=problem.start_year,
        rules=PlanRulesUsed(
            rebuild_cap_share=_r(rules.rebuild_cap_share, 4), min_consent_rate=_r(rules.min_consent_rate, 4),
            min_remaining_life_years=_r(rules.min_remaining_life_years, 2),
            switch_short_life_to_rebuild=rules.switch_short_life_to_rebuild,
            min_three_items_share=_r(rules.min_three_items_share, 4), choose_modes=rules.choose_modes,
            min_rebuild_share=_r(rules.min_rebuild_share, 4), must_do=tuple(sorted(problem.must_do()))),
        notices=tuple(_notices(problem, waiting, lang)))


def _notices(problem: PlanProblem, waiting: list[Waiting], lang: str | None) -> list[str]:
    fixed = problem.rules.fixed_years
    must = problem.must_do()
    known = {e.estate for e in problem.estates}
    named = set(fixed) | set(must) | {m for group in problem.rules.groups for m in group}
    out = [i18n.message("plan_unknown_estate", lang, estate=name) for name in sorted(named - known)]
    out += [i18n.message("plan_fixed_waiting", lang, estate=w.estate, reason=w.reason(lang))
            for w in waiting if w.estate in fixed]
    return out + [i18n.message("plan_must_waiting", lang, estate=w.estate, reason=w.reason(lang))
                  for w in waiting if w.estate in must and w.estate not in fixed]


__all__ = ["compose", "mode_shares", "Figures"]
