"""Reference data of the engine: climate, construction defaults, measures and packages, loaded
once from ``resources/data`` into a :class:`Catalogue` (and a :class:`ClimateTable`). The CO2
presets are settings (:data:`retrofit.domain.settings.CO2_PRESETS`).

The files are meant to be edited by users (TOML, see the comments in each file). A user-edited
catalogue (measures and packages stored in the database) is made with
:meth:`Catalogue.with_changes`; the shipped one is :func:`load_catalogue`.
"""
from __future__ import annotations

import csv
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

import resources
from calc.defaults import DEFAULT_FIELDS, STRUCTURES, ZONES
from calc.measures import KINDS, QUANTITIES, MeasureTable, measure_table
from retrofit import i18n
from retrofit.domain.errors import RetrofitError

#: Keys of the data files' value columns → :data:`calc.defaults.DEFAULT_FIELDS`.
_DEFAULT_KEYS = ("wall_u_w_m2k", "window_u_w_m2k", "roof_u_w_m2k", "floor_u_w_m2k", "air_change_h", "wwr")
#: Measure parameters in the file → calc names.
_MEASURE_PARAMS = {"thickness_m": "thickness", "conductivity_w_mk": "conductivity",
                   "window_u_w_m2k": "window_u", "air_change_cap_h": "air_change_cap",
                   "air_change_cut_h": "air_change_cut", "air_change_floor_h": "air_change_floor",
                   "heat_factor": "heat_factor", "eta_network_min": "eta_network_min",
                   "eta_source_min": "eta_source_min"}
CATEGORIES = ("basic", "improvement")


class ReferenceDataError(RetrofitError):
    """A shipped or user-edited reference data file is incomplete or wrong."""

    code = "reference_data_invalid"


@dataclass(frozen=True, slots=True)
class ClimateRow:
    """One city of ``climate.csv`` (GB 50736-2012 Appendix A)."""

    city_zh: str
    city_en: str
    province: str
    heating_days: float              #: Z [d]
    mean_outdoor_temp_c: float       #: t_e [°C]
    design_outdoor_temp_c: float     #: t_wd [°C]
    subsidy_zone: str                #: "cold" or "severe_cold"
    source: str

    @property
    def severe_cold(self) -> bool:
        return self.subsidy_zone == "severe_cold"


@dataclass(frozen=True, eq=False)
class ClimateTable:
    """Cities by Chinese or English name (case, spaces and a trailing 市 ignored)."""

    rows: tuple[ClimateRow, ...]

    @cached_property
    def _index(self) -> dict[str, int]:
        index: dict[str, int] = {}
        for i, row in enumerate(self.rows):
            for name in (row.city_zh, row.city_en):
                index[_city_key(name)] = i
        return index

    def position(self, name: str | None) -> int | None:
        """Row position of the city, or None when it is not in the table."""
        return None if name is None else self._index.get(_city_key(name))

    def get(self, name: str | None) -> ClimateRow | None:
        pos = self.position(name)
        return None if pos is None else self.rows[pos]


def _city_key(name: str) -> str:
    key = str(name).strip().casefold().replace(" ", "")
    return key[:-1] if key.endswith("市") and len(key) > 2 else key


@dataclass(frozen=True)
class Measure:
    """One retrofit measure (``measures.toml``); parameters as in :mod:`calc.measures`."""

    key: str
    name_zh: str
    name_en: str
    kind: str
    quantity: str
    category: str
    cost_2010_cny: float
    cost_today_cny: float
    params: Mapping[str, float] = field(default_factory=dict)   # file keys, e.g. thickness_m

    def name(self, lang: str | None = None) -> str:
        return self.name_zh if i18n.language(lang) == "zh" else self.name_en


@dataclass(frozen=True)
class Package:
    key: str
    name_zh: str
    name_en: str
    measures: tuple[str, ...]

    def name(self, lang: str | None = None) -> str:
        return self.name_zh if i18n.language(lang) == "zh" else self.name_en


