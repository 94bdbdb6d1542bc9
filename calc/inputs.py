"""Inputs of the engine: building arrays and method constants (``method.md`` §1, §9)."""
from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.errors import CalcInputError, check

#: Retrofit modes (``method.md`` §9), in code order.
MODES: tuple[str, ...] = ("none", "retrofit", "add_storey", "rebuild")
NONE, RETROFIT, ADD_STOREY, REBUILD = range(4)
#: Where a building's calibration (``method.md`` §8) came from, in code order: nothing measured,
#: its meters' seasons before the works, ``measured_gj_m2``, ``measured_kgce_m2``.
CALIBRATION_SOURCES: tuple[str, ...] = ("none", "meters", "measured_gj_m2", "measured_kgce_m2")


@dataclass(frozen=True)
class MethodConstants:
    """Method defaults of ``method.md`` §1, §9 and §10 that are not per building."""

    indoor_temperature: float = 18.0          #: t_i, also of the design loads [°C]
    indoor_temperature_after: float = 18.0    #: t_i,after of surveyed buildings (§8) [°C]
    internal_gains: float = 3.8               #: q_IH [W/m²]
    coal_heating_value: float = 8.14          #: H_c [kWh/kgce]
    air_specific_heat: float = 0.28           #: C_p [Wh/(kg·K)]
    ventilated_share_unheated: float = 0.60   #: v, unheated stairwell [-]
    ventilated_share_heated: float = 0.65     #: v, heated stairwell [-]
    u_correction: float = 1.0                 #: ε [-]
    default_width: float = 10.0               #: W when unknown [m]
    co2_factor: float = 2.493                 #: [t CO2/tce]
    planning_index: float = 80.0              #: [W/m²]
    rebuild_factor: float = 1.3               #: A_after / A_0 of a rebuild [-]
    new_wall_u: float = 0.45                  #: new-build values [W/(m²·K)] …
    new_window_u: float = 1.8
    new_roof_u: float = 0.30
    new_floor_u: float = 0.5
    new_air_change: float = 0.5               #: [h⁻¹]
    new_eta_network: float = 0.92             #: η1 = max(η1, this) of a rebuild's new network [-]
    new_heat_factor: float = 0.90             #: behaviour factor of a rebuild's household metering [-]
    price_basis: str = "2010"                 #: "2010" or "today"
    add_storey_cost: float = 2000.0           #: per m² of added floor area [RMB/m²]
    rebuild_cost: float = 2500.0              #: per m² of the new building [RMB/m²]
    typical_window_area: float = 1.8          #: for the window count [m²]
    calibration_low: float = 0.6              #: notice below this k [-]
    calibration_high: float = 1.6             #: notice above this k [-]

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "price_basis":
                if value not in ("2010", "today"):
                    raise CalcInputError(f.name, "not_one_of", values=[value], params={"choices": "2010, today"})
            elif f.name not in ("internal_gains", "indoor_temperature", "indoor_temperature_after") \
                    and not value > 0:
                raise CalcInputError(f.name, "not_positive", values=[value])
        for name in ("new_eta_network", "new_heat_factor", "ventilated_share_unheated",
                     "ventilated_share_heated"):
            if getattr(self, name) > 1:
                raise CalcInputError(name, "not_efficiency", values=[getattr(self, name)])


@dataclass(frozen=True, eq=False)
class BuildingInputs:
    """Per-building inputs, 1-D arrays of one length n. Build with :func:`building_inputs`.

    Units: areas m², lengths m, U-values W/(m²·K), air change h⁻¹, temperatures °C, days d,
    coal index kgce/m². NaN means "not given" where the field allows it.
    """

    floor_area: NDArray[np.float64]
    storeys: NDArray[np.float64]
    storey_height: NDArray[np.float64]
    length: NDArray[np.float64]
    width: NDArray[np.float64]
    window_wall_ratio: NDArray[np.float64]
    wall_u: NDArray[np.float64]
    window_u: NDArray[np.float64]
    roof_u: NDArray[np.float64]
    floor_u: NDArray[np.float64]
    floor_factor: NDArray[np.float64]
    air_change: NDArray[np.float64]
    stairwell_heated: NDArray[np.bool_]
    eta_network: NDArray[np.float64]
    eta_source: NDArray[np.float64]
    heating_days: NDArray[np.float64]
    mean_outdoor_temperature: NDArray[np.float64]
    design_outdoor_temperature: NDArray[np.float64]
    indoor_temperature_before: NDArray[np.float64]   #: surveyed t_i before the works (NaN: t_i)
    metered_coal_index: NDArray[np.float64]    #: q_c,meas of the meters' seasons before the works
    measured_heat: NDArray[np.float64]         #: heat delivered per m² and season [GJ/m²]
    measured_coal_index: NDArray[np.float64]
    mode: NDArray[np.int8]
    added_storeys: NDArray[np.float64]
    wall_u_after: NDArray[np.float64]
    window_u_after: NDArray[np.float64]
    roof_u_after: NDArray[np.float64]
    floor_u_after: NDArray[np.float64]
    air_change_after: NDArray[np.float64]
    eta_network_after: NDArray[np.float64]
    eta_source_after: NDArray[np.float64]

    def __len__(self) -> int:
        return int(self.floor_area.shape[0])

    def take(self, index: ArrayLike | slice) -> BuildingInputs:
        """The inputs of a subset (or a reordering) of the buildings."""
        return BuildingInputs(**{f.name: getattr(self, f.name)[index] for f in fields(self)})


