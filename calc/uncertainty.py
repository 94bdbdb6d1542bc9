"""Monte Carlo band of the savings (``method.md`` §11): P10 / P50 / P90, seeded.

Each sample draws, for every building:

- baseline U-values of walls, windows, roof and floor: × lognormal with median 1 and σ 0.15
  where the value was entered, σ 0.30 where the construction default (§6) was used;
- baseline air change N: × uniform(0.75, 1.25) entered, uniform(0.6, 1.4) default;
- the indoor temperature before and after, independently: uniform ± 2 °C around t_i (16–20 °C
  at the default 18 °C) and around t_i,after, or the surveyed temperature before ± 1 °C;

and, shared by all buildings (one product, one assumption, so that the error does not average
out in the totals):

- η1·η2: × uniform(0.95, 1.05), the same before and after;
- conductivity of added insulation: × uniform(0.9, 1.1);
- behaviour factor of metering: uniform(0.85, 0.95).

A calibrated building is recalibrated in every sample: its before state stays at the measured
level, so the band reflects the uncertainty of the relative saving only (a rebuild's after
state is a new building, uncalibrated). A sample whose gains cover its losses counts as zero
heat need.

Every sample runs through the engine itself (:func:`calc.engine.sampled_saved_coal`). Buildings
run in blocks, each with its own random stream (spawned from the random seed), and the samples of a
block in chunks, so that memory stays bounded for any number of buildings.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.engine import Perturbation, geometry_of, sampled_saved_coal
from calc.envelopes import layout
from calc.errors import check
from calc.inputs import BuildingInputs, MethodConstants
from calc.measures import MeasureTable, package_effect

#: Percentiles reported. [%]
PERCENTILES = (10.0, 50.0, 90.0)
#: Samples × buildings evaluated together.
CHUNK_ELEMENTS = 1 << 17
#: Buildings whose samples are kept at once (bounds memory to this × samples × 8 bytes).
BLOCK_BUILDINGS = 1 << 13


class SavingsBand(NamedTuple):
    """P10 / P50 / P90 of the saved coal, per building and for the sum of all buildings."""

    p10: NDArray[np.float64]        #: per building [tce/a]
    p50: NDArray[np.float64]
    p90: NDArray[np.float64]
    total: NDArray[np.float64]      #: (3,) P10, P50, P90 of the sum over buildings [tce/a]
    samples: int
    random_seed: int


class Defaulted(NamedTuple):
    """Where a building's baseline value is a construction default (§6), not entered (bool arrays)."""

    wall_u: ArrayLike = False
    window_u: ArrayLike = False
    roof_u: ArrayLike = False
    floor_u: ArrayLike = False
    air_change: ArrayLike = False


class Spread(NamedTuple):
    """Per-building widths of the draws (arrays over the buildings of a block)."""

    sigma_u: tuple[NDArray[np.float64], ...]  #: σ of the lognormal of each U-value [-]
    air_change: NDArray[np.float64]       #: half-width of the uniform multiplier of N [-]
    before: ArrayLike                     #: centre of the indoor temperature before [°C]
    before_width: ArrayLike               #: its half-width [°C]
    after: ArrayLike                      #: centre of the indoor temperature after [°C]


def spread(inputs: BuildingInputs, defaulted: Defaulted, c: MethodConstants) -> Spread:
    """The widths of §11 for each building: wider where the construction default was used."""
    n = len(inputs)
    flags = [np.broadcast_to(np.asarray(v, dtype=bool), (n,)) for v in defaulted]
    surveyed = ~np.isnan(inputs.indoor_temperature_before)
    return Spread(tuple(np.where(f, 0.30, 0.15) for f in flags[:4]), np.where(flags[4], 0.40, 0.25),
                  np.where(surveyed, inputs.indoor_temperature_before, c.indoor_temperature),
                  np.where(surveyed, 1.0, 2.0),
                  np.where(surveyed, c.indoor_temperature_after, c.indoor_temperature))


#: Per-sample multipliers shared by all buildings: η1·η2, conductivity, behaviour factor.
Shared = tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]


# The draws are made in single precision, which is ample for a multiplier or a temperature and
# about twice as fast to draw and transform.


def _lognormal(rng: np.random.Generator, sigma: ArrayLike, shape: tuple[int, ...]) -> NDArray[np.float32]:
    """× lognormal with median 1: exp(σ·z), z standard normal."""
    z = rng.standard_normal(shape, dtype=np.float32)
    z *= np.asarray(sigma, dtype=np.float32)
    return np.exp(z, out=z)


def _around(rng: np.random.Generator, centre: ArrayLike, half_width: ArrayLike,
            shape: tuple[int, ...]) -> NDArray[np.float32]:
    """Uniform in [centre − half_width, centre + half_width)."""
    x = rng.random(shape, dtype=np.float32)
    x *= np.float32(2.0)
    x -= np.float32(1.0)
    x *= np.asarray(half_width, dtype=np.float32)
    x += np.asarray(centre, dtype=np.float32)
    return x


