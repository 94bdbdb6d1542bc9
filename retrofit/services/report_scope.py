"""The programme plan a report run follows: its modes and years replace the recorded ones.

A plan (given, or the newest approved stored one) says in which year each of its estates is done
and, when the planner chose the modes, in which mode each building. The reports of an estate in
the plan show those modes and that year; the programme report shows only the plan's estates.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from retrofit.planner.plan import PlanResult, SavedPlan


@dataclass(frozen=True)
class ReportPlan:
    """A plan as the reports use it; ``saved`` is the stored plan it comes from, if any."""

    result: PlanResult
    saved: SavedPlan | None = None

    @classmethod
    def of(cls, plan: PlanResult | SavedPlan | None) -> ReportPlan | None:
        if isinstance(plan, SavedPlan):
            return cls(plan.result, plan) if plan.result is not None else None
        return cls(plan) if plan is not None else None

    @property
    def name(self) -> str:
        return self.saved.name if self.saved is not None else ""

    @cached_property
    def years(self) -> dict[str, int]:
        """Estate → year of its works."""
        return self.result.estate_year()

    @cached_property
    def modes(self) -> dict[tuple[str, str], str]:
        """(estate, building) → the mode the plan gives it."""
        return {(e.estate, b): m for e in self.result.estates for b, m in e.building_modes.items()}

    def covers(self, estate: str) -> bool:
        return estate in self.years

    def apply(self, cols: Mapping[str, np.ndarray], everything: bool = False) -> dict[str, np.ndarray]:
        """``cols`` (``load_columns`` format) with the plan's modes and years for its estates;
        with ``everything``, the buildings of the estates it leaves out are taken out (mode
        ``none``, no year)."""
        out = dict(cols)
        estates = np.asarray(cols["estate"], dtype=object).tolist()
        buildings = np.asarray(cols["building"], dtype=object).tolist()
        mode = np.array(cols["mode"], dtype=object)
        year = np.array(cols["planned_year"], dtype=float)
        for i, (estate, building) in enumerate(zip(estates, buildings, strict=True)):
            planned = self.years.get(estate)
            if planned is None:
                if everything:
                    mode[i], year[i] = "none", np.nan
                continue
            year[i] = planned
            mode[i] = self.modes.get((estate, building), mode[i])
        out["mode"], out["planned_year"] = mode, year
        return out