@dataclass(frozen=True, eq=False)
class Catalogue:
    """Everything the engine takes from the reference data."""

    measures: Mapping[str, Measure]
    packages: Mapping[str, Package]
    construction: np.ndarray                 #: (structures, eras, zones, 6) see calc.defaults
    era_keys: tuple[str, ...]
    era_last_years: tuple[int, ...]          #: all but the open-ended last era
    new_build: Mapping[str, float]           #: wall/window/roof/floor U, air change, η1, behaviour factor
    typical_window_m2: float

    @cached_property
    def measure_table(self) -> MeasureTable:
        """The measures as :class:`calc.measures.MeasureTable` (in catalogue order)."""
        return measure_table([_measure_record(m) for m in self.measures.values()])

    @cached_property
    def _package_masks(self) -> dict[str, np.ndarray]:
        keys = list(self.packages)
        masks = self.measure_table.mask([self.packages[k].measures for k in keys])
        return dict(zip(keys, masks, strict=True))

    def package_mask(self, names: Iterable[str]) -> np.ndarray:
        """Mask (len(names), m) of the named packages. Raises KeyError for an unknown name."""
        masks = self._package_masks
        return np.array([masks[n] for n in names], dtype=bool).reshape(-1, len(self.measures))

    def with_changes(self, measures: Mapping[str, Mapping[str, Any]] | None = None,
                     packages: Mapping[str, Sequence[str]] | None = None) -> Catalogue:
        """A catalogue with measures changed or added (``{key: {field: value}}``, fields of
        :class:`Measure` or measure parameters such as ``thickness_m``) and packages replaced or
        added (``{name: [measure keys]}``). Validated like the shipped files."""
        new_measures = dict(self.measures)
        for key, changes in (measures or {}).items():
            base = new_measures.get(key) or Measure(key, key, key, "", "", "improvement", 0.0, 0.0)
            own = {k: v for k, v in changes.items() if k in {f.name for f in fields(Measure)}}
            params = {**base.params, **{k: float(v) for k, v in changes.items() if k in _MEASURE_PARAMS}}
            new_measures[key] = replace(base, **own, params=params)
        new_packages = dict(self.packages)
        for name, keys in (packages or {}).items():
            old = new_packages.get(name)
            new_packages[name] = Package(name, old.name_zh if old else name, old.name_en if old else name,
                                         tuple(keys))
        out = replace(self, measures=new_measures, packages=new_packages)
        _check_catalogue(out, "catalogue")
        return out


def _measure_record(m: Measure) -> dict[str, Any]:
    record = {"key": m.key, "kind": m.kind, "quantity": m.quantity,
              "unit_cost_2010": m.cost_2010_cny, "unit_cost_today": m.cost_today_cny}
    record.update({_MEASURE_PARAMS[k]: v for k, v in m.params.items()})
    return record


def _fail(file: str, item: str, reason: str) -> ReferenceDataError:
    return ReferenceDataError(file=file, item=item, reason=reason)


def _read_toml(folder: Path, name: str) -> dict[str, Any]:
    path = folder / name
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise _fail(name, "file", str(exc)) from exc


def _construction(data: dict[str, Any]) -> tuple[np.ndarray, tuple[str, ...], tuple[int, ...]]:
    file = "construction.toml"
    if tuple(data.get("structures", ())) != STRUCTURES or tuple(data.get("zones", ())) != ZONES:
        raise _fail(file, "structures/zones", f"must be {list(STRUCTURES)} and {list(ZONES)}")
    eras = data.get("eras") or []
    era_keys = tuple(e["key"] for e in eras)
    last = [int(e["last_year"]) for e in eras]
    if not eras or last != sorted(last):
        raise _fail(file, "eras", "need at least one era, in ascending last_year")
    table = np.full((len(STRUCTURES), len(eras), len(ZONES), len(DEFAULT_FIELDS)), np.nan)
    rank = np.full(table.shape[:3], -1)
    for row in data.get("defaults", []):
        s, era, zone = row.get("structure"), row.get("era", "any"), row.get("zone", "any")
        if s not in STRUCTURES or (era != "any" and era not in era_keys) or (zone != "any" and zone not in ZONES):
            raise _fail(file, f"{s}/{era}/{zone}", "unknown structure, era or zone")
        values = [row.get(k) for k in _DEFAULT_KEYS]
        if any(not isinstance(v, (int, float)) or v <= 0 for v in values[:5]) or not 0 <= values[5] <= 0.9:
            raise _fail(file, f"{s}/{era}/{zone}", f"needs {', '.join(_DEFAULT_KEYS)} (U, N > 0; wwr 0–0.9)")
        specificity = (era != "any") + (zone != "any")
        si = STRUCTURES.index(s)
        ei = slice(None) if era == "any" else era_keys.index(era)
        zi = slice(None) if zone == "any" else ZONES.index(zone)
        target = rank[si, ei, zi]
        better = target <= specificity
        if np.any(target == specificity) and specificity == 2:
            raise _fail(file, f"{s}/{era}/{zone}", "given twice")
        table[si, ei, zi] = np.where(better[..., None], values, table[si, ei, zi])
        rank[si, ei, zi] = np.where(better, specificity, target)
    missing = np.argwhere(rank < 0)
    if missing.size:
        s, e, z = missing[0]
        raise _fail(file, f"{STRUCTURES[s]}/{era_keys[e]}/{ZONES[z]}", "no default values")
    return table, era_keys, tuple(last[:-1])


