"""Records + settings → engine arrays → results: the ``retrofit estimate`` calculation.

:func:`estimate` takes building records (from a register file or the database), prepares the
engine's inputs (:mod:`retrofit.estimate_inputs`: cities, defaults, codes), runs
:func:`calc.engine.evaluate` (and, on request, the Monte Carlo band) and returns an
:class:`Estimate`: the engine's arrays, notices, totals, per-estate totals and the JSON document
of the ``retrofit estimate`` contract (``data-dictionary.md``).

:data:`BUILDING_COLUMNS` is the one definition of the per-building output columns: the JSON
document, the results service, the reports and the money all read them through
:meth:`Estimate.building_columns`.

:func:`estimate_columns` does the same from columns (``retrofit.storage.load.load_columns``
format: text keys as object arrays, every other key as floats with NaN for "not entered").
"""
from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from calc.engine import evaluate
from calc.errors import CalcInputError
from calc.inputs import CALIBRATION_SOURCES, MODES, BuildingInputs, MethodConstants
from calc.results import Results
from calc.uncertainty import Defaulted, SavingsBand, savings_band
from retrofit.domain.records import BuildingRecord, EstateRecord
from retrofit.domain.settings import Settings
from retrofit.domain.targets import net_of_new_load
from retrofit.engine_messages import Notice
from retrofit.estimate_inputs import (
    DEFAULTABLE,
    NUMERIC_KEYS,
    TEXT_KEYS,
    TYPICAL_INPUTS,
    full_columns,
    method_constants,
    prepare,
    records_to_columns,
    translate,
)
from retrofit.reference import Catalogue, ClimateTable, load_catalogue, load_climate

__all__ = ["BUILDING_COLUMNS", "DEFAULTABLE", "Estimate", "NUMERIC_KEYS", "Notice", "TEXT_KEYS", "estimate",
           "estimate_columns", "records_to_columns"]

#: Per-building output columns: key (of the JSON document) → its value from the engine's results.
#: Units are in the keys; savings and freed capacity are on the original floor area A_0.
BUILDING_COLUMNS: dict[str, Callable[[Results], ArrayLike]] = {
    "floor_area_m2": lambda r: r.geometry.floor_area,
    "q_h_before_w_m2": lambda r: r.before.heat_index,
    "q_h_after_w_m2": lambda r: r.after.heat_index,
    "coal_before_kgce_m2": lambda r: r.before.coal_index,
    "coal_after_kgce_m2": lambda r: r.after.coal_index,
    "design_load_before_w_m2": lambda r: r.before.design_index,
    "design_load_after_w_m2": lambda r: r.after.design_index,
    "coal_before_tce": lambda r: r.coal_before,
    "coal_after_tce": lambda r: r.coal_after,
    "saved_tce": lambda r: r.saved_coal,
    "saved_tco2": lambda r: r.saved_co2,
    "freed_capacity_kw": lambda r: r.freed_capacity / 1e3,
    "extra_area_m2": lambda r: r.extra_area,
    "plant_load_before_kw": lambda r: r.before.plant_index * r.geometry.floor_area / 1e3,
    "plant_load_after_kw": lambda r: r.after.plant_index * r.geometry.floor_area / 1e3,
    "heat_delivered_before_kwh_m2": lambda r: r.before.delivered_heat,
    "heat_delivered_after_kwh_m2": lambda r: r.after.delivered_heat,
    "added_area_m2": lambda r: r.added_area,
    "new_load_kw": lambda r: r.new_load / 1e3,
    "new_coal_tce": lambda r: r.new_coal,
    "calibration_k": lambda r: r.calibration_factor,
    "cost_rmb": lambda r: r.cost,
    "measure_cost_rmb": lambda r: r.measure_cost,
    "construction_cost_rmb": lambda r: r.construction_cost,
}
#: Per-building columns summed into the totals (and per estate), and the engine's retrofitted area.
_SUMMED = ("floor_area_m2", "coal_before_tce", "coal_after_tce", "saved_tce", "saved_tco2", "extra_area_m2",
           "cost_rmb", "measure_cost_rmb", "construction_cost_rmb", "added_area_m2", "new_coal_tce")
