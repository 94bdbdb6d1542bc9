"""The contractor's plan of one estate (:class:`reports.data.PlanData`): every building with its
dimensions, mode and year; its bill of quantities (the method's measures and new construction,
counts in pieces where a contractor orders pieces, a rebuild broken into lines, scaffolding);
the estate's charges (site overheads, contingency, VAT); savings, new load, funding and the
assumptions.

The method prices every measure per m² (``method.md`` §7, §10). Where a contractor orders
pieces, the same cost is shown per piece: heat metering per household set (one heat meter and
about :data:`VALVES_PER_HOUSEHOLD` thermostatic valves), stairwell windows and doors per
stairwell. The cost of a rebuild (per m² of new floor area) is shown as the demolition of the
old building (setting ``demolition_cost_cny_m2`` per m² of it) and the new building in the lines
of :data:`REBUILD_SPLIT`; the lines add up to the method's cost.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from reports.data import BuildingPlan, Charge, Climate, DocInfo, MeasureLine, PlanData
from retrofit.domain.naming import natural_key
from retrofit.domain.settings import Settings
from retrofit.domain.targets import net_of_new_load
from retrofit.estimate import Estimate
from retrofit.funding import EstateMoney
from retrofit.services.dto import EstateRow
from retrofit.services.report_assumptions import STANDARDS, assumptions
from retrofit.services.report_builders import (
    band,
    figures,
    funding_lines,
    glyph_notices,
    is_past,
    planned_years,
    totals,
    typical_values,
    year_notices,
)

#: Catalogue quantity → field of :class:`calc.costs.Quantities`.
QUANTITY_FIELD = {"wall_m2": "wall_insulated", "window_m2": "windows", "roof_m2": "roof",
                  "basement_m2": "basement_ceiling", "floor_area_m2": "system_area"}
#: Present-state values printed per building: data-dictionary key → BuildingInputs field.
BASELINE = (("wall_u", "wall_u"), ("window_u", "window_u"), ("roof_u", "roof_u"), ("floor_u", "floor_u"),
            ("air_change_h", "air_change"), ("wwr", "window_wall_ratio"))
#: Thermostatic valves per household (one per radiator of a two-room flat), for the order list.
VALVES_PER_HOUSEHOLD = 4
#: Flats on each landing of a stairwell, to estimate the stairwells from households and storeys.
FLATS_PER_LANDING = 2
#: The new building of a rebuild, after its demolition line, as shares of the rest of its cost: an
#: indicative split of multi-storey housing for pricing (the tender's drawings decide).
REBUILD_SPLIT = (("rebuild_structure", 0.50), ("rebuild_envelope", 0.20), ("rebuild_services", 0.18),
                 ("rebuild_external", 0.12))
#: Measure kinds done on the facade (they need scaffolding).
FACADE_KINDS = ("wall_insulation", "window_replacement")


def stairwells(households: float, storeys: float) -> int:
    """Stairwells (units) of a block, estimated: households ÷ storeys ÷ flats per landing."""
    if households <= 0 or storeys <= 0:
        return 0
    return max(1, math.ceil(households / storeys / FLATS_PER_LANDING - 1e-9))


def _unit_cost(measure: Any, settings: Settings) -> float:
    return float(measure.cost_2010_cny if settings.price_basis == "2010" else measure.cost_today_cny)


def _measure_line(est: Estimate, i: int, key: str, cost: float, households: int, stairs: int,
                  lang: str) -> MeasureLine:
    """One catalogue measure of building ``i``: per m², or per set / stairwell where counted."""
    r, measure, zh = est.results, est.catalogue.measures[key], lang == "zh"
    area = float(np.broadcast_to(getattr(r.quantities, QUANTITY_FIELD[measure.quantity]), (len(est),))[i])
    p = measure.params
    if measure.kind == "behaviour" and households > 0:
        valves = households * VALVES_PER_HOUSEHOLD
        detail = (f"热量表 {households} 块，温控阀约 {valves} 个" if zh
                  else f"{households} heat meters, ≈ {valves} valves")
        return MeasureLine(key, households, "set", cost / households, cost, detail)
    if measure.kind == "air_tightness" and stairs > 0:
        detail = "楼梯间窗、自闭式单元门" if zh else "windows, self-closing door"
        return MeasureLine(key, stairs, "stair", cost / stairs, cost, detail)
    if "thickness_m" in p:
        detail = f"{p['thickness_m'] * 1000:.0f} mm, λ = {p.get('conductivity_w_mk', 0):.3f}"
    elif measure.kind == "window_replacement":
        count = float(np.broadcast_to(r.quantities.window_count, (len(est),))[i])
        u = p.get("window_u_w_m2k", "")
        detail = f"约 {count:,.0f} 樘，U = {u}" if zh else f"≈ {count:,.0f} windows, U = {u}"
    elif measure.quantity == "floor_area_m2":
        detail = "按建筑面积" if zh else "per m² of floor area"
    else:
        detail = ""
    return MeasureLine(key, area, "m2", _unit_cost(measure, est.settings), cost, detail)


def _construction_lines(est: Estimate, i: int, added_storeys: int, lang: str) -> list[MeasureLine]:
    """New construction of building ``i``: added storeys in one line, a rebuild in lines."""
    r, s, zh = est.results, est.settings, lang == "zh"
    cost = float(np.broadcast_to(r.construction_cost, (len(est),))[i])
    if cost <= 0:
        return []
    area = float(np.broadcast_to(r.quantities.construction_area, (len(est),))[i])
    if est.modes[i] != "rebuild":
        detail = (f"加建 {added_storeys} 层，含新屋面" if zh
                  else f"{added_storeys} storey{'s' if added_storeys != 1 else ''}, new roof included")
        return [MeasureLine("new_storeys", area, "m2_new", cost / area if area else 0.0, cost, detail)]
    old = float(r.geometry.floor_area[i])
    demolition = min(old * s.demolition_cost_cny_m2, cost)
    lines = [MeasureLine("demolition", old, "m2_old", demolition / old if old else 0.0, demolition,
                         "原建筑面积，含垃圾清运" if zh else "old floor area, waste removal incl.")]
    rest = cost - demolition
    lines += [MeasureLine(key, area, "m2_new", rest * share / area if area else 0.0, rest * share)
              for key, share in REBUILD_SPLIT]
    return lines


def _scaffolding(est: Estimate, i: int, keys: list[str]) -> tuple[MeasureLine, ...]:
    """Scaffolding over the whole facade of a building whose walls or windows are worked on."""
    kinds = {est.catalogue.measures[k].kind for k in keys}
    rate = est.settings.scaffolding_cny_m2
    if not kinds & set(FACADE_KINDS) or rate <= 0:
        return ()
    facade = float(est.results.geometry.gross_wall_area[i])
    return (MeasureLine("scaffolding", facade, "m2_facade", rate, facade * rate),)


def building_plans(est: Estimate, cols: Mapping[str, np.ndarray], lang: str, date: str) -> tuple[BuildingPlan, ...]:
    """Every building of the estimate, sorted by name (1号楼, 2号楼, … 10号楼)."""
    f, geo = figures(est), est.results.geometry
    costs = est.results.cost_by_measure()
    keys = est.results.measure_keys
    measured = np.not_equal(est.calibration_sources, None)  # type: ignore[call-overload]  # object array
    typical = est.mostly_defaults.tolist()
    base = {key: (np.broadcast_to(getattr(est.inputs, fld), (len(est),)).tolist(),
                  np.broadcast_to(est.defaulted[key], (len(est),)).tolist()) for key, fld in BASELINE}
    years = planned_years(cols)
    added = np.nan_to_num(np.asarray(cols["added_storeys"], dtype=float), nan=est.settings.added_storeys)
    entered = ~np.isnan(np.asarray(cols["length_m"], dtype=float)) & ~np.isnan(np.asarray(cols["width_m"], dtype=float))
    plans = []
    for i in range(len(est)):
        net = net_of_new_load(f["saved_tce"][i], f["saved_tco2"][i], f["freed_capacity_kw"][i] / 1e3, f["new_coal_tce"][i],
                              f["new_coal_tce"][i] * est.settings.co2_factor_t_tce, f["new_load_kw"][i] / 1e3)
        households, storeys = int(est.households[i]), int(cols["storeys"][i])
        stairs = stairwells(households, storeys)
        measure_keys = [keys[j] for j in np.flatnonzero(costs[i]).tolist()]
        lines = [_measure_line(est, i, k, float(costs[i, keys.index(k)]), households, stairs, lang) for k in measure_keys]
        lines += _construction_lines(est, i, int(added[i]), lang)
        plans.append(BuildingPlan(
            name=str(cols["building"][i]), mode=f["mode"][i], package=f["package"][i],
            floor_area_m2=f["floor_area_m2"][i], households=households, storeys=storeys,
            year_built=int(cols["year_built"][i]), planned_year=years[i], measures=tuple(lines),
            cost_rmb=f["cost_rmb"][i], q_h_before_w_m2=f["q_h_before_w_m2"][i], q_h_after_w_m2=f["q_h_after_w_m2"][i],
            coal_before_kgce_m2=f["coal_before_kgce_m2"][i], coal_after_kgce_m2=f["coal_after_kgce_m2"][i],
            saved_tce=f["saved_tce"][i], saved_tco2=f["saved_tco2"][i],
            design_load_before_w_m2=f["design_load_before_w_m2"][i],
            design_load_after_w_m2=f["design_load_after_w_m2"][i], freed_capacity_kw=f["freed_capacity_kw"][i],
            structure=str(cols["structure"][i] or ""), added_area_m2=f["added_area_m2"][i],
            calibration_factor=f["calibration_k"][i] if measured[i] else None,
            notices=tuple(n.message(lang) for n in est.notices[i]),
            baseline=tuple((key, values[i], flags[i]) for key, (values, flags) in base.items()),
            length_m=float(geo.length[i]), width_m=float(geo.width[i]), perimeter_m=float(geo.perimeter[i]),
            dimensions_entered=bool(entered[i]), stairs=stairs,
            added_storeys=int(added[i]) if f["mode"][i] == "add_storey" else 0,
            new_load_kw=f["new_load_kw"][i], new_coal_tce=f["new_coal_tce"][i], net_saved_tce=net.saved_tce,
            net_freed_capacity_kw=net.freed_capacity_mw * 1e3,
            site_lines=_scaffolding(est, i, measure_keys), year_past=is_past(years[i], date),
            mostly_defaults=bool(typical[i])))
    return tuple(sorted(plans, key=lambda p: natural_key(p.name)))


def charges(works_rmb: float, settings: Settings) -> tuple[Charge, ...]:
    """Site overheads on the works, contingency on both, VAT on all three."""
    out: list[Charge] = []
    base = works_rmb
    for key, rate in (("overheads", settings.site_overheads_share), ("contingency", settings.contingency_share),
                      ("vat", settings.vat_share)):
        amount = base * rate
        out.append(Charge(key, rate, base, amount))
        base += amount
    return tuple(out)


def plan_data(estate: EstateRow, cols: Mapping[str, np.ndarray], est: Estimate, money: EstateMoney | None,
              climate: Climate, lang: str, doc: DocInfo, plan_name: str = "") -> PlanData:
    """The contractor's plan of one estate (module docstring)."""
    t, s = totals(est), est.settings
    buildings = building_plans(est, cols, lang, doc.date)
    extra = charges(sum(b.works_rmb for b in buildings), s)
    resident = money.funding_rmb.get("residents", 0.0) if money else 0.0
    names = [b.name for b in buildings]
    notices = (*glyph_notices(estate, names, lang), *year_notices(planned_years(cols), doc.date, lang),
               *typical_values(est, lang))
    return PlanData(
        estate=estate.estate, city=climate.city, district=estate.district or "", address=estate.address or "",
        climate=climate, households=int(estate.households or t.households), floor_area_m2=t.floor_area_m2,
        buildings=buildings, totals=t, funding=funding_lines(money), doc=doc,
        saved_tce_band=band(est), saved_tco2_band=band(est, est.constants.co2_factor),
        assumptions=assumptions(s, est.defaulted, lang), standards=STANDARDS[lang],
        resident_rmb_m2=resident / t.floor_area_m2 if t.floor_area_m2 else 0.0,
        heat_supplier=estate.heat_supplier or "", metered_billing=bool(estate.metered_billing),
        consent_rate=estate.consent_rate, notices=notices, price_basis=s.price_basis,
        price_year=int(doc.date[:4]) if s.price_basis == "today" and doc.date[:4].isdigit() else None,
        charges=extra, bill_total_rmb=sum(b.works_rmb for b in buildings) + sum(c.amount_rmb for c in extra),
        plan_name=plan_name)