def draw_shared(rng: np.random.Generator, samples: int) -> Shared:
    """Per-sample multipliers shared by all buildings: η1·η2, conductivity, behaviour factor,
    each of shape (samples, 1)."""
    shape = (samples, 1)
    return (rng.uniform(0.95, 1.05, shape), rng.uniform(0.9, 1.1, shape), rng.uniform(0.85, 0.95, shape))


def draw_perturbation(rng: np.random.Generator, size: tuple[int, int], widths: Spread,
                      shared: Shared | None = None) -> Perturbation:
    """Draw the perturbation of ``size`` = (samples, buildings), see the module docstring.

    U-values, air change and the indoor temperatures are drawn per sample and building; network
    and source efficiency, insulation conductivity and the behaviour factor per sample:
    ``shared`` (from :func:`draw_shared`) or drawn here.
    """
    u_wall, u_window, u_roof, u_floor = (_lognormal(rng, sigma, size) for sigma in widths.sigma_u)
    air = _around(rng, 1.0, widths.air_change, size)
    before = _around(rng, widths.before, widths.before_width, size)
    after = _around(rng, widths.after, 2.0, size)
    efficiency, conductivity, heat_factor = shared if shared is not None else draw_shared(rng, size[0])
    return Perturbation(u_wall, u_window, u_roof, u_floor, air_change=air, indoor_temperature_before=before, indoor_temperature_after=after,
                        efficiency=efficiency, conductivity=conductivity, heat_factor=heat_factor)


def percentiles(values: NDArray[np.float64], axis: int = -1) -> NDArray[np.float64]:
    """P10, P50, P90 along ``axis`` (linear interpolation), shape (3, ...); ``values`` are
    reordered in place."""
    return np.percentile(values, PERCENTILES, axis=axis, overwrite_input=True)


def savings_band(inputs: BuildingInputs, measures: MeasureTable, mask: ArrayLike,
                 constants: MethodConstants = MethodConstants(), samples: int = 1000,
                 random_seed: int = 20080512, defaulted: Defaulted | None = None) -> SavingsBand:
    """Percentiles of the saved coal over a seeded Monte Carlo.

    Parameters
    ----------
    inputs, measures, constants
        As for :func:`calc.engine.evaluate`.
    mask : array_like of bool, shape (m,) or (n, m)
        One package for all buildings, or one per building.
    samples : int, default 1000
        Number of samples, >= 1.
    random_seed : int
        Seed of the random generator; the same value gives the same numbers.
    defaulted : Defaulted, optional
        Where the baseline U-values and N are construction defaults (wider draws); none by default.

    Returns
    -------
    SavingsBand
    """
    check("samples", samples, np.asarray(samples) < 1, "not_whole_number", low=1)
    mk = np.asarray(mask, dtype=bool)
    if mk.ndim > 2:
        raise ValueError("savings_band takes one package per building (mask (m,) or (n, m))")
    n = len(inputs)
    widths = spread(inputs, defaulted or Defaulted(), constants)
    shared_seed, *block_seeds = np.random.SeedSequence(random_seed).spawn(1 + -(-n // BLOCK_BUILDINGS))
    shared = draw_shared(np.random.default_rng(shared_seed), samples)
    bands = np.empty((3, n))
    totals = np.zeros(samples)
    for b, start in enumerate(range(0, n, BLOCK_BUILDINGS)):
        part = slice(start, min(n, start + BLOCK_BUILDINGS))
        block, block_widths = inputs.take(part), _take(widths, part)
        effect = package_effect(mk[part] if mk.ndim == 2 else mk, measures, constants.price_basis)
        geo = geometry_of(block, constants)
        plan = layout(block, geo, constants)
        rng = np.random.default_rng(block_seeds[b])
        width = part.stop - part.start
        saved = np.empty((samples, width))
        chunk = max(1, CHUNK_ELEMENTS // width)
        for first in range(0, samples, chunk):
            rows = slice(first, min(samples, first + chunk))
            p = draw_perturbation(rng, (rows.stop - rows.start, width), block_widths,
                                  (shared[0][rows], shared[1][rows], shared[2][rows]))
            saved[rows] = sampled_saved_coal(block, geo, plan, effect, constants, p)
        totals += saved.sum(axis=1)
        bands[:, part] = percentiles(saved, axis=0)
    return SavingsBand(bands[0], bands[1], bands[2], percentiles(totals), samples, random_seed)


def _take(widths: Spread, part: slice) -> Spread:
    def cut(x: ArrayLike) -> NDArray[np.float64]:
        return np.asarray(x)[part]
    return Spread(tuple(cut(v) for v in widths.sigma_u), *(cut(v) for v in widths[1:]))