_SPLIT = ("wall", "window", "roof", "floor", "infiltration", "gains", "behaviour")
_QUANTITIES = ("wall_insulated_m2", "windows_m2", "window_count", "roof_m2", "basement_ceiling_m2",
               "system_area_m2", "construction_area_m2")


def estimate_columns(columns: Mapping[str, np.ndarray], settings: Settings, catalogue: Catalogue | None = None,
                     *, uncertainty: bool = False, estate_cities: Mapping[str, str] | None = None,
                     climate: ClimateTable | None = None, co2_factor: float | None = None) -> Estimate:
    """Run the engine on building columns (see the module docstring). Arguments as :func:`estimate`."""
    cat = catalogue or load_catalogue()
    cols = full_columns(columns)
    factor = settings.co2_factor_t_tce if co2_factor is None else co2_factor
    constants = method_constants(settings, cat, factor)
    prepared = prepare(cols, settings, cat, climate or load_climate(), estate_cities or {})
    try:
        results = evaluate(prepared.inputs, cat.measure_table, prepared.mask, constants)
        band = savings_band(prepared.inputs, cat.measure_table, prepared.mask, constants, settings.mc_samples,
                            settings.mc_seed, defaulted_construction(prepared.defaulted)) if uncertainty else None
    except CalcInputError as exc:
        raise translate(exc, cols) from exc
    return Estimate(cols, prepared.inputs, results, band, prepared.defaulted, prepared.packages,
                    prepared.severe_cold, prepared.city, settings, cat, constants)


def defaulted_construction(defaulted: Mapping[str, np.ndarray]) -> Defaulted:
    """Where the baseline U-values and air change are construction defaults (for §11)."""
    return Defaulted(defaulted["wall_u"], defaulted["window_u"], defaulted["roof_u"], defaulted["floor_u"],
                     defaulted["air_change_h"])


