"""Records + settings → engine arrays → results: the ``retrofit estimate`` calculation.

:func:`estimate` takes building records (from a register file or the database), resolves each
city in the climate table, fills every missing value with its method default (and remembers
which values were defaulted, per building and field), runs :func:`calc.engine.evaluate` (and,
on request, the Monte Carlo band) and returns an :class:`Estimate`: per-building arrays,
notices in Chinese and English, totals, per-estate totals and the JSON document of the
``retrofit estimate`` contract (``data-dictionary.md``).

:func:`estimate_columns` does the same from columns (``retrofit.storage.load.load_columns``
format: text keys as object arrays, every other key as floats with NaN for "not entered").
"""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter
from typing import Any

import numpy as np

from calc.defaults import STRUCTURES, construction_defaults
from calc.engine import evaluate
from calc.errors import CalcInputError
from calc.inputs import MODES, RETROFIT, BuildingInputs, MethodConstants, building_inputs
from calc.results import Results
from calc.uncertainty import SavingsBand, savings_band
from retrofit import i18n
from retrofit.domain.errors import ValidationError
from retrofit.domain.records import MODE_ZH, STRUCTURE_ZH, BuildingRecord, EstateRecord
from retrofit.domain.settings import Settings
from retrofit.reference import Catalogue, ClimateTable, load_catalogue, load_climate

i18n.register({
    "estimate_invalid_value": {
        "zh": "小区“{estate}”楼栋“{building}”：字段“{field}”的值“{value}”{reason}",
        "en": "Estate '{estate}', building '{building}': value '{value}' of field '{field}' {reason}",
    },
    "estimate_unknown_city": {
        "zh": "小区“{estate}”楼栋“{building}”：城市“{value}”不在气候数据表中（请使用表中城市的中文或英文名）",
        "en": "Estate '{estate}', building '{building}': city '{value}' is not in the climate table "
              "(use the Chinese or English name of a city in it)",
    },
    "estimate_unknown_choice": {
        "zh": "小区“{estate}”楼栋“{building}”：字段“{field}”的值“{value}”未知，可选：{choices}",
        "en": "Estate '{estate}', building '{building}': unknown {field} '{value}'; choose one of {choices}",
    },
    "notice_area_mismatch": {
        "zh": "建筑面积 {floor_area_m2:.0f} ㎡ 与 长×宽×层数 = {geometric_area_m2:.0f} ㎡ 相差超过 15%，按建筑面积计算",
        "en": "Floor area {floor_area_m2:.0f} m² differs from length × width × storeys = "
              "{geometric_area_m2:.0f} m² by more than 15 %; the floor area is used",
    },
    "notice_metering_without_envelope": {
        "zh": "方案含分户计量但无围护结构改造：老旧住宅仅做计量，许多住户的热费反而增加",
        "en": "The package has household metering but no envelope measure: in old flats, metering "
              "alone has made many households pay more",
    },
    "notice_calibration_out_of_range": {
        "zh": "校准系数 k = {k:.2f} 超出 0.6–1.6，实测值或输入数据可能有误",
        "en": "Calibration factor k = {k:.2f} is outside 0.6–1.6; the measurement or the inputs are "
              "probably wrong",
    },
    "notice_window_no_better": {
        "zh": "现有外窗传热系数 {window_u:.2f} 已不高于方案中的新窗，换窗不计节能",
        "en": "The existing windows (U {window_u:.2f}) are not worse than the package's new windows; "
              "no saving is counted for them",
    },
    "notice_after_values_ignored": {
        "zh": "改造模式为“不改造”，改造后数值未使用",
        "en": "Mode is 'none'; the explicit after values are not used",
    },
    "notice_rebuild_share_exceeded": {
        "zh": "拆改建面积占 {share:.0f}%，超过上限 {cap:.0f}%",
        "en": "Rebuilds take {share:.0f} % of the floor area, more than the cap of {cap:.0f} %",
    },
    "notice_package_ignored_rebuild": {
        "zh": "拆改建按新建标准计算，改造方案不适用",
        "en": "A rebuild is computed at new-build values; the package does not apply",
    },
})

