r"""The engine: before and after states of arrays of buildings under packages and modes
(``method.md`` §2–9), with savings, freed capacity, quantities and costs.

:func:`evaluate` is the one entry point. Buildings are the last axis; packages (a boolean mask
over the measure catalogue) broadcast in front, so n buildings × k packages run in one call.
The baseline is never modified: the after state is computed from it, in the order of §7
(envelope, air tightness, system efficiencies, behaviour), then the explicit "after" overrides
replace what the package gives, then the mode (§9) decides the after building.

References
----------
.. [1] JGJ 26-95 and JGJ 26-2010 (degree-day method); GB 50736-2012 Appendix A (climate).
"""
from __future__ import annotations

import mmap
from dataclasses import fields, replace
from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.costs import quantities_and_costs
from calc.errors import check
from calc.geometry import building_geometry
from calc.heating import air_density
from calc.inputs import ADD_STOREY, NONE, OVERRIDE_FIELDS, REBUILD, RETROFIT, BuildingInputs, MethodConstants
from calc.measures import MeasureTable, PackageEffect, package_effect
from calc.results import Results, State

#: Buildings evaluated together; larger inputs run in chunks of this size (cache, memory).
CHUNK_BUILDINGS = 1 << 14


class Perturbation(NamedTuple):
    """Monte Carlo multipliers (arrays broadcasting to samples × buildings), see §11."""

    u_wall: ArrayLike = 1.0          #: on the baseline U-values [-]
    u_window: ArrayLike = 1.0
    u_roof: ArrayLike = 1.0
    u_floor: ArrayLike = 1.0
    air_change: ArrayLike = 1.0      #: on the baseline N [-]
    indoor_temperature: ArrayLike | None = None  #: actual t_i, replaces the constant [°C]
    efficiency: ArrayLike = 1.0      #: on η1·η2, before and after [-]
    conductivity: ArrayLike = 1.0    #: on λ of insulation layers [-]
    heat_factor: ArrayLike | None = None  #: replaces the behaviour factor [-]


class _Envelope(NamedTuple):
    h_wall: NDArray[np.float64]    # ε·U·F per element [W/K]
    h_window: NDArray[np.float64]
    h_roof: NDArray[np.float64]
    h_floor: NDArray[np.float64]
    h_air: NDArray[np.float64]     # C_p·ρ·N·V [W/K]
    area: NDArray[np.float64]
    eta_network: NDArray[np.float64]
    eta_source: NDArray[np.float64]
    heat_factor: ArrayLike
    u: tuple                       # (wall, window, roof, floor, N) reported


def evaluate(inputs: BuildingInputs, measures: MeasureTable, mask: ArrayLike,
             constants: MethodConstants = MethodConstants(), *,
             perturbation: Perturbation | None = None) -> Results:
    """Evaluate buildings before and after their package and mode.

    Parameters
    ----------
    inputs : BuildingInputs
        n buildings (:func:`calc.inputs.building_inputs`).
    measures : MeasureTable
        The measure catalogue (:func:`calc.measures.measure_table`).
    mask : array_like of bool, shape (..., m)
        Package(s) as a mask over the catalogue: ``(m,)`` one package for all, ``(n, m)`` one
        per building, ``(k, 1, m)`` k packages for every building (results of shape (k, n)).
    constants : MethodConstants
    perturbation : Perturbation, optional
        Monte Carlo multipliers (:mod:`calc.uncertainty`); then a q_H below zero in a sample is
        taken as zero heat need instead of an input error.

    Returns
    -------
    Results

    Raises
    ------
    ValueError
        For impossible geometry, or a q_H below zero before or after (inputs implausible).
    """
    mk = np.asarray(mask, dtype=bool)
    if perturbation is None and len(inputs) > CHUNK_BUILDINGS:
        return _chunked(inputs, measures, mk, constants)
    return _evaluate(inputs, measures, mk, constants, perturbation)


