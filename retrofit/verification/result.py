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

i18n.register({
    "notice_seasons_left_out": {"zh": "采暖季 {seasons} 与施工期重叠，未计入",
                                "en": "Season(s) {seasons} overlap the works and are left out"},
    "notice_no_baseline": {"zh": "无改造前读数：改造后实测耗煤 {q_after:.1f} kgce/㎡ 为预测值 {predicted:.1f} 的 {ratio:.0%}",
                           "en": "No readings before the works: {q_after:.1f} kgce/m² measured after is "
                                 "{ratio:.0%} of the predicted {predicted:.1f}"},
    "notice_under_performing": {"zh": "实测节煤 {measured:.1f} tce 低于预测区间下限 P10 {p10:.1f} tce",
                                "en": "Measured saving {measured:.1f} tce is below the predicted P10 of {p10:.1f} tce"},
    "notice_over_performing": {"zh": "实测节煤 {measured:.1f} tce 高于预测区间上限 P90 {p90:.1f} tce",
                               "en": "Measured saving {measured:.1f} tce is above the predicted P90 of {p90:.1f} tce"},
    "notice_no_prediction": {"zh": "该楼栋不在改造计划中（预测节煤为 0），不计实现率",
                             "en": "Not in the programme (no predicted saving); no realisation rate"},
})

CLASSES = ("before", "after", "overlap")
PERFORMANCE = {cv.UNDER: "under", cv.WITHIN: "within", cv.OVER: "over"}


def _num(value: float, digits: int = 4) -> float | None:
    return None if value is None or not np.isfinite(value) else round(float(value), digits)


