"""Result containers of the engine: one thermal state, and everything for a set of buildings."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import NDArray

from calc import heating
from calc.costs import Quantities, quantities
from calc.geometry import Geometry
from calc.measures import MeasureTable


class State(NamedTuple):
    """A building state (before or after), per m² of that state's own floor area.

    The element split satisfies ``wall + window + roof + floor + infiltration − gains +
    behaviour == heat_index``; every index is multiplied by the calibration factor *k*.
    """

    floor_area: NDArray[np.float64]      #: [m²]
    wall: NDArray[np.float64]            #: q of the opaque walls [W/m²]
    window: NDArray[np.float64]          #: [W/m²]
    roof: NDArray[np.float64]            #: [W/m²]
    floor: NDArray[np.float64]           #: [W/m²]
    infiltration: NDArray[np.float64]    #: q_INF [W/m²]
    gains: NDArray[np.float64]           #: q_IH (credited, so subtracted) [W/m²]
    behaviour: NDArray[np.float64]       #: change of q_H by metering behaviour (≤ 0) [W/m²]
    heat_index: NDArray[np.float64]      #: q_H [W/m²]
    coal_index: NDArray[np.float64]      #: q_c [kgce/m²]
    design_index: NDArray[np.float64]    #: q_design at the building [W/m²]
    u_wall: NDArray[np.float64]          #: of the existing storeys (new building for rebuild) [W/(m²·K)]
    u_window: NDArray[np.float64]        #: [W/(m²·K)]
    u_roof: NDArray[np.float64]          #: [W/(m²·K)]
    u_floor: NDArray[np.float64]         #: [W/(m²·K)]
    air_change: NDArray[np.float64]      #: [h⁻¹]
    eta_network: NDArray[np.float64]     #: η1 [-]
    eta_source: NDArray[np.float64]      #: η2 [-]
    heating_days: NDArray[np.float64]    #: Z [d]

    @property
    def transmission(self) -> NDArray[np.float64]:
        """q_HT. [W/m²]"""
        return self.wall + self.window + self.roof + self.floor

    @property
    def plant_index(self) -> NDArray[np.float64]:
        """q_design / η1: the load at the heat source per m². [W/m²]"""
        return heating.plant_load(self.design_index, 1.0, self.eta_network)

    @property
    def delivered_heat(self) -> NDArray[np.float64]:
        """Heat delivered to the building per season, 24·Z·q_H/1000. [kWh/m²]"""
        return heating.delivered_heat(self.heat_index, self.heating_days)


@dataclass(frozen=True, eq=False)
class Results:
    """Everything the engine computes, as arrays of shape ``shape`` (packages × buildings).

    ``before`` and ``geometry`` have the buildings' shape (n,); every other array broadcasts
    to ``shape``. Savings and freed capacity are on the original floor area A_0 (§9); added
    floor area, its coal and its plant load are reported apart.
    """

    shape: tuple[int, ...]
    geometry: Geometry
    before: State
    after: State
    calibration_factor: NDArray[np.float64]  #: k (1 without a measurement) [-]
    saved_coal: NDArray[np.float64]          #: [tce/a]
    freed_capacity: NDArray[np.float64]      #: plant load before − after, on A_0 [W]
    measure_cost: NDArray[np.float64]        #: package measures [RMB]
    construction_cost: NDArray[np.float64]   #: new floor area [RMB]
    retrofitted_area: NDArray[np.float64]    #: A_0 where a package is applied, else 0 [m²]
    has_envelope: NDArray[np.bool_]
    has_metering: NDArray[np.bool_]
    has_balancing: NDArray[np.bool_]
    notices: dict[str, tuple[NDArray[np.bool_], dict[str, NDArray[Any]]]]
    calibration_source: NDArray[np.int8]    #: index into :data:`calc.inputs.CALIBRATION_SOURCES`
    _mask: NDArray[np.bool_] = field(repr=False)
    _active: NDArray[np.bool_] = field(repr=False)
    _unit_cost: NDArray[np.float64] = field(repr=False)
    _table: MeasureTable = field(repr=False)
    _quantity_flags: NDArray[np.bool_] = field(repr=False)    #: (len(QUANTITIES), *shape)
    _basis: NDArray[np.float64] = field(repr=False)           #: (len(QUANTITIES), n) [m²]
    _built_area: NDArray[np.float64] = field(repr=False)      #: new floor area built [m²]
    _planning_index: float = 80.0
    _co2_factor: float = 2.493
    _typical_window_area: float = 1.8

    @cached_property
    def added_area(self) -> NDArray[np.float64]:
        """After floor area − A_0 (add_storey, rebuild). [m²]"""
        return np.broadcast_to(self.after.floor_area - self.geometry.floor_area, self.shape)

    @cached_property
    def saved_co2(self) -> NDArray[np.float64]:
        """Saved coal × the CO2 factor. [t/a]"""
        return self.saved_coal * self._co2_factor

    @cached_property
    def new_load(self) -> NDArray[np.float64]:
        """Plant load of the added floor area (reported apart from the freed capacity). [W]"""
        return heating.plant_load(self.after.design_index, self.added_area, self.after.eta_network)

    @cached_property
    def new_coal(self) -> NDArray[np.float64]:
        """Coal of the added floor area. [tce/a]"""
        return heating.annual_coal(self.after.coal_index, self.added_area)

    @property
    def cost(self) -> NDArray[np.float64]:
        """Measures plus construction. [RMB]"""
        return self.measure_cost + self.construction_cost

    @property
    def coal_before(self) -> NDArray[np.float64]:
        """q_c,before · A_0. [tce/a]"""
        return heating.annual_coal(self.before.coal_index, self.geometry.floor_area)

    @property
    def coal_after(self) -> NDArray[np.float64]:
        """q_c,after · A_0: the after state on the original floor area. [tce/a]"""
        return heating.annual_coal(self.after.coal_index, self.geometry.floor_area)

    @property
    def extra_area(self) -> NDArray[np.float64]:
        """Floor area the freed capacity can connect at the planning index. [m²]"""
        return heating.extra_connectable_area(self.freed_capacity, self._planning_index)

    @property
    def measure_keys(self) -> tuple[str, ...]:
        return self._table.keys

    def cost_by_measure(self) -> NDArray[np.float64]:
        """Cost of every catalogue measure, shape ``shape + (m,)`` (0 where absent). [RMB]"""
        qty = np.moveaxis(self._basis[self._table.quantity], 0, -1)   # (n, m)
        return (self._mask & self._active[..., None]) * qty * self._unit_cost

    def notice_flags(self, code: str) -> NDArray[np.bool_]:
        return np.broadcast_to(self.notices[code][0], self.shape)

    @cached_property
    def quantities(self) -> Quantities:
        """Work quantities of the package measures and the new floor area built."""
        return quantities(self._quantity_flags, self._basis, self._built_area, self._typical_window_area)
