"""Envelope elements: U-value of an element with an added insulation layer."""
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
    u = np.asarray(u_value, dtype=float)
    d = np.asarray(thickness, dtype=float)
    lam = np.asarray(conductivity, dtype=float)
    check("u_value", u, ~(u > 0) & ~np.isnan(u), "must be > 0")
    check("thickness", d, d < 0, "must be >= 0")
    check("conductivity", lam, ~(lam > 0) & ~np.isnan(lam), "must be > 0")
    with np.errstate(divide="ignore"):
        layered = 1.0 / (1.0 / u + d / lam)
    # Exact for d = 0, and never above U by a rounding of 1/(1/U) (only floating-point noise).
    return np.where(d > 0, np.minimum(layered, u), u)
