"""Plain report data (:mod:`reports.data`) from a verification: the estate's verification report
and the programme report's verification section."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from calc import verification as cv
from reports.data import (
    Band,
    Climate,
    DocInfo,
    ProgrammeVerification,
    SeasonPoint,
    VerificationData,
    VerificationYear,
    VerifiedBuilding,
)
from retrofit import i18n
from retrofit.verification.result import Verified


def _opt(value: Any) -> float | None:
    return None if value is None else float(value)


def _building(row: dict[str, Any], name: str, extra: Mapping[str, Any]) -> VerifiedBuilding:
    seasons = tuple(SeasonPoint(s["season"], s["class"], s["q_c_kgce_m2"], s["q_c_norm_kgce_m2"], s["factor"])
                    for s in row["seasons"])
    band = (Band(row["predicted_saved_tce_p10"], row["predicted_saved_tce"], row["predicted_saved_tce_p90"])
            if row.get("predicted_saved_tce_p10") is not None else None)
    return VerifiedBuilding(
        name=name, status=row["status"], floor_area_m2=row["floor_area_m2"] or 0.0, seasons=seasons,
        q_before_kgce_m2=row["q_c_before_norm_kgce_m2"], q_after_kgce_m2=row["q_c_after_norm_kgce_m2"],
        predicted_before_kgce_m2=row.get("predicted_q_c_before_kgce_m2"),
        predicted_after_kgce_m2=row["predicted_q_c_after_kgce_m2"], measured_saved_tce=row["measured_saved_tce"],
        predicted_saved_tce=row["predicted_saved_tce"], realisation_rate=row["realisation_rate"],
        after_ratio=row["after_ratio"], band=band, performance=row["performance"],
        works_completed=row["works_completed"], contractor=str(extra.get("contractor") or ""),
        actual_cost_rmb=_opt(extra.get("actual_cost_rmb")), estimated_cost_rmb=_opt(extra.get("cost_rmb")),
        notices=tuple(row["notices"]))


def _series(v: Verified, idx: np.ndarray) -> tuple[SeasonPoint, ...]:
    """The estate per season: the floor-area weighted normalised coal index of its buildings
    read before the works, and of those read after them (seasons overlapping the works only when
    nothing else was read that season)."""
    sums: dict[tuple[int, str], list[float]] = {}
    for i in idx.tolist():
        for s in v.seasons_of(i):
            if s["q_c_norm_kgce_m2"] is None:
                continue
            acc = sums.setdefault((int(s["season"][:4]), s["class"]), [0.0, 0.0, 0.0])
            acc[0] += s["q_c_norm_kgce_m2"] * s["area_m2"]
            acc[1] += s["q_c_kgce_m2"] * s["area_m2"]
            acc[2] += s["area_m2"]
    seasons = {y for y, _ in sums}
    out = []
    for y in sorted(seasons):
        kinds = [k for k in ("before", "after") if (y, k) in sums] or ["overlap"]
        for k in kinds:
            norm, raw, area = sums[(y, k)]
            out.append(SeasonPoint(f"{y}-{y + 1}", k, raw / area, norm / area, norm / raw if raw else 1.0))
    return tuple(out)


def estate_data(v: Verified, estate: str, *, lang: str | None = None, district: str = "", heat_supplier: str = "",
                climate: Climate | None = None, doc: DocInfo | None = None) -> VerificationData:
    """The verification report data of one estate (by name)."""
    names = v.columns["estate"]
    idx = np.flatnonzero(np.asarray([n == estate for n in names.tolist()], dtype=bool))
    rows = v.building_rows(lang)
    extra_keys = [k for k in ("contractor", "actual_cost_rmb") if k in v.columns]
    cost = np.broadcast_to(v.estimate.results.cost, (len(v),))
    buildings = tuple(_building(rows[i], rows[i]["building"],
                                {**{k: v.columns[k][i] for k in extra_keys}, "cost_rmb": float(cost[i])})
                      for i in idx.tolist())
    meter, counted = None, False
    for j, (name, _city) in enumerate(v.matched.estates):
        if name == estate:
            row = v.estate_rows(lang)[j]
            meter, counted = _building(row, _estate_meter_name(lang), {}), row["counted"]
    b_ok = v.buildings.status[idx] == cv.VERIFIED
    measured = float(np.nansum(v.buildings.measured_saved[idx][b_ok]))
    predicted = float(v.buildings.predicted_saved[idx][b_ok].sum())
    if counted and meter is not None and meter.status == "verified":
        measured, predicted = meter.measured_saved_tce or 0.0, meter.predicted_saved_tce or 0.0
    a0, a1 = v.units.floor_area[idx], v.units.area_after[idx]
    before = np.broadcast_to(v.estimate.results.before.coal_index, (len(v),))[idx]
    after = v.units.predicted_coal_after[idx]
    series = meter.seasons if counted and meter is not None else _series(v, idx)
    city = v.cities[int(idx[0])] if len(idx) else ""
    clim = climate or Climate(city, float(v.units.heating_days[idx[0]]) if len(idx) else 0.0,
                              float(v.units.mean_outdoor_temperature[idx[0]]) if len(idx) else 0.0, 0.0, "")
    return VerificationData(
        estate=estate, city=city, district=district, climate=clim, buildings=buildings, estate_meter=meter,
        series=series, predicted_before_kgce_m2=float((before * a0).sum() / a0.sum()) if len(idx) else None,
        predicted_after_kgce_m2=float((after * a1).sum() / a1.sum()) if len(idx) else None,
        measured_saved_tce=measured, predicted_saved_tce=predicted, heat_supplier=heat_supplier,
        doc=doc or DocInfo())


def _estate_meter_name(lang: str | None) -> str:
    return "小区总表" if i18n.language(lang) == "zh" else "Estate meter"


def programme_data(v: Verified, target_tce: float, *, limit: int = 30) -> ProgrammeVerification:
    """The programme report's verification section: totals, years of completion and the
    under-performing buildings (worst realisation first, at most ``limit``)."""
    t = v.totals()
    years = tuple(VerificationYear(y["year"], y["completed_area_m2"], y["predicted_completed_tce"],
                                   y["measured_saved_tce"], y["predicted_verified_tce"],
                                   y["cumulative_measured_saved_tce"], y["cumulative_predicted_completed_tce"])
                  for y in v.by_year())
    b = v.buildings
    under = np.flatnonzero((b.status == cv.VERIFIED) & (b.flag == cv.UNDER))
    under = under[np.argsort(b.realisation_rate[under], kind="stable")][:limit]
    names = list(zip(v.columns["estate"].tolist(), v.columns["building"].tolist(), strict=True))
    rows = tuple((str(names[i][0]), str(names[i][1]), float(b.measured_saved[i]), float(b.predicted_saved[i]),
                  None if np.isnan(b.realisation_rate[i]) else float(b.realisation_rate[i])) for i in under.tolist())
    return ProgrammeVerification(
        buildings=int(t["buildings"]), verified_buildings=int(t["verified_buildings"]),
        measured_saved_tce=float(t["measured_saved_tce"]), predicted_saved_tce=float(t["predicted_saved_tce"]),
        target_tce=target_tce, years=years, no_baseline=int(t["no_baseline_buildings"]),
        no_after=int(t["no_after_buildings"]), no_readings=int(t["no_readings_buildings"]), under_performers=rows)
