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


@dataclass(frozen=True, slots=True)
class NetOfNewLoad:
    """Savings net of the new load (``method.md`` §9): add-storey and rebuild add floor area
    whose coal and plant load are reported apart from the savings; net of them, a programme
    saves less coal, frees less capacity and can connect less new floor area."""

    new_coal_tce: float              # coal of the added floor area [tce/a]
    new_tco2: float                  # [t CO2/a]
    new_load_mw: float               # its load at the heat source [MW]
    saved_tce: float                 # net [tce/a]
    saved_tco2: float                # net [t CO2/a]
    freed_capacity_mw: float         # net [MW]
    extra_area_m2: float             # net freed capacity / planning index [m²]


def net_of_new_load(saved_tce: float, saved_tco2: float, freed_capacity_mw: float, new_coal_tce: float,
                    new_tco2: float, new_load_mw: float, planning_index_w_m2: float = 0.0) -> NetOfNewLoad:
    """The figures net of the new load: each gross figure less the added floor area's share (its
    coal, its CO2, its plant load), and the floor area that net capacity can heat at the planning
    index (0 when no planning index is given)."""
    net_mw = freed_capacity_mw - new_load_mw
    return NetOfNewLoad(new_coal_tce=new_coal_tce, new_tco2=new_tco2, new_load_mw=new_load_mw,
                        saved_tce=saved_tce - new_coal_tce, saved_tco2=saved_tco2 - new_tco2, freed_capacity_mw=net_mw,
                        extra_area_m2=net_mw * 1e6 / planning_index_w_m2 if planning_index_w_m2 > 0 else 0.0)
