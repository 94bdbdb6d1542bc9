"""Fixtures of the estimate tests: records of the WE-4 block and small registers."""
from __future__ import annotations

import pytest
from estimate_examples import CSV

from retrofit import i18n
from retrofit.domain.records import BuildingRecord, EstateRecord, Mode, Structure


@pytest.fixture(autouse=True)
def _chinese_by_default():
    i18n.set_language(None)
    yield
    i18n.set_language(None)


@pytest.fixture
def we4_record():
    """Factory: the WE-4 block of domain.md §9.4 as a record, with changes."""
    def make(**changes) -> BuildingRecord:
        values = dict(estate="河北一号院", building="1号楼", city="唐山", year_built=1982, storeys=6,
                      floor_area_m2=3600.0, households=60, structure=Structure.BRICK_CONCRETE,
                      length_m=60.0, width_m=10.0, wwr=0.22, wall_u=1.6, window_u=4.7, roof_u=1.0,
                      floor_u=1.5, air_change_h=0.8, eta_network=0.90, eta_source=0.68)
        values.update(changes)
        return BuildingRecord(**values)
    return make


@pytest.fixture
def small_city(we4_record):
    """Three buildings in two estates, one without its own city (the estate's applies)."""
    buildings = [
        we4_record(),
        we4_record(building="2号楼", city="", floor_area_m2=2500.0, length_m=None, storeys=5,
                   mode=Mode.ADD_STOREY, package="advanced"),
        we4_record(estate="哈尔滨小区", building="A座", city="Harbin", year_built=1979, floor_area_m2=2000.0,
                   length_m=None, storeys=4, structure=None, wall_u=None, mode=Mode.REBUILD),
    ]
    estates = [EstateRecord("河北一号院", "唐山"), EstateRecord("哈尔滨小区", "哈尔滨")]
    return buildings, estates


@pytest.fixture
def register_csv(tmp_path):
    """Factory: write a register CSV (the default has two buildings) and return its path."""
    def make(text: str = CSV, name: str = "register.csv"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path
    return make