def estimate(buildings: Sequence[BuildingRecord], settings: Settings, catalogue: Catalogue | None = None, *,
             uncertainty: bool = False, estates: Sequence[EstateRecord] = (),
             climate: ClimateTable | None = None, co2_factor: float | None = None,
             meter_kgce_m2: Sequence[float] | np.ndarray | None = None) -> Estimate:
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
    meter_kgce_m2 : sequence of float, optional
        The measured level of each building's meters before the works (NaN where none), the
        first calibration source (method §8), as ``retrofit.verification`` finds it. [kgce/m²]

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
    columns = records_to_columns(buildings)
    if meter_kgce_m2 is not None:
        columns["meter_kgce_m2"] = np.asarray(meter_kgce_m2, dtype=float)
    return estimate_columns(columns, settings, catalogue, uncertainty=uncertainty,
                            estate_cities=cities, climate=climate, co2_factor=co2_factor)


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

    def _flat(self, values: ArrayLike, dtype: type = float) -> np.ndarray:
        return np.broadcast_to(np.asarray(values, dtype=dtype), (len(self),))

    @cached_property
    def _columns(self) -> dict[str, np.ndarray]:
        out = {key: self._flat(value(self.results)) for key, value in BUILDING_COLUMNS.items()}
        if self.band is not None:
            out.update(saved_tce_p10=self.band.p10, saved_tce_p50=self.band.p50, saved_tce_p90=self.band.p90)
        return out

    def building_columns(self) -> dict[str, np.ndarray]:
        """The per-building output columns (:data:`BUILDING_COLUMNS`, and ``saved_tce_p10 / _p50 /
        _p90`` with the Monte Carlo band) as float arrays of length n."""
        return dict(self._columns)

    @cached_property
    def modes(self) -> np.ndarray:
        """Mode key per building (object array)."""
        return np.asarray(MODES, dtype=object)[np.asarray(self.inputs.mode, dtype=int)]

    @cached_property
    def households(self) -> np.ndarray:
        """Households per building (0 where not entered)."""
        return np.nan_to_num(np.asarray(self.columns["households"], dtype=float))

    @cached_property
    def mostly_defaults(self) -> np.ndarray:
        """Where most of a building's inputs are typical values, not measurements (more than half
        of :data:`retrofit.estimate_inputs.TYPICAL_INPUTS` took their default)."""
        count = sum(np.asarray(self.defaulted[key], dtype=int) for key in TYPICAL_INPUTS)
        return np.asarray(count, dtype=int) * 2 > len(TYPICAL_INPUTS)

    @cached_property
    def calibration_sources(self) -> np.ndarray:
        """Where each building's calibration came from (``meters``, ``measured_gj_m2``,
        ``measured_kgce_m2``), None where it is not calibrated (object array)."""
        names = np.array([None, *CALIBRATION_SOURCES[1:]], dtype=object)
        return names[self._flat(self.results.calibration_source, int)]

    def typical_values_notice(self, names: Sequence[str] | None = None) -> Notice | None:
        """One notice for the buildings whose inputs are mostly typical values (``names``: how to
        call the buildings, the building names by default), or None when there are none."""
        flagged = np.flatnonzero(self.mostly_defaults).tolist()
        if not flagged:
            return None
        if len(flagged) == len(self) > 1:
            return Notice("mostly_defaults_all", {"count": len(flagged)})
        names = self.columns["building"].tolist() if names is None else list(names)
        shown = "、".join(str(names[i]) for i in flagged[:20]) + ("…" if len(flagged) > 20 else "")
        return Notice("mostly_defaults_buildings", {"count": len(flagged), "buildings": shown})

    @cached_property
    def notices(self) -> tuple[tuple[Notice, ...], ...]:
        """Soft findings per building (the engine's; see also :attr:`mostly_defaults`)."""
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
        cols = self._columns
        out: dict[str, np.ndarray] = {key: np.bincount(group, weights=cols[key], minlength=count) for key in _SUMMED}
        out["freed_capacity_mw"] = np.bincount(group, weights=cols["freed_capacity_kw"], minlength=count) / 1e3
        out["new_load_mw"] = np.bincount(group, weights=cols["new_load_kw"], minlength=count) / 1e3
        out["retrofitted_area_m2"] = np.bincount(group, weights=self._flat(self.results.retrofitted_area),
                                                 minlength=count)
        out["households"] = np.bincount(group, weights=self.households, minlength=count)
        out["building_count"] = np.bincount(group, minlength=count).astype(float)
        return out

    def totals(self) -> dict[str, float]:
        """Sums over all buildings (keys of the JSON ``totals``, plus more)."""
        sums = self._sums(np.zeros(len(self), dtype=np.intp), 1)
        out = {k: float(v[0]) for k, v in sums.items()}
        area = self._columns["floor_area_m2"]
        for mode in MODES:
            out[f"{mode}_area_m2"] = float(area[self.modes == mode].sum())
        out["rebuild_share"] = out["rebuild_area_m2"] / out["floor_area_m2"] if len(self) else 0.0
        out.update(self._net_of_new_load(out))
        if self.band is not None:
            out.update(zip(("saved_tce_p10", "saved_tce_p50", "saved_tce_p90"), map(float, self.band.total),
                           strict=True))
        return out

    def _net_of_new_load(self, sums: Mapping[str, float]) -> dict[str, float]:
        """The new load of the added floor area and the figures net of it (method §9), as the
        keys ``new_load_tce``, ``new_load_tco2``, ``saved_net_tce``, ``saved_net_tco2``,
        ``freed_capacity_net_mw`` and ``extra_area_net_m2`` (:func:`retrofit.domain.targets.net_of_new_load`)."""
        c = self.constants
        net = net_of_new_load(sums["saved_tce"], sums["saved_tco2"], sums["freed_capacity_mw"], sums["new_coal_tce"],
                              sums["new_coal_tce"] * c.co2_factor, sums["new_load_mw"], c.planning_index)
        return {"new_load_tce": net.new_coal_tce, "new_load_tco2": net.new_tco2, "saved_net_tce": net.saved_tce,
                "saved_net_tco2": net.saved_tco2, "freed_capacity_net_mw": net.freed_capacity_mw,
                "extra_area_net_m2": net.extra_area_m2}

    def by_estate(self) -> dict[str, dict[str, Any]]:
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
            row = {k: float(v[i]) for k, v in sums.items()}
            out[key] = {"estate": estate, "city": city, **row, **self._net_of_new_load(row)}
        return out

    def _split(self, state: Any) -> list[dict[str, float]]:
        cols = [np.round(self._flat(getattr(state, k)), 4).tolist() for k in _SPLIT]
        return [dict(zip(_SPLIT, row, strict=True)) for row in zip(*cols, strict=True)]

    def _quantities(self) -> list[dict[str, float]]:
        cols = [np.round(self._flat(v), 2).tolist() for v in self.results.quantities]
        return [dict(zip(_QUANTITIES, row, strict=True)) for row in zip(*cols, strict=True)]

    def _measure_costs(self) -> list[dict[str, float]]:
        costs = self.results.cost_by_measure()
        keys = self.results.measure_keys
        rows: list[dict[str, float]] = [{} for _ in range(len(self))]
        for i, j in zip(*np.nonzero(costs), strict=True):
            rows[i][keys[j]] = round(float(costs[i, j]), 2)
        return rows

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """The ``retrofit estimate`` JSON document (data-dictionary.md), with more keys."""
        cols = {k: np.round(v, 4).tolist() for k, v in self._columns.items()}
        names = list(cols)
        extra = zip(self.columns["estate"].tolist(), self.columns["building"].tolist(), self.city.tolist(),
                    self.packages.tolist(), self.modes.tolist(), self._split(self.results.before),
                    self._split(self.results.after), self._quantities(), self._measure_costs(), self.notices,
                    self.calibration_sources.tolist(), self.mostly_defaults.tolist(), strict=True)
        buildings = []
        for i, (values, (estate, building, city, package, mode, before, after, qty, costs, notes, source,
                         typical)) in enumerate(zip(zip(*cols.values(), strict=True), extra, strict=True)):
            row = dict(zip(names, values, strict=True))
            row.update(estate=estate, building=building, city=city, package=package, mode=mode,
                       heat_split_before_w_m2=before, heat_split_after_w_m2=after, quantities=qty,
                       cost_by_measure_rmb=costs, defaulted=list(self.defaulted_fields(i)),
                       calibration_source=source, mostly_defaults=typical,
                       notices=[n.message(lang) for n in notes], notice_codes=[n.code for n in notes])
            buildings.append(row)
        totals = {k: round(v, 4) for k, v in self.totals().items()}
        estates = [{k: round(v, 4) if isinstance(v, float) else v for k, v in vals.items()}
                   for vals in self.by_estate().values()]
        c = self.constants
        assumptions = {"co2_factor_t_tce": c.co2_factor, "planning_index_w_m2": c.planning_index,
                       "price_basis": c.price_basis, "indoor_temp_c": c.indoor_temperature,
                       "indoor_temp_after_c": c.indoor_temperature_after,
                       "uncertainty_samples": self.band.samples if self.band else 0}
        notices = [n.message(lang) for n in self.programme_notices]
        return {"buildings": buildings, "totals": totals, "estates": estates, "assumptions": assumptions,
                "notices": notices}

    def to_json(self, lang: str | None = None, indent: int | None = 1) -> str:
        """:meth:`to_dict` as JSON: sorted keys, UTF-8 text (not ASCII-escaped)."""
        return json.dumps(self.to_dict(lang), ensure_ascii=False, sort_keys=True, indent=indent)