def _date(value: np.datetime64) -> str | None:
    return None if np.isnat(value) else str(value)


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

    def totals(self) -> dict[str, float | int | None]:
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

    def by_year(self) -> list[dict[str, float | int]]:
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

    @cached_property
    def _season_rows(self) -> dict[int, list[int]]:
        """Building position → positions in :attr:`building_seasons`, by season."""
        out: dict[int, list[int]] = {}
        units = self.matched.building[self.matched.building >= 0]
        for pos in np.argsort(self.readings["season"][self.matched.building >= 0], kind="stable").tolist():
            out.setdefault(int(units[pos]), []).append(pos)
        return out

    def seasons_of(self, index: int, *, estate: bool = False) -> list[dict[str, Any]]:
        """The seasons of one building (or estate unit), oldest first: class, area, coal index,
        normalisation factor and normalised coal index, and the reading's own values."""
        if estate:
            take = self.matched.estate >= 0
            positions = np.flatnonzero(self.matched.estate[take] == index).tolist()
            s = self.estate_seasons
        else:
            take = self.matched.building >= 0
            positions = self._season_rows.get(index, [])
            s = self.building_seasons
        source = np.flatnonzero(take)
        out = []
        for pos in sorted(positions, key=lambda p: int(self.readings["season"][source[p]])):
            i = int(source[pos])
            out.append({"season": season_text(int(self.readings["season"][i])), "class": CLASSES[int(s.cls[pos])],
                        "area_m2": _num(s.area[pos], 1), "q_c_kgce_m2": _num(s.coal_index[pos]),
                        "factor": _num(s.factor[pos]), "q_c_norm_kgce_m2": _num(s.normalised[pos]),
                        "indoor_temp_c": _num(self.readings["indoor_temp_c"][i], 1)})
        return out

    def notices_of(self, index: int, lang: str | None = None, *, estate: bool = False) -> list[tuple[str, str]]:
        """(code, message) of the findings about one building (or estate unit)."""
        v = self.estates if estate else self.buildings
        out = []
        left = [s["season"] for s in self.seasons_of(index, estate=estate) if s["class"] == "overlap"]
        if left:
            out.append(("seasons_left_out", {"seasons": "、".join(left)}))
        status = int(v.status[index])
        if status == cv.NO_BASELINE and np.isfinite(v.after_ratio[index]):
            out.append(("no_baseline", {"q_after": v.coal_after[index], "ratio": v.after_ratio[index],
                                        "predicted": v.coal_after[index] / v.after_ratio[index]}))
        units = self.estate_units if estate else self.units
        if v.flag[index] == cv.UNDER:
            out.append(("under_performing", {"measured": v.measured_saved[index], "p10": units.p10[index]}))
        elif v.flag[index] == cv.OVER:
            out.append(("over_performing", {"measured": v.measured_saved[index], "p90": units.p90[index]}))
        if status == cv.VERIFIED and not v.predicted_saved[index] > 0:
            out.append(("no_prediction", {}))
        return [(code, i18n.message(f"notice_{code}", lang, **params)) for code, params in out]

    def _row(self, v: Verification, units: Units, i: int, estate: bool, lang: str | None) -> dict[str, Any]:
        status = int(v.status[i])
        band = np.isfinite(units.p10[i])
        notes = self.notices_of(i, lang, estate=estate)
        return {
            "status": cv.STATUSES[status], "seasons_before": int(v.seasons_before[i]),
            "seasons_after": int(v.seasons_after[i]), "seasons_left_out": int(v.seasons_left_out[i]),
            "q_c_before_norm_kgce_m2": _num(v.coal_before[i]), "q_c_after_norm_kgce_m2": _num(v.coal_after[i]),
            "predicted_q_c_after_kgce_m2": _num(units.predicted_coal_after[i]),
            "measured_saved_tce": _num(v.measured_saved[i]), "predicted_saved_tce": _num(v.predicted_saved[i]),
            "realisation_rate": _num(v.realisation_rate[i]), "after_ratio": _num(v.after_ratio[i]),
            "performance": PERFORMANCE[int(v.flag[i])] if band and status == cv.VERIFIED else None,
            "predicted_saved_tce_p10": _num(units.p10[i]) if band else None,
            "predicted_saved_tce_p90": _num(units.p90[i]) if band else None,
            "floor_area_m2": _num(units.floor_area[i], 2), "floor_area_after_m2": _num(units.area_after[i], 2),
            "works_start": _date(units.works_start[i]), "works_completed": _date(units.works_completed[i]),
            "seasons": self.seasons_of(i, estate=estate),
            "notices": [text for _, text in notes], "notice_codes": [code for code, _ in notes],
        }

    def building_rows(self, lang: str | None = None) -> list[dict[str, Any]]:
        """One JSON row per building (the contract's keys, and more)."""
        est = self.estimate
        before = np.broadcast_to(est.results.before.coal_index, (len(self),)).tolist()
        k = np.broadcast_to(est.results.calibration_factor, (len(self),)).tolist()
        source = self.columns.get("calibration_source", np.full(len(self), None, dtype=object)).tolist()
        works = self.columns.get("status")
        works = [None] * len(self) if works is None else [getattr(s, "value", s) for s in np.asarray(works).tolist()]
        rows = []
        for i, (estate, building) in enumerate(zip(self.columns["estate"].tolist(),
                                                   self.columns["building"].tolist(), strict=True)):
            row = {"estate": estate, "building": building, "city": self.cities[i], "works_status": works[i],
                   **self._row(self.buildings, self.units, i, False, lang)}
            row.update(predicted_q_c_before_kgce_m2=_num(before[i]), calibration_k=_num(k[i]),
                       calibration_source=source[i])
            rows.append(row)
        return rows

    def estate_rows(self, lang: str | None = None) -> list[dict[str, Any]]:
        """One JSON row per estate meter."""
        counted = self.counted()[1]
        return [{"estate": name, "city": city, "buildings": len(members), "counted": bool(counted[i]),
                 **self._row(self.estates, self.estate_units, i, True, lang)}
                for i, ((name, city), members) in enumerate(zip(self.matched.estates, self.matched.members,
                                                                strict=True))]

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
