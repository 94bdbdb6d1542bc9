"""Reads for the engine: the register of a database, its settings, and columns."""
import math

import numpy as np
import pytest

from retrofit.domain.records import BuildingRecord, EstateRecord, Mode, Register, Structure
from retrofit.domain.settings import Settings
from retrofit.services.app import open_services
from retrofit.storage.db import DB_FILENAME, default_url
from retrofit.storage.load import load_columns, load_register, load_settings

REG = Register(
    estates=(EstateRecord("甲", "唐山", district="路北区", consent_rate=0.7),),
    buildings=(BuildingRecord(estate="甲", building="1号楼", city="唐山", year_built=1978, storeys=5,
                              floor_area_m2=3000.0, households=60, structure=Structure.LARGE_PANEL,
                              stairwell_heated=True, mode=Mode.REBUILD),
               BuildingRecord(estate="甲", building="2号楼", city="唐山", year_built=1985, storeys=6,
                              floor_area_m2=3600.0, households=70)))


@pytest.fixture
def filled(db_url):
    with open_services(db_url) as app:
        app.imports.commit_register(REG)
        app.settings.update({"co2_factor_t_tce": 2.6})
    return db_url


def test_load_register_gives_records_and_settings(filled):
    reg = load_register(filled)
    assert reg.buildings == REG.buildings and reg.estates == REG.estates
    expected = Settings(co2_preset="ipcc_2_6", co2_factor_t_tce=2.6)     # the factor names its preset
    assert reg.extra["settings"] == expected == load_settings(filled)
    assert len(reg.extra["building_ids"]) == 2


def test_load_columns_types_and_missing_values(filled):
    with open_services(filled) as app:
        cols = load_columns(app.engine)
        one = load_columns(app.engine, building_ids=[int(cols["id"][1])])
    assert cols["estate"].tolist() == ["甲", "甲"] and cols["city"].tolist() == ["唐山", "唐山"]
    assert cols["structure"].tolist() == ["large_panel", None]
    assert cols["stairwell_heated"][0] == 1.0 and math.isnan(cols["stairwell_heated"][1])
    assert cols["floor_area_m2"].dtype == np.float64 and cols["id"].dtype == np.int64
    assert one["building"].tolist() == ["2号楼"]


def test_an_empty_database_loads_empty(db_url):
    with open_services(db_url) as app:
        cols = load_columns(app.engine)
    assert all(len(v) == 0 for v in cols.values())
    assert load_register(db_url).buildings == ()


def test_default_database_is_in_retrofit_home(monkeypatch, tmp_path):
    monkeypatch.setenv("RETROFIT_HOME", str(tmp_path))
    monkeypatch.delenv("RETROFIT_DB", raising=False)
    assert default_url() == f"sqlite:///{tmp_path / DB_FILENAME}"
    with open_services() as app:
        assert app.url == default_url()
    assert (tmp_path / DB_FILENAME).exists()
    monkeypatch.setenv("RETROFIT_DB", str(tmp_path / "other.sqlite"))
    assert default_url() == f"sqlite:///{tmp_path / 'other.sqlite'}"
