"""Construction defaults by structure, era and climate zone (``method.md`` §6).

The table itself is data (``resources/data/construction.toml``, loaded by
``retrofit.reference``); this module only looks values up in it, for arrays of buildings.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.errors import check

#: Structure keys, in the order of the first axis of a defaults table.
STRUCTURES: tuple[str, ...] = ("brick_concrete", "large_panel", "frame")
#: Climate zones, in the order of the third axis of a defaults table (``subsidy_zone``).
ZONES: tuple[str, ...] = ("cold", "severe_cold")
#: Values of the last axis of a defaults table.
DEFAULT_FIELDS: tuple[str, ...] = ("wall_u", "window_u", "roof_u", "floor_u", "air_change",
                                   "window_wall_ratio")


class ConstructionDefaults(NamedTuple):
    """Default constructions of buildings (arrays over buildings)."""

    wall_u: NDArray[np.float64]            #: [W/(m²·K)]
    window_u: NDArray[np.float64]          #: [W/(m²·K)]
    roof_u: NDArray[np.float64]            #: [W/(m²·K)]
    floor_u: NDArray[np.float64]           #: [W/(m²·K)]
    air_change: NDArray[np.float64]        #: [h⁻¹]
    window_wall_ratio: NDArray[np.float64]  #: [-]


def era_index(year_built: ArrayLike, era_last_years: ArrayLike) -> NDArray[np.intp]:
    """Era of each building: the first era whose last year is ≥ the year built.

    Parameters
    ----------
    year_built : array_like
        [year]
    era_last_years : array_like
        Last year of every era but the open-ended last one, ascending, e.g. (1985, 1995). [year]

    Returns
    -------
    era : ndarray of int
        0 … len(era_last_years).
    """
    years = np.asarray(year_built, dtype=float)
    check("year_built", years, np.isnan(years), "missing")
    return np.searchsorted(np.asarray(era_last_years, dtype=float), years, side="left")


def construction_defaults(structure: ArrayLike, year_built: ArrayLike, severe_cold: ArrayLike,
                          table: ArrayLike, era_last_years: ArrayLike = (1985, 1995)) -> ConstructionDefaults:
    """Look up default U-values, air change and window-to-wall ratio.

    Parameters
    ----------
    structure : array_like of int
        Index into :data:`STRUCTURES`. [-]
    year_built : array_like
        [year]
    severe_cold : array_like of bool
        The city is in the severe-cold zone. [-]
    table : array_like, shape (structures, eras, zones, 6)
        Values in the order of :data:`DEFAULT_FIELDS`.
    era_last_years : array_like, default (1985, 1995)
        See :func:`era_index`; eras = len(era_last_years) + 1. [year]

    Returns
    -------
    ConstructionDefaults

    Raises
    ------
    ValueError
        For a structure index outside the table or a table of the wrong shape.
    """
    tab = np.asarray(table, dtype=float)
    s = np.asarray(structure)
    if tab.ndim != 4 or tab.shape[2] != len(ZONES) or tab.shape[3] != len(DEFAULT_FIELDS):
        raise ValueError(f"table must have shape (structures, eras, {len(ZONES)}, {len(DEFAULT_FIELDS)})")
    if tab.shape[1] != len(np.atleast_1d(era_last_years)) + 1:
        raise ValueError("table must have one era more than era_last_years")
    check("structure", s, (s < 0) | (s >= tab.shape[0]), "not_one_of", choices=STRUCTURES)
    era = era_index(year_built, era_last_years)
    zone = np.asarray(severe_cold, dtype=bool).astype(np.intp)
    values = tab[s, era, zone]
    return ConstructionDefaults(*np.moveaxis(values, -1, 0))
