"""Which estates the reports dialog lists: by district, planned year, saved plan and a search
(plain data, no widgets)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from retrofit.domain.naming import natural_key
from retrofit.services.api import AppServices
from retrofit.services.dto import EstateRow


def planned_years(services: AppServices, estate_ids: Sequence[int]) -> dict[int, set[int]]:
    """The planned years of each estate's buildings (read from every building)."""
    wanted = set(estate_ids)
    years: dict[int, set[int]] = defaultdict(set)
    for b in services.records.list_buildings(None):
        year = b.values.get("planned_year")
        if year is not None and b.estate_id in wanted:
            years[b.estate_id].add(int(year))
    return dict(years)


def plan_estates(services: AppServices, plan_id: int) -> set[str]:
    """The names of the estates a saved plan schedules."""
    result = services.plans.get(plan_id).result
    return {name for year in result.years for name in year.estates} if result is not None else set()


@dataclass
class EstateChoice:
    estates: Sequence[EstateRow]
    years: dict[int, set[int]] = field(default_factory=dict)
    plan: set[str] | None = None              # estate names of the chosen saved plan

    def districts(self) -> list[str]:
        return sorted({e.district for e in self.estates if e.district}, key=natural_key)

    def matching(self, district: str | None, year: int | None, text: str) -> list[EstateRow]:
        """The estates of ``district``, with a building planned in ``year``, in the chosen plan,
        whose name, district or address contains ``text`` (any case); None and "" match all."""
        needle = text.strip().casefold()
        out = []
        for e in self.estates:
            if district is not None and e.district != district:
                continue
            if year is not None and year not in self.years.get(e.id, ()):
                continue
            if self.plan is not None and e.estate not in self.plan:
                continue
            if needle and needle not in " ".join(filter(None, (e.estate, e.district, e.address))).casefold():
                continue
            out.append(e)
        return out
