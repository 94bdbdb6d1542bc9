"""The result of a verification: per building and estate meter, per season, the totals, the
programme's progress by year and the ``retrofit verify`` JSON document (``data-dictionary.md``).

Totals count each verified saving once: buildings verified by their own meter, and estates
verified by an estate meter whose buildings have no readings of their own (their buildings then
count as verified buildings too).
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from calc import verification as cv
from calc.verification import Seasons, Units, Verification
from retrofit import i18n
from retrofit.domain.meters import season_text

CLASSES = ("before", "after", "overlap")
PERFORMANCE = {cv.UNDER: "under", cv.WITHIN: "within", cv.OVER: "over"}


def _num(value: float, digits: int = 4) -> float | None:
    return None if value is None or not np.isfinite(value) else round(float(value), digits)


def _nums(values: np.ndarray, digits: int = 4) -> list[float | None]:
    """Rounded values as a list, None where not finite."""
    arr = np.round(np.asarray(values, dtype=float), digits)
    return [None if x != x or x in (np.inf, -np.inf) else x for x in arr.tolist()]


def _dates(values: np.ndarray) -> list[str | None]:
    return [None if v == "NaT" else v for v in np.datetime_as_string(values, unit="D").tolist()]


#: Per-unit values of a Verification that go into rows as numbers.
_V_KEYS = ("coal_before", "coal_after", "measured_saved", "predicted_saved", "realisation_rate", "after_ratio")


@dataclass(frozen=True, eq=False)
class Verified:
    """See the module docstring. Arrays of buildings follow the order of the columns."""

    estimate: Any                      #: retrofit.estimate.Estimate, calibrated on the meters
    columns: Mapping[str, np.ndarray]  #: the building columns (with the meter levels)
    cities: list[str]
    readings: Mapping[str, np.ndarray]
    matched: Any                       #: retrofit.verification.matching.Matched
    building_seasons: Seasons          #: of the readings with matched.building >= 0, in order
    buildings: Verification
    estate_units: Units
    estate_seasons: Seasons            #: of the readings with matched.estate >= 0, in order
    estates: Verification
    units: Units                       #: of the buildings

    def __len__(self) -> int:
        return len(self.buildings.status)

    @cached_property
    def _metered_estates(self) -> np.ndarray:
        """Per estate unit: none of its buildings has readings of its own."""
        own = np.zeros(len(self), dtype=bool)
        own[self.matched.building[self.matched.building >= 0]] = True
        return np.array([not own[m].any() for m in self.matched.members], dtype=bool)

    def counted(self) -> tuple[np.ndarray, np.ndarray]:
        """Masks of the building units and estate units whose verified saving the totals count."""
        b = self.buildings.status == cv.VERIFIED
        e = (self.estates.status == cv.VERIFIED) & self._metered_estates
        return b, e

    def totals(self) -> dict[str, Any]:
        """The JSON ``totals``: counts, measured and predicted saving, their ratio."""
        b, e = self.counted()
        measured = float(self.buildings.measured_saved[b].sum() + self.estates.measured_saved[e].sum())
        predicted = float(self.buildings.predicted_saved[b].sum() + self.estates.predicted_saved[e].sum())
        by_estate = int(sum(len(m) for m, ok in zip(self.matched.members, e, strict=True) if ok))
        status = self.buildings.status
        return {
            "verified_buildings": int(b.sum()) + by_estate, "verified_by_estate_meter": by_estate,
            "verified_estate_meters": int((self.estates.status == cv.VERIFIED).sum()),
            "measured_saved_tce": round(measured, 4), "predicted_saved_tce": round(predicted, 4),
            "realisation_rate": round(measured / predicted, 4) if predicted > 0 else None,
            "buildings": len(self), "readings": int(len(self.readings["season"])),
            **{f"{name}_buildings": int((status == code).sum()) for code, name in enumerate(cv.STATUSES)
               if code != cv.VERIFIED},
            "under_performing": int((b & (self.buildings.flag == cv.UNDER)).sum()
                                    + (e & (self.estates.flag == cv.UNDER)).sum()),
            "over_performing": int((b & (self.buildings.flag == cv.OVER)).sum()
                                   + (e & (self.estates.flag == cv.OVER)).sum()),
        }

    def by_year(self) -> list[dict[str, Any]]:
        """Per year of completion: completed floor area and predicted saving of the completed
        buildings, measured and predicted saving of the counted verified units, and the running
        sums (``cumulative_*``)."""
        done = self.units.works_completed
        year = np.where(np.isnat(done), -1, done.astype("datetime64[Y]").astype(int) + 1970)
        b, e = self.counted()
        e_done = self.estate_units.works_completed
        e_year = np.where(np.isnat(e_done), -1, e_done.astype("datetime64[Y]").astype(int) + 1970)
        years = sorted({int(y) for y in year.tolist() if y > 0} | {int(y) for y in e_year[e].tolist() if y > 0})
        rows, cum = [], dict.fromkeys(("completed_area_m2", "predicted_completed_tce", "measured_saved_tce",
                                       "predicted_verified_tce"), 0.0)
        for y in years:
            this, est = year == y, e & (e_year == y)
            row = {"completed_area_m2": float(self.units.floor_area[this].sum()),
                   "predicted_completed_tce": float(self.units.predicted_saved[this].sum()),
                   "measured_saved_tce": float(self.buildings.measured_saved[this & b].sum()
                                               + self.estates.measured_saved[est].sum()),
                   "predicted_verified_tce": float(self.buildings.predicted_saved[this & b].sum()
                                                   + self.estates.predicted_saved[est].sum())}
            out: dict[str, float | int] = {"year": y}
            for key, value in row.items():
                cum[key] += value
                out[key] = round(value, 4)
                out[f"cumulative_{key}"] = round(cum[key], 4)
            rows.append(out)
        return rows

    def _grouped(self, estate: bool) -> list[list[dict[str, Any]]]:
        """The seasons of every building (or estate unit), oldest first: class, area, coal index,
        normalisation factor and normalised coal index, and the reading's indoor temperature."""
        unit_of = self.matched.estate if estate else self.matched.building
        s = self.estate_seasons if estate else self.building_seasons
        take = np.flatnonzero(unit_of >= 0)
        unit, season = unit_of[take], self.readings["season"][take]
        order = np.lexsort((season, unit))
        count = len(self.estates.status) if estate else len(self)
        out: list[list[dict[str, Any]]] = [[] for _ in range(count)]
        cols = zip(unit[order].tolist(), season[order].tolist(), s.cls[order].tolist(), _nums(s.area[order], 1),
                   _nums(s.coal_index[order]), _nums(s.factor[order]), _nums(s.normalised[order]),
                   _nums(self.readings["indoor_temp_c"][take][order], 1), strict=True)
        for u, y, c, area, q, factor, q_norm, indoor in cols:
            out[u].append({"season": season_text(y), "class": CLASSES[c], "area_m2": area, "q_c_kgce_m2": q,
                           "factor": factor, "q_c_norm_kgce_m2": q_norm, "indoor_temp_c": indoor})
        return out

    @cached_property
    def building_seasons_list(self) -> list[list[dict[str, Any]]]:
        """:meth:`_grouped` of the buildings."""
        return self._grouped(False)

    @cached_property
    def estate_seasons_list(self) -> list[list[dict[str, Any]]]:
        """:meth:`_grouped` of the estate units."""
        return self._grouped(True)

    def seasons_of(self, index: int, *, estate: bool = False) -> list[dict[str, Any]]:
        """The seasons of one building (or estate unit), oldest first (see :meth:`_grouped`)."""
        return (self.estate_seasons_list if estate else self.building_seasons_list)[index]

    def _notices(self, v: dict[str, list], units: dict[str, list], i: int, seasons: list[dict],
                 lang: str | None) -> list[tuple[str, str]]:
        out = []
        left = [s["season"] for s in seasons if s["class"] == "overlap"]
        if left:
            out.append(("seasons_left_out", {"seasons": "、".join(left)}))
        status = v["status"][i]
        if status == cv.NO_BASELINE and v["after_ratio"][i] is not None:
            out.append(("no_baseline", {"q_after": v["coal_after"][i], "ratio": v["after_ratio"][i],
                                        "predicted": units["predicted_coal_after"][i]}))
        if v["flag"][i] == cv.UNDER:
            out.append(("under_performing", {"measured": v["measured_saved"][i], "p10": units["p10"][i]}))
        elif v["flag"][i] == cv.OVER:
            out.append(("over_performing", {"measured": v["measured_saved"][i], "p90": units["p90"][i]}))
        if status == cv.VERIFIED and not (v["predicted_saved"][i] or 0) > 0:
            out.append(("no_prediction", {}))
        return [(code, i18n.message(f"notice_{code}", lang, **params)) for code, params in out]

    def notices_of(self, index: int, lang: str | None = None, *, estate: bool = False) -> list[tuple[str, str]]:
        """(code, message) of the findings about one building (or estate unit)."""
        v, units = (self.estates, self.estate_units) if estate else (self.buildings, self.units)
        vals: dict[str, list[Any]] = {k: [_num(getattr(v, k)[index])] for k in _V_KEYS}
        vals.update(status=[int(v.status[index])], flag=[int(v.flag[index])])
        us = {k: [_num(getattr(units, k)[index])] for k in ("predicted_coal_after", "p10", "p90")}
        return self._notices(vals, us, 0, self.seasons_of(index, estate=estate), lang)

    def _rows(self, v: Verification, units: Units, seasons: list[list[dict]], lang: str | None) -> list[dict]:
        vals: dict[str, list[Any]] = {k: _nums(getattr(v, k)) for k in _V_KEYS}
        vals.update(status=v.status.tolist(), flag=v.flag.tolist())
        us = {k: _nums(getattr(units, k)) for k in ("predicted_coal_after", "p10", "p90")}
        areas, after = _nums(units.floor_area, 2), _nums(units.area_after, 2)
        starts, dones = _dates(units.works_start), _dates(units.works_completed)
        counts = [a.tolist() for a in (v.seasons_before, v.seasons_after, v.seasons_left_out)]
        rows = []
        for i in range(len(v.status)):
            status = vals["status"][i]
            band = us["p10"][i] is not None
            notes = self._notices(vals, us, i, seasons[i], lang)
            rows.append({
                "status": cv.STATUSES[status], "seasons_before": counts[0][i], "seasons_after": counts[1][i],
                "seasons_left_out": counts[2][i], "q_c_before_norm_kgce_m2": vals["coal_before"][i],
                "q_c_after_norm_kgce_m2": vals["coal_after"][i],
                "predicted_q_c_after_kgce_m2": us["predicted_coal_after"][i],
                "measured_saved_tce": vals["measured_saved"][i], "predicted_saved_tce": vals["predicted_saved"][i],
                "realisation_rate": vals["realisation_rate"][i], "after_ratio": vals["after_ratio"][i],
                "performance": PERFORMANCE[vals["flag"][i]] if band and status == cv.VERIFIED else None,
                "predicted_saved_tce_p10": us["p10"][i], "predicted_saved_tce_p90": us["p90"][i],
                "floor_area_m2": areas[i], "floor_area_after_m2": after[i], "works_start": starts[i],
                "works_completed": dones[i], "seasons": seasons[i],
                "notices": [text for _, text in notes], "notice_codes": [code for code, _ in notes],
            })
        return rows

    def building_rows(self, lang: str | None = None) -> list[dict[str, Any]]:
        """One JSON row per building (the contract's keys, and more). Made once per language and
        shared: do not change the rows."""
        cache = self.__dict__.setdefault("_row_cache", {})
        key = i18n.language(lang)
        if key not in cache:
            cache[key] = self._building_rows(key)
        return cache[key]

    def _building_rows(self, lang: str) -> list[dict[str, Any]]:
        est, n = self.estimate, len(self)
        before = _nums(np.broadcast_to(est.results.before.coal_index, (n,)))
        k = _nums(np.broadcast_to(est.results.calibration_factor, (n,)))
        source = est.calibration_sources.tolist()
        status = self.columns.get("status")
        works = [None] * n if status is None else [getattr(s, "value", s) for s in np.asarray(status).tolist()]
        rows = self._rows(self.buildings, self.units, self.building_seasons_list, lang)
        names = zip(self.columns["estate"].tolist(), self.columns["building"].tolist(), strict=True)
        for i, (row, (estate, building)) in enumerate(zip(rows, names, strict=True)):
            row.update(estate=estate, building=building, city=self.cities[i], works_status=works[i],
                       predicted_q_c_before_kgce_m2=before[i], calibration_k=k[i], calibration_source=source[i])
        return rows

    def estate_rows(self, lang: str | None = None) -> list[dict[str, Any]]:
        """One JSON row per estate meter (made once per language and shared, as :meth:`building_rows`)."""
        cache = self.__dict__.setdefault("_estate_row_cache", {})
        key = i18n.language(lang)
        if key not in cache:
            cache[key] = self._estate_rows(key)
        return cache[key]

    def _estate_rows(self, lang: str) -> list[dict[str, Any]]:
        counted = self.counted()[1].tolist()
        rows = self._rows(self.estates, self.estate_units, self.estate_seasons_list, lang)
        for i, (row, (name, city), members) in enumerate(zip(rows, self.matched.estates, self.matched.members,
                                                             strict=True)):
            row.update(estate=name, city=city, buildings=len(members), counted=counted[i])
        return rows

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """The ``retrofit verify`` JSON document (``data-dictionary.md``), with more keys."""
        c = self.estimate.constants
        return {"buildings": self.building_rows(lang), "estates": self.estate_rows(lang), "totals": self.totals(),
                "by_year": self.by_year(),
                "assumptions": {"indoor_temp_c": c.indoor_temperature, "coal_heat_value_kwh_kgce": c.coal_heating_value,
                                "uncertainty_samples": self.estimate.band.samples if self.estimate.band else 0}}

    def to_json(self, lang: str | None = None, indent: int | None = 1) -> str:
        """:meth:`to_dict` as JSON: sorted keys, UTF-8 text."""
        return json.dumps(self.to_dict(lang), ensure_ascii=False, sort_keys=True, indent=indent)
