"""Meter readings as columns, and which building or estate each reading belongs to.

A reading names an estate and, for a building's meter, a building. Estates are matched by name
(an estate name used in two cities cannot be told apart by a meter register: an error), buildings
by estate and name. Names are compared after NFKC and without surrounding spaces, as the
register reader compares them.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter

import numpy as np

from retrofit import i18n
from retrofit.domain.errors import CellError, InputFileError
from retrofit.domain.meters import MeterReading

i18n.register({
    "meter_unknown_estate": {"zh": "记录中没有这个小区", "en": "no estate of this name in the records"},
    "meter_ambiguous_estate": {"zh": "有多个同名小区（{cities}），无法区分",
                               "en": "more than one estate of this name ({cities}); they cannot be told apart"},
    "meter_unknown_building": {"zh": "小区“{estate}”中没有这个楼号", "en": "estate '{estate}' has no building of this name"},
    "meter_no_buildings": {"zh": "小区“{estate}”没有楼栋，无法核验", "en": "estate '{estate}' has no buildings to verify"},
})

#: Float columns of a reading (NaN = not recorded).
FLOAT_KEYS: tuple[str, ...] = ("heat_gj", "heat_mwh", "coal_tce", "heated_area_m2", "heating_days",
                               "mean_outdoor_temp_c", "indoor_temp_c")


def name_key(value: object) -> str:
    """The comparable form of an estate or building name."""
    return "" if value is None else unicodedata.normalize("NFKC", str(value)).strip()


def reading_columns(readings: Sequence[MeterReading]) -> dict[str, np.ndarray]:
    """Readings as columns: ``estate``, ``building`` (object; None = the estate's meter),
    ``season`` (int64) and :data:`FLOAT_KEYS` (float, NaN = not recorded)."""
    out: dict[str, np.ndarray] = {
        "estate": np.array(list(map(attrgetter("estate"), readings)), dtype=object).reshape(-1),
        "building": np.array(list(map(attrgetter("building"), readings)), dtype=object).reshape(-1),
        "season": np.array(list(map(attrgetter("season"), readings)), dtype=np.int64).reshape(-1),
    }
    for key in FLOAT_KEYS:
        values = list(map(attrgetter(key), readings))
        out[key] = np.array([np.nan if v is None else v for v in values], dtype=float).reshape(-1)
    return out


@dataclass(frozen=True, eq=False)
class Matched:
    """Per reading: the building it reads (``building``, -1 for an estate meter) or the estate
    unit (``estate``, -1 for a building's meter). ``estates`` lists the estate units as
    (name, city) and ``members`` the building positions of each."""

    building: np.ndarray
    estate: np.ndarray
    estates: tuple[tuple[str, str], ...]
    members: tuple[np.ndarray, ...]


@dataclass(frozen=True)
class Origin:
    """Where readings came from, to name file, row and column in errors: ``rows[i]`` is the row
    of reading i as a spreadsheet shows it; ``headers`` maps keys to the headers as written."""

    file: str = ""
    rows: Sequence[int] = ()
    headers: Mapping[str, str] | None = None

    def cell(self, i: int, key: str, value: object, code: str, **params: object) -> CellError:
        header = (self.headers or {}).get(key, key)
        row = int(self.rows[i]) if i < len(self.rows) else i + 2
        return CellError(self.file or "meters", row, header, "" if value is None else str(value), code, params)


def match_readings(buildings: Mapping[str, np.ndarray], readings: Mapping[str, np.ndarray],
                   cities: Sequence[str], origin: Origin = Origin()) -> Matched:
    """Match readings to ``buildings`` (columns with ``estate`` and ``building``; ``cities`` the
    city of each building).

    Raises
    ------
    InputFileError
        Listing every reading of an unknown or ambiguous estate or an unknown building (file,
        row, column, value). Nothing is matched in part.
    """
    estates = [name_key(e) for e in buildings["estate"].tolist()]
    names = [name_key(b) for b in buildings["building"].tolist()]
    by_estate: dict[str, dict[str, list[int]]] = {}
    for i, (e, c) in enumerate(zip(estates, cities, strict=True)):
        by_estate.setdefault(e, {}).setdefault(str(c), []).append(i)
    position = {(e, b): i for i, (e, b) in enumerate(zip(estates, names, strict=True))}
    r = len(readings["season"])
    building = np.full(r, -1, dtype=np.intp)
    estate = np.full(r, -1, dtype=np.intp)
    units: dict[tuple[str, str], int] = {}
    errors: list[CellError] = []
    for i, (e_raw, b_raw) in enumerate(zip(readings["estate"].tolist(), readings["building"].tolist(), strict=True)):
        e = name_key(e_raw)
        found = by_estate.get(e)
        if not found:
            errors.append(origin.cell(i, "estate", e_raw, "meter_unknown_estate"))
            continue
        if len(found) > 1:
            errors.append(origin.cell(i, "estate", e_raw, "meter_ambiguous_estate", cities="、".join(sorted(found))))
            continue
        b = name_key(b_raw)
        if b:
            pos = position.get((e, b))
            if pos is None:
                errors.append(origin.cell(i, "building", b_raw, "meter_unknown_building", estate=e))
            else:
                building[i] = pos
        else:
            key = (e, next(iter(found)))
            estate[i] = units.setdefault(key, len(units))
    if errors:
        raise InputFileError(origin.file or "meters", errors)
    keys = tuple(units)
    members = tuple(np.asarray(by_estate[e][c], dtype=np.intp) for e, c in keys)
    return Matched(building, estate, keys, members)
