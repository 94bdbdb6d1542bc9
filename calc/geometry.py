"""Building geometry from floor area, storeys and (optionally) footprint (``method.md`` §2)."""
from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.errors import check

#: Building depth used when the width is not known. [m]
DEFAULT_WIDTH = 10.0
#: Default storey height. [m]
DEFAULT_STOREY_HEIGHT = 2.8
#: Relative difference between the entered floor area and L·W·n above which a notice is given. [-]
AREA_MISMATCH_TOLERANCE = 0.15


class Geometry(NamedTuple):
    """Areas and volume of a building (arrays over buildings)."""

    floor_area: NDArray[np.float64]         #: A_0 [m²]
    footprint: NDArray[np.float64]          #: [m²]
    length: NDArray[np.float64]             #: L [m]
    width: NDArray[np.float64]              #: W [m]
    perimeter: NDArray[np.float64]          #: P [m]
    volume: NDArray[np.float64]             #: gross volume V_0 [m³]
    gross_wall_area: NDArray[np.float64]    #: P·n·h [m²]
    window_area: NDArray[np.float64]        #: F_win [m²]
    opaque_wall_area: NDArray[np.float64]   #: F_wall [m²]
    roof_area: NDArray[np.float64]          #: F_roof [m²]
    ground_floor_area: NDArray[np.float64]  #: F_floor [m²]
    geometric_area: NDArray[np.float64]     #: L·W·n when L and W are given, else A_0 [m²]
    area_mismatch: NDArray[np.bool_]        #: |A_0 − L·W·n| > 15 % of L·W·n


def building_geometry(floor_area: ArrayLike, storeys: ArrayLike,
                      storey_height: ArrayLike = DEFAULT_STOREY_HEIGHT,
                      length: ArrayLike = np.nan, width: ArrayLike = np.nan,
                      window_wall_ratio: ArrayLike = 0.22,
                      default_width: float = DEFAULT_WIDTH) -> Geometry:
    """Footprint, wall, window, roof and floor areas and volume of slab blocks.

    Parameters
    ----------
    floor_area : array_like
        Building floor area *A_0* (建筑面积), > 0; NaN when unknown (then L·W·n). [m²]
    storeys : array_like
        Number of storeys *n*, an integer ≥ 1. [-]
    storey_height : array_like, default 2.8
        *h*, > 0. [m]
    length : array_like, default NaN
        Footprint length *L*, > 0; NaN when unknown. [m]
    width : array_like, default NaN
        Footprint width (depth) *W*, > 0; NaN when unknown. [m]
    window_wall_ratio : array_like, default 0.22
        *r*, in [0, 0.9]. [-]
    default_width : float, default 10
        *W* used when the width is unknown. [m]

    Returns
    -------
    Geometry

    Raises
    ------
    ValueError
        For a floor area, storey height, length or width that is not > 0, storeys that are not
        a whole number ≥ 1, a ratio outside [0, 0.9], or a missing floor area without both
        length and width.

    Notes
    -----
    With *L* and *W* given, footprint = L·W; a missing *A_0* is L·W·n, and an entered *A_0* that
    differs from L·W·n by more than 15 % is kept and flagged (``area_mismatch``). With one of
    them, footprint = A_0 / n and the other is footprint / the given one (a 60 m long block of
    3,600 m² on 6 storeys is 10 m deep). With neither, W = ``default_width``, footprint = A_0 / n
    and L = footprint / W. Then P = 2(L + W), V_0 = footprint·n·h, gross wall = P·n·h,
    F_win = r · gross wall, F_wall = gross wall − F_win, F_roof = F_floor = footprint.
    """
    a0 = np.asarray(floor_area, dtype=float)
    n = np.asarray(storeys, dtype=float)
    h = np.asarray(storey_height, dtype=float)
    length_in = np.asarray(length, dtype=float)
    w = np.asarray(width, dtype=float)
    r = np.asarray(window_wall_ratio, dtype=float)
    check("floor_area", a0, a0 <= 0, "not_positive")
    check("storeys", n, ~(n >= 1) | (n != np.floor(n)), "not_whole_number", low=1)
    check("storey_height", h, ~(h > 0), "not_positive")
    check("length", length_in, length_in <= 0, "not_positive")
    check("width", w, w <= 0, "not_positive")
    check("window_wall_ratio", r, ~((r >= 0) & (r <= 0.9)), "out_of_range", low=0, high=0.9)
    has_length, has_width = ~np.isnan(length_in), ~np.isnan(w)
    both = has_length & has_width
    check("floor_area", a0, np.isnan(a0) & ~both, "missing_without_footprint")
    geometric = np.where(both, length_in * w * n, a0)
    a0 = np.where(np.isnan(a0), geometric, a0)
    footprint = np.where(both, length_in * w, a0 / n)
    # One dimension given: the other from the footprint; none: the default depth.
    w = np.where(has_width, w, np.where(has_length, footprint / length_in, default_width))
    length_out = np.where(has_length, length_in, footprint / w)
    with np.errstate(invalid="ignore"):
        mismatch = both & (np.abs(a0 - geometric) > AREA_MISMATCH_TOLERANCE * geometric)
    perimeter = 2.0 * (length_out + w)
    gross_wall = perimeter * n * h
    windows = r * gross_wall
    return Geometry(a0, footprint, length_out, w, perimeter, footprint * n * h, gross_wall,
                    windows, gross_wall - windows, footprint, footprint, geometric, mismatch)
