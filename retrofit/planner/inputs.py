"""From engine figures and records to the planner's estates, and from the user's inputs (a plain
dict, as the UI and the CLI send it) to a :class:`~retrofit.planner.model.PlanProblem`.

The inputs dict (every key optional but ``start_year`` and the budget; defaults from the
settings):

``start_year`` (int), ``years`` (int, default 3), ``annual_budget_rmb`` (one number for every
year, or a list with one per year), ``source_budgets_rmb`` ({source: number or list}),
``rebuild_cap_share``, ``min_consent_rate``, ``min_remaining_life_years``,
``switch_short_life_to_rebuild`` (bool), ``fixed_years`` ({estate: year}), ``groups`` (lists of
estates that go together), ``min_three_items_share``, ``objective`` (tce | co2 | mw),
``use_planned_years`` (fix estates to the ``planned_year`` their buildings record, when it
falls in the programme; read by the plan service), ``method`` (auto | milp | greedy),
``time_limit_s`` (default 60), ``mip_rel_gap`` (the relative gap at which the MIP stops;
default 0 up to 300 variables, else 0.0005), ``choose_modes`` (bool: the planner chooses each
estate's way), ``min_rebuild_share``, ``must_do`` (estates always planned), ``aim`` (saving |
least_cost) and ``target`` (least_cost: the yearly saving of the objective to reach). ``first_year``/``last_year`` and
``budget_rmb_per_year`` are read as ``start_year``/``years`` and ``annual_budget_rmb``.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import numpy as np
from numpy.typing import NDArray

from retrofit.domain.errors import ValidationError
from retrofit.domain.records import EstateRecord
from retrofit.domain.settings import Settings
from retrofit.funding import MoneyInputs, estate_money
from retrofit.planner.model import MODES, Economics, EstateOption, PlanProblem, PlanRules, per_year

#: Modes that are an energy retrofit of the existing building (held to the remaining-life rule).
RETROFIT_MODES = ("retrofit", "add_storey")


def pick_inputs(runs: Mapping[str, MoneyInputs], modes: NDArray[np.object_]) -> MoneyInputs:
    """Per building, the figures of the run of its mode (``runs[mode]``, one run of the whole
    city per mode); buildings of mode ``none`` are outside the programme."""
    first = next(iter(runs.values()))
    values = {}
    for name in MoneyInputs.__dataclass_fields__:
        column = np.array(getattr(first, name), copy=True)
        for mode, run in runs.items():
            sel = modes == mode
            column[sel] = getattr(run, name)[sel]
        values[name] = column
    values["mode"] = np.asarray(modes, dtype=object)
    return MoneyInputs(**values)


def variant_options(runs: Mapping[str, MoneyInputs], modes: Mapping[str, NDArray[np.object_]],
                    buildings: Sequence[str], estates: Mapping[str, EstateRecord],
                    settings: Settings) -> dict[str, tuple[EstateOption, ...]]:
    """Per estate, its ways (one :class:`EstateOption` per distinct assignment of modes, in the
    order of ``modes``)."""
    names = np.asarray(buildings, dtype=object)
    out: dict[str, list[EstateOption]] = {}
    seen: dict[str, set[tuple]] = {}
    for variant, assignment in modes.items():
        inputs = pick_inputs(runs, assignment)
        for option in _options(inputs, estates, settings, {}, names=names):
            key = tuple(option.building_modes.items())
            if key in seen.setdefault(option.estate, set()):
                continue
            seen[option.estate].add(key)
            out.setdefault(option.estate, []).append(replace(option, variant=variant))
    return {k: tuple(v) for k, v in out.items()}


def estate_options(inputs: MoneyInputs, buildings: Sequence[str], remaining_life: Sequence[float | None],
                   estates: Mapping[str, EstateRecord], settings: Settings,
                   min_remaining_life_years: float | None = None,
                   switched: MoneyInputs | None = None) -> list[EstateOption]:
    """One :class:`EstateOption` per estate with buildings in the programme, sorted by name.

    ``buildings`` and ``remaining_life`` run parallel to ``inputs`` (``None``/NaN = not
    recorded). ``switched`` is the same city with the short-life buildings in rebuild mode.
    """
    minimum = settings.min_remaining_life_years if min_remaining_life_years is None else min_remaining_life_years
    life = np.array([np.nan if v is None else float(v) for v in remaining_life], dtype=float)
    short = np.isin(inputs.mode, RETROFIT_MODES) & (life < minimum)
    names = np.asarray(buildings, dtype=object)
    alternative = {o.estate: o for o in _options(switched, estates, settings, {}, names=names)} if switched else {}
    shorts = {e: tuple(sorted(names[short & (inputs.estate == e)])) for e in set(inputs.estate[short])}
    return _options(inputs, estates, settings, shorts, alternative, names=names)


def _options(inputs: MoneyInputs, estates: Mapping[str, EstateRecord], settings: Settings,
             shorts: Mapping[str, tuple[str, ...]],
             alternative: Mapping[str, EstateOption] | None = None,
             names: NDArray[np.object_] | None = None) -> list[EstateOption]:
    """One option per estate with buildings in the programme; ``names`` (the buildings, parallel
    to ``inputs``) gives each option the mode of each of its buildings."""
    money = estate_money(inputs, settings, estates)
    three = inputs.has_envelope & inputs.has_metering & inputs.has_balancing & np.isin(inputs.mode, RETROFIT_MODES)
    out = []
    for name, m in money.items():
        sel = (inputs.estate == name) & inputs.in_programme()
        record = estates.get(name)
        households = record.households if record is not None and record.households else m.households
        modes = {} if names is None else dict(sorted(zip(names[sel], inputs.mode[sel], strict=True)))
        out.append(EstateOption(
            estate=name, cost_rmb=m.cost_rmb, saved_tce=float(inputs.saved_tce[sel].sum()),
            saved_tco2=float(inputs.saved_tco2[sel].sum()),
            freed_mw=float(inputs.freed_capacity_kw[sel].sum()) / 1000.0,
            area_m2={mode: float(inputs.floor_area_m2[sel & (inputs.mode == mode)].sum()) for mode in MODES},
            new_coal_tce=float(inputs.new_coal_tce[sel].sum()),
            new_tco2=float(inputs.new_coal_tce[sel].sum()) * settings.co2_factor_t_tce,
            new_load_mw=float(inputs.new_load_kw[sel].sum()) / 1000.0,
            added_area_m2=float(inputs.added_area_m2[sel].sum()),
            households=int(households), consent_rate=record.consent_rate if record is not None else None,
            three_items_area_m2=float(inputs.floor_area_m2[sel & three].sum()),
            funding_rmb=dict(m.funding_rmb), surplus_rmb=m.surplus_rmb,
            short_life=shorts.get(name, ()),
            switched=(alternative or {}).get(name) if name in shorts else None,
            building_modes={str(k): str(v) for k, v in modes.items()},
            must_do=bool(record is not None and record.must_do)))
    return out


def _number(inputs: Mapping[str, Any], key: str, default: Any, kind: type = float) -> Any:
    value = inputs.get(key, default)
    if value is None:
        return default
    try:
        return kind(value)
    except (TypeError, ValueError):
        raise ValidationError(field=key, value=value) from None


def _years(inputs: Mapping[str, Any]) -> tuple[int, int]:
    if "start_year" not in inputs and "first_year" not in inputs:
        raise ValidationError(field="start_year", value="")
    start = _number(inputs, "start_year", inputs.get("first_year"), int)
    if "years" in inputs:
        return start, _number(inputs, "years", 3, int)
    if "last_year" in inputs:
        return start, _number(inputs, "last_year", start, int) - start + 1
    return start, 3


def _budget(value: Any, years: int, key: str) -> tuple[float, ...]:
    if isinstance(value, (list, tuple)):
        values = [_number({key: v}, key, None) for v in value]
    else:
        values = [_number({key: value}, key, None)]
    if any(v is None for v in values):
        raise ValidationError(field=key, value=value)
    return per_year(values[0], years) if len(values) == 1 else tuple(values)


def problem_from_inputs(inputs: Mapping[str, Any], estates: Sequence[EstateOption],
                        settings: Settings) -> PlanProblem:
    """Read the user's inputs dict (see the module docstring) into a problem."""
    start, years = _years(inputs)
    budget = inputs.get("annual_budget_rmb", inputs.get("budget_rmb_per_year"))
    if budget is None:
        raise ValidationError(field="annual_budget_rmb", value="")
    rules = PlanRules(
        rebuild_cap_share=_number(inputs, "rebuild_cap_share", settings.rebuild_cap_share),
        min_consent_rate=_number(inputs, "min_consent_rate", settings.min_consent_rate),
        min_remaining_life_years=_number(inputs, "min_remaining_life_years", settings.min_remaining_life_years),
        switch_short_life_to_rebuild=bool(inputs.get("switch_short_life_to_rebuild", False)),
        fixed_years={str(k): int(v) for k, v in dict(inputs.get("fixed_years") or {}).items()},
        groups=tuple(tuple(str(m) for m in g) for g in inputs.get("groups") or ()),
        min_three_items_share=_number(inputs, "min_three_items_share", 0.0),
        choose_modes=bool(inputs.get("choose_modes", False)),
        min_rebuild_share=_number(inputs, "min_rebuild_share", 0.0),
        must_do=tuple(sorted(str(m) for m in inputs.get("must_do") or ())))
    sources = {str(k): _budget(v, years, f"budget_{k}")
               for k, v in dict(inputs.get("source_budgets_rmb") or {}).items()}
    return PlanProblem(tuple(estates), start, years, _budget(budget, years, "annual_budget_rmb"),
                       source_budgets_rmb=sources, objective=str(inputs.get("objective", "tce")),
                       rules=rules, method=str(inputs.get("method", "auto")),
                       time_limit_s=_number(inputs, "time_limit_s", 60.0),
                       mip_rel_gap=_number(inputs, "mip_rel_gap", None),
                       aim=str(inputs.get("aim", "saving")), target=_number(inputs, "target", None),
                       economics=Economics.from_settings(settings))