OVERRIDE_FIELDS: tuple[str, ...] = ("wall_u_after", "window_u_after", "roof_u_after", "floor_u_after",
                                    "air_change_after", "eta_network_after", "eta_source_after")
_OPTIONAL = {"storey_height": 2.8, "length": np.nan, "width": np.nan, "floor_factor": 0.5,
             "stairwell_heated": False, "eta_network": 0.90, "eta_source": 0.68,
             "indoor_temperature_before": np.nan, "metered_coal_index": np.nan, "measured_heat": np.nan,
             "measured_coal_index": np.nan, "mode": RETROFIT, "added_storeys": 1.0,
             **{name: np.nan for name in OVERRIDE_FIELDS}}


def building_inputs(**values: ArrayLike) -> BuildingInputs:
    """Validate and broadcast per-building inputs into a :class:`BuildingInputs`.

    Parameters
    ----------
    **values : array_like
        Every field of :class:`BuildingInputs`; these may be left out and take the method
        default: storey_height (2.8), length and width (unknown), floor_factor (0.5),
        stairwell_heated (False), eta_network (0.90), eta_source (0.68), indoor_temperature_before,
        metered_coal_index, measured_heat and measured_coal_index (none), mode (retrofit),
        added_storeys (1) and the ``*_after`` overrides (none).
        Scalars, lists and arrays are accepted and broadcast to one length.

    Raises
    ------
    ValueError
        For a missing field, an unknown field or an impossible value (naming the field and the
        building positions): U-values, air change, days and overrides not > 0 (air change ≥ 0),
        efficiencies outside (0, 1], floor factor outside [0, 1], an unknown mode, added storeys
        other than 1 or 2, a measured level not > 0, or a mean or design outdoor temperature not
        below 18 °C or not below the surveyed indoor temperature. Geometry is checked by :func:`calc.geometry.building_geometry`.
    """
    names = [f.name for f in fields(BuildingInputs)]
    unknown = set(values) - set(names)
    if unknown:
        raise ValueError(f"unknown building inputs: {sorted(unknown)}")
    missing = [n for n in names if n not in values and n not in _OPTIONAL]
    if missing:
        raise ValueError(f"missing building inputs: {missing}")
    raw = {n: values.get(n, _OPTIONAL.get(n)) for n in names}
    arrays = {n: np.asarray(v, dtype=bool if n == "stairwell_heated" else float) for n, v in raw.items()}
    shape = np.broadcast_shapes(*(a.shape for a in arrays.values()), (1,))
    if len(shape) != 1:
        raise ValueError("building inputs must be one-dimensional")
    arrays = {n: np.ascontiguousarray(np.broadcast_to(a, shape)) for n, a in arrays.items()}
    _validate(arrays)
    arrays["mode"] = arrays["mode"].astype(np.int8)
    return BuildingInputs(**arrays)


def _validate(a: dict[str, np.ndarray]) -> None:
    for name in ("wall_u", "window_u", "roof_u", "floor_u", "heating_days"):
        check(name, a[name], ~(a[name] > 0), "not_positive")
    check("air_change", a["air_change"], ~(a["air_change"] >= 0), "negative")
    for name in ("eta_network", "eta_source"):
        check(name, a[name], ~((a[name] > 0) & (a[name] <= 1)), "not_efficiency")
    check("floor_factor", a["floor_factor"], ~((a["floor_factor"] >= 0) & (a["floor_factor"] <= 1)),
          "out_of_range", low=0, high=1)
    for name in ("mean_outdoor_temperature", "design_outdoor_temperature"):
        check(name, a[name], ~(a[name] < 18.0), "not_below_indoor", limit=18.0)
    for name in ("metered_coal_index", "measured_heat", "measured_coal_index"):
        check(name, a[name], a[name] <= 0, "not_positive")
    surveyed = a["indoor_temperature_before"]
    check("indoor_temperature_before", surveyed, surveyed <= a["mean_outdoor_temperature"], "not_above_outdoor")
    mode = a["mode"]
    check("mode", mode, ~np.isin(mode, np.arange(len(MODES))), "not_one_of", choices=", ".join(MODES))
    added = a["added_storeys"]
    check("added_storeys", added, (mode == ADD_STOREY) & ~np.isin(added, (1.0, 2.0)), "not_one_of", choices="1, 2")
    for name in OVERRIDE_FIELDS:
        v = a[name]
        if name.startswith("eta"):
            check(name, v, (v <= 0) | (v > 1), "not_efficiency")
        elif name == "air_change_after":
            check(name, v, v < 0, "negative")
        else:
            check(name, v, v <= 0, "not_positive")
