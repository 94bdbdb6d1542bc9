"""The one error type of the calculator for impossible input, with stable reason codes.

The calculator does not word its errors: it names the argument, a reason code of
:data:`REASONS` with its parameters, and the positions and values of the buildings concerned.
The caller turns the code into a message in the user's language.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

#: Reason codes and the parameters each carries.
REASONS: dict[str, tuple[str, ...]] = {
    "not_positive": (),                      # must be > 0
    "negative": (),                          # must be >= 0
    "not_efficiency": (),                    # must be in (0, 1]
    "out_of_range": ("low", "high"),         # must be in [low, high]
    "not_whole_number": ("low",),            # must be a whole number >= low
    "not_one_of": ("choices",),              # must be one of the choices
    "missing": (),                           # is missing
    "missing_without_footprint": (),         # floor area missing and not both length and width
    "not_below_indoor": ("limit",),          # an outdoor temperature not below t_i
    "not_above_outdoor": (),                 # an indoor temperature not above the outdoor one
    "heat_index_below_zero": (),             # q_H < 0: the inputs are implausible
    "unknown_measure": (),                   # a measure key not in the catalogue
    "duplicate": (),                         # a key given twice
    "season_twice": (),                      # the same heating season twice for one meter
    "before_other": ("other",),              # a date before the other date it must follow
    "not_exactly_one": ("choices",),         # needs exactly one of the choices
}


class CalcInputError(ValueError):
    """Impossible input: the argument, a reason code (:data:`REASONS`) and the buildings.

    Parameters
    ----------
    field : str
        Name of the argument that is wrong (e.g. ``"floor_area"``).
    code : str
        Reason code, a key of :data:`REASONS` (e.g. ``"not_positive"``).
    positions : array_like of int, optional
        Positions of the offending buildings along the last axis of the input.
    values : array_like, optional
        The offending values, in the order of ``positions``.
    params : mapping, optional
        The parameters of the reason (e.g. ``{"low": 0, "high": 0.9}``).
    """

    def __init__(self, field: str, code: str, positions: ArrayLike = (),
                 values: ArrayLike | Sequence[object] = (), params: Mapping[str, Any] | None = None) -> None:
        if code not in REASONS:
            raise KeyError(f"unknown reason code {code!r}")
        self.field = field
        self.code = code
        self.params = dict(params or {})
        self.positions = tuple(int(p) for p in np.asarray(positions).ravel())
        self.values = tuple(np.asarray(values, dtype=object).ravel().tolist())
        shown = ", ".join(f"#{p}={v!r}" for p, v in zip(self.positions[:5], self.values[:5], strict=False))
        more = f" (+{len(self.positions) - 5} more)" if len(self.positions) > 5 else ""
        detail = f" {self.params}" if self.params else ""
        super().__init__(f"{field}: {code}{detail}" + (f" at {shown}{more}" if shown else ""))


def check(field: str, value: ArrayLike, bad: ArrayLike, code: str, **params: Any) -> None:
    """Raise :class:`CalcInputError` when any element of the boolean array ``bad`` is set."""
    bad = np.asarray(bad)
    if bad.any():
        flat = np.broadcast_to(bad, np.broadcast_shapes(bad.shape, np.shape(value)))
        values = np.broadcast_to(value, flat.shape)
        index = np.flatnonzero(flat)
        positions = index % flat.shape[-1] if flat.ndim else index
        raise CalcInputError(field, code, positions, values.ravel()[index], params)
