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

from retrofit.domain.errors import CellError, InputFileError
from retrofit.domain.meters import MeterReading

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


def match_by_ids(buildings: Mapping[str, np.ndarray], readings: Mapping[str, np.ndarray],
                 cities: Sequence[str]) -> Matched:
    """Match stored readings (``estate_id``, ``building_id``, -1 or NaN for an estate's meter) to
    stored buildings (``id``, ``estate_id``); readings of buildings or estates not among them are
    left out."""
    ids = np.asarray(buildings["id"], dtype=np.int64)
    estate_ids = np.asarray(buildings["estate_id"], dtype=np.int64)
    r_building = np.nan_to_num(np.asarray(readings["building_id"], dtype=float), nan=-1).astype(np.int64)
    r_estate = np.asarray(readings["estate_id"], dtype=np.int64)
    position = {int(i): p for p, i in enumerate(ids.tolist())}
    building = np.array([position.get(b, -1) for b in r_building.tolist()], dtype=np.intp)
    metered = np.unique(r_estate[r_building < 0])
    keys: list[tuple[str, str]] = []
    members: list[np.ndarray] = []
    unit_of: dict[int, int] = {}
    for eid in metered.tolist():
        idx = np.flatnonzero(estate_ids == eid)
        if len(idx):
            unit_of[eid] = len(keys)
            keys.append((name_key(buildings["estate"][idx[0]]), str(cities[int(idx[0])])))
            members.append(idx.astype(np.intp))
    estate = np.array([unit_of.get(e, -1) if b < 0 else -1 for e, b in zip(r_estate.tolist(), r_building.tolist(),
                                                                             strict=True)], dtype=np.intp)
    return Matched(building, estate, tuple(keys), tuple(members))


def match_readings(buildings: Mapping[str, np.ndarray], readings: Mapping[str, np.ndarray],
                   cities: Sequence[str], origin: Origin = Origin()) -> Matched:
    """Match readings to ``buildings`` (columns with ``estate`` and ``building``; ``cities`` the
    city of each building). Stored readings and buildings (with ids) are matched by their ids
    (:func:`match_by_ids`).

    Raises
    ------
    InputFileError
        Listing every reading of an unknown or ambiguous estate or an unknown building (file,
        row, column, value). Nothing is matched in part.
    """
    if "building_id" in readings and "id" in buildings and "estate_id" in buildings:
        return match_by_ids(buildings, readings, cities)
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
