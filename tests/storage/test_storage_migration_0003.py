"""Revision 0003 (meter readings) on a database of revision 0002 that holds data: the data stays,
a SQLite file is backed up first, and readings can be stored and refused as the register says."""
import sqlite3

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from retrofit.domain.meters import MeterReading, MeterRegister
from retrofit.services.app import open_services
from retrofit.storage.db import make_engine, sqlite_path
from retrofit.storage.migrate import HEAD_REVISION, alembic_config, current_revision

T = "'2020-01-01 00:00:00'"


def _database_at_0002(url: str) -> None:
    engine = make_engine(url)
    cfg = alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0002")
    with engine.begin() as c:
        c.execute(text(f"INSERT INTO estate (id, name, city, district, version, created_at, updated_at) "
                       f"VALUES (1, '河北1号小区', '唐山', '', 1, {T}, {T})"))
        c.execute(text("INSERT INTO building (id, estate_id, name, year_built, storeys, floor_area_m2, households, "
                       "status, works_start, works_completed, actual_cost_rmb, version, created_at, updated_at) "
                       f"VALUES (1, 1, '1号楼', 1980, 5, 3000.5, 60, 'completed', '2010-04-15', '2010-10-20', "
                       f"1250000.5, 1, {T}, {T})"))
    assert current_revision(engine) == "0002"
    engine.dispose()


def test_upgrade_from_0002_keeps_the_data_and_adds_meter_readings(db_url):
    _database_at_0002(db_url)
    with open_services(db_url) as app:
        assert (app.upgrade.before, app.upgrade.after) == ("0002", HEAD_REVISION)
        path = sqlite_path(db_url)
        if path is not None:                                         # SQLite: a copy at 0002 next to it
            backup = app.upgrade.backup
            assert backup is not None and backup.parent == path.parent
            with sqlite3.connect(backup) as con:
                assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [("0002",)]
                assert con.execute("SELECT floor_area_m2 FROM building").fetchall() == [(3000.5,)]
        row = app.records.list_buildings()[0]
        assert (row["floor_area_m2"], str(getattr(row["status"], "value", row["status"])), str(row["works_completed"]), row["actual_cost_rmb"]) == (
            3000.5, "completed", "2010-10-20", 1250000.5)
        summary = app.verification.commit_register(MeterRegister((
            MeterReading("河北1号小区", "1号楼", 2009, heat_gj=1100.0),
            MeterReading("河北1号小区", None, 2011, coal_tce=20.0)), "m.csv"))
        assert summary.inserted == 2
        assert app.verification.verify().to_dict()["buildings"][0]["seasons_before"] == 1
        with pytest.raises(IntegrityError), app.engine.begin() as c:
            c.execute(text("INSERT INTO meter_reading (estate_id, building_id, season, created_at, updated_at) "
                           f"VALUES (1, 1, 2012, {T}, {T})"))
