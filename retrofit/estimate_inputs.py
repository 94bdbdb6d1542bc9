"""Records and settings → the engine's inputs: cities resolved in the climate table, every
missing value filled with its method default (remembering which were defaulted), text choices
turned into codes, and the engine's refusals turned into errors naming the building.

Columns are the format of :func:`retrofit.storage.load.load_columns`: text keys as object arrays
(None = not entered), every other key as floats (NaN = not entered; booleans 1.0 / 0.0).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import attrgetter
from typing import Any, NamedTuple

import numpy as np

from calc.defaults import STRUCTURES, construction_defaults
from calc.errors import CalcInputError
from calc.inputs import MODES, RETROFIT, BuildingInputs, MethodConstants, building_inputs
from retrofit.domain.errors import ValidationError
from retrofit.domain.records import MODE_ZH, STRUCTURE_ZH, BuildingRecord
from retrofit.domain.settings import Settings
from retrofit.engine_messages import EngineInputError, engine_error
from retrofit.reference import Catalogue, ClimateTable

#: Numeric record keys read as floats (NaN = not entered).
NUMERIC_KEYS: tuple[str, ...] = (
    "year_built", "storeys", "floor_area_m2", "households", "storey_height_m", "length_m", "width_m",
    "wwr", "wall_u", "window_u", "roof_u", "floor_u", "floor_factor", "air_change_h", "stairwell_heated",
    "eta_network", "eta_source", "measured_kgce_m2", "added_storeys", "wall_u_after", "window_u_after",
    "roof_u_after", "floor_u_after", "air_change_after_h", "eta_network_after", "eta_source_after",
    "indoor_temp_before_c", "measured_gj_m2")
#: Columns that are not record fields: the measured level of a building's meters before the works
#: (kgce/m², NaN where none), the first calibration source of method §8.
METER_KEYS: tuple[str, ...] = ("meter_kgce_m2",)
TEXT_KEYS: tuple[str, ...] = ("estate", "building", "city", "structure", "mode", "package")
#: Fields whose method default the engine fills in (the UI marks them as defaulted).
DEFAULTABLE: tuple[str, ...] = (
    "structure", "storey_height_m", "width_m", "wwr", "wall_u", "window_u", "roof_u", "floor_u",
    "floor_factor", "air_change_h", "stairwell_heated", "eta_network", "eta_source", "mode", "package",
    "added_storeys")
#: Inputs whose defaults are typical values rather than measurements: a building with most of
#: them defaulted is reported as such (``mostly_defaults``).
TYPICAL_INPUTS: tuple[str, ...] = ("wall_u", "window_u", "roof_u", "floor_u", "air_change_h", "wwr",
                                   "eta_network", "eta_source")
#: Engine argument → data-dictionary key (for error messages).
FIELD_OF = {"floor_area": "floor_area_m2", "storey_height": "storey_height_m", "length": "length_m",
            "width": "width_m", "window_wall_ratio": "wwr", "air_change": "air_change_h",
            "measured_coal_index": "measured_kgce_m2", "air_change_after": "air_change_after_h",
            "indoor_temperature_before": "indoor_temp_before_c", "measured_heat": "measured_gj_m2",
            "metered_coal_index": "meter_kgce_m2",
            "heating_days": "city", "mean_outdoor_temperature": "city", "design_outdoor_temperature": "city"}
_STRUCTURE_CODES = {**{s: i for i, s in enumerate(STRUCTURES)},
                    **{zh: STRUCTURES.index(str(s)) for s, zh in STRUCTURE_ZH.items()}}
_MODE_CODES = {**{m: i for i, m in enumerate(MODES)}, **{zh: MODES.index(str(m)) for m, zh in MODE_ZH.items()}}


class Prepared(NamedTuple):
    """The engine's inputs for a set of buildings, and what was filled in."""

    inputs: BuildingInputs
    defaulted: dict[str, np.ndarray]     #: data-dictionary key → where its method default was used
    packages: np.ndarray                 #: package key per building
    mask: np.ndarray                     #: (n, m) the packages over the measure catalogue
    severe_cold: np.ndarray
    city: np.ndarray                     #: Chinese city name per building (climate table)


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