def _evaluate(inp: BuildingInputs, measures: MeasureTable, mk: NDArray[np.bool_], c: MethodConstants,
              perturbation: Perturbation | None) -> Results:
    p = perturbation or Perturbation()
    eff = package_effect(mk, measures, c.price_basis)
    geo = building_geometry(inp.floor_area, inp.storeys, inp.storey_height, inp.length, inp.width,
                            inp.window_wall_ratio, c.default_width)
    mode = inp.mode
    ti = c.indoor_temperature if p.indoor_temperature is None else np.asarray(p.indoor_temperature)
    te, twd = inp.mean_outdoor_temperature, inp.design_outdoor_temperature
    air = c.air_specific_heat * air_density(te) * np.where(
        inp.stairwell_heated, c.ventilated_share_heated, c.ventilated_share_unheated)
    base_u = tuple(value if np.ndim(factor) == 0 and factor == 1.0 else value * factor for value, factor in (
        (inp.wall_u, p.u_wall), (inp.window_u, p.u_window), (inp.roof_u, p.u_roof), (inp.floor_u, p.u_floor),
        (inp.air_change, p.air_change)))
    env0 = _baseline(geo, base_u, air, inp, c)
    env1 = _after(geo, base_u, air, inp, c, eff, p)
    strict = perturbation is None
    k = _calibration(env0, ti, te, inp, c, p.efficiency, strict)
    before = _state(env0, ti, te, twd, inp.heating_days, c, p.efficiency, strict, "before", k)
    after = _state(env1, ti, te, twd, inp.heating_days, c, p.efficiency, strict, "after", k)
    shape = np.broadcast_shapes(mk.shape[:-1], geo.floor_area.shape, after.heat_index.shape,
                                before.heat_index.shape)
    active = (mode == RETROFIT) | (mode == ADD_STOREY)
    a0 = geo.floor_area
    saved = (before.coal_index - after.coal_index) * a0 / 1000.0
    added_n = env1.area - geo.floor_area           # per building: modes do not depend on packages
    flags, measure_cost, construction_cost, _ = quantities_and_costs(
        geo, mode, active, eff, added_n, env1.area, c)
    return Results(
        shape=shape, geometry=geo, before=before, after=after, calibration_factor=k,
        saved_coal=saved, freed_capacity=(before.plant_index - after.plant_index) * a0,
        measure_cost=measure_cost, construction_cost=construction_cost,
        retrofitted_area=np.where(active, a0, 0.0), has_envelope=active & eff.has_envelope,
        has_metering=active & eff.has("behaviour"), has_balancing=active & eff.has("network"),
        notices=_notices(geo, inp, eff, active, k, c),
        _mask=mk, _active=active, _quantity_flags=flags, _mode=mode,
        _unit_cost=measures.unit_cost(c.price_basis), _table=measures,
        _planning_index=c.planning_index, _co2_factor=c.co2_factor,
        _typical_window_area=c.typical_window_area)


def _baseline(geo, u, air, inp: BuildingInputs, c: MethodConstants) -> _Envelope:
    eps = c.u_correction
    # Same association of products as in _after, so that "after = before" holds to the bit.
    return _Envelope(eps * (u[0] * geo.opaque_wall_area), eps * (u[1] * geo.window_area),
                     eps * u[2] * geo.roof_area, eps * inp.floor_factor * u[3] * geo.ground_floor_area,
                     air * (u[4] * geo.volume), geo.floor_area, inp.eta_network, inp.eta_source, 1.0, u)


def _override(value: NDArray[np.float64], computed: ArrayLike, mode) -> NDArray[np.float64]:
    given = ~np.isnan(value)
    if not given.any():
        return computed
    return np.where(given & (mode != NONE), value, computed)


