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
    """Quantities of the package measures, their cost and the construction cost.

    Measures are priced on the existing building: opaque wall and window area of the existing
    storeys, roof (none for add_storey: the new roof is part of the new storeys), the footprint
    for the basement ceiling, and A_0 for system measures. A rebuild applies no package. New
    floor area is priced per m²: the added storeys (add_storey) or the whole new building
    (rebuild).

    Returns
    -------
    quantities : Quantities
    measure_cost : ndarray [RMB]
    construction_cost : ndarray [RMB]
    basis : ndarray, shape (5, n)
        Quantity per unit basis of :data:`calc.measures.QUANTITIES`, for cost by measure.
    """
    add = mode == ADD_STOREY
    roof = np.where(add, 0.0, geo.roof_area)
    basis = np.stack([geo.opaque_wall_area, geo.window_area, roof, geo.footprint, geo.floor_area])
    unit = eff.unit_cost_by_quantity
    measure_cost = np.where(active, sum(basis[i] * unit[..., i] for i in range(len(basis))), 0.0)

    def qty(value, kind_has):
        return np.where(active & kind_has, value, 0.0)

    windows = qty(geo.window_area, eff.has("window_replacement"))
    system = eff.has("air_tightness") | eff.has("behaviour") | eff.has("network") | eff.has("source")
    construction_area = np.where(add, added_area, np.where(mode == REBUILD, after_area, 0.0))
    rate = np.where(add, c.add_storey_cost, c.rebuild_cost)
    quantities = Quantities(
        qty(geo.opaque_wall_area, eff.has("wall_insulation")), windows,
        np.round(windows / c.typical_window_area), qty(roof, eff.has("roof_insulation")),
        qty(geo.footprint, eff.has("floor_insulation")), qty(geo.floor_area, system),
        construction_area)
    return quantities, measure_cost, rate * construction_area, basis


