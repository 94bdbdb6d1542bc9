"""The programme report's data (:class:`reports.programme_data.ProgrammeData`): the whole city as
recorded, or a programme plan.

For a plan, the caller runs the engine with the plan's modes and years (the estates the plan
leaves out take no part), so every group, the band and the new load are the plan's, and its
years are the plan's years; the headline figures and the money are the plan's own.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from calc.inputs import MODES
from reports.data import DocInfo, FundingLine, Totals
from reports.programme_data import (
    CostCurve,
    CurveSegment,
    EstateRank,
    GroupLine,
    LeftOut,
    PlanYear,
    ProgrammeData,
    ProgrammePlan,
    Targets,
)
from retrofit import i18n
from retrofit.domain.targets import TARGETS
from retrofit.estimate import Estimate
from retrofit.funding import SOURCES, building_split, money_inputs
from retrofit.planner import costs as plan_costs
from retrofit.planner.gap import gap_text
from retrofit.planner.plan import PlanResult
from retrofit.services.dto import EstateRow
from retrofit.services.report_builders import band, figures, is_past, new_load, planned_years


def _groups(keys: Sequence[Any], estate_ids: Sequence[int], f: Mapping[str, list], settings: Any) -> tuple[GroupLine, ...]:
    members: dict[Any, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        members[key].append(i)
    out = []
    for key in sorted(members, key=lambda k: (k in ("", None), str(k))):
        idx = members[key]

        def total(col: str, idx: list[int] = idx) -> float:
            return float(sum(f[col][i] for i in idx))

        saved, freed = total("saved_tce"), total("freed_capacity_kw") / 1000.0
        out.append(GroupLine(name="" if key is None else str(key), estates=len({estate_ids[i] for i in idx}),
                             buildings=len(idx), floor_area_m2=total("floor_area_m2"), saved_tce=saved,
                             saved_tco2=total("saved_tco2"), freed_capacity_mw=freed, cost_rmb=total("cost_rmb"),
                             new_load=new_load(saved, total("saved_tco2"), freed, total("added_area_m2"), total("new_coal_tce"),
                                               total("new_load_kw") / 1000.0, settings)))
    return tuple(out)


def _left_out(plan: PlanResult, lang: str) -> tuple[LeftOut, ...]:
    """The estates a plan leaves out, with the reason in the report's language."""
    out = [LeftOut(w.estate, i18n.message(w.code, lang, **w.params) if w.code else w.reason, "waiting")
           for w in plan.waiting]
    out += [LeftOut(n.estate, i18n.message("report_not_scheduled", lang), "not_scheduled") for n in plan.not_scheduled]
    return tuple(out)


def programme_plan(plan: PlanResult, lang: str, date: str, name: str = "") -> ProgrammePlan:
    """The plan's years (budget, cost, saving, cash by source), mode shares, left-out estates and
    its solver gap in words."""
    years = tuple(PlanYear(y.year, tuple(y.estates), y.cost_rmb, y.saved_tce, y.saved_tco2,
                           tuple(FundingLine(s, y.funding.get(s, 0.0)) for s in SOURCES if s in y.funding),
                           budget_rmb=y.budget_rmb, freed_capacity_mw=y.freed_capacity_mw,
                           cumulative_saved_tce=y.cumulative_saved_tce, past=is_past(y.year, date))
                  for y in plan.years)
    c = plan.costs
    return ProgrammePlan(years=years, mode_shares=tuple((m, v) for m, v in plan.mode_shares.items() if v > 0),
                         left_out=_left_out(plan, lang), gap_text=gap_text(plan.gap, plan.status, lang), name=name,
                         aim=plan.objective.aim, cost_per_tce=None if c is None or np.isinf(c.cost_per_tce) else c.cost_per_tce,
                         npv_rmb=None if c is None else c.npv_rmb)


def cost_curve(curve: plan_costs.CostCurve) -> CostCurve:
    """The planner's cost curve as the report prints it."""
    return CostCurve(segments=tuple(CurveSegment(s.estate, s.mode, s.start_tce, s.width_tce, s.height)
                                    for s in curve.segments),
                     target_tce=curve.target_tce, left_out=curve.left_out,
                     cost_to_target_rmb=curve.cost_to(curve.target_tce), height_at_target=curve.height_at(curve.target_tce))


def estate_curve(f: Mapping[str, list], sel: Sequence[int], target_tce: float) -> plan_costs.CostCurve:
    """The cost curve of the estates as computed here, each in its main mode by floor area."""
    rows: dict[str, list] = {}
    for i in sel:
        row = rows.setdefault(f["estate"][i], [defaultdict(float), 0.0, 0.0])
        row[0][f["mode"][i]] += f["floor_area_m2"][i]
        row[1] += f["saved_tce"][i]
        row[2] += f["cost_rmb"][i]
    return plan_costs.cost_curve([(name, max(area, key=area.get), "recorded", saved, cost)
                                  for name, (area, saved, cost) in sorted(rows.items())], target_tce)


