"""Engine results (:class:`retrofit.estimate.Estimate`) + money (:mod:`retrofit.funding`) + records
→ the plain data of :mod:`reports.data`.

Functions of plain inputs (no session, no ReportLab): the reporting service calls them.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from calc.inputs import MODES
from reports.data import (
    Band,
    BuildingPlan,
    Climate,
    DocInfo,
    EstateRank,
    FundingLine,
    GroupLine,
    MeasureLine,
    PlanData,
    PlanYear,
    ProgrammeData,
    ProgrammePlan,
    SummaryBuilding,
    SummaryData,
    Targets,
    Totals,
)
from retrofit import i18n
from retrofit.domain.naming import natural_key
from retrofit.domain.targets import TARGETS
from retrofit.estimate import Estimate
from retrofit.funding import SOURCES, EstateMoney, household_bills
from retrofit.planner.plan import PlanResult
from retrofit.services.dto import EstateRow
from retrofit.services.report_assumptions import STANDARDS, assumptions

i18n.register({"report_missing_glyphs": {
    "zh": "以下字符超出报告字体（GBK）范围，显示为方框：{chars}",
    "en": "These characters are outside the report font (GBK) and print as boxes: {chars}"}})

#: Catalogue quantity → field of :class:`calc.costs.Quantities`.
QUANTITY_FIELD = {"wall_m2": "wall_insulated", "window_m2": "windows", "roof_m2": "roof",
                  "basement_m2": "basement_ceiling", "floor_area_m2": "system_area"}
#: Present-state values printed per building: data-dictionary key → BuildingInputs field.
BASELINE = (("wall_u", "wall_u"), ("window_u", "window_u"), ("roof_u", "roof_u"), ("floor_u", "floor_u"),
            ("air_change_h", "air_change"), ("wwr", "window_wall_ratio"))
#: Thermostatic valves per household (one per radiator of a two-room flat), for the order list.
VALVES_PER_HOUSEHOLD = 4


def _n(est: Estimate, values: Any, dtype: type = float) -> np.ndarray:
    return np.broadcast_to(np.asarray(values, dtype=dtype), (len(est),))


def figures(est: Estimate) -> dict[str, list]:
    """The estimate's per-building output columns as Python lists (one conversion, then plain
    loops), with ``mode`` and ``package``."""
    out: dict[str, list] = {k: v.tolist() for k, v in est.building_columns().items()}
    out["mode"] = est.modes.tolist()
    out["package"] = [str(p) for p in est.packages]
    return out


def _band(est: Estimate, factor: float = 1.0) -> Band | None:
    if est.band is None:
        return None
    p10, p50, p90 = (float(x) * factor for x in est.band.total)
    return Band(p10, p50, p90)


def totals(est: Estimate) -> Totals:
    t = est.totals()
    return Totals(floor_area_m2=t["floor_area_m2"], coal_before_tce=t["coal_before_tce"],
                  coal_after_tce=t["coal_after_tce"], saved_tce=t["saved_tce"], saved_tco2=t["saved_tco2"],
                  freed_capacity_mw=t["freed_capacity_mw"], extra_area_m2=t["extra_area_m2"],
                  cost_rmb=t["cost_rmb"], households=int(round(t["households"])), buildings=len(est))


def funding_lines(money: EstateMoney | None) -> tuple[FundingLine, ...]:
    if money is None:
        return ()
    return tuple(FundingLine(s, money.funding_rmb[s]) for s in SOURCES if money.funding_rmb.get(s, 0.0) > 0.005)


# -- measures -------------------------------------------------------------------------------
def measure_lines(est: Estimate, i: int, costs: np.ndarray, lang: str) -> tuple[MeasureLine, ...]:
    """The measures of building ``i`` with quantity, unit cost and cost; plus new floor area."""
    r, cat, s = est.results, est.catalogue, est.settings
    households = int(np.nan_to_num(est.columns["households"][i]))
    lines = []
    for j in np.flatnonzero(costs[i]).tolist():
        key = r.measure_keys[j]
        measure = cat.measures[key]
        quantity = float(_n(est, getattr(r.quantities, QUANTITY_FIELD[measure.quantity]))[i])
        unit_cost = measure.cost_2010_cny if s.price_basis == "2010" else measure.cost_today_cny
        window_count = float(_n(est, r.quantities.window_count)[i])
        lines.append(MeasureLine(key, quantity, "m²", float(unit_cost), float(costs[i, j]),
                                 _detail(measure, households, window_count, lang)))
    construction = float(_n(est, r.construction_cost)[i])
    if construction > 0:
        area = float(_n(est, r.quantities.construction_area)[i])
        mode = est.modes[i]
        key = "new_building" if mode == "rebuild" else "new_storeys"
        lines.append(MeasureLine(key, area, "m²", construction / area if area else 0.0, construction))
    return tuple(lines)


def _detail(measure: Any, households: int, window_count: float, lang: str) -> str:
    """What a contractor orders: material and thickness, windows, meters and valves."""
    zh, p = lang == "zh", measure.params
    if "thickness_m" in p:
        return f"{p['thickness_m'] * 1000:.0f} mm, λ = {p.get('conductivity_w_mk', 0):.3f}"
    if measure.kind == "window_replacement":
        u = p.get("window_u_w_m2k", "")
        return f"约 {window_count:,.0f} 樘，U = {u}" if zh else f"≈ {window_count:,.0f} windows, U = {u}"
    if measure.kind == "behaviour":
        valves = households * VALVES_PER_HOUSEHOLD
        return f"热表 {households} 块，温控阀约 {valves} 个" if zh else f"{households} heat meters, ≈ {valves} valves"
    if measure.kind == "air_tightness":
        return "楼梯间窗、自闭式单元门" if zh else "windows, self-closing doors"
    return ""


# -- the estate plan ----------------------------------------------------------------------------
def _notices(est: Estimate, i: int, lang: str) -> tuple[str, ...]:
    return tuple(n.message(lang) for n in est.notices[i])


def building_plans(est: Estimate, cols: Mapping[str, np.ndarray], lang: str) -> tuple[BuildingPlan, ...]:
    f = figures(est)
    costs = est.results.cost_by_measure()
    measured = np.not_equal(est.calibration_sources, None)  # type: ignore[call-overload]  # object array
    base = {key: (_n(est, getattr(est.inputs, field)).tolist(), _n(est, est.defaulted[key], bool).tolist())
            for key, field in BASELINE}
    plans = []
    for i in range(len(est)):
        year = cols["planned_year"][i]
        plans.append(BuildingPlan(
            name=str(cols["building"][i]), mode=f["mode"][i], package=f["package"][i],
            floor_area_m2=f["floor_area_m2"][i], households=int(np.nan_to_num(cols["households"][i])),
            storeys=int(cols["storeys"][i]), year_built=int(cols["year_built"][i]),
            planned_year=None if np.isnan(year) else int(year), measures=measure_lines(est, i, costs, lang),
            cost_rmb=f["cost_rmb"][i], q_h_before_w_m2=f["q_h_before_w_m2"][i],
            q_h_after_w_m2=f["q_h_after_w_m2"][i],
            coal_before_kgce_m2=f["coal_before_kgce_m2"][i], coal_after_kgce_m2=f["coal_after_kgce_m2"][i],
            saved_tce=f["saved_tce"][i], saved_tco2=f["saved_tco2"][i],
            design_load_before_w_m2=f["design_load_before_w_m2"][i],
            design_load_after_w_m2=f["design_load_after_w_m2"][i],
            freed_capacity_kw=f["freed_capacity_kw"][i], structure=str(cols["structure"][i] or ""),
            added_area_m2=f["added_area_m2"][i], calibration_factor=f["calibration_k"][i] if measured[i] else None,
            notices=_notices(est, i, lang),
            baseline=tuple((key, values[i], flags[i]) for key, (values, flags) in base.items())))
    return tuple(sorted(plans, key=lambda p: natural_key(p.name)))


def plan_data(estate: EstateRow, cols: Mapping[str, np.ndarray], est: Estimate, money: EstateMoney | None,
              climate: Climate, lang: str, doc: DocInfo) -> PlanData:
    t, s = totals(est), est.settings
    resident = money.funding_rmb.get("residents", 0.0) if money else 0.0
    factor = est.constants.co2_factor
    return PlanData(
        estate=estate.estate, city=estate.city, district=estate.district or "", address=estate.address or "",
        climate=climate, households=int(estate.households or t.households), floor_area_m2=t.floor_area_m2,
        buildings=building_plans(est, cols, lang), totals=t, funding=funding_lines(money), doc=doc,
        saved_tce_band=_band(est), saved_tco2_band=_band(est, factor),
        assumptions=assumptions(s, est.defaulted, lang), standards=STANDARDS[lang],
        typical_flat_m2=s.typical_flat_m2, resident_rmb_m2=resident / t.floor_area_m2 if t.floor_area_m2 else 0.0,
        heat_supplier=estate.heat_supplier or "", metered_billing=bool(estate.metered_billing),
        consent_rate=estate.consent_rate, notices=glyph_notices(estate, cols, lang) + typical_values(est, lang))


def typical_values(est: Estimate, lang: str) -> tuple[str, ...]:
    """One line naming the buildings whose figures rest mostly on typical values (method §11)."""
    notice = est.typical_values_notice()
    return (notice.message(lang),) if notice is not None else ()


def glyph_notices(estate: EstateRow, cols: Mapping[str, np.ndarray], lang: str) -> tuple[str, ...]:
    """A notice when names hold characters the report font cannot show (outside GBK)."""
    from reports.fonts import missing_glyphs, register_fonts

    register_fonts()
    text = " ".join([estate.estate, estate.address or "", estate.district or "",
                     *(str(b) for b in np.asarray(cols["building"]).tolist())])
    missing = missing_glyphs(text)
    return (i18n.message("report_missing_glyphs", lang, chars=" ".join(missing)),) if missing else ()


# -- the residents' summary -------------------------------------------------------------------
def summary_data(estate: EstateRow, cols: Mapping[str, np.ndarray], est: Estimate, money: EstateMoney | None,
                 doc: DocInfo) -> SummaryData:
    """Plain-words data for the residents: per flat of typical size, bills under the estate's tariff."""
    f, s, t = figures(est), est.settings, totals(est)
    costs = est.results.cost_by_measure()
    keys = est.results.measure_keys
    buildings = []
    for i in range(len(est)):
        year = cols["planned_year"][i]
        buildings.append(SummaryBuilding(str(cols["building"][i]), f["mode"][i], f["package"][i],
                                         tuple(keys[j] for j in np.flatnonzero(costs[i]).tolist()),
                                         None if np.isnan(year) else int(year)))
    buildings.sort(key=lambda b: natural_key(b.name))
    area, flat = t.floor_area_m2, s.typical_flat_m2
    per_flat = (lambda amount: amount / area * flat if area else 0.0)
    metered = bool(estate.metered_billing)
    tariff = "metered" if metered and area else "area"
    heat = [sum(h * a for h, a in zip(f[k], f["floor_area_m2"], strict=True)) / area if area else 0.0
            for k in ("heat_delivered_before_kwh_m2", "heat_delivered_after_kwh_m2")]
    flat_bills = household_bills(flat, heat[0], heat[1], s)
    bills = [flat_bills[f"{tariff}_bill_{when}_rmb"] for when in ("before", "after")]
    resident = money.funding_rmb.get("residents", 0.0) if money else 0.0
    return SummaryData(
        estate=estate.estate, city=estate.city, district=estate.district or "",
        households=int(estate.households or t.households), buildings=tuple(buildings), typical_flat_m2=flat,
        resident_pays_per_flat_rmb=per_flat(resident), cost_per_flat_rmb=per_flat(t.cost_rmb),
        funding=funding_lines(money), metered_billing=metered, bill_before_rmb=bills[0], bill_after_rmb=bills[1],
        saved_tce=t.saved_tce, saved_tco2=t.saved_tco2, saved_tce_band=_band(est),
        saved_tco2_band=_band(est, est.constants.co2_factor), consent_rate=estate.consent_rate,
        coal_before_tce=t.coal_before_tce, heat_supplier=estate.heat_supplier or "", doc=doc,
        heat_cut_share=_heat_cut(f))


