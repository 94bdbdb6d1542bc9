"""Records made from the field vocabulary: Hypothesis strategies for any valid register, and
buildings that sit on the edges of every range (the round-trip tests)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import math

from hypothesis import strategies as st

from retrofit.domain.checks import canonical_package
from retrofit.domain.records import ENUMS, BuildingRecord, EstateRecord, Mode, Register, Status
from retrofit.domain.vocabulary import BUILDING_FIELDS, ESTATE_FIELDS, PACKAGES, THIS_YEAR, Field
from retrofit.io.layout import is_total

THIS = dt.date.today().year
_text = (st.text(st.characters(categories=("L", "N", "P", "S", "Zs"), exclude_characters="\x85\xa0"),
                 min_size=1, max_size=10)
         .map(str.strip).filter(lambda s: bool(s) and is_total(s) is None))
_package = st.sampled_from([p.value for p in PACKAGES]) | _text.filter(lambda s: canonical_package(s) == s)


def _high(f: Field) -> float:
    return THIS if f.high == THIS_YEAR else f.high


def strategy(f: Field) -> st.SearchStrategy:
    """Any valid value of ``f``."""
    if f.kind == "text":
        return _text
    if f.kind == "package":
        return _package
    if f.kind in ("int", "year"):
        return st.integers(int(f.low), int(_high(f)))
    if f.kind in ("float", "fraction"):
        return st.floats(f.low, _high(f), exclude_min=f.low_open, allow_nan=False)
    if f.kind == "money":
        return st.floats(f.low, _high(f), allow_nan=False).map(lambda x: round(x, 2))
    if f.kind == "bool":
        return st.booleans()
    if f.kind == "choice":
        return st.sampled_from(list(ENUMS[f.key]))
    if f.kind == "date":
        return st.dates(dt.date(int(f.low), 1, 1), dt.date(int(f.high), 12, 31))
    raise AssertionError(f.kind)


def consistent(b: BuildingRecord) -> BuildingRecord:
    """The building with its cross-field rules met: added storeys only for add_storey, works
    completed not before the start, a completed building with its completion date."""
    changes: dict = {}
    if b.mode is not Mode.ADD_STOREY and b.added_storeys is not None:
        changes["added_storeys"] = None
    start, done = b.works_start, b.works_completed
    if start is not None and done is not None and done < start:
        changes["works_start"], changes["works_completed"] = done, start
    if b.status is Status.COMPLETED and done is None:
        changes["works_completed"] = start or dt.date(2012, 10, 31)
    return dataclasses.replace(b, **changes) if changes else b


@st.composite
def _building(draw, estate: EstateRecord, name: str) -> BuildingRecord:
    values = {}
    for f in BUILDING_FIELDS[3:]:
        s = strategy(f)
        values[f.key] = draw(s if f.required else st.none() | s)
    return consistent(BuildingRecord(estate.estate, name, estate.city, **values))


@st.composite
def registers(draw, min_buildings: int = 0) -> Register:
    estates, buildings = [], []
    for name in draw(st.lists(_text, min_size=1, max_size=4, unique=True)):
        values = {f.key: draw(st.none() | strategy(f)) for f in ESTATE_FIELDS[2:]}
        estate = EstateRecord(name, draw(_text), **values)
        estates.append(estate)
        for b in draw(st.lists(_text, min_size=min_buildings, max_size=3, unique=True)):
            buildings.append(draw(_building(estate, b)))
    return Register(tuple(estates), tuple(buildings))


def _edges(f: Field) -> list:
    """The smallest and largest values ``f`` accepts."""
    if f.kind in ("int", "year"):
        return [int(f.low), int(_high(f))]
    if f.kind in ("float", "fraction"):
        low = math.nextafter(f.low, math.inf) if f.low_open else f.low
        return [float(low), float(_high(f))]
    if f.kind == "money":
        return [0.0, float(f.high), 0.01, 1234567.89]
    if f.kind == "date":
        return [dt.date(int(f.low), 1, 1), dt.date(int(f.high), 12, 31)]
    if f.kind in ("text", "package"):
        return ["长" * f.max_length, "a"]
    if f.kind == "bool":
        return [True, False]
    if f.kind == "choice":
        return list(ENUMS[f.key])
    raise AssertionError(f.kind)


def edge_register() -> Register:
    """One estate at the longest names, every estate field at an edge; per building field and
    edge one building holding that value, its other optional fields empty."""
    long_name = "小" * ESTATE_FIELDS[0].max_length
    city = "唐山"
    estate_values = {f.key: _edges(f)[-1] for f in ESTATE_FIELDS[2:]}
    estates = [EstateRecord(long_name, city, **estate_values)]
    base = {"year_built": 1980, "storeys": 6, "floor_area_m2": 3600.0, "households": 72}
    buildings = []
    for f in BUILDING_FIELDS[3:]:
        for i, value in enumerate(_edges(f)):
            values = {**base, f.key: value}
            if f.key == "added_storeys":
                values["mode"] = Mode.ADD_STOREY
            if f.key == "status" and value is Status.COMPLETED:
                values["works_completed"] = dt.date(2013, 9, 30)
            if f.key == "works_start":
                values["works_completed"] = dt.date(2100, 12, 31)
            if f.key == "works_completed":
                values["works_start"] = dt.date(1990, 1, 1)
            name = f"{f.key}-{i}"
            buildings.append(BuildingRecord(long_name, name, city, **values))
    buildings.append(BuildingRecord(long_name, "楼" * BUILDING_FIELDS[1].max_length, city, **base))
    return Register(tuple(estates), tuple(buildings))
