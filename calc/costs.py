"""Work quantities and costs of packages and of new floor area (``method.md`` §7, §9, §10)."""
from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.geometry import Geometry
from calc.inputs import ADD_STOREY, REBUILD
from calc.measures import PackageEffect


class Quantities(NamedTuple):
    """Work quantities of the package measures per building (0 where a measure is absent)."""

    wall_insulated: NDArray[np.float64]   #: opaque wall insulated [m²]
    windows: NDArray[np.float64]          #: windows replaced [m²]
    window_count: NDArray[np.float64]     #: windows replaced, estimated [-]
    roof: NDArray[np.float64]             #: roof insulated [m²]
    basement_ceiling: NDArray[np.float64]  #: [m²]
    system_area: NDArray[np.float64]      #: floor area served by system measures [m²]
    construction_area: NDArray[np.float64]  #: new floor area built (add_storey, rebuild) [m²]


def quantity_basis(geo: Geometry, mode: ArrayLike) -> NDArray[np.float64]:
    """Quantity per unit basis of :data:`calc.measures.QUANTITIES`, shape (5, n).

    Measures are priced on the existing building: opaque wall and windows of the existing
    storeys, the roof (none for add_storey: the new storeys' roof is part of their construction
    cost), the footprint for the basement ceiling and A_0 for system measures. [m²]
    """
    roof = np.where(np.asarray(mode) == ADD_STOREY, 0.0, geo.roof_area)
    return np.stack(np.broadcast_arrays(geo.opaque_wall_area, geo.window_area, roof, geo.footprint,
                                        geo.floor_area))


def measure_cost(basis: NDArray[np.float64], effect: PackageEffect, active: ArrayLike) -> NDArray[np.float64]:
    """Cost of the package measures, Σ quantity × unit cost where a package applies. [RMB]"""
    unit = effect.unit_cost_by_quantity
    return np.where(active, sum(basis[i] * unit[..., i] for i in range(len(basis))), 0.0)


def construction_area(mode: ArrayLike, added_area: ArrayLike, after_area: ArrayLike) -> NDArray[np.float64]:
    """New floor area built: the added storeys (add_storey) or the whole new building (rebuild). [m²]"""
    mode = np.asarray(mode)
    return np.where(mode == ADD_STOREY, added_area, np.where(mode == REBUILD, after_area, 0.0))


def construction_cost(mode: ArrayLike, area: ArrayLike, add_storey_rate: float,
                      rebuild_rate: float) -> NDArray[np.float64]:
    """Construction cost of new floor area, area × rate of the mode. [RMB]"""
    out: NDArray[np.float64] = np.where(np.asarray(mode) == ADD_STOREY, add_storey_rate, rebuild_rate) * np.asarray(area)
    return out


def quantity_flags(effect: PackageEffect, active: NDArray[np.bool_]) -> NDArray[np.bool_]:
    """Where each basis of :data:`calc.measures.QUANTITIES` is worked on, shape (5, ...)."""
    system = effect.has("air_tightness") | effect.has("behaviour") | effect.has("network") | effect.has("source")
    kinds = (effect.has("wall_insulation"), effect.has("window_replacement"), effect.has("roof_insulation"),
             effect.has("floor_insulation"), system)
    shape = np.broadcast_shapes(np.shape(active), np.shape(system))
    return np.stack([np.broadcast_to(active & k, shape) for k in kinds])


def quantities(flags: NDArray[np.bool_], basis: NDArray[np.float64], built_area: ArrayLike,
               typical_window_area: float) -> Quantities:
    """Work quantities from :func:`quantity_flags` and :func:`quantity_basis` (0 where not worked)."""
    def qty(i: int) -> NDArray[np.float64]:
        return np.where(flags[i], basis[i], 0.0)

    windows = qty(1)
    return Quantities(qty(0), windows, np.round(windows / typical_window_area), qty(2), qty(3), qty(4),
                      np.asarray(built_area, dtype=float))
