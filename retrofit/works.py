"""Works under way or done, as the programme planner sees them (``method.md`` §12).

A building under construction (施工) or completed (竣工) is committed: the planner leaves it
where it is and counts its actual cost, where recorded, against the budget of the year of its
works (the year it was completed, or started when it is still under construction). Its estate is
fixed to that year when the year lies in the programme; committed buildings whose works fall
before the programme's first year are not planned again. The programme's entry rules
(residents' consent, remaining life) no longer hold such an estate back, and the planner keeps
each committed building in its recorded mode. Money already spent is a fact, not a choice: when
the actual cost of a year's committed works alone exceeds that year's budget, the plan takes the
year's budget as that cost and says so.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from retrofit import i18n
from retrofit.domain.records import BuildingRecord, Register

#: Works statuses that commit a building.
COMMITTED = frozenset({"construction", "completed"})


def status_of(b: BuildingRecord) -> str:
    status = getattr(b, "status", None)
    return str(getattr(status, "value", status) or "planned")


def committed(b: BuildingRecord) -> bool:
    """The building's works are under way or done."""
    return status_of(b) in COMMITTED


def works_year(b: BuildingRecord) -> int | None:
    """The year the budget pays a committed building's works in (completion, else start, else
    the planned year); None for a building that is not committed."""
    if not committed(b):
        return None
    first = (b.works_completed, b.works_start) if status_of(b) == "completed" else (b.works_start, b.works_completed)
    for d in first:
        if d is not None:
            return d.year
    return b.planned_year


def committed_costs(inputs: Any, buildings: Sequence[BuildingRecord]) -> Any:
    """``inputs`` (:class:`retrofit.funding.MoneyInputs`, parallel to ``buildings``) with the
    actual cost of committed buildings where recorded, instead of the estimate."""
    actual = np.array([b.actual_cost_rmb if committed(b) and b.actual_cost_rmb is not None else np.nan
                       for b in buildings], dtype=float)
    if np.isnan(actual).all():
        return inputs
    return dataclasses.replace(inputs, cost_rmb=np.where(np.isnan(actual), inputs.cost_rmb, actual))


def prepare(register: Register, inputs: Mapping[str, Any], lang: str | None = None
            ) -> tuple[Register, dict[str, Any], tuple[str, ...]]:
    """The register and plan inputs with the committed works in place (module docstring):
    estates fixed to the year of their works (the inputs' own ``fixed_years`` win), buildings
    whose works fall before the programme left out, the entry rules lifted for committed
    estates, and a year's budget raised to the actual cost spent in it; with the notices."""
    start = int(inputs.get("start_year", inputs.get("first_year", 0)) or 0)
    horizon = int(inputs.get("years", 3) or 3)
    started = {b.estate for b in register.buildings if committed(b)}
    if not started:
        return register, dict(inputs), ()
    done_before = [committed(b) and (works_year(b) or start) < start for b in register.buildings]
    buildings = tuple(dataclasses.replace(b, remaining_life_years=None) if committed(b) else b
                      for b, gone in zip(register.buildings, done_before, strict=True) if not gone)
    years: dict[str, int] = {}
    for b in buildings:
        y = works_year(b)
        if y is not None:
            years[b.estate] = min(y, years.get(b.estate, y))
    estates = tuple(dataclasses.replace(e, consent_rate=1.0) if e.estate in started else e for e in register.estates)
    fixed = {e: y for e, y in years.items() if start <= y < start + horizon}
    fixed.update(dict(inputs.get("fixed_years") or {}))
    budget, notices = _budget(buildings, fixed, inputs, start, horizon, lang)
    out = {**inputs, "fixed_years": fixed, **({"annual_budget_rmb": budget} if budget is not None else {})}
    return dataclasses.replace(register, buildings=buildings, estates=estates), out, notices


def _budget(buildings: Sequence[BuildingRecord], fixed: Mapping[str, int], inputs: Mapping[str, Any], start: int,
            horizon: int, lang: str | None) -> tuple[list[float] | None, tuple[str, ...]]:
    """The annual budgets with each year at least the actual cost of its committed works."""
    value = inputs.get("annual_budget_rmb", inputs.get("budget_rmb_per_year"))
    try:
        given = [float(v) for v in value] if isinstance(value, (list, tuple)) else [float(value)] * horizon
    except (TypeError, ValueError):
        return None, ()                        # the planner names a bad budget
    if len(given) != horizon:
        return None, ()
    spent = [0.0] * horizon
    for b in buildings:
        if committed(b) and b.actual_cost_rmb is not None and b.estate in fixed:
            y = fixed[b.estate] - start
            if 0 <= y < horizon:
                spent[y] += float(b.actual_cost_rmb)
    over = [y for y in range(horizon) if spent[y] > given[y]]
    if not over:
        return None, ()
    notices = tuple(i18n.message("plan_committed_over_budget", lang, year=start + y, spent_wan=spent[y] / 1e4,
                                 budget_wan=given[y] / 1e4, spent_m=spent[y] / 1e6, budget_m=given[y] / 1e6)
                    for y in over)
    return [max(g, s) for g, s in zip(given, spent, strict=True)], notices
