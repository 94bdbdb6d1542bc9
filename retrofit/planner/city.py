"""The stored city as planner estates: records → engine (:func:`retrofit.estimate.estimate`) →
money (:mod:`retrofit.funding`) → one :class:`~retrofit.planner.model.EstateOption` per estate.

Estates are identified by name (the planner's output names them); a register with two estates
of the same name in different districts is planned as one.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np

from calc.inputs import MODES as ENGINE_MODES
from retrofit.domain.records import Mode, Register
from retrofit.domain.settings import Settings
from retrofit.funding import MoneyInputs
from retrofit.planner.inputs import RETROFIT_MODES, estate_options
from retrofit.planner.model import EstateOption


def money_inputs(est: Any) -> MoneyInputs:
    """The money's per-building figures from an :func:`retrofit.estimate.estimate` result."""
    r = est.results
    n = len(est.inputs)

    def flat(values: Any, dtype: type = float) -> np.ndarray:
        return np.broadcast_to(np.asarray(values, dtype=dtype), (n,))

    households = np.nan_to_num(np.asarray(est.columns["households"], dtype=float), nan=0.0)
    return MoneyInputs.build(
        estate=np.asarray(est.columns["estate"], dtype=object),
        mode=np.asarray(ENGINE_MODES, dtype=object)[np.asarray(est.inputs.mode, dtype=int)],
        floor_area_m2=flat(r.geometry.floor_area), added_area_m2=flat(r.added_area),
        households=households, cost_rmb=flat(r.cost), saved_tce=flat(r.saved_coal),
        saved_tco2=flat(r.saved_co2), freed_capacity_kw=flat(r.freed_capacity) / 1000.0,
        retrofitted_area_m2=flat(r.retrofitted_area), has_envelope=flat(r.has_envelope, bool),
        has_metering=flat(r.has_metering, bool), has_balancing=flat(r.has_balancing, bool),
        severe_cold=flat(est.severe_cold, bool), heat_before_kwh_m2=flat(r.before.delivered_heat),
        heat_after_kwh_m2=flat(r.after.delivered_heat))


def city_options(register: Register, settings: Settings, min_remaining_life_years: float | None = None,
                 *, switch: bool = False) -> list[EstateOption]:
    """Planner estates for every estate of the register with buildings in the programme.

    With ``switch``, the buildings to be retrofitted whose remaining life is below the minimum
    are also evaluated as rebuilds, and each estate concerned carries those figures as its
    ``switched`` option.
    """
    from retrofit.estimate import estimate

    buildings = list(register.buildings)
    if not buildings:
        return []
    minimum = settings.min_remaining_life_years if min_remaining_life_years is None else min_remaining_life_years
    est = estimate(buildings, settings, estates=register.estates)
    inputs = money_inputs(est)
    life = [b.remaining_life_years for b in buildings]
    switched = None
    if switch:
        short = [i for i, b in enumerate(buildings) if inputs.mode[i] in RETROFIT_MODES
                 and b.remaining_life_years is not None and b.remaining_life_years < minimum]
        if short:
            chosen = set(short)
            alternative = [replace(b, mode=Mode.REBUILD) if i in chosen else b for i, b in enumerate(buildings)]
            switched = money_inputs(estimate(alternative, settings, estates=register.estates))
    records = {e.estate: e for e in register.estates}
    return estate_options(inputs, [b.building for b in buildings], life, records, settings, minimum, switched)