def _package_old_part(u, inp: BuildingInputs, eff: PackageEffect, active, p: Perturbation):
    """U, N, η and behaviour factor of the existing storeys after the package and overrides."""
    lam = np.asarray(p.conductivity, dtype=float)

    def layer(u0, resistance, kind):
        return np.where(active & eff.has(kind) & (resistance > 0), 1.0 / (1.0 / u0 + resistance / lam), u0)

    wall = layer(u[0], eff.wall_resistance, "wall_insulation")
    roof = layer(u[2], eff.roof_resistance, "roof_insulation")
    floor = layer(u[3], eff.floor_resistance, "floor_insulation")
    window = np.where(active & (eff.window_u < u[1]), eff.window_u, u[1])
    n_air = np.where(active, np.minimum(u[4], eff.air_change_cap), u[4])
    tightened = np.minimum(n_air, np.maximum(eff.air_change_floor, n_air - eff.air_change_cut))
    n_air = np.where(active & eff.has("air_tightness"), tightened, n_air)
    eta1 = np.where(active, np.maximum(inp.eta_network, eff.eta_network_min), inp.eta_network)
    eta2 = np.where(active, np.maximum(inp.eta_source, eff.eta_source_min), inp.eta_source)
    behaviour = eff.heat_factor if p.heat_factor is None else np.where(
        eff.has("behaviour"), p.heat_factor, 1.0)
    factor = np.where(active, behaviour, 1.0)
    mode = inp.mode
    ov = [_override(getattr(inp, name), v, mode) for name, v in
          zip(OVERRIDE_FIELDS, (wall, window, roof, floor, n_air, eta1, eta2), strict=True)]
    return ov, factor


def _after(geo, u, air, inp: BuildingInputs, c: MethodConstants, eff: PackageEffect,
           p: Perturbation) -> _Envelope:
    mode = inp.mode
    active = (mode == RETROFIT) | (mode == ADD_STOREY)
    (wall, window, roof, floor, n_air, eta1, eta2), factor = _package_old_part(u, inp, eff, active, p)
    add, reb = mode == ADD_STOREY, mode == REBUILD
    given = {name: ~np.isnan(getattr(inp, name)) for name in OVERRIDE_FIELDS}

    def new_value(name, default):   # rebuild: the override wins over the new-build value
        return np.where(reb & given[name], getattr(inp, name), default)

    new_wall, new_window = new_value("wall_u_after", c.new_wall_u), new_value("window_u_after", c.new_window_u)
    new_air = new_value("air_change_after", c.new_air_change)
    roof = np.where(add | reb, np.where(given["roof_u_after"], inp.roof_u_after, c.new_roof_u), roof)
    floor = np.where(reb, new_value("floor_u_after", c.new_floor_u), floor)
    eta1 = np.where(reb, new_value("eta_network_after", c.new_eta_network), eta1)
    eta2 = np.where(reb, new_value("eta_source_after", c.new_eta_source), eta2)
    factor = np.where(reb, 1.0, factor)
    f = c.rebuild_factor
    n, h, r = inp.storeys, inp.storey_height, inp.window_wall_ratio
    new_storeys = np.where(add, inp.added_storeys, np.where(reb, n, 0.0))
    new_footprint = np.where(reb, f * geo.footprint, geo.footprint)
    new_perimeter = np.where(reb, 2.0 * (f * geo.length + geo.width), geo.perimeter)
    new_gross = new_perimeter * new_storeys * h
    old = np.where(reb, 0.0, 1.0)                  # share of the existing storeys kept
    eps = c.u_correction
    area = np.where(add, geo.floor_area * (n + inp.added_storeys) / n,
                    np.where(reb, f * geo.floor_area, geo.floor_area))
    return _Envelope(
        eps * (wall * (old * geo.opaque_wall_area) + new_wall * ((1.0 - r) * new_gross)),
        eps * (window * (old * geo.window_area) + new_window * (r * new_gross)),
        eps * roof * new_footprint, eps * inp.floor_factor * floor * new_footprint,
        air * (n_air * (old * geo.volume) + new_air * (new_footprint * new_storeys * h * (add | reb))),
        area, eta1, eta2, factor,
        (np.where(reb, new_wall, wall), np.where(reb, new_window, window), roof, floor,
         np.where(reb, new_air, n_air)))


