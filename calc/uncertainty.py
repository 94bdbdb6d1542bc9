"""Monte Carlo band of the savings (``method.md`` §11): P10 / P50 / P90, seeded and vectorised
over samples × buildings.

Sampled:

- baseline U-values of walls, windows, roof and floor: × lognormal with median 1 and σ 0.15;
- baseline air change N: × uniform(0.75, 1.25);
- actual indoor temperature: uniform(16, 20) °C, the same before and after;
- η1·η2: × uniform(0.95, 1.05), the same before and after;
- conductivity of added insulation: × uniform(0.9, 1.1);
- behaviour factor of metering: uniform(0.85, 0.95).

U-values, N and the indoor temperature are drawn for every building; the last three for every
sample and shared by all buildings (one product, one assumption), so that their error does not
average out in the totals. Samples are computed in single precision.

Buildings run in blocks, each with its own random stream (spawned from the seed), so memory
stays bounded for any number of buildings. A calibrated building is recalibrated in every sample (its "before" stays the measurement), and
a sample whose gains cover its losses counts as zero heat need.

The samples run through a compact form of the engine (:class:`Coefficients`: everything that
does not depend on the sample is computed once per building), in cache-sized chunks. The tests
check it against :func:`calc.engine.evaluate` with the same perturbations.
"""
from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.engine import Perturbation, evaluate
from calc.inputs import ADD_STOREY, NONE, REBUILD, RETROFIT, BuildingInputs, MethodConstants
from calc.measures import MeasureTable, package_effect

#: Percentiles reported. [%]
PERCENTILES = (10.0, 50.0, 90.0)
#: Elements (samples × buildings) evaluated together; small enough to stay in cache.
CHUNK_ELEMENTS = 1 << 16
#: Buildings whose samples are kept at once (bounds memory to this × samples × 8 bytes).
BLOCK_BUILDINGS = 1 << 13

_ELEMENTS = ("wall", "window", "roof", "floor")


class SavingsBand(NamedTuple):
    """P10 / P50 / P90 of the saved coal, per building and for the sum of all buildings."""

    p10: NDArray[np.float64]        #: per building [tce/a]
    p50: NDArray[np.float64]
    p90: NDArray[np.float64]
    total: NDArray[np.float64]      #: (3,) P10, P50, P90 of the sum over buildings [tce/a]
    samples: int
    seed: int


class Coefficients(NamedTuple):
    """Per-building constants of the sampled calculation (arrays over n buildings)."""

    area_before: NDArray[np.float64]      #: A_0 [m²]
    area_after: NDArray[np.float64]       #: [m²]
    u0: tuple                             #: baseline U of wall, window, roof, floor [W/(m²·K)]
    h0: tuple                             #: ε·F (·f_floor) before, per element [m²]
    h1: tuple                             #: ε·F of the existing part after, per element [m²]
    fixed: tuple                          #: after U that does not follow the baseline (NaN: follows)
    resistance: tuple                     #: added d/λ per element (0: none) [m²·K/W]
    new_window_u: NDArray[np.float64]     #: inf: no replacement [W/(m²·K)]
    h_new: NDArray[np.float64]            #: W/K of new storeys or the new building (not sampled)
    air0: NDArray[np.float64]             #: C_p·ρ·v·V_0 [W/(K·h⁻¹)]
    air1: NDArray[np.float64]             #: C_p·ρ·v·V of the existing part after
    n0: NDArray[np.float64]               #: baseline N [h⁻¹]
    n_cap: NDArray[np.float64]            #: inf: none
    n_cut: NDArray[np.float64]
    n_floor: NDArray[np.float64]
    tight: NDArray[np.bool_]
    n_fixed: NDArray[np.float64]          #: NaN: follows the baseline
    behaviour: NDArray[np.bool_]          #: the sampled behaviour factor applies
    coal_before: NDArray[np.float64]      #: 24·Z/(1000·H_c·η1·η2) before [kgce·m²/(m²·W)]
    coal_after: NDArray[np.float64]
    mean_outdoor: NDArray[np.float64]     #: t_e [°C]
    measured: NDArray[np.float64]         #: NaN: not calibrated [kgce/m²]


