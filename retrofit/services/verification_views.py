"""Plain views of a city's verification for the app: one line per estate, and the programme's
progress by works status and by year (the dashboard)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from calc import verification as cv
from retrofit.services.dashboard import ProgrammeProgress, ProgressYear
from retrofit.verification import Verified


def _status_of(cols: Mapping[str, np.ndarray]) -> np.ndarray:
    status = cols.get("status")
    n = len(cols["id"])
    if status is None:
        return np.full(n, "planned", dtype=object)
    return np.array([getattr(s, "value", s) or "planned" for s in np.asarray(status, dtype=object).tolist()],
                    dtype=object)


def estate_lines(v: Verified, cols: Mapping[str, np.ndarray]) -> list[dict[str, Any]]:
    """One line per estate with buildings: counts by verification status, the measured and
    predicted saving (buildings verified by their own meter, or the estate meter when it is the
    one counted) and their ratio."""
    estate_ids = np.asarray(cols["estate_id"], dtype=np.int64)
    keys, group = np.unique(estate_ids, return_inverse=True)
    group = group.ravel()
    b = v.buildings
    count = len(keys)
    by_status = {name: np.bincount(group[b.status == code], minlength=count) for code, name in enumerate(cv.STATUSES)}
    ok = b.status == cv.VERIFIED
    measured = np.bincount(group[ok], weights=b.measured_saved[ok], minlength=count)
    predicted = np.bincount(group[ok], weights=b.predicted_saved[ok], minlength=count)
    under = np.bincount(group[ok & (b.flag == cv.UNDER)], minlength=count)
    meter_of = {}
    counted = v.counted()[1]
    for j, members in enumerate(v.matched.members):
        meter_of[int(estate_ids[members[0]])] = j
    first = {int(e): i for i, e in reversed(list(enumerate(estate_ids.tolist())))}
    lines = []
    for g, eid in enumerate(keys.tolist()):
        line = {"estate_id": eid, "estate": str(cols["estate"][first[eid]]), "buildings": int(np.sum(group == g)),
                **{name: int(by_status[name][g]) for name in cv.STATUSES},
                "measured_saved_tce": float(measured[g]), "predicted_saved_tce": float(predicted[g]),
                "under_performing": int(under[g]), "estate_meter": None}
        unit = meter_of.get(eid)
        if unit is not None:
            line["estate_meter"] = cv.STATUSES[int(v.estates.status[unit])]
            if counted[unit]:
                line["measured_saved_tce"] = float(v.estates.measured_saved[unit])
                line["predicted_saved_tce"] = float(v.estates.predicted_saved[unit])
        p = line["predicted_saved_tce"]
        line["realisation_rate"] = line["measured_saved_tce"] / p if p > 0 and line["measured_saved_tce"] else None
        lines.append(line)
    return lines


def _by_year(values: np.ndarray, weights: np.ndarray) -> dict[int, float]:
    ok = ~np.isnan(values)
    out: dict[int, float] = {}
    for year, w in zip(values[ok].astype(int).tolist(), weights[ok].tolist(), strict=True):
        out[year] = out.get(year, 0.0) + w
    return out


def progress_of(v: Verified, cols: Mapping[str, np.ndarray], target_tce: float) -> ProgrammeProgress:
    """Floor area by works status (buildings in the programme) and by year, planned against
    completed, with the cumulative measured and predicted saving by year of completion."""
    area = np.asarray(v.units.floor_area, dtype=float)
    mode = np.asarray(v.estimate.inputs.mode)
    in_programme = mode != 0
    status = _status_of(cols)
    by_status = {s: float(area[in_programme & (status == s)].sum()) for s in ("planned", "design", "construction",
                                                                             "completed")}
    planned_year = np.asarray(cols.get("planned_year", np.full(len(area), np.nan)), dtype=float)
    done = v.units.works_completed
    done_year = np.where(np.isnat(done), np.nan, done.astype("datetime64[Y]").astype(float) + 1970)
    planned = _by_year(np.where(in_programme, planned_year, np.nan), area)
    completed = _by_year(done_year, area)
    savings = {row["year"]: row for row in v.by_year()}
    years = sorted(set(planned) | set(completed) | set(savings))
    rows, cum = [], {"planned": 0.0, "completed": 0.0, "measured": 0.0, "predicted": 0.0}
    for y in years:
        s = savings.get(y, {})
        cum["planned"] += planned.get(y, 0.0)
        cum["completed"] += completed.get(y, 0.0)
        cum["measured"] += s.get("measured_saved_tce", 0.0)
        cum["predicted"] += s.get("predicted_completed_tce", 0.0)
        rows.append(ProgressYear(year=y, planned_area_m2=planned.get(y, 0.0), completed_area_m2=completed.get(y, 0.0),
                                 cumulative_planned_area_m2=cum["planned"],
                                 cumulative_completed_area_m2=cum["completed"],
                                 measured_saved_tce=s.get("measured_saved_tce", 0.0),
                                 predicted_completed_tce=s.get("predicted_completed_tce", 0.0),
                                 cumulative_measured_saved_tce=cum["measured"],
                                 cumulative_predicted_completed_tce=cum["predicted"]))
    totals = v.totals()
    return ProgrammeProgress(area_by_status=by_status, programme_area_m2=float(area[in_programme].sum()),
                             years=tuple(rows), target_tce=target_tce,
                             verified_buildings=int(totals["verified_buildings"]),
                             realisation_rate=totals["realisation_rate"])
