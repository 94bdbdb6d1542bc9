"""Monte Carlo band of the savings (``method.md`` §11): P10 / P50 / P90, seeded.

Sampled:

- baseline U-values of walls, windows, roof and floor: × lognormal with median 1 and σ 0.15;
- baseline air change N: × uniform(0.75, 1.25);
- actual indoor temperature: uniform(16, 20) °C, the same before and after;
- η1·η2: × uniform(0.95, 1.05), the same before and after;
- conductivity of added insulation: × uniform(0.9, 1.1);
- behaviour factor of metering: uniform(0.85, 0.95).

U-values, N and the indoor temperature are drawn for every building; the last three for every
sample and shared by all buildings (one product, one assumption), so that their error does not
average out in the totals. A calibrated building is recalibrated in every sample (its "before"
stays the measurement), and a sample whose gains cover its losses counts as zero heat need.

Every sample runs through the engine itself (:func:`calc.engine.sampled_saved_coal`). Buildings
run in blocks, each with its own random stream (spawned from the seed), and the samples of a
block in chunks, so that memory stays bounded for any number of buildings.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.engine import Perturbation, geometry_of, sampled_saved_coal
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
    seed: int


def _uniform(rng: np.random.Generator, low: float, high: float, shape: tuple[int, ...]) -> NDArray:
    return rng.uniform(low, high, shape)


def _lognormal(rng: np.random.Generator, sigma: ArrayLike, shape: tuple[int, ...]) -> NDArray:
    """× lognormal with median 1: exp(σ·z), z standard normal (drawn in single precision, which
    is ample for a multiplier and twice as fast to draw)."""
    z = rng.standard_normal(shape, dtype=np.float32)
    return np.exp(z * np.asarray(sigma, dtype=np.float32))


def draw_shared(rng: np.random.Generator, samples: int) -> tuple:
    """Per-sample multipliers shared by all buildings: η1·η2, conductivity, behaviour factor,
    each of shape (samples, 1)."""
    shape = (samples, 1)
    return (_uniform(rng, 0.95, 1.05, shape), _uniform(rng, 0.9, 1.1, shape), _uniform(rng, 0.85, 0.95, shape))


def draw_perturbation(rng: np.random.Generator, size: tuple[int, int], shared: tuple | None = None) -> Perturbation:
    """Draw the multipliers of ``size`` = (samples, buildings), see the module docstring.

    U-values, air change and indoor temperature are drawn per sample and building; network and
    source efficiency, insulation conductivity and the behaviour factor per sample:
    ``shared`` (from :func:`draw_shared`) or drawn here.
    """
    u = tuple(_lognormal(rng, 0.15, size) for _ in range(4))
    air, temperature = _uniform(rng, 0.75, 1.25, size), _uniform(rng, 16.0, 20.0, size)
    efficiency, conductivity, heat_factor = shared if shared is not None else draw_shared(rng, size[0])
    return Perturbation(*u, air_change=air, indoor_temperature=temperature, efficiency=efficiency,
                        conductivity=conductivity, heat_factor=heat_factor)


def percentiles(values: NDArray[np.float64], q: ArrayLike = PERCENTILES) -> NDArray[np.float64]:
    """Percentiles along the last axis (linear interpolation), shape (len(q), ...)."""
    return np.percentile(values, q, axis=-1)


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
    check("samples", samples, np.asarray(samples) < 1, "not_whole_number", low=1)
    mk = np.asarray(mask, dtype=bool)
    if mk.ndim > 2:
        raise ValueError("savings_band takes one package per building (mask (m,) or (n, m))")
    n = len(inputs)
    shared_seed, *block_seeds = np.random.SeedSequence(seed).spawn(1 + -(-n // BLOCK_BUILDINGS))
    shared = draw_shared(np.random.default_rng(shared_seed), samples)
    bands = np.empty((3, n))
    totals = np.zeros(samples)
    for b, start in enumerate(range(0, n, BLOCK_BUILDINGS)):
        part = slice(start, min(n, start + BLOCK_BUILDINGS))
        block = inputs.take(part)
        effect = package_effect(mk[part] if mk.ndim == 2 else mk, measures, constants.price_basis)
        geo = geometry_of(block, constants)
        rng = np.random.default_rng(block_seeds[b])
        width = part.stop - part.start
        saved = np.empty((samples, width))
        chunk = max(1, CHUNK_ELEMENTS // width)
        for first in range(0, samples, chunk):
            rows = slice(first, min(samples, first + chunk))
            p = draw_perturbation(rng, (rows.stop - rows.start, width), tuple(x[rows] for x in shared))
            saved[rows] = sampled_saved_coal(block, geo, effect, constants, p)
        totals += saved.sum(axis=1)
        bands[:, part] = percentiles(saved.T)
    return SavingsBand(bands[0], bands[1], bands[2], percentiles(totals), samples, seed)
