"""What the verification knows of each building and estate meter (:class:`calc.verification.Units`),
from the building columns and, once the engine has run, from its results.

An estate read by one meter is verified on the sums of its buildings (``method.md`` §12): floor
areas and predicted savings add up, the efficiencies and the predicted coal index after are
weighted by floor area, and the works span from the first start to the last completion. An
estate whose buildings in the programme are not all completed has no "after" yet.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import numpy as np

from calc.verification import Units
from retrofit.domain.settings import Settings
from retrofit.reference import ClimateTable

#: Works statuses that mean the works have begun.
STARTED = frozenset({"construction", "completed", "施工", "竣工"})
_NAT = np.datetime64("NaT", "D")


def as_dates(values: object, n: int) -> np.ndarray:
    """A column of dates (date objects, ISO texts, datetime64, None or NaN) as datetime64[D]."""
    if values is None:
        return np.full(n, _NAT)
    arr = np.asarray(values)
    if np.issubdtype(arr.dtype, np.datetime64):
        return arr.astype("datetime64[D]")
    out = np.full(n, _NAT)
    for i, v in enumerate(arr.tolist()):
        if isinstance(v, dt.datetime):
            out[i] = np.datetime64(v.date(), "D")
        elif isinstance(v, dt.date):
            out[i] = np.datetime64(v, "D")
        elif isinstance(v, str) and v:
            out[i] = np.datetime64(v[:10], "D")
    return out


def climate_of(columns: Mapping[str, np.ndarray], climate: ClimateTable,
               estate_cities: Mapping[str, str]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Z and t_e of each building's city (NaN where the city is unknown; the engine names that
    error), and the city names (building's, else its estate's)."""
    names = [c if c not in (None, "") else estate_cities.get(e, "")
             for c, e in zip(columns["city"].tolist(), columns["estate"].tolist(), strict=True)]
    rows = {name: climate.get(name) for name in set(names)}
    z = np.array([r.heating_days if (r := rows[c]) else np.nan for c in names], dtype=float)
    te = np.array([r.mean_outdoor_temp_c if (r := rows[c]) else np.nan for c in names], dtype=float)
    cities = [r.city_zh if (r := rows[c]) else str(c) for c in names]
    return z, te, cities


def works_of(columns: Mapping[str, np.ndarray], n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Works start, completion (datetime64[D], NaT unknown) and whether the works began."""
    start = as_dates(columns.get("works_start"), n)
    done = as_dates(columns.get("works_completed"), n)
    status = columns.get("status")
    began = np.zeros(n, dtype=bool) if status is None else np.array(
        [str(getattr(s, "value", s)) in STARTED for s in np.asarray(status, dtype=object).tolist()], dtype=bool)
    return start, done, began | ~np.isnat(start) | ~np.isnat(done)


def _filled(columns: Mapping[str, np.ndarray], key: str, default: float, n: int) -> np.ndarray:
    values = columns.get(key)
    if values is None:
        return np.full(n, default)
    arr = np.asarray(values, dtype=float)
    return np.where(np.isnan(arr), default, arr)


def baseline_units(columns: Mapping[str, np.ndarray], settings: Settings, z: np.ndarray,
                   te: np.ndarray) -> Units:
    """Units of the buildings before the engine has run: enough to class and normalise their
    seasons before the works (the measured level of ``method.md`` §8)."""
    n = len(columns["building"])
    area = np.asarray(columns["floor_area_m2"], dtype=float)
    eta = _filled(columns, "eta_network", settings.eta_network, n) * _filled(columns, "eta_source",
                                                                              settings.eta_source, n)
    eta = np.where((eta > 0) & (eta <= 1), eta, settings.eta_network * settings.eta_source)
    start, done, began = works_of(columns, n)
    nan = np.full(n, np.nan)
    return Units(np.where(area > 0, area, np.nan), np.where(area > 0, area, np.nan), eta, eta, z, te,
                 start, done, began, nan, nan, nan, nan)


def building_units(est, columns: Mapping[str, np.ndarray]) -> Units:  # noqa: ANN001 (Estimate)
    """Units of the buildings with the engine's predictions (:class:`retrofit.estimate.Estimate`)."""
    r, n = est.results, len(est)
    b, a = r.before, r.after

    def arr(x) -> np.ndarray:  # noqa: ANN001
        return np.ascontiguousarray(np.broadcast_to(np.asarray(x, dtype=float), (n,)))

    start, done, began = works_of(columns, n)
    band = est.band
    p10 = arr(band.p10) if band is not None else np.full(n, np.nan)
    p90 = arr(band.p90) if band is not None else np.full(n, np.nan)
    return Units(arr(r.geometry.floor_area), arr(a.floor_area), arr(b.eta_network) * arr(b.eta_source),
                 arr(a.eta_network) * arr(a.eta_source), arr(est.inputs.heating_days),
                 arr(est.inputs.mean_outdoor_temperature), start, done, began, arr(r.saved_coal),
                 arr(a.coal_index), p10, p90)


def estate_units(units: Units, members: Sequence[np.ndarray], in_programme: np.ndarray) -> Units:
    """Units of estates read by one meter, from the units of their buildings (module docstring).

    ``in_programme`` marks the buildings whose mode is not "none"."""
    def weighted(values: np.ndarray, weights: np.ndarray, idx: np.ndarray) -> float:
        w = weights[idx]
        return float((values[idx] * w).sum() / w.sum())

    rows: list[tuple] = []
    for idx in members:
        area, after = units.floor_area[idx].sum(), units.area_after[idx].sum()
        start = units.works_start[idx]
        done = units.works_completed[idx]
        first = np.where(np.isnat(start), done, start)
        first = first[~np.isnat(first)].min() if (~np.isnat(first)).any() else _NAT
        worked = idx[in_programme[idx]] if in_programme[idx].any() else idx
        finished = units.works_completed[worked]
        last = finished.max() if not np.isnat(finished).any() else _NAT
        band = units.p10[idx], units.p90[idx]
        rows.append((area, after, weighted(units.eta_before, units.floor_area, idx),
                     weighted(units.eta_after, units.area_after, idx),
                     weighted(units.heating_days, units.floor_area, idx),
                     weighted(units.mean_outdoor_temperature, units.floor_area, idx), first, last,
                     bool(units.started[idx].any()), units.predicted_saved[idx].sum(),
                     weighted(units.predicted_coal_after, units.area_after, idx),
                     band[0].sum(), band[1].sum()))
    if not rows:
        empty = np.zeros(0)
        nat = np.zeros(0, dtype="datetime64[D]")
        return Units(empty, empty, empty, empty, empty, empty, nat, nat, np.zeros(0, dtype=bool), empty, empty,
                     empty, empty)
    cols = list(zip(*rows, strict=True))

    def f(i: int) -> np.ndarray:
        return np.array(cols[i], dtype=float)

    return Units(f(0), f(1), f(2), f(3), f(4), f(5), np.array(cols[6], dtype="datetime64[D]"),
                 np.array(cols[7], dtype="datetime64[D]"), np.array(cols[8], dtype=bool), f(9), f(10), f(11), f(12))