def _ranks(groups: Sequence[GroupLine], by_id: Mapping[int, EstateRow], top: int) -> tuple[EstateRank, ...]:
    ranks = [EstateRank(by_id[int(g.name)].estate, by_id[int(g.name)].district or "–", g.floor_area_m2, g.saved_tce,
                        g.cost_rmb) for g in groups if g.cost_rmb > 0]
    ranks.sort(key=lambda r: r.tce_per_mrmb, reverse=True)
    return tuple(ranks[:top])


def _funding(est: Estimate, plan: PlanResult | None) -> tuple[FundingLine, ...]:
    if plan is not None:
        money = plan.totals.funding
    else:
        split = building_split(money_inputs(est), est.settings)
        money = {s: float(split[s].sum()) for s in SOURCES}
    return tuple(FundingLine(s, float(money.get(s, 0.0))) for s in SOURCES if money.get(s, 0.0) > 0.5)


def _totals(est: Estimate, f: Mapping[str, list], sel: list[int], plan: PlanResult | None) -> Totals:
    """Gross totals (the plan's own figures when there is a plan) with the engine's new load."""
    s = est.settings

    def total(col: str) -> float:
        return float(sum(f[col][i] for i in sel))

    households = int(round(float(est.households[sel].sum()))) if sel else 0
    if plan is None:
        saved, co2, freed, area, cost = (total("saved_tce"), total("saved_tco2"), total("freed_capacity_kw") / 1000.0,
                                         total("floor_area_m2"), total("cost_rmb"))
    else:
        t = plan.totals
        saved, co2, freed, area, cost = t.saved_tce, t.saved_tco2, t.freed_capacity_mw, t.floor_area_m2, t.cost_rmb
        households = t.households or households
    return Totals(floor_area_m2=area, coal_before_tce=total("coal_before_tce"), coal_after_tce=total("coal_after_tce"),
                  saved_tce=saved, saved_tco2=co2, freed_capacity_mw=freed,
                  extra_area_m2=freed * 1e6 / s.planning_index_w_m2 if s.planning_index_w_m2 else 0.0,
                  cost_rmb=cost, households=households, buildings=len(sel),
                  new_load=new_load(saved, co2, freed, total("added_area_m2"), total("new_coal_tce"),
                                    total("new_load_kw") / 1000.0, s))


def _notices(plan: PlanResult | None, engine_saved: float, lang: str) -> tuple[str, ...]:
    if plan is None or not plan.totals.saved_tce:
        return ()
    diff = engine_saved / plan.totals.saved_tce - 1.0
    if abs(diff) <= 0.005:
        return ()
    return (i18n.message("report_plan_differs", lang, now=f"{engine_saved:,.0f}", saved=f"{plan.totals.saved_tce:,.0f}",
                         diff=f"{diff:+.1%}"),)


def programme_data(estates: Sequence[EstateRow], cols: Mapping[str, np.ndarray], est: Estimate,
                   plan: PlanResult | None, doc: DocInfo, lang: str, *, city: str = "", plan_name: str = "",
                   curve: plan_costs.CostCurve | None = None, top: int = 15) -> ProgrammeData:
    """The city's (or the plan's) totals against the targets, grouped by mode, district and year
    (module docstring)."""
    f, s = figures(est), est.settings
    f["estate"] = [str(e) for e in np.asarray(cols["estate"]).tolist()]
    by_id = {e.id: e for e in estates}
    ids = np.asarray(cols["estate_id"]).tolist()
    sel = [i for i, m in enumerate(f["mode"]) if m != "none"]
    sub = {k: [v[i] for i in sel] for k, v in f.items()}
    sub_ids = [ids[i] for i in sel]
    all_years = planned_years(cols)
    years = [all_years[i] for i in sel]
    cities = [e.city for e in estates]
    return ProgrammeData(
        city=city or (max(set(cities), key=cities.count) if cities else ""),
        totals=_totals(est, f, sel, plan), targets=Targets(**TARGETS.to_dict()),
        by_mode=tuple(sorted(_groups(sub["mode"], sub_ids, sub, s), key=lambda g: MODES.index(g.name))),
        by_district=_groups([by_id[i].district or "–" for i in sub_ids], sub_ids, sub, s),
        by_year=_groups(years, sub_ids, sub, s), top_estates=_ranks(_groups(sub_ids, sub_ids, sub, s), by_id, top),
        estates=len(set(sub_ids)), saved_tce_band=band(est),
        rebuild_cap_share=plan.rules.rebuild_cap_share if plan is not None else s.rebuild_cap_share,
        plan=programme_plan(plan, lang, doc.date, plan_name) if plan is not None else None, doc=doc,
        notices=_notices(plan, float(sum(sub["saved_tce"])), lang), source_order=SOURCES,
        curve=cost_curve(curve if curve is not None else estate_curve(f, sel, TARGETS.saved_tce)),
        funding=_funding(est, plan),
        estates_in_register=len(estates))
