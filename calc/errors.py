"""The one error type of the calculator for impossible input."""
from __future__ import annotations

import numpy as np


class CalcInputError(ValueError):
    """Impossible input: names the argument, the reason and the building positions.

    Parameters
    ----------
    field : str
        Name of the argument that is wrong (e.g. ``"floor_area"``).
    reason : str
        What is wrong, in plain English (e.g. ``"must be > 0"``).
    positions : array_like of int, optional
        Positions of the offending buildings along the last axis of the input.
    values : array_like, optional
        The offending values, in the order of ``positions``.
    """

    def __init__(self, field: str, reason: str, positions=(), values=()) -> None:
        self.field = field
        self.reason = reason
        self.positions = tuple(int(p) for p in np.asarray(positions).ravel())
        self.values = tuple(np.asarray(values, dtype=object).ravel().tolist())
        shown = ", ".join(f"#{p}={v!r}" for p, v in zip(self.positions[:5], self.values[:5], strict=True))
        more = f" (+{len(self.positions) - 5} more)" if len(self.positions) > 5 else ""
        where = f" at {shown}{more}" if shown else ""
        super().__init__(f"{field} {reason}{where}")


def check(field: str, value: np.ndarray, bad: np.ndarray, reason: str) -> None:
    """Raise :class:`CalcInputError` when any element of the boolean array ``bad`` is set."""
    if bad.any():
        flat = np.broadcast_to(bad, np.broadcast_shapes(bad.shape, np.shape(value)))
        vals = np.broadcast_to(value, flat.shape)
        idx = np.flatnonzero(flat)
        last = flat.shape[-1] if flat.ndim else 1
        raise CalcInputError(field, reason, idx % last if flat.ndim else idx, vals.ravel()[idx])
