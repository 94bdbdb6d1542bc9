"""Databases in the states of earlier releases, made in the tests."""
from __future__ import annotations

from sqlalchemy import text

from retrofit.storage import migrate

FIRST = "0001"


def at_first_revision(url: str) -> None:
    """A database of the first release (revision 0001) with 4 estates and 20 buildings."""
    from alembic import command

    from retrofit.storage.db import make_engine, schema_transaction, use_wal

    engine = make_engine(url)
    use_wal(engine)
    with schema_transaction(engine) as connection:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, FIRST)
    stamp = "'2025-01-01 00:00:00'"
    with engine.begin() as c:
        for i in range(4):
            c.execute(text(f"INSERT INTO estate (name, city, district, version, created_at, updated_at) "
                           f"VALUES ('小区{i}', '唐山', '', 1, {stamp}, {stamp})"))
        for i in range(20):
            c.execute(text(f"INSERT INTO building (estate_id, name, year_built, storeys, floor_area_m2, households, "
                           f"package, version, created_at, updated_at) VALUES ({i % 4 + 1}, '{i}号楼', 1980, "
                           f"{3 + i % 4}, 3000, 60, '常规', 1, {stamp}, {stamp})"))
    engine.dispose()
