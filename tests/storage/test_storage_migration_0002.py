"""Revision 0002 on a database of revision 0001 that holds data: the new columns arrive empty,
values outside the ranges of the one field table are cleared and written to the audit log,
packages written in Chinese become their keys, and the new CHECK constraints hold."""
import datetime as dt

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from retrofit.services.app import open_services
from retrofit.storage.db import make_engine
from retrofit.storage.migrate import HEAD_REVISION, alembic_config, current_revision, upgrade_to_head

T = "'2020-01-01 00:00:00'"


def _database_at_0001(url: str) -> None:
    engine = make_engine(url)
    cfg = alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0001")
    with engine.begin() as c:
        c.execute(text(f"INSERT INTO estate (id, name, city, district, version, created_at, updated_at) "
                       f"VALUES (1, '河北1号小区', '唐山', '', 1, {T}, {T})"))
        rows = [(1, "1号楼", 3000.5, 800.0, "常规", 1995, 250.0, None),
                (2, "2号楼", 4200.0, 60.0, "深度", 2012, 40.0, 8.5),
                (3, "3号楼", 2400.0, None, "Basic", None, None, 1.2),
                (4, "4号楼", 2400.0, None, "唐山2024方案", None, None, None)]
        for bid, name, area, length, package, year, life, wall_u in rows:
            c.execute(text("INSERT INTO building (id, estate_id, name, year_built, storeys, floor_area_m2, households, "
                           "length_m, package, planned_year, remaining_life_years, wall_u, version, created_at, "
                           f"updated_at) VALUES (:id, 1, :name, 1980, 5, :area, 60, :length, :package, :year, :life, "
                           f":wall_u, 1, {T}, {T})"),
                      {"id": bid, "name": name, "area": area, "length": length, "package": package, "year": year,
                       "life": life, "wall_u": wall_u})
    assert current_revision(engine) == "0001"
    engine.dispose()


def test_upgrade_keeps_the_data_and_clears_what_the_new_ranges_refuse(db_url):
    _database_at_0001(db_url)
    engine = make_engine(db_url)
    report = upgrade_to_head(engine)
    assert (report.before, report.after) == ("0001", HEAD_REVISION)
    engine.dispose()
    with open_services(db_url) as app:
        rows = {r["building"]: r for r in app.records.list_buildings()}
        assert rows["1号楼"]["floor_area_m2"] == 3000.5
        assert (rows["1号楼"]["length_m"], rows["1号楼"]["planned_year"], rows["1号楼"]["remaining_life_years"]) == (
            None, None, None)
        assert (rows["2号楼"]["length_m"], rows["2号楼"]["planned_year"], rows["2号楼"]["wall_u"]) == (60.0, 2012, None)
        assert rows["3号楼"]["wall_u"] == 1.2
        assert [rows[f"{i}号楼"]["package"] for i in range(1, 5)] == ["usual", "advanced", "basic", "唐山2024方案"]
        assert all(rows[b][k] is None for b in rows for k in ("status", "works_start", "actual_cost_rmb", "contractor"))
        audit = {(e["entity_id"], e["source"]): e["changes"] for e in app.records.audit_log()}
        assert audit[(1, "upgrade")] == {"length_m": [800.0, None], "planned_year": [1995, None],
                                         "remaining_life_years": [250.0, None]}
        assert audit[(2, "upgrade")] == {"wall_u": [8.5, None]}
        assert (3, "upgrade") not in audit
        # the new fields can be written, and the database refuses what the vocabulary refuses
        row = app.records.update_building(rows["2号楼"].id, rows["2号楼"].version, {
            "status": "completed", "works_start": "2012年4月", "works_completed": "2012/10/15",
            "actual_cost_rmb": 1234567.891, "contractor": "唐山建工集团"})
        assert (row["works_start"], row["works_completed"], row["actual_cost_rmb"]) == (
            dt.date(2012, 4, 1), dt.date(2012, 10, 15), 1234567.89)
        with pytest.raises(IntegrityError), app.engine.begin() as c:
            c.execute(text("UPDATE building SET length_m = 800 WHERE id = 2"))
        with pytest.raises(IntegrityError), app.engine.begin() as c:
            c.execute(text("UPDATE building SET status = '竣工' WHERE id = 2"))
