r"""The engine: before and after states of arrays of buildings under packages and modes
(``method.md`` §2–9), with savings, freed capacity, quantities and costs.

:func:`evaluate` is the one entry point. Buildings are the last axis; packages (a boolean mask
over the measure catalogue) broadcast in front, so n buildings × k packages run in one call.
Every formula is a function of :mod:`calc.geometry`, :mod:`calc.envelope`, :mod:`calc.measures`
and :mod:`calc.heating`; this module only puts them together:

1. the geometry (§2) and the present construction (§6) give the baseline envelope;
2. the package (§7), the explicit "after" values and the mode (§9) give the after envelope
   (:mod:`calc.envelopes`);
3. each envelope gives its heat split, q_H, q_c and design load (§3–5);
4. calibration (§8) scales both states; savings and freed capacity are taken on A_0 (§9).

References
----------
.. [1] JGJ 26-95 and JGJ 26-2010 (degree-day method); GB 50736-2012 Appendix A (climate).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import reduce
from operator import add, attrgetter
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc import costs, envelopes, heating
from calc.envelopes import Construction, Envelope
from calc.errors import CalcInputError
from calc.geometry import Geometry, building_geometry
from calc.inputs import NONE, OVERRIDE_FIELDS, REBUILD, BuildingInputs, MethodConstants
from calc.measures import MeasureTable, PackageEffect, metered_heat_index, package_effect
from calc.results import Results, State


class Perturbation(NamedTuple):
    """Monte Carlo multipliers (arrays broadcasting to samples × buildings), see §11."""

    u_wall: ArrayLike = 1.0          #: on the baseline U-values [-]
    u_window: ArrayLike = 1.0
    u_roof: ArrayLike = 1.0
    u_floor: ArrayLike = 1.0
    air_change: ArrayLike = 1.0      #: on the baseline N [-]
    indoor_temperature_before: ArrayLike | None = None  #: actual t_i before, replaces it [°C]
    indoor_temperature_after: ArrayLike | None = None   #: actual t_i after, replaces it [°C]
    efficiency: ArrayLike = 1.0      #: on η1·η2, before and after [-]
    conductivity: ArrayLike = 1.0    #: on λ of insulation layers [-]
    heat_factor: ArrayLike | None = None  #: replaces the behaviour factor [-]


class Losses(NamedTuple):
    """Heat-loss coefficients of a state by element, summed over its parts. [W/K]"""

    wall: NDArray[np.float64]
    window: NDArray[np.float64]
    roof: NDArray[np.float64]
    floor: NDArray[np.float64]
    infiltration: NDArray[np.float64]

    @property
    def transmission(self) -> NDArray[np.float64]:
        return self.wall + self.window + self.roof + self.floor


_ELEMENTS = (("wall", "opaque_wall_area"), ("window", "window_area"), ("roof", "roof_area"),
             ("floor", "ground_floor_area"))


def losses(env: Envelope, inputs: BuildingInputs, c: MethodConstants) -> Losses:
    """Transmission of each element and infiltration, summed over the envelope's parts (§3)."""
    out = []
    for element, surface in _ELEMENTS:
        correction = c.u_correction * (inputs.floor_factor if element == "floor" else 1.0)
        u_of, area_of = attrgetter(element), attrgetter(surface)
        out.append(reduce(add, (heating.transmission_coefficient(u_of(p.construction), area_of(p.geometry),
                                                                  correction) for p in env.parts)))
    share = np.where(inputs.stairwell_heated, c.ventilated_share_heated, c.ventilated_share_unheated)
    out.append(reduce(add, (heating.infiltration_coefficient(p.construction.air_change, share * p.geometry.volume,
                                                             inputs.mean_outdoor_temperature, c.air_specific_heat)
                            for p in env.parts)))
    return Losses(*out)


