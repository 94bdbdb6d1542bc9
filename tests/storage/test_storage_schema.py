"""The schema: migrations match the models, constraints hold, upgrades back up first."""
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from retrofit.services.app import open_services
from retrofit.storage.db import make_engine, resolve_url
from retrofit.storage.migrate import HEAD_REVISION, current_revision, head_revision, upgrade_to_head
from retrofit.storage.models import Base


def test_migrations_match_models(db_url):
    engine = make_engine(db_url)
    upgrade_to_head(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert diff == [], diff


def test_open_services_creates_the_schema_through_migrations(db_url):
    with open_services(db_url) as app:
        assert current_revision(app.engine) == head_revision()
        tables = set(inspect(app.engine).get_table_names())
        assert {"estate", "building", "setting", "measure_override", "user_package", "audit_log",
                "plan", "alembic_version"} <= tables
        assert app.upgrade.before is None and app.upgrade.backup is None


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path):
    """Not ours: no backup, no tables added (an older revision of ours is backed up and
    upgraded: test_storage_upgrade_path)."""
    from retrofit.domain.errors import StorageError

    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE notes (text TEXT)")
        con.execute("INSERT INTO notes VALUES ('kept')")
    before = path.read_bytes()
    with pytest.raises(StorageError) as info:
        open_services(str(path))
    assert info.value.code == "db_foreign" and "notes" in info.value.message("en")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.sqlite"]


def test_opening_an_up_to_date_database_takes_no_backup(tmp_path):
    url = str(tmp_path / "x.sqlite")
    open_services(url).close()
    with open_services(url) as app:
        assert app.upgrade.backup is None and not app.upgrade.changed
    assert [p.name for p in tmp_path.iterdir() if ".bak" in p.name] == []


def test_the_head_constant_is_the_newest_migration():
    from retrofit.storage.migrate import HEAD_REVISION

    assert HEAD_REVISION == head_revision()


def test_a_database_at_head_opens_without_alembic(tmp_path):
    """Alembic loads slowly; it is only needed when the schema must change."""
    import subprocess
    import sys

    url = str(tmp_path / "x.sqlite")
    open_services(url).close()
    code = ("import sys; from retrofit.services.app import open_services; a = open_services(sys.argv[1]); "
            "print(a.upgrade.before, a.upgrade.changed, 'alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, url], capture_output=True, text=True, check=True).stdout
    assert out.split() == [HEAD_REVISION, "False", "False"]
    fresh = str(tmp_path / "new.sqlite")                      # a new database still goes through Alembic
    out = subprocess.run([sys.executable, "-c", code, fresh], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["None", "True", "True"]


def test_a_database_with_a_foreign_revision_is_not_taken_for_current(tmp_path):
    path = tmp_path / "odd.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    engine = make_engine(str(path))
    assert current_revision(engine) is None                   # an empty version table: no schema
    engine.dispose()


def test_sqlite_connections_enforce_foreign_keys_and_use_wal(sqlite_url):
    with open_services(sqlite_url) as app, app.engine.connect() as c:
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_plain_paths_and_postgres_urls_are_resolved(tmp_path):
    assert resolve_url(str(tmp_path / "a.sqlite")) == f"sqlite:///{tmp_path / 'a.sqlite'}"
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"


def _insert(app, sql, **params):
    with app.engine.begin() as c:
        c.execute(text(sql), params)


ESTATE_SQL = ("INSERT INTO estate (name, city, district, version, created_at, updated_at) "
              "VALUES (:n, '唐山', :d, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
BUILDING_SQL = ("INSERT INTO building (estate_id, name, year_built, storeys, floor_area_m2, households, "
                "version, created_at, updated_at) VALUES (:e, :n, 1980, :s, 3000, 60, 1, "
                "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")


def test_database_constraints_are_the_last_line_of_defence(app):
    _insert(app, ESTATE_SQL, n="A", d="")
    with pytest.raises(IntegrityError):                       # UNIQUE(name, city, district)
        _insert(app, ESTATE_SQL, n="A", d="")
    _insert(app, ESTATE_SQL, n="A", d="路南区")                # another district is another estate
    _insert(app, BUILDING_SQL, e=1, n="1号楼", s=5)
    with pytest.raises(IntegrityError):                       # UNIQUE(estate_id, building)
        _insert(app, BUILDING_SQL, e=1, n="1号楼", s=5)
    with pytest.raises(IntegrityError):                       # CHECK storeys 1-40
        _insert(app, BUILDING_SQL, e=1, n="2号楼", s=41)
    with pytest.raises(IntegrityError):                       # FK to estate
        _insert(app, BUILDING_SQL, e=999, n="3号楼", s=5)


def test_deleting_an_estate_deletes_its_buildings(app):
    _insert(app, ESTATE_SQL, n="A", d="")
    _insert(app, BUILDING_SQL, e=1, n="1号楼", s=5)
    _insert(app, "DELETE FROM estate WHERE id = 1")
    with app.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM building")).scalar() == 0
