"""Records of the verification tests: the WE-4 block, with works dates."""
from __future__ import annotations

import datetime as dt

import numpy as np

from retrofit.domain.records import BuildingRecord, Structure
from retrofit.estimate import records_to_columns


def block(**changes) -> BuildingRecord:
    """The WE-4 block of domain.md §9.4 (3,600 m², Tangshan) as a record, with changes."""
    values = dict(estate="河北一号院", building="1号楼", city="唐山", year_built=1982, storeys=6,
                  floor_area_m2=3600.0, households=60, structure=Structure.BRICK_CONCRETE,
                  length_m=60.0, width_m=10.0, wwr=0.22, wall_u=1.6, window_u=4.7, roof_u=1.0,
                  floor_u=1.5, air_change_h=0.8, eta_network=0.90, eta_source=0.68)
    values.update(changes)
    return BuildingRecord(**values)


def columns(buildings, works=None) -> dict[str, np.ndarray]:
    """Building columns with works ``[(status, start, completed)]`` (dates as ISO text or None)."""
    cols = records_to_columns(buildings)
    works = works or [("completed", "2010-04-15", "2010-10-20")] * len(buildings)
    date = lambda s: None if s is None else dt.date.fromisoformat(s)  # noqa: E731
    cols["status"] = np.array([w[0] for w in works], dtype=object)
    cols["works_start"] = np.array([date(w[1]) for w in works], dtype=object)
    cols["works_completed"] = np.array([date(w[2]) for w in works], dtype=object)
    return cols