def thermal_state(env: Envelope, inputs: BuildingInputs, c: MethodConstants, indoor_temperature: ArrayLike,
                  label: str, *, strict: bool = True, efficiency: ArrayLike = 1.0, full: bool = True) -> State:
    """q_H, q_c and the design load of one state, before calibration (§3–5).

    ``strict``: a q_H below zero is an input error (else a sample with no heat need);
    ``efficiency`` multiplies η1·η2 (Monte Carlo); ``full``: also the split by element and the
    design load (else only q_H and q_c, for Monte Carlo samples).
    """
    h, area, te = losses(env, inputs, c), env.floor_area, inputs.mean_outdoor_temperature
    split: list[ArrayLike]
    infiltration: ArrayLike
    if full:
        parts = [heating.loss_index(x, area, indoor_temperature, te) for x in h]
        transmission, infiltration = parts[0] + parts[1] + parts[2] + parts[3], parts[4]
        split = list(parts)
    else:       # only q_H matters: q_HT + q_INF of all losses at once
        transmission = heating.loss_index(h.transmission + h.infiltration, area, indoor_temperature, te)
        infiltration = 0.0
        split = [np.nan] * 5
    try:
        model = heating.heat_consumption_index(transmission, infiltration, c.internal_gains, clip=not strict)
    except CalcInputError as exc:
        raise CalcInputError(f"heat_index_{label}", exc.code, exc.positions, exc.values) from None
    heat = metered_heat_index(model, env.heat_factor)
    coal = heating.coal_index(heat, inputs.heating_days, env.eta_network, env.eta_source,
                              c.coal_heating_value) / np.asarray(efficiency)
    design: ArrayLike = np.nan
    if full:
        design = heating.design_heat_index(h.transmission + h.infiltration, area, c.indoor_temperature,
                                           inputs.design_outdoor_temperature)
    values = (area, *split, c.internal_gains, heat - model, heat, coal, design, *env.reported,
              env.eta_network, env.eta_source, inputs.heating_days)
    shape = np.broadcast_shapes(*(np.shape(v) for v in values))
    return State(*(np.broadcast_to(v, shape) for v in values))


def calibrated(state: State, k: NDArray[np.float64]) -> State:
    """The state with q_H (and its split) and q_design multiplied by k (§8)."""
    scaled = ("wall", "window", "roof", "floor", "infiltration", "gains", "behaviour", "heat_index",
              "coal_index", "design_index")
    return state._replace(**{name: getattr(state, name) * k for name in scaled})


def measured_level(inputs: BuildingInputs, c: MethodConstants) -> tuple[NDArray[np.float64], NDArray[np.int8]]:
    """q_c,meas from the first source a building has (§8) and the source (index into
    :data:`calc.inputs.CALIBRATION_SOURCES`): its meters' seasons before the works, the heat
    delivered (``measured_gj_m2``, converted with η of the present system), ``measured_kgce_m2``."""
    from_heat = heating.coal_index_from_heat(inputs.measured_heat, inputs.eta_network, inputs.eta_source,
                                             c.coal_heating_value)
    level, source = np.full(len(inputs), np.nan), np.zeros(len(inputs), dtype=np.int8)
    for code, values in ((3, inputs.measured_coal_index), (2, from_heat), (1, inputs.metered_coal_index)):
        given = ~np.isnan(values)
        level, source = np.where(given, values, level), np.where(given, np.int8(code), source)
    return level, source


def indoor_temperatures(inputs: BuildingInputs, c: MethodConstants,
                        p: Perturbation) -> tuple[ArrayLike, ArrayLike]:
    """t_i before and after (§8): a surveyed temperature before the works and t_i,after, or t_i
    in both states where none was surveyed; drawn values in a Monte Carlo sample. A building
    outside the programme (mode none) keeps its temperature: after = before."""
    surveyed = ~np.isnan(inputs.indoor_temperature_before)
    before, after = p.indoor_temperature_before, p.indoor_temperature_after
    if before is None:
        before = np.where(surveyed, inputs.indoor_temperature_before, c.indoor_temperature) if surveyed.any() \
            else c.indoor_temperature
    if after is None:
        after = np.where(surveyed, c.indoor_temperature_after, c.indoor_temperature) if surveyed.any() \
            else c.indoor_temperature
    outside = inputs.mode == NONE
    if outside.any() and not (np.ndim(before) == np.ndim(after) == 0 and before == after):
        after = np.where(outside, before, after)
    return before, after


