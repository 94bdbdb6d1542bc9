"""Hypothesis strategies of plausible buildings, drawn value by value (so that shrinking works)."""
from __future__ import annotations

import numpy as np
from hypothesis import reject
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from calc.errors import CalcInputError

NAN = float("nan")


def _column(n: int, low: float, high: float, missing: bool = False) -> st.SearchStrategy:
    """n floats in [low, high]; with ``missing``, some are NaN (not given)."""
    value = st.floats(low, high, allow_nan=False, allow_infinity=False)
    return arrays(np.float64, n, elements=st.one_of(st.just(NAN), value) if missing else value)


def _ints(n: int, low: int, high: int) -> st.SearchStrategy:
    return arrays(np.int64, n, elements=st.integers(low, high))


@st.composite
def buildings(draw: st.DrawFn, min_n: int = 1, max_n: int = 30, *, modes: tuple[int, ...] = (0, 1, 2, 3),
              overrides: bool = True) -> dict[str, np.ndarray]:
    """Keyword arguments of :func:`calc.inputs.building_inputs` for n plausible buildings: all
    modes, explicit after values, calibration and partial geometry."""
    n = draw(st.integers(min_n, max_n))
    length = draw(_column(n, 20, 80, missing=True))
    width = draw(_column(n, 8, 14, missing=True))
    area = draw(_column(n, 800, 6000))
    out = dict(
        floor_area=np.where(np.isnan(length) | np.isnan(width), area, np.where(draw(_ints(n, 0, 1)) == 1, area, NAN)),
        storeys=draw(_ints(n, 2, 7)), length=length, width=width, storey_height=draw(_column(n, 2.7, 3.0)),
        window_wall_ratio=draw(_column(n, 0.1, 0.4)), wall_u=draw(_column(n, 1.0, 2.0)),
        window_u=draw(_column(n, 1.5, 6.0)), roof_u=draw(_column(n, 0.6, 1.5)), floor_u=draw(_column(n, 0.8, 1.5)),
        air_change=draw(_column(n, 0.4, 1.4)), stairwell_heated=draw(arrays(np.bool_, n)),
        eta_network=draw(_column(n, 0.8, 0.95)), eta_source=draw(_column(n, 0.55, 0.9)),
        heating_days=draw(_column(n, 100, 180)), mean_outdoor_temperature=draw(_column(n, -9, 1.5)),
        design_outdoor_temperature=draw(_column(n, -24, -4)),
        measured_coal_index=draw(_column(n, 12, 35, missing=True)),
        metered_coal_index=draw(_column(n, 12, 35, missing=True)), measured_heat=draw(_column(n, 0.2, 0.8, missing=True)),
        indoor_temperature_before=draw(_column(n, 12, 22, missing=True)),
        mode=draw(arrays(np.int64, n, elements=st.sampled_from(modes))), added_storeys=draw(_ints(n, 1, 2)))
    if overrides:
        out.update(wall_u_after=draw(_column(n, 0.3, 0.6, missing=True)),
                   window_u_after=draw(_column(n, 1.5, 2.8, missing=True)),
                   roof_u_after=draw(_column(n, 0.25, 0.5, missing=True)),
                   air_change_after=draw(_column(n, 0.4, 0.6, missing=True)),
                   eta_source_after=draw(_column(n, 0.7, 0.9, missing=True)))
    return out


def package_masks(n: int, measures: int) -> st.SearchStrategy:
    """One package per building: (n, measures) booleans."""
    return arrays(np.bool_, (n, measures))


def evaluate_or_reject(evaluate, *args, **kwargs):
    """``evaluate(*args, **kwargs)``, rejecting the example when the drawn inputs are implausible
    (q_H below zero: a warm city and a thick block); the engine refuses such inputs by design."""
    try:
        return evaluate(*args, **kwargs)
    except CalcInputError as exc:
        if exc.code != "heat_index_below_zero":
            raise
        reject()
