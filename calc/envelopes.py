"""The thermal envelope of a building before and after its package and mode (``method.md`` §6, §7, §9).

An :class:`Envelope` is what the heat balance of one state needs: its parts (the existing
storeys, and new construction for add_storey and rebuild), each with a :class:`Construction`
(U-values and air change) and a :class:`calc.geometry.Geometry` (areas and volume), plus the
state's floor area, efficiencies and behaviour factor. The baseline is never modified; the
after state is made from it with the measure formulas of :mod:`calc.measures`.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.envelope import u_value_with_added_resistance
from calc.geometry import Geometry, building_geometry
from calc.inputs import ADD_STOREY, NONE, REBUILD, RETROFIT, BuildingInputs, MethodConstants
from calc.measures import (
    PackageEffect,
    capped_air_change,
    raised_efficiency,
    replaced_window_u,
    tightened_air_change,
)


class Construction(NamedTuple):
    """U-values and air change of one part of a building (arrays over buildings)."""

    wall: NDArray[np.float64]        #: [W/(m²·K)]
    window: NDArray[np.float64]      #: [W/(m²·K)]
    roof: NDArray[np.float64]        #: [W/(m²·K)]
    floor: NDArray[np.float64]       #: [W/(m²·K)]
    air_change: NDArray[np.float64]  #: [h⁻¹]


class Part(NamedTuple):
    """A part of a building: its construction and its areas and volume."""

    construction: Construction
    geometry: Geometry


class Envelope(NamedTuple):
    """Everything the heat balance of one state needs (arrays broadcasting over buildings)."""

    parts: tuple[Part, ...]
    floor_area: NDArray[np.float64]     #: of this state [m²]
    eta_network: NDArray[np.float64]    #: η1 [-]
    eta_source: NDArray[np.float64]     #: η2 [-]
    heat_factor: ArrayLike              #: behaviour factor of metering (1: none) [-]
    reported: Construction              #: U-values and N reported for the state


def baseline(inputs: BuildingInputs, geo: Geometry, construction: Construction) -> Envelope:
    """The present state: one part, the building as it stands."""
    return Envelope((Part(construction, geo),), geo.floor_area, inputs.eta_network, inputs.eta_source,
                    1.0, construction)


def active_modes(mode: ArrayLike) -> NDArray[np.bool_]:
    """Where a package is applied to the existing building: retrofit and add_storey."""
    mode = np.asarray(mode)
    out: NDArray[np.bool_] = (mode == RETROFIT) | (mode == ADD_STOREY)
    return out


def roof_measure_applies(mode: ArrayLike) -> NDArray[np.bool_]:
    """Where the package's roof measure is applied and priced: retrofit only (add_storey covers
    the old roof with the new storeys, whose roof is part of their construction cost)."""
    out: NDArray[np.bool_] = np.asarray(mode) == RETROFIT
    return out


def packaged(base: Construction, inputs: BuildingInputs, effect: PackageEffect,
             conductivity_factor: ArrayLike = 1.0, heat_factor: ArrayLike | None = None,
             ) -> tuple[Construction, NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    """Construction, efficiencies and behaviour factor of the existing storeys after the package,
    in the order of §7: envelope, air tightness, system efficiencies, behaviour.

    ``conductivity_factor`` multiplies λ of the added layers and ``heat_factor`` replaces the
    package's behaviour factor (Monte Carlo samples).
    """
    active = active_modes(inputs.mode)
    lam = np.asarray(conductivity_factor, dtype=float)

    def insulated(u: NDArray[np.float64], resistance: NDArray[np.float64],
                  where: NDArray[np.bool_] = active) -> NDArray[np.float64]:
        return u_value_with_added_resistance(u, np.where(where, resistance, 0.0) / lam)

    n_air = capped_air_change(base.air_change, np.where(active, effect.air_change_cap, np.inf))
    tight = active & effect.has("air_tightness")
    n_air = np.where(tight, tightened_air_change(n_air, effect.air_change_cut, effect.air_change_floor), n_air)
    construction = Construction(
        insulated(base.wall, effect.wall_resistance),
        replaced_window_u(base.window, np.where(active, effect.window_u, np.inf)),
        insulated(base.roof, effect.roof_resistance, roof_measure_applies(inputs.mode)),
        insulated(base.floor, effect.floor_resistance), n_air)
    eta1 = raised_efficiency(inputs.eta_network, np.where(active, effect.eta_network_min, 0.0))
    eta2 = raised_efficiency(inputs.eta_source, np.where(active, effect.eta_source_min, 0.0))
    behaviour = effect.heat_factor if heat_factor is None else np.where(effect.has("behaviour"), heat_factor, 1.0)
    return construction, eta1, eta2, np.where(active, behaviour, 1.0)


def _given(inputs: BuildingInputs, name: str) -> NDArray[np.bool_]:
    out: NDArray[np.bool_] = ~np.isnan(getattr(inputs, name))
    return out


def _override(inputs: BuildingInputs, name: str, computed: ArrayLike) -> NDArray[np.float64]:
    """The explicit "after" value where given (not for mode none), else the computed one."""
    given = _given(inputs, name) & (inputs.mode != NONE)
    return np.where(given, getattr(inputs, name), computed) if given.any() else np.asarray(computed)


def new_construction(inputs: BuildingInputs, c: MethodConstants) -> Construction:
    """New storeys (add_storey) and new buildings (rebuild) at new-build values; a rebuild takes
    the explicit "after" values where given, an add_storey only its roof."""
    reb = inputs.mode == REBUILD

    def value(name: str, default: float, where: NDArray[np.bool_] | bool = reb) -> NDArray[np.float64]:
        out: NDArray[np.float64] = np.where(where & _given(inputs, name), getattr(inputs, name), default)
        return out

    return Construction(value("wall_u_after", c.new_wall_u), value("window_u_after", c.new_window_u),
                        value("roof_u_after", c.new_roof_u, True), value("floor_u_after", c.new_floor_u),
                        value("air_change_after", c.new_air_change))


def _scaled(geo: Geometry, wall: NDArray[np.float64], roof: NDArray[np.float64],
            floor: NDArray[np.float64]) -> Geometry:
    """The geometry with walls, windows and volume × ``wall``, roof × ``roof``, floor × ``floor``."""
    return geo._replace(opaque_wall_area=geo.opaque_wall_area * wall, window_area=geo.window_area * wall,
                        volume=geo.volume * wall, roof_area=geo.roof_area * roof,
                        ground_floor_area=geo.ground_floor_area * floor)


class Layout(NamedTuple):
    """The parts of the planned building (§9), which no package or sample changes."""

    kept: Geometry                  #: the existing storeys that stay, with their exposed areas
    new: Geometry                   #: new storeys (add_storey) or the new building (rebuild)
    new_construction: Construction  #: new-build values, or a rebuild's explicit after values
    floor_area: NDArray[np.float64]  #: of the planned building [m²]


def layout(inputs: BuildingInputs, geo: Geometry, c: MethodConstants) -> Layout:
    """The planned building's parts.

    add_storey: the existing storeys lose their roof to s new storeys on the same footprint,
    with a new roof and no floor of their own; rebuild: a new building of the same storeys,
    depth and storey height, longer by the rebuild factor; other modes: the building as it is.
    """
    mode = inputs.mode
    add, reb = mode == ADD_STOREY, mode == REBUILD
    s = np.where(add, inputs.added_storeys, 1.0)
    added = building_geometry(geo.floor_area * s / inputs.storeys, s, inputs.storey_height, geo.length,
                              geo.width, inputs.window_wall_ratio)
    rebuilt = building_geometry(c.rebuild_factor * geo.floor_area, inputs.storeys, inputs.storey_height,
                                c.rebuild_factor * geo.length, geo.width, inputs.window_wall_ratio)
    new = Geometry._make(np.where(reb, b, np.where(add, a, 0)) for a, b in zip(added, rebuilt, strict=True))
    new = new._replace(ground_floor_area=np.where(add, 0.0, new.ground_floor_area))
    area = np.where(add, geo.floor_area + added.floor_area, np.where(reb, rebuilt.floor_area, geo.floor_area))
    kept = _scaled(geo, np.where(reb, 0.0, 1.0), np.where(add | reb, 0.0, 1.0), np.where(reb, 0.0, 1.0))
    return Layout(kept, new, new_construction(inputs, c), area)


def after(inputs: BuildingInputs, plan: Layout, base: Construction, effect: PackageEffect,
          c: MethodConstants, conductivity_factor: ArrayLike = 1.0, heat_factor: ArrayLike | None = None,
          *, report: bool = True) -> Envelope:
    """The planned state: the package and the explicit "after" values on the existing storeys,
    then the mode (§9) decides the building (``plan``, from :func:`layout`). ``report``: also
    the U-values reported for the state (not needed by Monte Carlo samples)."""
    mode = inputs.mode
    add, reb = mode == ADD_STOREY, mode == REBUILD
    pkg, eta1, eta2, factor = packaged(base, inputs, effect, conductivity_factor, heat_factor)
    pkg = Construction(*(_override(inputs, name, v) for name, v in zip(
        ("wall_u_after", "window_u_after", "roof_u_after", "floor_u_after", "air_change_after"), pkg, strict=True)))
    # A rebuild gets a new estate network (η1 at least the new-build value) but keeps its heat
    # source (η2) and has household metering; the explicit after values win.
    eta1 = _override(inputs, "eta_network_after",
                     np.where(reb, raised_efficiency(inputs.eta_network, c.new_eta_network), eta1))
    eta2 = _override(inputs, "eta_source_after", np.where(reb, inputs.eta_source, eta2))
    metered = c.new_heat_factor if heat_factor is None else heat_factor
    new = plan.new_construction
    reported = Construction(*[np.full((), np.nan)] * 5)
    if report:
        reported = Construction(np.where(reb, new.wall, pkg.wall), np.where(reb, new.window, pkg.window),
                                np.where(add | reb, new.roof, pkg.roof), np.where(reb, new.floor, pkg.floor),
                                np.where(reb, new.air_change, pkg.air_change))
    return Envelope((Part(pkg, plan.kept), Part(new, plan.new)), plan.floor_area, eta1, eta2,
                    np.where(reb, metered, factor), reported)