def baseline_construction(inputs: BuildingInputs, p: Perturbation) -> Construction:
    """U-values and air change of the present building (× the Monte Carlo multipliers)."""
    pairs = ((inputs.wall_u, p.u_wall), (inputs.window_u, p.u_window), (inputs.roof_u, p.u_roof),
             (inputs.floor_u, p.u_floor), (inputs.air_change, p.air_change))
    return Construction(*(v if np.ndim(m) == 0 and m == 1.0 else v * np.asarray(m, dtype=float) for v, m in pairs))


def geometry_of(inputs: BuildingInputs, c: MethodConstants) -> Geometry:
    """The geometry of the present buildings (§2)."""
    return building_geometry(inputs.floor_area, inputs.storeys, inputs.storey_height, inputs.length,
                             inputs.width, inputs.window_wall_ratio, c.default_width)


def states(inputs: BuildingInputs, geo: Geometry, plan: envelopes.Layout, effect: PackageEffect,
           c: MethodConstants, p: Perturbation, *, strict: bool = True, full: bool = True,
           ) -> tuple[State, State, NDArray[np.float64], NDArray[np.int8], Envelope]:
    """Before and after states (not yet calibrated), k and its source, and the after envelope.

    ``strict``: a q_H below zero is an input error (not for Monte Carlo samples)."""
    t_before, t_after = indoor_temperatures(inputs, c, p)
    base = baseline_construction(inputs, p)
    env0 = envelopes.baseline(inputs, geo, base)
    env1 = envelopes.after(inputs, plan, base, effect, c, p.conductivity, p.heat_factor, report=full)
    before = thermal_state(env0, inputs, c, t_before, "before", strict=strict, efficiency=p.efficiency, full=full)
    after = thermal_state(env1, inputs, c, t_after, "after", strict=strict, efficiency=p.efficiency, full=full)
    level, source = measured_level(inputs, c)
    from_heat = source == 2
    if from_heat.any() and np.ndim(p.efficiency):       # heat converted at the sample's η1·η2
        level = np.where(from_heat, level / np.asarray(p.efficiency), level)
    k = heating.calibration_factor(level, before.coal_index)
    return before, after, k, source, env1


def after_calibration(k: NDArray[np.float64], mode: ArrayLike) -> NDArray[np.float64]:
    """k of the after state: a rebuilt building is a new building and takes k = 1 (§8)."""
    return np.where(np.asarray(mode) == REBUILD, 1.0, k)


def sampled_saved_coal(inputs: BuildingInputs, geo: Geometry, plan: envelopes.Layout, effect: PackageEffect,
                       c: MethodConstants, p: Perturbation) -> NDArray[np.float64]:
    """Saved coal of Monte Carlo samples (the perturbation's shape, samples × buildings). [tce/a]

    A calibrated building is recalibrated in every sample: its before state stays the measurement."""
    before, after, k, *_ = states(inputs, geo, plan, effect, c, p, strict=False, full=False)
    k_after = after_calibration(k, inputs.mode)
    return heating.annual_coal(before.coal_index * k - after.coal_index * k_after, geo.floor_area)