def coefficients(inputs: BuildingInputs, measures: MeasureTable, mask: ArrayLike,
                 constants: MethodConstants = MethodConstants()) -> Coefficients:
    """Compute the per-building constants of the sampled calculation (mask (m,) or (n, m))."""
    c, inp = constants, inputs
    eff = package_effect(np.asarray(mask, dtype=bool), measures, c.price_basis)
    uncalibrated = replace(inp, measured_coal_index=np.full(len(inp), np.nan))
    det = evaluate(uncalibrated, measures, mask, c)  # validates; gives the after state
    geo, mode, after = det.geometry, inp.mode, det.after
    active = (mode == RETROFIT) | (mode == ADD_STOREY)
    none, reb = mode == NONE, mode == REBUILD
    old = np.where(reb, 0.0, 1.0)
    eps = c.u_correction
    roof1 = np.where(reb, c.rebuild_factor * geo.footprint, geo.footprint)
    h0 = tuple(eps * a for a in (geo.opaque_wall_area, geo.window_area, geo.roof_area,
                                 inp.floor_factor * geo.ground_floor_area))
    h1 = tuple(eps * a for a in (old * geo.opaque_wall_area, old * geo.window_area, roof1,
                                 inp.floor_factor * roof1))
    overrides = (inp.wall_u_after, inp.window_u_after, inp.roof_u_after, inp.floor_u_after)
    after_u = (after.u_wall, after.u_window, after.u_roof, after.u_floor)
    follows = [active & ~(~np.isnan(v) & ~none) for v in overrides]
    follows[2] = follows[2] & (mode != ADD_STOREY)    # the roof of added storeys is new
    fixed = tuple(np.where(f | none, np.nan, u) for f, u in zip(follows, after_u, strict=True))
    kinds = ("wall_insulation", "", "roof_insulation", "floor_insulation")
    layers = (eff.wall_resistance, 0.0, eff.roof_resistance, eff.floor_resistance)
    resistance = tuple(np.where(active & eff.has(k), r, 0.0) if k else np.zeros(len(inp))
                       for k, r in zip(kinds, layers, strict=True))
    air = _air_per_change(inp, geo, c)
    dt = c.indoor_temperature - inp.mean_outdoor_temperature
    total_after = (after.transmission + after.infiltration) * after.floor_area / dt
    old_part = sum(h * u for h, u in zip(h1, after_u, strict=True)) + air * old * after.air_change
    n_follows = (active & np.isnan(inp.air_change_after)) | none
    hc = 24.0 * inp.heating_days / (1000.0 * c.coal_heating_value)
    return Coefficients(
        geo.floor_area, after.floor_area, (inp.wall_u, inp.window_u, inp.roof_u, inp.floor_u),
        h0, h1, fixed, resistance, np.where(active & follows[1], eff.window_u, np.inf),
        total_after - old_part, air, air * old, inp.air_change,
        np.where(active, eff.air_change_cap, np.inf), np.broadcast_to(eff.air_change_cut, old.shape),
        np.broadcast_to(eff.air_change_floor, old.shape), active & eff.has("air_tightness"),
        np.where(n_follows, np.nan, after.air_change), active & eff.has("behaviour"),
        hc / (inp.eta_network * inp.eta_source), hc / (after.eta_network * after.eta_source),
        inp.mean_outdoor_temperature, inp.measured_coal_index)


def _air_per_change(inp: BuildingInputs, geo, c: MethodConstants) -> NDArray[np.float64]:
    rho = 353.0 / (273.0 + inp.mean_outdoor_temperature)
    v = np.where(inp.stairwell_heated, c.ventilated_share_heated, c.ventilated_share_unheated)
    return c.air_specific_heat * rho * v * geo.volume


def sampled_saved_coal(co: Coefficients, p: Perturbation, gains: float = 3.8) -> NDArray[np.float64]:
    """Saved coal of every sample and building (shape of the perturbation arrays). [tce/a]"""
    h0 = 0.0
    h1 = co.h_new
    inv_conductivity = 1.0 / np.asarray(p.conductivity)
    for i, m in enumerate((p.u_wall, p.u_window, p.u_roof, p.u_floor)):
        u = co.u0[i] * m
        h0 = h0 + co.h0[i] * u
        if i == 1:
            after = np.minimum(u, co.new_window_u)
        else:
            layer = 1.0 / (1.0 / u + co.resistance[i] * inv_conductivity)
            after = np.where(co.resistance[i] > 0, layer, u)
        h1 = h1 + co.h1[i] * np.where(np.isnan(co.fixed[i]), after, co.fixed[i])
    n0 = co.n0 * p.air_change
    n1 = np.minimum(n0, co.n_cap)
    n1 = np.where(co.tight, np.minimum(n1, np.maximum(co.n_floor, n1 - co.n_cut)), n1)
    n1 = np.where(np.isnan(co.n_fixed), n1, co.n_fixed)
    h0 = h0 + co.air0 * n0
    h1 = h1 + co.air1 * n1
    dt = np.asarray(p.indoor_temperature) - co.mean_outdoor
    q0 = np.maximum(h0 * dt / co.area_before - gains, 0.0)
    q1 = np.maximum(h1 * dt / co.area_after - gains, 0.0) * np.where(co.behaviour, p.heat_factor, 1.0)
    c0 = co.coal_before * q0 / p.efficiency
    c1 = co.coal_after * q1 / p.efficiency
    k = np.where(np.isnan(co.measured), 1.0, co.measured / c0)
    return (c0 - c1) * k * co.area_before / 1000.0


def _uniform(rng: np.random.Generator, low: float, high: float, shape, dtype) -> NDArray:
    x = rng.random(shape, dtype=dtype)
    x *= high - low
    x += low
    return x


