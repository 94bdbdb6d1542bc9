"""Work quantities and costs of packages and of new floor area (``method.md`` §7, §9, §10)."""
from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from calc.geometry import Geometry
from calc.inputs import ADD_STOREY, REBUILD, MethodConstants
from calc.measures import PackageEffect
from calc.results import Quantities


def quantities_and_costs(geo: Geometry, mode, active, eff: PackageEffect, added_area,
                         after_area, c: MethodConstants):
    """Which quantities each package uses, the measure cost and the construction cost.

    Measures are priced on the existing building: opaque wall and window area of the existing
    storeys, roof (none for add_storey: the new roof is part of the new storeys), the footprint
    for the basement ceiling, and A_0 for system measures. A rebuild applies no package. New
    floor area is priced per m²: the added storeys (add_storey) or the whole new building
    (rebuild).

    Returns
    -------
    flags : ndarray of bool, shape (5, ...)
        Where each basis of :data:`calc.measures.QUANTITIES` is worked on (see :func:`quantities`).
    measure_cost : ndarray [RMB]
    construction_cost : ndarray [RMB]
    basis : ndarray, shape (5, n)
        Quantity per unit basis of :data:`calc.measures.QUANTITIES`.
    """
    add = mode == ADD_STOREY
    basis = quantity_basis(geo, mode)
    unit = eff.unit_cost_by_quantity
    measure_cost = np.where(active, sum(basis[i] * unit[..., i] for i in range(len(basis))), 0.0)
    system = eff.has("air_tightness") | eff.has("behaviour") | eff.has("network") | eff.has("source")
    kinds = (eff.has("wall_insulation"), eff.has("window_replacement"), eff.has("roof_insulation"),
             eff.has("floor_insulation"), system)
    shape = np.broadcast_shapes(np.shape(active), np.shape(system))
    flags = np.stack([np.broadcast_to(active & k, shape) for k in kinds])
    construction_area = np.where(add, added_area, np.where(mode == REBUILD, after_area, 0.0))
    rate = np.where(add, c.add_storey_cost, c.rebuild_cost)
    return flags, measure_cost, rate * construction_area, basis


def quantity_basis(geo: Geometry, mode) -> NDArray[np.float64]:
    """Quantity per unit basis of :data:`calc.measures.QUANTITIES`, shape (5, n): opaque wall,
    windows, roof (none for add_storey), basement ceiling (footprint), floor area. [m²]"""
    roof = np.where(mode == ADD_STOREY, 0.0, geo.roof_area)
    return np.stack([geo.opaque_wall_area, geo.window_area, roof, geo.footprint, geo.floor_area])


def quantities(flags: NDArray[np.bool_], basis: NDArray[np.float64], mode, added_area, after_area,
               typical_window_area: float) -> Quantities:
    """Work quantities from :func:`quantities_and_costs`' flags and basis (0 where not worked)."""
    def qty(i: int) -> NDArray[np.float64]:
        return np.where(flags[i], basis[i], 0.0)

    windows = qty(1)
    construction = np.where(mode == ADD_STOREY, added_area, np.where(mode == REBUILD, after_area, 0.0))
    return Quantities(qty(0), windows, np.round(windows / typical_window_area), qty(2), qty(3), qty(4),
                      construction)
