"""The programme's targets, defined once: the Tangshan programme's figures for the whole stock
(360,000 tce a year of coal saved, 920,000 t CO2 a year, 800 MW of heating capacity freed, and
10 M m² of new floor area that the freed capacity can heat). The dashboard, the planner and the
programme report compare against these."""
from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True, slots=True)
class ProgrammeTargets:
    saved_tce: float = 360_000.0           # tce/a
    saved_tco2: float = 920_000.0          # t CO2/a
    freed_capacity_mw: float = 800.0       # MW
    extra_area_m2: float = 10_000_000.0    # m²

    def to_dict(self) -> dict[str, float]:
        return asdict(self)


#: The targets in force.
TARGETS = ProgrammeTargets()