#: Numeric record keys read as floats (NaN = not entered).
NUMERIC_KEYS: tuple[str, ...] = (
    "year_built", "storeys", "floor_area_m2", "households", "storey_height_m", "length_m", "width_m",
    "wwr", "wall_u", "window_u", "roof_u", "floor_u", "floor_factor", "air_change_h", "stairwell_heated",
    "eta_network", "eta_source", "measured_kgce_m2", "added_storeys", "wall_u_after", "window_u_after",
    "roof_u_after", "floor_u_after", "air_change_after_h", "eta_network_after", "eta_source_after")
TEXT_KEYS: tuple[str, ...] = ("estate", "building", "city", "structure", "mode", "package")
#: Fields whose method default the engine fills in (the UI marks them as defaulted).
DEFAULTABLE: tuple[str, ...] = (
    "structure", "storey_height_m", "width_m", "wwr", "wall_u", "window_u", "roof_u", "floor_u",
    "floor_factor", "air_change_h", "stairwell_heated", "eta_network", "eta_source", "mode", "package",
    "added_storeys")
#: Engine argument → data-dictionary key (for error messages).
_FIELD_OF = {"floor_area": "floor_area_m2", "storey_height": "storey_height_m", "length": "length_m",
             "width": "width_m", "window_wall_ratio": "wwr", "air_change": "air_change_h",
             "measured_coal_index": "measured_kgce_m2", "air_change_after": "air_change_after_h",
             "heating_days": "city", "mean_outdoor_temperature": "city",
             "design_outdoor_temperature": "city"}
_REASON_ZH = {"must be > 0": "必须大于 0", "must be >= 0": "不能为负", "must be in (0, 1]": "必须在 (0, 1] 之间",
              "must be in [0, 1]": "必须在 0–1 之间", "must be in [0, 0.9]": "必须在 0–0.9 之间",
              "must be a whole number >= 1": "必须是不小于 1 的整数", "must be 1 or 2": "只能是 1 或 2",
              "is missing (and no length is given)": "缺失（且未给出长度）", "is missing": "缺失",
              "is below zero: the inputs are implausible": "计算的耗热量指标小于 0：输入数据不合理"}
_STRUCTURE_CODES = {**{s: i for i, s in enumerate(STRUCTURES)},
                    **{zh: STRUCTURES.index(str(s)) for s, zh in STRUCTURE_ZH.items()}}
_MODE_CODES = {**{m: i for i, m in enumerate(MODES)}, **{zh: MODES.index(str(m)) for m, zh in MODE_ZH.items()}}


