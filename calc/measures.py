"""Measure catalogue as arrays, and the combined effect of packages (``method.md`` §7).

A package is a boolean mask over the catalogue's measures. Masks broadcast: shape ``(m,)`` is
one package for every building, ``(n, m)`` one package per building, ``(k, 1, m)`` k packages
for every building; the engine's results then have the mask's leading shape broadcast against
the buildings.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.errors import CalcInputError

#: Kinds of measure, with the parameters each uses (see ``resources/data/measures.toml``).
KINDS: tuple[str, ...] = ("wall_insulation", "roof_insulation", "floor_insulation",
                          "window_replacement", "air_tightness", "behaviour", "network", "source")
#: Kinds that count as envelope work (for the metering notice and the subsidy items).
ENVELOPE_KINDS: tuple[str, ...] = KINDS[:4]
#: What a unit cost is paid per.
QUANTITIES: tuple[str, ...] = ("wall_m2", "window_m2", "roof_m2", "basement_m2", "floor_area_m2")
#: Price bases of the unit costs.
PRICE_BASES: tuple[str, ...] = ("2010", "today")

_PARAMS: dict[str, tuple[str, ...]] = {
    "wall_insulation": ("thickness", "conductivity"),
    "roof_insulation": ("thickness", "conductivity"),
    "floor_insulation": ("thickness", "conductivity"),
    "window_replacement": ("window_u", "air_change_cap"),
    "air_tightness": ("air_change_cut", "air_change_floor"),
    "behaviour": ("heat_factor",),
    "network": ("eta_network_min",),
    "source": ("eta_source_min",),
}
_ALL_PARAMS = ("thickness", "conductivity", "window_u", "air_change_cap", "air_change_cut",
               "air_change_floor", "heat_factor", "eta_network_min", "eta_source_min")


@dataclass(frozen=True, eq=False)
class MeasureTable:
    """The measure catalogue as arrays over its m measures (NaN for unused parameters).

    Build it with :func:`measure_table`.
    """

    keys: tuple[str, ...]
    kind: NDArray[np.intp]                #: index into KINDS
    quantity: NDArray[np.intp]            #: index into QUANTITIES
    thickness: NDArray[np.float64]        #: added layer d [m]
    conductivity: NDArray[np.float64]     #: λ_design [W/(m·K)]
    window_u: NDArray[np.float64]         #: new window U [W/(m²·K)]
    air_change_cap: NDArray[np.float64]   #: N = min(N, cap) [h⁻¹]
    air_change_cut: NDArray[np.float64]   #: N − cut … [h⁻¹]
    air_change_floor: NDArray[np.float64]  #: … but not below floor [h⁻¹]
    heat_factor: NDArray[np.float64]      #: q_H × factor [-]
    eta_network_min: NDArray[np.float64]  #: η1 = max(η1, min) [-]
    eta_source_min: NDArray[np.float64]   #: η2 = max(η2, min) [-]
    unit_cost_2010: NDArray[np.float64]   #: [RMB per unit of quantity]
    unit_cost_today: NDArray[np.float64]  #: [RMB per unit of quantity]

    def unit_cost(self, price_basis: str) -> NDArray[np.float64]:
        """Unit costs at ``"2010"`` or ``"today"`` prices. [RMB per unit of quantity]"""
        if price_basis not in PRICE_BASES:
            raise ValueError(f"price_basis must be one of {PRICE_BASES}, not {price_basis!r}")
        return self.unit_cost_2010 if price_basis == "2010" else self.unit_cost_today

    def mask(self, packages: Sequence[Sequence[str]]) -> NDArray[np.bool_]:
        """Boolean mask of shape (len(packages), m) for lists of measure keys.

        Raises
        ------
        ValueError
            For a measure key that is not in the catalogue.
        """
        index = {k: i for i, k in enumerate(self.keys)}
        out = np.zeros((len(packages), len(self.keys)), dtype=bool)
        for row, package in enumerate(packages):
            for key in package:
                if key not in index:
                    raise CalcInputError("measure", "unknown_measure", [row], [key])
                out[row, index[key]] = True
        return out


def measure_table(measures: Sequence[Mapping[str, Any]]) -> MeasureTable:
    """Build a :class:`MeasureTable` from one mapping per measure.

    Each mapping has ``key``, ``kind`` (one of :data:`KINDS`), ``quantity`` (one of
    :data:`QUANTITIES`), ``unit_cost_2010``, ``unit_cost_today`` and the parameters of its kind:
    ``thickness`` [m] and ``conductivity`` [W/(m·K)]; ``window_u`` [W/(m²·K)] and
    ``air_change_cap`` [h⁻¹]; ``air_change_cut`` and ``air_change_floor`` [h⁻¹]; ``heat_factor``
    [-]; ``eta_network_min`` or ``eta_source_min`` [-].

    Raises
    ------
    ValueError
        For an unknown kind or quantity, a missing or impossible parameter, a negative cost or a
        duplicate key.
    """
    keys = tuple(str(m["key"]) for m in measures)
    if len(set(keys)) != len(keys):
        raise CalcInputError("measure", "duplicate", values=[k for k in keys if keys.count(k) > 1])
    cols: dict[str, list[float]] = {p: [] for p in _ALL_PARAMS}
    kinds: list[int] = []
    quantities: list[int] = []
    c2010: list[float] = []
    ctoday: list[float] = []
    for m in measures:
        kind, key = m.get("kind"), m["key"]
        if kind not in KINDS:
            raise CalcInputError(f"{key}.kind", "not_one_of", values=[kind], params={"choices": ", ".join(KINDS)})
        if m.get("quantity") not in QUANTITIES:
            raise CalcInputError(f"{key}.quantity", "not_one_of", values=[m.get("quantity")],
                                 params={"choices": ", ".join(QUANTITIES)})
        for p in _ALL_PARAMS:
            value = float(m[p]) if p in _PARAMS[kind] and m.get(p) is not None else np.nan
            if p in _PARAMS[kind]:
                _check_param(key, p, value)
            cols[p].append(value)
        kinds.append(KINDS.index(kind))
        quantities.append(QUANTITIES.index(m["quantity"]))
        for name, dest in (("unit_cost_2010", c2010), ("unit_cost_today", ctoday)):
            cost = float(m[name])
            if not cost >= 0:
                raise CalcInputError(f"{key}.{name}", "negative", values=[cost])
            dest.append(cost)
    arrays = {p: np.array(v, dtype=float) for p, v in cols.items()}
    return MeasureTable(keys, np.array(kinds, dtype=np.intp), np.array(quantities, dtype=np.intp),
                        unit_cost_2010=np.array(c2010), unit_cost_today=np.array(ctoday), **arrays)


def _check_param(key: object, name: str, value: float) -> None:
    if name in ("thickness", "air_change_cut", "air_change_floor"):
        ok, code = value >= 0, "negative"
    elif name in ("heat_factor", "eta_network_min", "eta_source_min"):
        ok, code = 0 < value <= 1, "not_efficiency"
    else:
        ok, code = value > 0, "not_positive"
    if np.isnan(value):
        code = "missing"
    if not ok:
        raise CalcInputError(f"{key}.{name}", code, values=[value])


class PackageEffect(NamedTuple):
    """Combined effect of each package (arrays of the mask's leading shape)."""

    wall_resistance: NDArray[np.float64]    #: Σ d/λ of wall layers [m²·K/W]
    roof_resistance: NDArray[np.float64]    #: [m²·K/W]
    floor_resistance: NDArray[np.float64]   #: [m²·K/W]
    window_u: NDArray[np.float64]           #: lowest new window U, inf if none [W/(m²·K)]
    air_change_cap: NDArray[np.float64]     #: inf if none [h⁻¹]
    air_change_cut: NDArray[np.float64]     #: Σ cuts [h⁻¹]
    air_change_floor: NDArray[np.float64]   #: highest floor [h⁻¹]
    heat_factor: NDArray[np.float64]        #: product, 1 if none [-]
    eta_network_min: NDArray[np.float64]    #: 0 if none [-]
    eta_source_min: NDArray[np.float64]     #: 0 if none [-]
    has_kind: NDArray[np.bool_]             #: (..., len(KINDS)) any measure of each kind
    measure_count: NDArray[np.intp]         #: number of measures
    unit_cost_by_quantity: NDArray[np.float64]  #: (..., len(QUANTITIES)) Σ unit costs [RMB/unit]

    @property
    def has_envelope(self) -> NDArray[np.bool_]:
        out: NDArray[np.bool_] = np.any(self.has_kind[..., : len(ENVELOPE_KINDS)], axis=-1)
        return out

    def has(self, kind: str) -> NDArray[np.bool_]:
        return self.has_kind[..., KINDS.index(kind)]


def package_effect(mask: ArrayLike, table: MeasureTable, price_basis: str = "2010") -> PackageEffect:
    """Combine the measures of each package of ``mask`` (shape (..., m)).

    Several layers on one element add their resistances; several windows give the lowest U;
    air-tightness cuts add up; behaviour factors multiply; efficiencies take the highest minimum.

    Parameters
    ----------
    mask : array_like of bool, shape (..., m)
        Which catalogue measures each package holds.
    table : MeasureTable
    price_basis : {"2010", "today"}

    Returns
    -------
    PackageEffect
    """
    mk = np.asarray(mask, dtype=bool)
    if mk.shape[-1:] != (len(table.keys),):
        raise ValueError(f"mask must end with the {len(table.keys)} measures of the catalogue")
    kind_onehot = table.kind[:, None] == np.arange(len(KINDS))          # (m, K)
    has_kind = (mk.astype(np.int32) @ kind_onehot.astype(np.int32)) > 0
    res = np.nan_to_num(table.thickness / table.conductivity)
    fm = mk.astype(float)

    def layer(kind: str) -> NDArray[np.float64]:
        return fm @ np.where(table.kind == KINDS.index(kind), res, 0.0)

    def pick(values: NDArray[np.float64], fill: float,
             reducer: Callable[..., NDArray[np.float64]]) -> NDArray[np.float64]:
        return reducer(np.where(mk, np.nan_to_num(values, nan=fill), fill), axis=-1)

    quantity_onehot = (table.quantity[:, None] == np.arange(len(QUANTITIES))).astype(float)
    return PackageEffect(
        layer("wall_insulation"), layer("roof_insulation"), layer("floor_insulation"),
        pick(table.window_u, np.inf, np.min), pick(table.air_change_cap, np.inf, np.min),
        fm @ np.nan_to_num(table.air_change_cut), pick(table.air_change_floor, 0.0, np.max),
        pick(table.heat_factor, 1.0, np.prod), pick(table.eta_network_min, 0.0, np.max),
        pick(table.eta_source_min, 0.0, np.max), has_kind, mk.sum(axis=-1),
        fm @ (table.unit_cost(price_basis)[:, None] * quantity_onehot))


# -- the effect of each kind of measure on one building (method.md §7) --------------------------
# A measure never makes a component worse than it was: each formula keeps the better value.


def replaced_window_u(window_u: ArrayLike, new_window_u: ArrayLike) -> NDArray[np.float64]:
    """Window U-value after replacement, U_win = min(U_win, U_new).

    Parameters
    ----------
    window_u : array_like
        U-value of the existing windows. [W/(m²·K)]
    new_window_u : array_like
        U-value of the new windows; ``inf`` where none are fitted. [W/(m²·K)]

    Returns
    -------
    window_u : ndarray
        [W/(m²·K)]; windows already better than the new ones are kept.
    """
    out: NDArray[np.float64] = np.minimum(np.asarray(window_u, dtype=float), np.asarray(new_window_u, dtype=float))
    return out


def capped_air_change(air_change: ArrayLike, cap: ArrayLike) -> NDArray[np.float64]:
    """Air change after new windows, N = min(N, cap).

    Parameters
    ----------
    air_change : array_like
        *N* before. [h⁻¹]
    cap : array_like
        Air change of the building with the new windows; ``inf`` where none are fitted. [h⁻¹]

    Returns
    -------
    air_change : ndarray
        [h⁻¹]
    """
    out: NDArray[np.float64] = np.minimum(np.asarray(air_change, dtype=float), np.asarray(cap, dtype=float))
    return out


def tightened_air_change(air_change: ArrayLike, cut: ArrayLike, floor: ArrayLike) -> NDArray[np.float64]:
    """Air change after air-tightness work (stairwell windows, self-closing doors),
    N = min(N, max(floor, N − cut)).

    Parameters
    ----------
    air_change : array_like
        *N* before. [h⁻¹]
    cut : array_like
        Reduction of *N* (0: no such measure). [h⁻¹]
    floor : array_like
        Lowest *N* the measure reaches. [h⁻¹]

    Returns
    -------
    air_change : ndarray
        [h⁻¹]; never above *N* before.
    """
    n = np.asarray(air_change, dtype=float)
    out: NDArray[np.float64] = np.minimum(n, np.maximum(np.asarray(floor, dtype=float), n - np.asarray(cut, dtype=float)))
    return out


def raised_efficiency(efficiency: ArrayLike, minimum: ArrayLike) -> NDArray[np.float64]:
    """Network or heat-source efficiency after balancing or a new source, η = max(η, η_min).

    Parameters
    ----------
    efficiency : array_like
        *η₁* or *η₂* before. [-]
    minimum : array_like
        Efficiency the measure reaches (0: no such measure). [-]

    Returns
    -------
    efficiency : ndarray
        [-]
    """
    out: NDArray[np.float64] = np.maximum(np.asarray(efficiency, dtype=float), np.asarray(minimum, dtype=float))
    return out


def metered_heat_index(heat_index: ArrayLike, heat_factor: ArrayLike) -> NDArray[np.float64]:
    """Heat consumption index with household metering and thermostatic valves, q_H × factor.

    Applied after the envelope and air-tightness measures.

    Parameters
    ----------
    heat_index : array_like
        *q_H* of the envelope. [W/m²]
    heat_factor : array_like
        Behaviour factor (0.90 for household metering; 1: no metering). [-]

    Returns
    -------
    heat_index : ndarray
        [W/m²]
    """
    out: NDArray[np.float64] = np.asarray(heat_index, dtype=float) * np.asarray(heat_factor, dtype=float)
    return out