@contextmanager
def _small_pages() -> Iterator[None]:
    """Large temporaries without transparent huge pages.

    numpy asks Linux for huge pages for every array of 4 MB or more; where the kernel compacts
    memory to find them (``defrag = madvise``), the first 1,000,000 × 3 evaluation in a process
    spent 1.5–2 s of system time on it (2.7–3.2 s CPU against 1.3 s without; 2-core test machine).
    The engine's arrays are written once and read a few times, so small pages lose nothing.
    """
    switch = getattr(getattr(np, "_core", np).multiarray, "_set_madvise_hugepage", None)
    previous = switch(False) if switch is not None else None
    try:
        yield
    finally:
        if switch is not None:
            switch(previous)


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
    CalcInputError
        For impossible geometry, or a q_H below zero before or after (inputs implausible).
    """
    with _small_pages():
        return _evaluate(inputs, measures, np.asarray(mask, dtype=bool), constants, perturbation)


def _evaluate(inputs: BuildingInputs, measures: MeasureTable, mk: NDArray[np.bool_], c: MethodConstants,
              perturbation: Perturbation | None) -> Results:
    p = perturbation or Perturbation()
    effect = package_effect(mk, measures, c.price_basis)
    geo = geometry_of(inputs, c)
    before, after, k, source, env1 = states(inputs, geo, envelopes.layout(inputs, geo, c), effect, c, p,
                                            strict=perturbation is None)
    if np.any(k != 1.0):
        before, after = calibrated(before, k), calibrated(after, after_calibration(k, inputs.mode))
    a0, mode = geo.floor_area, inputs.mode
    active = envelopes.active_modes(mode)
    shape = np.broadcast_shapes(mk.shape[:-1], a0.shape, after.heat_index.shape, before.heat_index.shape)
    saved = heating.annual_coal(before.coal_index, a0) - heating.annual_coal(after.coal_index, a0)
    freed = (heating.plant_load(before.design_index, a0, before.eta_network)
             - heating.plant_load(after.design_index, a0, after.eta_network))
    basis = costs.quantity_basis(geo, mode)
    built = costs.construction_area(mode, env1.floor_area - a0, env1.floor_area)
    return Results(
        shape=shape, geometry=geo, before=before, after=after, calibration_factor=k,
        saved_coal=saved, freed_capacity=freed, measure_cost=costs.measure_cost(basis, effect, active),
        construction_cost=costs.construction_cost(mode, built, c.add_storey_cost, c.rebuild_cost),
        retrofitted_area=np.where(active, a0, 0.0), has_envelope=active & _envelope_applied(effect, mode),
        has_metering=active & effect.has("behaviour"), has_balancing=active & effect.has("network"),
        notices=_notices(geo, inputs, effect, active, k, source, c), calibration_source=source,
        _mask=mk, _active=active, _unit_cost=measures.unit_cost(c.price_basis), _table=measures,
        _quantity_flags=costs.quantity_flags(effect, active), _basis=basis, _built_area=built,
        _planning_index=c.planning_index, _co2_factor=c.co2_factor, _typical_window_area=c.typical_window_area)


def _envelope_applied(effect: PackageEffect, mode: ArrayLike) -> NDArray[np.bool_]:
    """The package applies an envelope measure (a roof measure only where it applies)."""
    return (effect.has("wall_insulation") | effect.has("window_replacement") | effect.has("floor_insulation")
            | (effect.has("roof_insulation") & envelopes.roof_measure_applies(mode)))


def _notices(geo: Geometry, inp: BuildingInputs, eff: PackageEffect, active: NDArray[np.bool_],
             k: NDArray[np.float64], source: NDArray[np.int8], c: MethodConstants,
             ) -> dict[str, tuple[NDArray[np.bool_], dict[str, NDArray[Any]]]]:
    """Soft findings: code → (flags, {parameter: array})."""
    mode = inp.mode
    any_override = np.zeros(mode.shape, dtype=bool)
    for name in OVERRIDE_FIELDS:
        any_override |= ~np.isnan(getattr(inp, name))
    calibrated_ = source != 0
    return {
        "area_mismatch": (geo.area_mismatch, {"floor_area_m2": geo.floor_area,
                                              "geometric_area_m2": geo.geometric_area}),
        "metering_without_envelope": (active & eff.has("behaviour") & ~_envelope_applied(eff, mode), {}),
        "calibration_out_of_range": (calibrated_ & ((k < c.calibration_low) | (k > c.calibration_high)),
                                     {"k": k}),
        "window_no_better": (active & eff.has("window_replacement") & ~(eff.window_u < inp.window_u),
                             {"window_u": inp.window_u}),
        "after_values_ignored": (any_override & (mode == NONE), {}),
        "package_ignored_rebuild": ((mode == REBUILD) & (eff.measure_count > 0), {}),
    }


__all__ = ["evaluate", "Perturbation", "Losses", "losses", "thermal_state", "sampled_saved_coal"]