def full_columns(columns: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Every key of :data:`TEXT_KEYS` and :data:`NUMERIC_KEYS`, "not entered" where absent."""
    n = len(columns["building"])
    return {k: np.asarray(columns[k]) if k in columns else
            (np.full(n, None, dtype=object) if k in TEXT_KEYS else np.full(n, np.nan))
            for k in TEXT_KEYS + NUMERIC_KEYS + METER_KEYS}


def method_constants(settings: Settings, catalogue: Catalogue, co2_factor: float) -> MethodConstants:
    """The engine's constants from the settings and the catalogue's new-build values."""
    nb = catalogue.new_build
    return MethodConstants(
        indoor_temperature=settings.indoor_temp_c, indoor_temperature_after=settings.indoor_temp_after_c,
        internal_gains=settings.internal_gains_w_m2,
        coal_heating_value=settings.coal_heat_value_kwh_kgce,
        air_specific_heat=settings.air_specific_heat_wh_kgk,
        ventilated_share_unheated=settings.ventilated_share_unheated_stairs,
        ventilated_share_heated=settings.ventilated_share_heated_stairs,
        u_correction=settings.u_correction, default_width=settings.default_width_m, co2_factor=co2_factor,
        planning_index=settings.planning_index_w_m2, rebuild_factor=settings.rebuild_factor,
        new_wall_u=nb["wall_u_w_m2k"], new_window_u=nb["window_u_w_m2k"], new_roof_u=nb["roof_u_w_m2k"],
        new_floor_u=nb["floor_u_w_m2k"], new_air_change=nb["air_change_h"],
        new_eta_network=nb["eta_network"], new_heat_factor=nb["heat_factor"], price_basis=settings.price_basis,
        add_storey_cost=settings.add_storey_cost_cny_m2, rebuild_cost=settings.rebuild_cost_cny_m2,
        typical_window_area=catalogue.typical_window_m2)


def _codes(values: np.ndarray, table: Mapping[str, int], default: int, cols, field_name: str,
           choices: Sequence[str]) -> np.ndarray:
    """Map text values to codes (None → default); unknown → ValidationError naming the building."""
    lookup: dict[str | None, int] = {None: default}
    lookup.update(table)
    try:
        return np.array([lookup[v] for v in values.tolist()], dtype=np.intp)
    except KeyError:
        bad = next(i for i, v in enumerate(values.tolist()) if v not in lookup)
        raise ValidationError("estimate_unknown_choice", estate=cols["estate"][bad],
                              building=cols["building"][bad], field=field_name, value=values[bad],
                              choices=", ".join(choices), position=bad) from None


def _climate(cols, climate: ClimateTable, estate_cities: Mapping[str, str]):
    city = cols["city"]
    names = [c if c not in (None, "") else estate_cities.get(e)
             for c, e in zip(city.tolist(), cols["estate"].tolist(), strict=True)]
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
    defaulted["structure"] = np.equal(cols["structure"], None)  # type: ignore[call-overload]  # object array
    mode = _codes(cols["mode"], _MODE_CODES, RETROFIT, cols, "mode", MODES)
    defaulted["mode"] = np.equal(cols["mode"], None)  # type: ignore[call-overload]  # object array
    years = cols["year_built"]
    if np.isnan(years).any():
        bad = int(np.flatnonzero(np.isnan(years))[0])
        raise EngineInputError(estate=cols["estate"][bad], building=cols["building"][bad], field="year_built",
                               value="", position=bad, reason_code="missing", reason_params={})
    d = construction_defaults(structure, years, severe, cat.construction, cat.era_last_years)
    values: dict[str, np.ndarray] = {}
    plan = (("storey_height_m", "storey_height", settings.default_storey_height_m),
            ("wwr", "window_wall_ratio", d.window_wall_ratio), ("wall_u", "wall_u", d.wall_u),
            ("window_u", "window_u", d.window_u), ("roof_u", "roof_u", d.roof_u), ("floor_u", "floor_u", d.floor_u),
            ("floor_factor", "floor_factor", settings.floor_factor), ("air_change_h", "air_change", d.air_change),
            ("stairwell_heated", "stairwell_heated", 0.0), ("eta_network", "eta_network", settings.eta_network),
            ("eta_source", "eta_source", settings.eta_source),
            ("added_storeys", "added_storeys", float(settings.added_storeys)))
    for key, arg, default in plan:
        values[arg], defaulted[key] = _fill(cols[key], default)
    defaulted["width_m"] = np.isnan(cols["width_m"]) & np.isnan(cols["length_m"])   # else from the footprint
    values["stairwell_heated"] = values["stairwell_heated"] > 0.5
    inputs = building_inputs(
        floor_area=cols["floor_area_m2"], storeys=cols["storeys"], length=cols["length_m"], width=cols["width_m"],
        heating_days=z, mean_outdoor_temperature=te, design_outdoor_temperature=twd,
        measured_coal_index=cols["measured_kgce_m2"], measured_heat=cols["measured_gj_m2"],
        metered_coal_index=np.asarray(cols["meter_kgce_m2"], dtype=float),
        indoor_temperature_before=cols["indoor_temp_before_c"], mode=mode, wall_u_after=cols["wall_u_after"],
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
    return keys, mask, np.equal(cols["package"], None)  # type: ignore[call-overload]  # object array


def prepare(cols: Mapping[str, np.ndarray], settings: Settings, cat: Catalogue, climate: ClimateTable,
            estate_cities: Mapping[str, str]) -> Prepared:
    """The engine's inputs of :func:`full_columns` columns.

    Raises
    ------
    ValidationError
        An unknown city, structure, mode or package, or a value the engine refuses (naming estate,
        building, field and value; ``params["position"]`` is the building's index).
    """
    try:
        inputs, defaulted, severe, city = _inputs(cols, settings, cat, climate, estate_cities)
    except CalcInputError as exc:
        raise translate(exc, cols) from exc
    packages, mask, defaulted["package"] = _packages(cols, cat)
    return Prepared(inputs, defaulted, packages, mask, severe, city)


def translate(exc: CalcInputError, cols: Mapping[str, np.ndarray]) -> EngineInputError:
    """The engine's refusal as an error naming the estate, building, data-dictionary field and value."""
    pos = exc.positions[0] if exc.positions else 0
    name = exc.field
    n = len(cols["estate"])
    return engine_error(exc, estate=cols["estate"][pos] if pos < n else "",
                        building=cols["building"][pos] if pos < n else "", field=FIELD_OF.get(name, name),
                        value=_plain(exc.values[0]) if exc.values else "", position=pos)


def _plain(value: Any) -> Any:
    if isinstance(value, float) and np.isfinite(value) and value == int(value) and abs(value) < 1e15:
        return int(value)
    return value