def _calibration(env: _Envelope, ti, te, inp: BuildingInputs, c: MethodConstants, eff_mult,
                 strict: bool) -> NDArray[np.float64]:
    """k = measured / modelled q_c before (§8), 1 without a measurement."""
    model = (env.h_wall + env.h_window + env.h_roof + env.h_floor + env.h_air) * (ti - te) / env.area
    model = model - c.internal_gains
    if strict:
        check("heat_index (before)", model, model < 0, "is below zero: the inputs are implausible")
    measured = inp.measured_coal_index
    if np.isnan(measured).all():
        return np.ones(np.shape(model))
    coal = 24.0 * inp.heating_days * np.maximum(model, 0.0) / (
        c.coal_heating_value * 1000.0 * env.eta_network * env.eta_source * eff_mult)
    with np.errstate(divide="ignore"):
        return np.where(np.isnan(measured), 1.0, measured / coal)


def _state(env: _Envelope, ti, te, twd, days, c: MethodConstants, eff_mult, strict: bool,
           label: str, k) -> State:
    """Indices of one state, each multiplied by the calibration factor k."""
    per_m2 = (ti - te) * k / env.area
    wall, window, roof = env.h_wall * per_m2, env.h_window * per_m2, env.h_roof * per_m2
    floor, infiltration = env.h_floor * per_m2, env.h_air * per_m2
    gains = c.internal_gains * k
    model = wall + window + roof + floor + infiltration - gains
    if strict:
        check(f"heat_index ({label})", model, model < 0, "is below zero: the inputs are implausible")
    else:
        model = np.maximum(model, 0.0)     # a sample whose gains cover its losses needs no heat
    heat = model if np.ndim(env.heat_factor) == 0 and env.heat_factor == 1.0 else env.heat_factor * model
    design = (env.h_wall + env.h_window + env.h_roof + env.h_floor + env.h_air) * ((ti - twd) * k / env.area)
    coal = heat * (24.0 * days / (c.coal_heating_value * 1000.0)) / (env.eta_network * env.eta_source * eff_mult)
    shape = np.broadcast_shapes(np.shape(heat), np.shape(coal))
    b = lambda x: np.broadcast_to(x, shape)   # noqa: E731
    u = env.u
    return State(b(env.area), b(wall), b(window), b(roof), b(floor), b(infiltration), b(gains),
                 b(heat - model), b(heat), b(coal), b(design), b(u[0]), b(u[1]), b(u[2]), b(u[3]), b(u[4]),
                 b(env.eta_network), b(env.eta_source), b(days))


def _notices(geo, inp: BuildingInputs, eff: PackageEffect, active, k, c: MethodConstants) -> dict:
    mode = inp.mode
    any_override = np.zeros(mode.shape, dtype=bool)
    for name in OVERRIDE_FIELDS:
        any_override |= ~np.isnan(getattr(inp, name))
    calibrated = ~np.isnan(inp.measured_coal_index)
    return {
        "area_mismatch": (geo.area_mismatch, {"floor_area_m2": geo.floor_area,
                                              "geometric_area_m2": geo.geometric_area}),
        "metering_without_envelope": (active & eff.has("behaviour") & ~eff.has_envelope, {}),
        "calibration_out_of_range": (calibrated & ((k < c.calibration_low) | (k > c.calibration_high)),
                                     {"k": k}),
        "window_no_better": (active & eff.has("window_replacement") & ~(eff.window_u < inp.window_u),
                             {"window_u": inp.window_u}),
        "after_values_ignored": (any_override & (mode == NONE), {}),
        "package_ignored_rebuild": ((mode == REBUILD) & (eff.count > 0), {}),
    }