def _heat_cut(f: Mapping[str, list]) -> float | None:
    """Share of the heat need the retrofit removes, floor-area weighted (q_H before → after)."""
    before = sum(q * a for q, a in zip(f["q_h_before_w_m2"], f["floor_area_m2"], strict=True))
    after = sum(q * a for q, a in zip(f["q_h_after_w_m2"], f["floor_area_m2"], strict=True))
    return 1.0 - after / before if before > 0 else None


# -- the programme ------------------------------------------------------------------------------
def _groups(keys: Sequence[Any], estate_ids: Sequence[int], f: Mapping[str, list]) -> tuple[GroupLine, ...]:
    members: dict[Any, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        members[key].append(i)
    out = []
    for key in sorted(members, key=lambda k: (k in ("", None), str(k))):
        idx = members[key]
        out.append(GroupLine(name="" if key is None else str(key), estates=len({estate_ids[i] for i in idx}),
                             buildings=len(idx), floor_area_m2=sum(f["floor_area_m2"][i] for i in idx),
                             saved_tce=sum(f["saved_tce"][i] for i in idx),
                             saved_tco2=sum(f["saved_tco2"][i] for i in idx),
                             freed_capacity_mw=sum(f["freed_capacity_kw"][i] for i in idx) / 1000.0,
                             cost_rmb=sum(f["cost_rmb"][i] for i in idx)))
    return tuple(out)


def programme_plan(plan: PlanResult) -> ProgrammePlan:
    """The report's view of a programme plan: years with their cash by source, mode shares, the
    estates waiting (and those the budgets do not reach), totals."""
    t = plan.totals
    years = tuple(PlanYear(y.year, tuple(y.estates), y.cost_rmb, y.saved_tce, y.saved_tco2,
                           tuple(FundingLine(s, y.funding.get(s, 0.0)) for s in SOURCES if s in y.funding))
                  for y in plan.years)
    totals = Totals(floor_area_m2=t.floor_area_m2, coal_before_tce=0.0, coal_after_tce=0.0, saved_tce=t.saved_tce,
                    saved_tco2=t.saved_tco2, freed_capacity_mw=t.freed_capacity_mw, extra_area_m2=0.0,
                    cost_rmb=t.cost_rmb)
    waiting = tuple((w.estate, w.reason) for w in plan.waiting) + tuple((n.estate, n.reason) for n in plan.not_scheduled)
    return ProgrammePlan(years=years, mode_shares=tuple(plan.mode_shares.items()), waiting=waiting,
                         totals=totals, gap=plan.gap)


def programme_data(estates: Sequence[EstateRow], cols: Mapping[str, np.ndarray], est: Estimate,
                   plan: PlanResult | None, doc: DocInfo, top: int = 15) -> ProgrammeData:
    """The city's totals against the targets, grouped by mode, district and planned year."""
    f, s = figures(est), est.settings
    by_id = {e.id: e for e in estates}
    ids = np.asarray(cols["estate_id"]).tolist()
    active = [m != "none" for m in f["mode"]]
    sel = [i for i, a in enumerate(active) if a]
    sub = {k: [v[i] for i in sel] for k, v in f.items()}
    sub_ids = [ids[i] for i in sel]
    years = [None if np.isnan(cols["planned_year"][i]) else int(cols["planned_year"][i]) for i in sel]
    ranks = []
    for g in _groups(sub_ids, sub_ids, sub):
        e = by_id[int(g.name)]
        if g.cost_rmb > 0:
            ranks.append(EstateRank(e.estate, e.district or "–", g.floor_area_m2, g.saved_tce, g.cost_rmb))
    ranks.sort(key=lambda r: r.tce_per_mrmb, reverse=True)
    cities = [e.city for e in estates]
    t = totals(est)
    return ProgrammeData(
        city=max(set(cities), key=cities.count) if cities else "",
        totals=replace(t, floor_area_m2=sum(sub["floor_area_m2"]), buildings=len(sel), households=int(sum(
            np.nan_to_num(np.asarray(cols["households"], dtype=float))[sel]))),
        targets=Targets(**TARGETS.to_dict()), by_mode=tuple(sorted(_groups(sub["mode"], sub_ids, sub), key=lambda g: MODES.index(g.name))),
        by_district=_groups([by_id[i].district or "–" for i in sub_ids], sub_ids, sub),
        by_year=_groups(years, sub_ids, sub), top_estates=tuple(ranks[:top]), estates=len(set(sub_ids)),
        rebuild_cap_share=s.rebuild_cap_share, saved_tce_band=_band(est),
        plan=programme_plan(plan) if plan is not None else None, doc=doc, source_order=SOURCES)
