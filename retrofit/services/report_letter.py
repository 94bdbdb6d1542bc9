"""The residents' letter of one estate (:class:`reports.data.SummaryData`): what is done to each
building and when, what a household pays by the size of its flat (the residents' rate per m²
and its cap), who pays the rest, the heating bill, the coal saved, and whom to ask.

"Per household" is a household's own flat: its share is the residents' rate of its building
× its floor area; the estate's average flat is the estate's floor area ÷ households.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from reports.data import Contact, DocInfo, FlatShare, ResidentRate, SummaryBuilding, SummaryData
from retrofit.domain.naming import natural_key
from retrofit.domain.settings import Settings
from retrofit.estimate import Estimate
from retrofit.funding import EstateMoney, building_split, household_bills, money_inputs
from retrofit.services.dto import EstateRow
from retrofit.services.report_builders import (
    band,
    figures,
    funding_lines,
    is_past,
    planned_years,
    totals,
    works_year,
)

#: Flat sizes the letter works out a household's share for. [m²]
FLAT_SIZES = (45.0, 60.0, 80.0)
#: The residents' rate per m² is told rounded to this many RMB (99.4 → 100).
RATE_STEP = 5.0


def _bills(size: float, heat_kwh_m2: Sequence[float], metered: bool, s: Settings) -> tuple[float, float]:
    """The heating bill of a flat per season, before and after, under the estate's tariff."""
    bills = household_bills(size, heat_kwh_m2[0], heat_kwh_m2[1], s)
    tariff = "metered" if metered else "area"
    return bills[f"{tariff}_bill_before_rmb"], bills[f"{tariff}_bill_after_rmb"]


def resident_rates(est: Estimate, names: Sequence[str], metered: bool) -> tuple[ResidentRate, ...]:
    """Buildings grouped by what residents pay per m² of their flat (rounded to
    :data:`RATE_STEP` RMB), with the share and the heating bill of flats of :data:`FLAT_SIZES`."""
    s, cols = est.settings, est.building_columns()
    paid = building_split(money_inputs(est), s)["residents"]
    area = cols["floor_area_m2"]
    groups: dict[float, list[int]] = {}
    for i in np.flatnonzero(est.modes != "none").tolist():
        rate = float(round(paid[i] / area[i] / RATE_STEP) * RATE_STEP) if area[i] > 0 else 0.0
        groups.setdefault(rate, []).append(i)
    out = []
    for rate, idx in sorted(groups.items(), key=lambda kv: natural_key(names[kv[1][0]])):
        weights = area[idx]
        heat = [float(np.average(cols[k][idx], weights=weights)) if weights.sum() > 0 else 0.0
                for k in ("heat_delivered_before_kwh_m2", "heat_delivered_after_kwh_m2")]
        flats = tuple(FlatShare(size, rate * size, *_bills(size, heat, metered, s)) for size in FLAT_SIZES)
        out.append(ResidentRate(tuple(sorted((names[i] for i in idx), key=natural_key)), rate, flats))
    return tuple(out)


def _heat_cut(f: Mapping[str, list]) -> float | None:
    """Share of the heat need the works remove, floor-area weighted (q_H before → after)."""
    before = sum(q * a for q, a in zip(f["q_h_before_w_m2"], f["floor_area_m2"], strict=True))
    after = sum(q * a for q, a in zip(f["q_h_after_w_m2"], f["floor_area_m2"], strict=True))
    return 1.0 - after / before if before > 0 else None


def _mostly_typical(est: Estimate) -> bool:
    """Whether most of the estate's floor area is in buildings described mostly by typical values."""
    area = np.asarray(est.building_columns()["floor_area_m2"], dtype=float)
    flags = est.mostly_defaults
    return bool(area.sum() > 0 and area[flags].sum() * 2 > area.sum())


def _indoor_before(cols: Mapping[str, np.ndarray], est: Estimate) -> float | None:
    """The surveyed indoor temperature before the works, floor-area weighted, when most of the
    estate's floor area has one."""
    temp = np.asarray(cols["indoor_temp_before_c"], dtype=float)
    area = np.asarray(est.building_columns()["floor_area_m2"], dtype=float)
    known = ~np.isnan(temp) & (est.modes != "none")
    if not known.any() or area[known].sum() * 2 <= area[est.modes != "none"].sum():
        return None
    return float(np.average(temp[known], weights=area[known]))


def summary_data(estate: EstateRow, cols: Mapping[str, np.ndarray], est: Estimate, money: EstateMoney | None,
                 doc: DocInfo, city: str = "") -> SummaryData:
    """The residents' letter of one estate (module docstring); ``city`` is the city's name in
    the letter's language."""
    f, s, t = figures(est), est.settings, totals(est)
    costs = est.results.cost_by_measure()
    keys = est.results.measure_keys
    years = planned_years(cols)
    added = np.nan_to_num(np.asarray(cols["added_storeys"], dtype=float), nan=s.added_storeys).astype(int).tolist()
    names = [str(n) for n in np.asarray(cols["building"]).tolist()]
    buildings = sorted((SummaryBuilding(names[i], f["mode"][i], f["package"][i],
                                        tuple(keys[j] for j in np.flatnonzero(costs[i]).tolist()), years[i],
                                        int(cols["storeys"][i]), added[i] if f["mode"][i] == "add_storey" else 0)
                        for i in range(len(est))), key=lambda b: natural_key(b.name))
    year = works_year([y for y, m in zip(years, f["mode"], strict=True) if m != "none"])
    metered = bool(estate.metered_billing)
    return SummaryData(
        estate=estate.estate, city=city or estate.city, district=estate.district or "",
        households=int(estate.households or t.households), buildings=tuple(buildings), floor_area_m2=t.floor_area_m2,
        cost_rmb=t.cost_rmb, funding=funding_lines(money), resident_cap_rmb_m2=s.resident_cap_cny_m2,
        rates=resident_rates(est, names, metered), metered_billing=metered, area_tariff_rmb_m2=s.area_tariff_cny_m2,
        saved_tce=t.saved_tce, saved_tco2=t.saved_tco2, saved_tce_band=band(est),
        saved_tco2_band=band(est, est.constants.co2_factor), mostly_defaults=_mostly_typical(est),
        consent_rate=estate.consent_rate, coal_before_tce=t.coal_before_tce, heat_cut_share=_heat_cut(f),
        heat_supplier=estate.heat_supplier or "", indoor_before_c=_indoor_before(cols, est),
        indoor_after_c=s.indoor_temp_after_c, year=year, year_past=is_past(year, doc.date),
        works_months={"retrofit": s.works_months_retrofit, "add_storey": s.works_months_add_storey,
                      "rebuild": s.works_months_rebuild},
        new_load=t.new_load, contact=Contact(s.office_name, s.office_contact, s.office_phone), doc=doc)