def _chunked(inputs: BuildingInputs, measures: MeasureTable, mk: NDArray[np.bool_],
             c: MethodConstants) -> Results:
    """Evaluate in chunks of buildings, writing each chunk into preallocated result arrays.

    A leaf repeated over the packages (stride 0) is stored once per building, and leaves that
    are the same array in a chunk (e.g. the footprint as roof and floor area) share one output.
    """
    n = len(inputs)
    per_building = mk.ndim >= 2 and mk.shape[-2] == n
    first: Results | None = None
    slots: list[int] = []            # leaf → output index
    outputs: list[np.ndarray] = []
    flat: list[bool] = []            # per output: stored once per building
    for start in range(0, n, CHUNK_BUILDINGS):
        part = slice(start, min(n, start + CHUNK_BUILDINGS))
        result = _evaluate(inputs.take(part), measures, mk[..., part, :] if per_building else mk, c, None)
        leaves = _leaves(result)
        if first is None:
            first, seen, specs = result, {}, []
            for a in leaves:
                compact = a.ndim > 1 and not any(a.strides[:-1])
                key = (a.__array_interface__["data"][0], a.shape, a.strides, a.dtype.str)
                if key not in seen:
                    seen[key] = len(specs)
                    specs.append(((n,) if compact else a.shape[:-1] + (n,), a.dtype))
                    flat.append(compact)
                slots.append(seen[key])
            outputs = _arena(specs)
        written = set()
        for slot, leaf in zip(slots, leaves, strict=True):
            if slot not in written:
                written.add(slot)
                outputs[slot][..., part] = leaf[(0,) * (leaf.ndim - 1)] if flat[slot] else leaf
    assert first is not None
    full = [np.broadcast_to(outputs[slot], a.shape[:-1] + (n,)) if flat[slot] else outputs[slot]
            for slot, a in zip(slots, _leaves(first), strict=True)]
    return _rebuild(first, iter(full), mk, n)


def _arena(specs: list[tuple[tuple[int, ...], np.dtype]]) -> list[np.ndarray]:
    """Empty arrays of the given shapes in one anonymous memory map.

    Large results are written once, in order. Mapping every page at once is much faster than
    faulting them in one by one, or than the transparent huge pages numpy asks for on large
    arrays (for which the kernel may compact memory first).
    """
    offsets, total = [], 0
    for shape, dtype in specs:
        offsets.append(total)
        total += -(-int(np.prod(shape)) * np.dtype(dtype).itemsize // 64) * 64
    populate = getattr(mmap, "MAP_POPULATE", 0)           # Linux: fault every page in at once
    if populate:
        buffer = mmap.mmap(-1, max(total, 64), flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | populate)
    else:
        buffer = mmap.mmap(-1, max(total, 64))
    return [np.frombuffer(buffer, dtype=dtype, count=int(np.prod(shape)), offset=offset).reshape(shape)
            for (shape, dtype), offset in zip(specs, offsets, strict=True)]


_FIXED = ("shape", "_mask", "_unit_cost", "_table", "_planning_index", "_co2_factor",
          "_typical_window_area")


def _leaves(node) -> list:
    """Every per-building array of a Results (last axis = buildings), in a fixed order."""
    if isinstance(node, np.ndarray):
        return [node]
    if isinstance(node, tuple):
        return [leaf for item in node for leaf in _leaves(item)]
    if isinstance(node, dict):
        return [leaf for key in sorted(node) for leaf in _leaves(node[key])]
    if isinstance(node, Results):
        return [leaf for f in fields(node) if f.name not in _FIXED for leaf in _leaves(getattr(node, f.name))]
    raise TypeError(f"unexpected result part {type(node).__name__}")


def _rebuild(node, outputs, mk, n):
    if isinstance(node, np.ndarray):
        return next(outputs)
    if isinstance(node, tuple):
        items = [_rebuild(item, outputs, mk, n) for item in node]
        return type(node)(*items) if hasattr(node, "_fields") else tuple(items)
    if isinstance(node, dict):
        return {key: _rebuild(node[key], outputs, mk, n) for key in sorted(node)}
    changes = {f.name: _rebuild(getattr(node, f.name), outputs, mk, n)
               for f in fields(node) if f.name not in _FIXED}
    return replace(node, shape=node.shape[:-1] + (n,), _mask=mk, **changes)


__all__ = ["evaluate", "Perturbation", "CHUNK_BUILDINGS"]