def draw_shared(rng: np.random.Generator, samples: int, dtype: type = np.float64) -> tuple:
    """Per-sample multipliers shared by all buildings: η1·η2, conductivity, behaviour factor,
    each of shape (samples, 1)."""
    shape = (samples, 1)
    return (_uniform(rng, 0.95, 1.05, shape, dtype), _uniform(rng, 0.9, 1.1, shape, dtype),
            _uniform(rng, 0.85, 0.95, shape, dtype))


def draw_perturbation(rng: np.random.Generator, size: tuple[int, int], dtype: type = np.float64,
                      shared: tuple | None = None) -> Perturbation:
    """Draw the multipliers of ``size`` = (samples, buildings), see the module docstring.

    U-values, air change and indoor temperature are drawn per sample and building; network and
    source efficiency, insulation conductivity and the behaviour factor per sample (the same
    products and assumptions everywhere, so their error does not average out over a city):
    ``shared`` (from :func:`draw_shared`) or drawn here.
    """
    def lognormal() -> NDArray:
        z = rng.standard_normal(size, dtype=dtype)
        z *= 0.15
        return np.exp(z, out=z)

    u = (lognormal(), lognormal(), lognormal(), lognormal())
    air, temperature = _uniform(rng, 0.75, 1.25, size, dtype), _uniform(rng, 16.0, 20.0, size, dtype)
    efficiency, conductivity, heat_factor = shared if shared is not None else draw_shared(rng, size[0], dtype)
    return Perturbation(*u, air_change=air, indoor_temperature=temperature, efficiency=efficiency,
                        conductivity=conductivity, heat_factor=heat_factor)


def _take(co: Coefficients, part: slice) -> Coefficients:
    def cut(x):
        if isinstance(x, tuple):
            return tuple(cut(v) for v in x)
        return x[part] if np.ndim(x) else x
    return Coefficients(*(cut(v) for v in co))


def _as_float32(co: Coefficients) -> Coefficients:
    def cast(x):
        if isinstance(x, tuple):
            return tuple(cast(v) for v in x)
        x = np.asarray(x)
        return x.astype(np.float32) if x.dtype.kind == "f" else x
    return Coefficients(*(cast(v) for v in co))


def percentiles(values: NDArray[np.float64], q=PERCENTILES, overwrite: bool = False) -> NDArray[np.float64]:
    """Percentiles along the last axis, linear interpolation (as :func:`numpy.percentile`);
    ``overwrite`` lets the values be reordered in place."""
    s = values.shape[-1]
    pos = np.asarray(q, dtype=float) / 100.0 * (s - 1)
    lo = np.floor(pos).astype(int)
    hi = np.minimum(lo + 1, s - 1)
    kth = np.unique(np.concatenate([lo, hi]))
    if overwrite:
        values.partition(kth, axis=-1)
        part = values
    else:
        part = np.partition(values, kth, axis=-1)
    frac = pos - lo
    return np.moveaxis(part[..., lo] * (1.0 - frac) + part[..., hi] * frac, -1, 0)


def savings_band(inputs: BuildingInputs, measures: MeasureTable, mask: ArrayLike,
                 constants: MethodConstants = MethodConstants(), samples: int = 1000,
                 seed: int = 20080512) -> SavingsBand:
    """Percentiles of the saved coal over a seeded Monte Carlo.

    Parameters
    ----------
    inputs, measures, constants
        As for :func:`calc.engine.evaluate`.
    mask : array_like of bool, shape (m,) or (n, m)
        One package for all buildings, or one per building.
    samples : int, default 1000
        Number of samples, >= 1.
    seed : int
        Seed of the generator; the same seed gives the same numbers.

    Returns
    -------
    SavingsBand
    """
    if samples < 1:
        raise ValueError("samples must be >= 1")
    mk = np.asarray(mask, dtype=bool)
    if mk.ndim > 2:
        raise ValueError("savings_band takes one package per building (mask (m,) or (n, m))")
    n = len(inputs)
    co = _as_float32(coefficients(inputs, measures, mk, constants))
    shared_seed, *block_seeds = np.random.SeedSequence(seed).spawn(1 + -(-n // BLOCK_BUILDINGS))
    shared = draw_shared(np.random.default_rng(shared_seed), samples, np.float32)
    bands = np.empty((3, n))
    totals = np.zeros(samples)
    gains = np.float32(constants.internal_gains)
    for b, start in enumerate(range(0, n, BLOCK_BUILDINGS)):
        part = slice(start, min(n, start + BLOCK_BUILDINGS))
        block, rng = _take(co, part), np.random.default_rng(block_seeds[b])
        width = part.stop - part.start
        saved = np.empty((samples, width))
        chunk = max(1, CHUNK_ELEMENTS // width)
        for first in range(0, samples, chunk):
            rows = slice(first, min(samples, first + chunk))
            p = draw_perturbation(rng, (rows.stop - rows.start, width), np.float32,
                                  tuple(x[rows] for x in shared))
            saved[rows] = sampled_saved_coal(block, p, gains)
        totals += saved.sum(axis=1)
        bands[:, part] = percentiles(np.ascontiguousarray(saved.T), overwrite=True)
    total = percentiles(totals)
    return SavingsBand(bands[0], bands[1], bands[2], total, samples, seed)
