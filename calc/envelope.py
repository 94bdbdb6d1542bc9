"""Envelope elements: U-value of an element with added insulation (``method.md`` §7)."""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from calc.errors import check


def u_value_with_added_layer(u_value: ArrayLike, thickness: ArrayLike,
                             conductivity: ArrayLike) -> NDArray[np.float64]:
    r"""U-value after adding a homogeneous layer, :math:`U' = 1 / (1/U + d/\lambda)`.

    Parameters
    ----------
    u_value : array_like
        U-value (*K*) of the element before, > 0. [W/(m²·K)]
    thickness : array_like
        Thickness *d* of the added layer, ≥ 0. [m]
    conductivity : array_like
        Design thermal conductivity *λ* of the layer (in-situ factor included), > 0. [W/(m·K)]

    Returns
    -------
    u_value : ndarray
        U-value with the layer. [W/(m²·K)]

    Raises
    ------
    ValueError
        If a U-value or conductivity is not > 0 or a thickness is negative.

    Notes
    -----
    All arguments may be scalars or arrays; they broadcast. A zero thickness leaves U unchanged.

    References
    ----------
    .. [1] ISO 6946:2017, "Building components and building elements — Thermal resistance and
       thermal transmittance — Calculation methods".
    """
    d = np.asarray(thickness, dtype=float)
    lam = np.asarray(conductivity, dtype=float)
    check("thickness", d, d < 0, "negative")
    check("conductivity", lam, ~(lam > 0) & ~np.isnan(lam), "not_positive")
    return u_value_with_added_resistance(u_value, d / lam)


def u_value_with_added_resistance(u_value: ArrayLike, resistance: ArrayLike) -> NDArray[np.float64]:
    r"""U-value after adding thermal resistance, :math:`U' = 1 / (1/U + R)`.

    Parameters
    ----------
    u_value : array_like
        U-value of the element before, > 0. [W/(m²·K)]
    resistance : array_like
        Added resistance *R* = Σ d/λ of the added layers, ≥ 0; 0 leaves *U* unchanged. [m²·K/W]

    Returns
    -------
    u_value : ndarray
        [W/(m²·K)]

    Raises
    ------
    ValueError
        If a U-value is not > 0 or a resistance is negative.

    References
    ----------
    .. [1] ISO 6946:2017, total thermal resistance of a component of homogeneous layers.
    """
    u = np.asarray(u_value, dtype=float)
    r = np.asarray(resistance, dtype=float)
    check("u_value", u, u <= 0, "not_positive")      # NaN (not given) passes through
    check("resistance", r, r < 0, "negative")
    if not np.any(r > 0):
        return u                                     # nothing added anywhere
    with np.errstate(divide="ignore"):
        layered = 1.0 / (1.0 / u + r)
    # Exact for R = 0, and never above U by a rounding of 1/(1/U) (floating-point noise only).
    return np.where(r > 0, np.minimum(layered, u), u)