def _measures(data: dict[str, Any]) -> dict[str, Measure]:
    out = {}
    for key, m in (data.get("measures") or {}).items():
        try:
            out[key] = Measure(key, str(m["name_zh"]), str(m["name_en"]), str(m["kind"]), str(m["quantity"]),
                               str(m.get("category", "improvement")), float(m["cost_2010_cny"]),
                               float(m["cost_today_cny"]),
                               {k: float(v) for k, v in m.items() if k in _MEASURE_PARAMS})
        except (KeyError, TypeError, ValueError) as exc:
            raise _fail("measures.toml", key, f"missing or bad field {exc}") from exc
    if not out:
        raise _fail("measures.toml", "measures", "no measures")
    return out


def _packages(data: dict[str, Any]) -> dict[str, Package]:
    return {key: Package(key, str(p.get("name_zh", key)), str(p.get("name_en", key)), tuple(p.get("measures", ())))
            for key, p in (data.get("packages") or {}).items()}


def _check_catalogue(cat: Catalogue, file: str) -> None:
    for key, m in cat.measures.items():
        if m.kind not in KINDS or m.quantity not in QUANTITIES or m.category not in CATEGORIES:
            raise _fail(file, key, f"kind must be one of {KINDS}, quantity one of {QUANTITIES}, "
                                   f"category one of {CATEGORIES}")
    for name, p in cat.packages.items():
        unknown = [k for k in p.measures if k not in cat.measures]
        if unknown:
            raise _fail(file, name, f"unknown measures {unknown}")
    for name in ("none", "basic", "usual", "advanced"):
        if name not in cat.packages:
            raise _fail(file, name, "reference package missing")
    try:
        cat.measure_table    # noqa: B018 (validates every parameter)
    except ValueError as exc:
        raise _fail(file, "measures", str(exc)) from exc


@lru_cache(maxsize=4)
def load_catalogue(folder: str | Path | None = None) -> Catalogue:
    """Load and check the reference data (cached; ``folder`` defaults to ``resources/data``).

    Raises
    ------
    ReferenceDataError
        Naming the file and the item that is missing or wrong.
    """
    base = Path(folder) if folder is not None else resources.path("data")
    cons = _read_toml(base, "construction.toml")
    table, era_keys, era_last = _construction(cons)
    nb_keys = ("wall_u_w_m2k", "window_u_w_m2k", "roof_u_w_m2k", "floor_u_w_m2k", "air_change_h",
               "eta_network", "heat_factor")
    new_build = cons.get("new_build", {})
    if any(not isinstance(new_build.get(k), (int, float)) for k in nb_keys):
        raise _fail("construction.toml", "new_build", f"needs {', '.join(nb_keys)}")
    window = cons.get("quantities", {}).get("typical_window_m2")
    if not isinstance(window, (int, float)) or window <= 0:
        raise _fail("construction.toml", "quantities.typical_window_m2", "must be > 0")
    cat = Catalogue(_measures(_read_toml(base, "measures.toml")),
                    _packages(_read_toml(base, "packages.toml")), table, era_keys, era_last,
                    {k: float(new_build[k]) for k in nb_keys}, float(window))
    _check_catalogue(cat, "measures.toml / packages.toml")
    return cat


@lru_cache(maxsize=4)
def load_climate(path: str | Path | None = None) -> ClimateTable:
    """Load ``climate.csv`` (cached). Raises ReferenceDataError for a bad row."""
    file = Path(path) if path is not None else resources.path("data", "climate.csv")
    rows = []
    with open(file, encoding="utf-8-sig", newline="") as fh:
        for i, rec in enumerate(csv.DictReader(fh), start=2):
            try:
                rows.append(ClimateRow(rec["city_zh"].strip(), rec["city_en"].strip(), rec["province"].strip(),
                                       float(rec["heating_days"]), float(rec["mean_outdoor_temp_c"]),
                                       float(rec["design_outdoor_temp_c"]), rec["subsidy_zone"].strip(),
                                       rec.get("source", "").strip()))
            except (KeyError, TypeError, ValueError) as exc:
                raise _fail(file.name, f"row {i}", str(exc)) from exc
            if rows[-1].subsidy_zone not in ZONES:
                raise _fail(file.name, f"row {i}", f"subsidy_zone must be one of {ZONES}")
    return ClimateTable(tuple(rows))
