"""Synthetic planner estates built by hand (no engine, no database)."""
from __future__ import annotations

from retrofit.planner import EstateOption


def make_estate(name: str, cost: float, tce: float, area: float = 1000.0, mode: str = "retrofit",
                consent: float | None = 0.9, households: int = 20, three_items: bool = True,
                short_life: tuple[str, ...] = (), switched: EstateOption | None = None,
                funding: dict[str, float] | None = None) -> EstateOption:
    """An estate whose figures are given directly; CO2 at 2.5 t/tce, 1 MW per 1,000 tce."""
    return EstateOption(
        estate=name, cost_rmb=cost, saved_tce=tce, saved_tco2=2.5 * tce, freed_mw=tce / 1000.0,
        area_m2={mode: area}, households=households, consent_rate=consent,
        three_items_area_m2=area if three_items and mode != "rebuild" else 0.0,
        funding_rmb=funding if funding is not None else {"central": 0.0, "city": cost},
        short_life=short_life, switched=switched)


def plan_doc(problem, lang=None) -> dict:
    """The plan's ``retrofit plan --json`` document (the typed plan's ``to_dict()``)."""
    from retrofit.planner import solve_plan

    return solve_plan(problem, lang=lang).to_dict()
