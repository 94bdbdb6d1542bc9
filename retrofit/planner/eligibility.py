"""Which estates may enter the programme, and what the others are waiting for.

An estate enters only if

* its residents' consent rate is recorded and at least the minimum (default 2/3);
* no building in an energy-retrofit mode (retrofit, add_storey) has less remaining life than the
  minimum (default 20 years); with ``switch_short_life_to_rebuild`` such buildings are planned
  as rebuilds instead (the estate's ``switched`` figures);
* every estate it must go together with may enter too.

A building with no recorded remaining life is not held back. When the planner chooses modes
(``choose_modes``), an estate that may enter is offered in every way its records allow (its
``alternatives``, built so that short-life buildings are rebuilt); an estate without
alternatives is offered as recorded.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from retrofit import i18n
from retrofit.planner.model import EstateOption, PlanProblem


@dataclass(frozen=True, slots=True)
class Waiting:
    estate: str
    code: str
    params: dict

    def reason(self, lang: str | None = None) -> str:
        return i18n.message(self.code, lang, **self.text_params(lang))

    def text_params(self, lang: str | None = None) -> dict[str, str]:
        """Parameters as text; lists of names joined the way the language writes them."""
        sep = "、" if i18n.language(lang) == "zh" else ", "
        return {k: sep.join(v) if isinstance(v, tuple) else str(v) for k, v in sorted(self.params.items())}


def _pct(value: float) -> int:
    return int(math.floor(value * 100 + 0.5))


def consent_reason(option: EstateOption, min_rate: float) -> Waiting | None:
    """Why the consent rule holds the estate back, or None."""
    if option.consent_rate is None:
        return Waiting(option.estate, "plan_wait_no_consent", {"min": _pct(min_rate)})
    if option.consent_rate >= min_rate - 1e-9:
        return None
    households = max(option.households, 0)
    needed = math.ceil(min_rate * households - 1e-9) - round(option.consent_rate * households)
    return Waiting(option.estate, "plan_wait_consent",
                   {"rate": _pct(option.consent_rate), "min": _pct(min_rate), "needed": max(needed, 1)})


def screen(problem: PlanProblem) -> tuple[list[EstateOption], list[Waiting]]:
    """Split the estates into candidates (switched where the rules allow; several per estate
    when the planner chooses modes) and waiting ones.

    Both lists come back sorted by estate name (an estate's candidates in the order offered).
    """
    rules = problem.rules
    candidates: dict[str, list[EstateOption]] = {}
    waiting: dict[str, Waiting] = {}
    for option in sorted(problem.estates, key=lambda e: e.estate):
        reason = consent_reason(option, rules.min_consent_rate)
        if reason is None and rules.choose_modes and option.alternatives:
            candidates[option.estate] = list(option.alternatives)
            continue
        if reason is None and option.short_life:
            if rules.switch_short_life_to_rebuild and option.switched is not None:
                option = option.switched
            else:
                reason = Waiting(option.estate, "plan_wait_short_life", {
                    "count": len(option.short_life), "years": f"{rules.min_remaining_life_years:g}",
                    "buildings": tuple(option.short_life)})
        if reason is None:
            candidates[option.estate] = [option]
        else:
            waiting[option.estate] = reason
    _hold_back_groups(rules.groups, candidates, waiting)
    return ([o for name in sorted(candidates) for o in candidates[name]],
            sorted(waiting.values(), key=lambda w: w.estate))


def _hold_back_groups(groups: tuple[tuple[str, ...], ...], candidates: dict[str, list[EstateOption]],
                      waiting: dict[str, Waiting]) -> None:
    changed = True
    while changed:                      # groups may share members: repeat until stable
        changed = False
        for group in groups:
            blocked = sorted(m for m in group if m not in candidates)
            if not blocked:
                continue
            for member in group:
                if member in candidates:
                    del candidates[member]
                    partners = tuple(m for m in blocked if m != member)
                    waiting[member] = Waiting(member, "plan_wait_group", {"partners": partners})
                    changed = True