@dataclass(frozen=True, slots=True)
class Notice:
    """A soft finding about one building: a stable ``code`` and its ``params``."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return i18n.message(f"notice_{self.code}", lang, **self.params)


def records_to_columns(buildings: Sequence[BuildingRecord]) -> dict[str, np.ndarray]:
    """Building records as columns: :data:`TEXT_KEYS` as object arrays (None = not entered),
    :data:`NUMERIC_KEYS` as float arrays (NaN = not entered; booleans 1.0 / 0.0)."""
    out: dict[str, np.ndarray] = {}
    for name in TEXT_KEYS:
        out[name] = np.array(list(map(attrgetter(name), buildings)), dtype=object).reshape(-1)
    for name in NUMERIC_KEYS:
        col = list(map(attrgetter(name), buildings))
        missing = col.count(None)
        if missing == len(col):
            out[name] = np.full(len(col), np.nan)
        elif missing == 0:
            out[name] = np.array(col, dtype=float)
        else:
            out[name] = np.array([np.nan if v is None else v for v in col], dtype=float)
    return out


def _settings_constants(settings: Settings, catalogue: Catalogue, co2_factor: float) -> MethodConstants:
    nb = catalogue.new_build
    return MethodConstants(
        indoor_temperature=settings.indoor_temp_c, internal_gains=settings.internal_gains_w_m2,
        coal_heating_value=settings.coal_heat_value_kwh_kgce,
        air_specific_heat=settings.air_specific_heat_wh_kgk,
        ventilated_share_unheated=settings.ventilated_share_unheated_stairs,
        ventilated_share_heated=settings.ventilated_share_heated_stairs,
        u_correction=settings.u_correction, default_width=settings.default_width_m, co2_factor=co2_factor,
        planning_index=settings.planning_index_w_m2, rebuild_factor=settings.rebuild_factor,
        new_wall_u=nb["wall_u_w_m2k"], new_window_u=nb["window_u_w_m2k"], new_roof_u=nb["roof_u_w_m2k"],
        new_floor_u=nb["floor_u_w_m2k"], new_air_change=nb["air_change_h"],
        new_eta_network=nb["eta_network"], new_eta_source=nb["eta_source"], price_basis=settings.price_basis,
        add_storey_cost=settings.add_storey_cost_cny_m2, rebuild_cost=settings.rebuild_cost_cny_m2,
        typical_window_area=catalogue.typical_window_m2)


def _codes(values: np.ndarray, table: Mapping[str, int], default: int, cols, field_name: str,
           choices: Sequence[str]) -> np.ndarray:
    """Map text values to codes (None → default); unknown → ValidationError naming the building."""
    lookup = {None: default, **table}
    try:
        return np.array([lookup[v] for v in values.tolist()], dtype=np.intp)
    except KeyError:
        bad = next(i for i, v in enumerate(values.tolist()) if v not in lookup)
        raise ValidationError("estimate_unknown_choice", estate=cols["estate"][bad],
                              building=cols["building"][bad], field=field_name, value=values[bad],
                              choices=", ".join(choices), position=bad) from None


def _climate(cols, climate: ClimateTable, estate_cities: Mapping[str, str]):
    city = cols["city"]
    names = [c if c not in (None, "") else estate_cities.get(e) for c, e in zip(city.tolist(), cols["estate"].tolist(), strict=True)]
    unique = {name: climate.position(name) for name in set(names)}
    for i, name in enumerate(names):
        if unique[name] is None:
            raise ValidationError("estimate_unknown_city", estate=cols["estate"][i],
                                  building=cols["building"][i], field="city", value=name or "", position=i)
    pos = np.array([unique[name] for name in names], dtype=np.intp)
    rows = climate.rows
    z = np.array([r.heating_days for r in rows])[pos]
    te = np.array([r.mean_outdoor_temp_c for r in rows])[pos]
    twd = np.array([r.design_outdoor_temp_c for r in rows])[pos]
    severe = np.array([r.severe_cold for r in rows])[pos]
    city_zh = np.array([r.city_zh for r in rows], dtype=object)[pos]
    return z, te, twd, severe, city_zh


def _fill(value: np.ndarray, default) -> tuple[np.ndarray, np.ndarray]:
    missing = np.isnan(value)
    return np.where(missing, default, value), missing


def _inputs(cols, settings: Settings, cat: Catalogue, climate: ClimateTable, estate_cities):
    """Engine inputs with defaults filled, and which fields were defaulted."""
    z, te, twd, severe, city_zh = _climate(cols, climate, estate_cities)
    defaulted: dict[str, np.ndarray] = {}
    structure = _codes(cols["structure"], _STRUCTURE_CODES, 0, cols, "structure", STRUCTURES)
    defaulted["structure"] = np.equal(cols["structure"], None)
    mode = _codes(cols["mode"], _MODE_CODES, RETROFIT, cols, "mode", MODES)
    defaulted["mode"] = np.equal(cols["mode"], None)
    years = cols["year_built"]
    if np.isnan(years).any():
        bad = int(np.flatnonzero(np.isnan(years))[0])
        raise ValidationError("estimate_invalid_value", estate=cols["estate"][bad], building=cols["building"][bad],
                              field="year_built", value="", reason=_reason("is missing"), position=bad)
    d = construction_defaults(structure, np.nan_to_num(years), severe, cat.construction, cat.era_last_years)
    values: dict[str, np.ndarray] = {}
    plan = (("storey_height_m", "storey_height", settings.default_storey_height_m), ("wwr", "window_wall_ratio", d.window_wall_ratio),
            ("wall_u", "wall_u", d.wall_u), ("window_u", "window_u", d.window_u), ("roof_u", "roof_u", d.roof_u),
            ("floor_u", "floor_u", d.floor_u), ("floor_factor", "floor_factor", settings.floor_factor),
            ("air_change_h", "air_change", d.air_change), ("stairwell_heated", "stairwell_heated", 0.0),
            ("eta_network", "eta_network", settings.eta_network), ("eta_source", "eta_source", settings.eta_source),
            ("added_storeys", "added_storeys", float(settings.added_storeys)))
    for key, arg, default in plan:
        values[arg], defaulted[key] = _fill(cols[key], default)
    defaulted["width_m"] = np.isnan(cols["width_m"])
    values["stairwell_heated"] = values["stairwell_heated"] > 0.5
    inputs = building_inputs(
        floor_area=cols["floor_area_m2"], storeys=cols["storeys"], length=cols["length_m"], width=cols["width_m"],
        heating_days=z, mean_outdoor_temperature=te, design_outdoor_temperature=twd,
        measured_coal_index=cols["measured_kgce_m2"], mode=mode, wall_u_after=cols["wall_u_after"],
        window_u_after=cols["window_u_after"], roof_u_after=cols["roof_u_after"],
        floor_u_after=cols["floor_u_after"], air_change_after=cols["air_change_after_h"],
        eta_network_after=cols["eta_network_after"], eta_source_after=cols["eta_source_after"], **values)
    return inputs, defaulted, severe, city_zh


def _packages(cols, cat: Catalogue):
    names = {**{k: k for k in cat.packages}, **{p.name_zh: k for k, p in cat.packages.items()},
             **{p.name_en: k for k, p in cat.packages.items()}}
    codes = _codes(cols["package"], {n: i for i, n in enumerate(names)}, list(names).index("usual"), cols,
                   "package", list(cat.packages))
    keys = np.array(list(names.values()), dtype=object)[codes]
    mask = cat.package_mask(list(names.values()))[codes]
    return keys, mask, np.equal(cols["package"], None)


def _translate(exc: CalcInputError, cols) -> ValidationError:
    pos = exc.positions[0] if exc.positions else 0
    field_name = _FIELD_OF.get(exc.field.split(" ")[0], exc.field.split(" ")[0])
    value = exc.values[0] if exc.values else ""
    reason = _reason(exc.reason)
    n = len(cols["estate"])
    return ValidationError("estimate_invalid_value", estate=cols["estate"][pos] if pos < n else "",
                           building=cols["building"][pos] if pos < n else "", field=field_name,
                           value=_plain(value), reason=reason, position=pos)


def _reason(text: str) -> str:
    return _REASON_ZH.get(text, text) if i18n.language() == "zh" else text


def _plain(value: Any) -> Any:
    if isinstance(value, float) and value == int(value) and abs(value) < 1e15:
        return int(value)
    return value


def estimate_columns(columns: Mapping[str, np.ndarray], settings: Settings, catalogue: Catalogue | None = None,
                     *, uncertainty: bool = False, estate_cities: Mapping[str, str] | None = None,
                     climate: ClimateTable | None = None, co2_factor: float | None = None) -> Estimate:
    """Run the engine on building columns (see the module docstring). Arguments as :func:`estimate`."""
    cat = catalogue or load_catalogue()
    n = len(columns["building"])
    cols = {k: np.asarray(columns[k]) if k in columns else
            (np.full(n, None, dtype=object) if k in TEXT_KEYS else np.full(n, np.nan))
            for k in TEXT_KEYS + NUMERIC_KEYS}
    factor = settings.co2_factor_t_tce if co2_factor is None else co2_factor
    constants = _settings_constants(settings, cat, factor)
    try:
        inputs, defaulted, severe, city_zh = _inputs(cols, settings, cat, climate or load_climate(),
                                                     estate_cities or {})
        packages, mask, defaulted["package"] = _packages(cols, cat)
        results = evaluate(inputs, cat.measure_table, mask, constants)
        band = savings_band(inputs, cat.measure_table, mask, constants, settings.mc_samples,
                            settings.mc_seed) if uncertainty else None
    except CalcInputError as exc:
        raise _translate(exc, cols) from exc
    return Estimate(cols, inputs, results, band, defaulted, packages, severe, city_zh, settings, cat, constants)


def estimate(buildings: Sequence[BuildingRecord], settings: Settings, catalogue: Catalogue | None = None, *,
             uncertainty: bool = False, estates: Sequence[EstateRecord] = (),
             climate: ClimateTable | None = None, co2_factor: float | None = None) -> Estimate:
    """Estimate savings, freed capacity and costs of buildings.

    Parameters
    ----------
    buildings : sequence of BuildingRecord
    settings : Settings
        Method and money defaults (CO2 factor, planning index, price basis, …).
    catalogue : Catalogue, optional
        Measures, packages and construction defaults; the shipped one by default.
    uncertainty : bool, default False
        Also compute P10/P50/P90 of the savings (``settings.mc_samples``, ``settings.mc_seed``).
    estates : sequence of EstateRecord
        Give the city of buildings whose own city is empty.
    climate : ClimateTable, optional
        The shipped ``climate.csv`` by default.
    co2_factor : float, optional
        Overrides ``settings.co2_factor_t_tce``. [t CO2/tce]

    Returns
    -------
    Estimate

    Raises
    ------
    ValidationError
        Naming estate, building, field and value: an unknown city, structure, mode or package,
        or an impossible value (negative area, zero storeys, efficiency > 1, …). ``params``
        holds ``position``, the building's index in ``buildings``.
    """
    cities = {e.estate: e.city for e in estates}
    return estimate_columns(records_to_columns(buildings), settings, catalogue, uncertainty=uncertainty,
                            estate_cities=cities, climate=climate, co2_factor=co2_factor)




#: Totals summed over buildings: output key → (Results attribute or callable, scale).
_SUMS = {
    "floor_area_m2": lambda r: r.geometry.floor_area, "coal_before_tce": lambda r: r.coal_before,
    "coal_after_tce": lambda r: r.coal_after, "saved_tce": lambda r: r.saved_coal,
    "saved_tco2": lambda r: r.saved_co2, "freed_capacity_mw": lambda r: r.freed_capacity / 1e6,
    "extra_area_m2": lambda r: r.extra_area, "cost_rmb": lambda r: r.cost,
    "measure_cost_rmb": lambda r: r.measure_cost, "construction_cost_rmb": lambda r: r.construction_cost,
    "added_area_m2": lambda r: r.added_area, "new_load_mw": lambda r: r.new_load / 1e6,
    "new_coal_tce": lambda r: r.new_coal, "retrofitted_area_m2": lambda r: r.retrofitted_area,
}


@dataclass(frozen=True, eq=False)
class Estimate:
    """Results of :func:`estimate` for n buildings (arrays in the order of the input).

    ``results`` holds every engine array (:class:`calc.results.Results`); ``defaulted[key]`` is a
    boolean array telling where the method default of a data-dictionary key was used;
    ``band`` is the Monte Carlo band (or None).
    """

    columns: Mapping[str, np.ndarray]
    inputs: BuildingInputs
    results: Results
    band: SavingsBand | None
    defaulted: Mapping[str, np.ndarray]
    packages: np.ndarray               #: package key per building
    severe_cold: np.ndarray
    city: np.ndarray                   #: Chinese city name per building (climate table)
    settings: Settings
    catalogue: Catalogue
    constants: MethodConstants

    def __len__(self) -> int:
        return len(self.inputs)

    @cached_property
    def notices(self) -> tuple[tuple[Notice, ...], ...]:
        """Soft findings per building."""
        per: list[list[Notice]] = [[] for _ in range(len(self))]
        for code, (flags, params) in self.results.notices.items():
            flags = np.broadcast_to(flags, (len(self),))
            arrays = {k: np.broadcast_to(v, (len(self),)) for k, v in params.items()}
            for i in np.flatnonzero(flags).tolist():
                if code == "package_ignored_rebuild" and self.defaulted["package"][i]:
                    continue                      # only when the user chose a package
                per[i].append(Notice(code, {k: float(v[i]) for k, v in arrays.items()}))
        return tuple(tuple(n) for n in per)

    @property
    def programme_notices(self) -> tuple[Notice, ...]:
        """Findings about the buildings as a whole (the rebuild cap of §9)."""
        share = self.totals()["rebuild_share"]
        cap = self.settings.rebuild_cap_share
        return (Notice("rebuild_share_exceeded", {"share": 100 * share, "cap": 100 * cap}),) if share > cap else ()

    def defaulted_fields(self, index: int) -> tuple[str, ...]:
        """Data-dictionary keys of building ``index`` that took their method default."""
        return tuple(k for k in DEFAULTABLE if self.defaulted[k][index])

    def _sums(self, group: np.ndarray, count: int) -> dict[str, np.ndarray]:
        out = {key: np.bincount(group, weights=np.asarray(f(self.results), dtype=float), minlength=count)
               for key, f in _SUMS.items()}
        out["households"] = np.bincount(group, weights=np.nan_to_num(self.columns["households"]), minlength=count)
        out["building_count"] = np.bincount(group, minlength=count).astype(float)
        return out

    def totals(self) -> dict[str, float]:
        """Sums over all buildings (keys of the JSON ``totals``, plus more)."""
        sums = self._sums(np.zeros(len(self), dtype=np.intp), 1)
        out = {k: float(v[0]) for k, v in sums.items()}
        area = self.results.geometry.floor_area
        for code, mode in enumerate(MODES):
            out[f"{mode}_area_m2"] = float(area[self.inputs.mode == code].sum())
        out["rebuild_share"] = out["rebuild_area_m2"] / out["floor_area_m2"] if len(self) else 0.0
        if self.band is not None:
            out.update(zip(("saved_tce_p10", "saved_tce_p50", "saved_tce_p90"), map(float, self.band.total), strict=True))
        return out

    def by_estate(self) -> dict[str, dict[str, float]]:
        """Totals per estate (the same keys as :meth:`totals`, without the Monte Carlo band).

        Keyed by estate name; an estate name used in two cities is keyed "name（city）"."""
        pairs = [f"{e}\x00{c}" for e, c in zip(self.columns["estate"].tolist(), self.city.tolist(), strict=True)]
        keys, group = np.unique(np.array(pairs, dtype=object).astype(str), return_inverse=True)
        sums = self._sums(group.ravel(), len(keys))
        split = [k.split("\x00") for k in keys.tolist()]
        names = [e for e, _ in split]
        out = {}
        for i, (estate, city) in enumerate(split):
            key = estate if names.count(estate) == 1 else f"{estate}（{city}）"
            out[key] = {"estate": estate, "city": city, **{k: float(v[i]) for k, v in sums.items()}}
        return out

    def building_results(self, building_ids=None, lang: str | None = None) -> tuple:
        """The buildings as :class:`retrofit.services.dto.BuildingResult` (values = JSON keys)."""
        from retrofit.services.dto import BuildingResult

        rows = self.to_dict(lang)["buildings"]
        ids = list(building_ids) if building_ids is not None else [None] * len(rows)
        return tuple(BuildingResult(bid, row["estate"], row["building"],
                                    {k: v for k, v in row.items() if k not in ("estate", "building", "notices")},
                                    tuple(row["notices"])) for bid, row in zip(ids, rows, strict=True))

    def _building_columns(self) -> dict[str, list]:
        r, b, a = self.results, self.results.before, self.results.after
        cols = {
            "q_h_before_w_m2": b.heat_index, "q_h_after_w_m2": a.heat_index,
            "coal_before_kgce_m2": b.coal_index, "coal_after_kgce_m2": a.coal_index,
            "design_load_before_w_m2": b.design_index, "design_load_after_w_m2": a.design_index,
            "saved_tce": r.saved_coal, "saved_tco2": r.saved_co2, "freed_capacity_kw": r.freed_capacity / 1e3,
            "cost_rmb": r.cost, "floor_area_m2": r.geometry.floor_area, "added_area_m2": r.added_area,
            "new_load_kw": r.new_load / 1e3, "new_coal_tce": r.new_coal, "calibration_k": r.calibration_factor,
            "coal_before_tce": r.coal_before, "coal_after_tce": r.coal_after, "extra_area_m2": r.extra_area,
            "measure_cost_rmb": r.measure_cost, "construction_cost_rmb": r.construction_cost,
            "plant_load_before_kw": b.plant_index * r.geometry.floor_area / 1e3,
            "plant_load_after_kw": a.plant_index * r.geometry.floor_area / 1e3,
            "heat_delivered_before_kwh_m2": b.delivered_heat, "heat_delivered_after_kwh_m2": a.delivered_heat,
        }
        if self.band is not None:
            cols.update(saved_tce_p10=self.band.p10, saved_tce_p50=self.band.p50, saved_tce_p90=self.band.p90)
        n = len(self)
        return {k: np.round(np.broadcast_to(v, (n,)).astype(float), 4).tolist() for k, v in cols.items()}

    def _split(self, state) -> list[dict[str, float]]:
        names = ("wall", "window", "roof", "floor", "infiltration", "gains", "behaviour")
        cols = [np.round(np.broadcast_to(getattr(state, k), (len(self),)), 4).tolist() for k in names]
        return [dict(zip(names, row, strict=True)) for row in zip(*cols, strict=True)]

    def _quantities(self) -> list[dict[str, float]]:
        q = self.results.quantities
        names = ("wall_insulated_m2", "windows_m2", "window_count", "roof_m2", "basement_ceiling_m2",
                 "system_area_m2", "construction_area_m2")
        cols = [np.round(np.broadcast_to(v, (len(self),)), 2).tolist() for v in q]
        return [dict(zip(names, row, strict=True)) for row in zip(*cols, strict=True)]

    def _measure_costs(self) -> list[dict[str, float]]:
        costs = self.results.cost_by_measure()
        keys = self.results.measure_keys
        rows: list[dict[str, float]] = [{} for _ in range(len(self))]
        for i, j in zip(*np.nonzero(costs), strict=True):
            rows[i][keys[j]] = round(float(costs[i, j]), 2)
        return rows

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """The ``retrofit estimate`` JSON document (data-dictionary.md), with more keys."""
        cols = self._building_columns()
        names = list(cols)
        text = {k: self.columns[k].tolist() for k in ("estate", "building")}
        extra = zip(self.city.tolist(), self.packages.tolist(), self.inputs.mode.tolist(),
                    self._split(self.results.before), self._split(self.results.after), self._quantities(),
                    self._measure_costs(), self.notices, strict=True)
        buildings = []
        for i, (values, (city, package, mode, before, after, qty, costs, notes)) in enumerate(
                zip(zip(*cols.values(), strict=True), extra, strict=True)):
            row = dict(zip(names, values, strict=True))
            row.update(estate=text["estate"][i], building=text["building"][i], city=city, package=package,
                       mode=MODES[mode], heat_split_before_w_m2=before, heat_split_after_w_m2=after,
                       quantities=qty, cost_by_measure_rmb=costs, defaulted=list(self.defaulted_fields(i)),
                       notices=[n.message(lang) for n in notes], notice_codes=[n.code for n in notes])
            buildings.append(row)
        totals = {k: round(v, 4) for k, v in self.totals().items()}
        estates = [{k: round(v, 4) if isinstance(v, float) else v for k, v in vals.items()}
                   for vals in self.by_estate().values()]
        c = self.constants
        assumptions = {"co2_factor_t_tce": c.co2_factor, "planning_index_w_m2": c.planning_index,
                       "price_basis": c.price_basis, "indoor_temp_c": c.indoor_temperature,
                       "uncertainty_samples": self.band.samples if self.band else 0}
        notices = [n.message(lang) for n in self.programme_notices]
        return {"buildings": buildings, "totals": totals, "estates": estates, "assumptions": assumptions,
                "notices": notices}

    def to_json(self, lang: str | None = None, indent: int | None = 1) -> str:
        """:meth:`to_dict` as JSON: sorted keys, UTF-8 text (not ASCII-escaped)."""
        return json.dumps(self.to_dict(lang), ensure_ascii=False, sort_keys=True, indent=indent)
