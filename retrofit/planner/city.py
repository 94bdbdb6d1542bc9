"""The stored city as planner estates: records → engine (:func:`retrofit.estimate.estimate`) →
money (:mod:`retrofit.funding`) → one :class:`~retrofit.planner.model.EstateOption` per estate.

Estates are identified by name (the planner's output names them); a register with two estates
of the same name in different districts is planned as one.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from retrofit.domain.records import Mode, Register
from retrofit.domain.settings import Settings
from retrofit.estimate import estimate
from retrofit.funding import money_inputs
from retrofit.planner.inputs import RETROFIT_MODES, estate_options, pick_inputs, variant_options
from retrofit.planner.model import EstateOption
from retrofit.planner.variants import recorded_mode, variant_modes
from retrofit.works import committed_costs


def city_options(register: Register, settings: Settings, min_remaining_life_years: float | None = None,
                 *, switch: bool = False, choose_modes: bool = False) -> list[EstateOption]:
    """Planner estates for every estate of the register with buildings in the programme.

    With ``switch``, the buildings to be retrofitted whose remaining life is below the minimum
    are also evaluated as rebuilds, and each estate concerned carries those figures as its
    ``switched`` option. With ``choose_modes``, every building is evaluated in each mode and
    each estate carries its ways (:mod:`retrofit.planner.variants`) as ``alternatives``.
    """
    buildings = list(register.buildings)
    if not buildings:
        return []
    minimum = settings.min_remaining_life_years if min_remaining_life_years is None else min_remaining_life_years
    if choose_modes:
        return _with_alternatives(register, settings, minimum)

    est = estimate(buildings, settings, estates=register.estates)
    inputs = committed_costs(money_inputs(est), buildings)       # actual costs of works under way
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


def _with_alternatives(register: Register, settings: Settings, minimum: float) -> list[EstateOption]:
    """Every building evaluated in each mode (one engine run per mode); the recorded option with
    its short-life buildings and their switch to rebuild, and the ways the records allow."""
    buildings = list(register.buildings)
    recorded = np.array([recorded_mode(b) for b in buildings], dtype=object)
    runs = {}
    for mode in (Mode.RETROFIT, Mode.ADD_STOREY, Mode.REBUILD):
        forced = [b if recorded[i] == "none" else replace(b, mode=mode) for i, b in enumerate(buildings)]
        runs[mode.value] = committed_costs(money_inputs(estimate(forced, settings, estates=register.estates)), forced)
    names = [b.building for b in buildings]
    life = [b.remaining_life_years for b in buildings]
    records = {e.estate: e for e in register.estates}
    short = np.isin(recorded, RETROFIT_MODES) & np.array(
        [v is not None and v < minimum for v in life], dtype=bool)
    switched = pick_inputs(runs, np.where(short, "rebuild", recorded).astype(object)) if short.any() else None
    primary = estate_options(pick_inputs(runs, recorded), names, life, records, settings, minimum, switched)
    modes, blocked = variant_modes(buildings, minimum)
    ways = variant_options(runs, modes, names, records, settings)
    estate_of = np.array([b.estate for b in buildings], dtype=object)
    stuck = set(estate_of[blocked])
    return [o if o.estate in stuck else replace(o, alternatives=ways.get(o.estate, ())) for o in primary]


def planned_years(register: Register) -> dict[str, int]:
    """Estates whose buildings in the programme all carry the same recorded ``planned_year``
    (buildings without one are not counted): estate → year."""
    years: dict[str, set[int]] = {}
    for b in register.buildings:
        if b.mode != Mode.NONE and b.planned_year is not None:
            years.setdefault(b.estate, set()).add(int(b.planned_year))
    return {estate: ys.pop() for estate, ys in sorted(years.items()) if len(ys) == 1}
