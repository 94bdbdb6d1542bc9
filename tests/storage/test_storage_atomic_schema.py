"""Creating the schema, every upgrade and the desktop app's first start (the demo city) are all or
nothing: the process is killed after each of its SQL statements in turn (killpoints.py). After
every kill the database holds either the old state or the new one, exactly; after the first
kill inside the schema transaction, one in the middle and the last one it is also opened by the
app (upgraded if it holds the old state) and edited (each of those takes a while)."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from _dbfixtures import _admin_engine
from _dbstates import FIRST, at_first_revision
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from retrofit.services.app import open_services
from retrofit.storage import migrate
from retrofit.storage.db import sqlite_path
from retrofit.storage.models import Base

KILLPOINTS = Path(__file__).with_name("killpoints.py")
TABLES = frozenset(Base.metadata.tables) | {"alembic_version"}

#: A later revision that does what real ones do: a new table, a new column filled from the data,
#: and a rebuilt parent table (SQLite batch mode copies it; foreign keys must not cascade).
LATER = '''"""A later revision (test only)."""
import sqlalchemy as sa
from alembic import op

revision = "9002"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_note", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("text", sa.String(50)))
    with op.batch_alter_table("building") as batch:
        batch.add_column(sa.Column("test_flag", sa.Integer(), nullable=True))
    op.execute("UPDATE building SET test_flag = storeys * 2")
    recreate = "always" if op.get_bind().dialect.name == "sqlite" else "auto"
    with op.batch_alter_table("estate", recreate=recreate) as batch:
        batch.alter_column("city", existing_type=sa.String(100), type_=sa.String(120), existing_nullable=False)
    op.execute("INSERT INTO test_note (text) VALUES ('upgraded')")


def downgrade() -> None:
    raise NotImplementedError
'''


class Killer:
    """The helper process of killpoints.py for one scenario and database."""

    def __init__(self, scenario: str, url: str, scripts: Path | None = None, head: str | None = None) -> None:
        extra = [str(scripts), head] if scripts is not None else []
        self.proc = subprocess.Popen([sys.executable, str(KILLPOINTS), scenario, url, *extra],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True)

    def run(self, k: int) -> str:
        self.proc.stdin.write(f"{k}\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline().strip()
        if not answer or answer.startswith("error"):
            self.proc.stdin.close()
            raise AssertionError(f"after {k} statements: {answer}\n{self.proc.stderr.read()}")
        return answer

    def close(self) -> None:
        if self.proc.stdin and not self.proc.stdin.closed:
            self.proc.stdin.close()
        self.proc.wait(timeout=60)

    def __enter__(self) -> Killer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _engine(url: str):
    return create_engine(url, poolclass=__import__("sqlalchemy.pool", fromlist=["NullPool"]).NullPool)


def _state(url: str) -> tuple[frozenset[str], str | None]:
    engine = _engine(url)
    try:
        tables = frozenset(inspect(engine).get_table_names())
        revision = None
        if "alembic_version" in tables:
            with engine.connect() as c:
                revision = c.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return tables, revision
    finally:
        engine.dispose()


def _empty(url: str) -> None:
    path = sqlite_path(url)
    if path is not None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    engine = _engine(url)
    with engine.begin() as c:
        c.execute(text("DROP SCHEMA public CASCADE"))
        c.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def _works(url: str, name: str) -> None:
    """The database opens (upgrading it if it holds the old state) and takes an edit."""
    with open_services(url) as app:
        estate = app.records.create_estate({"estate": name, "city": "唐山"})
        assert app.records.get_estate(estate.id).estate == name


def _samples(statements: int, first: int = 0) -> set[int]:
    """The kill points after which the app opens the database and edits it: three of those
    from ``first`` on."""
    first = first or statements // 4
    return {first, (first + statements) // 2, statements - 1}


@pytest.mark.slow
def test_creating_the_schema_survives_a_kill_after_any_statement(pg_url):
    """PostgreSQL; on SQLite the first start below makes the schema the same way."""
    url, old, new = pg_url, (frozenset(), None), (TABLES, migrate.HEAD_REVISION)
    with Killer("upgrade", url) as killer:
        _empty(url)
        statements = int(killer.run(10**9).split()[1])
        for k in range(1, statements):
            _empty(url)
            assert killer.run(k) == "killed"
            state = _state(url)
            assert state in (old, new), k
            if k in _samples(statements) or state == new:
                _works(url, f"小区{k}")
    assert statements > 10
    assert _state(url) == new


@pytest.fixture
def later_scripts(tmp_path):
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9002_test_later.py").write_text(LATER.format(head=migrate.HEAD_REVISION))
    return folder


class Snapshot:
    """Keeps a copy of the database and puts it back (a file copy, or a PostgreSQL template)."""

    def __init__(self, url: str, tmp_path: Path) -> None:
        self.url, self.path = url, sqlite_path(url)
        if self.path is not None:
            self.copy = tmp_path / "snapshot.sqlite"
            with closing(sqlite3.connect(self.path)) as src, closing(sqlite3.connect(self.copy)) as dst:
                src.backup(dst)
            return
        self.name = make_url(url).database
        self.template = f"{self.name}_tpl"
        with _admin_engine().connect() as c:
            c.execute(text(f'CREATE DATABASE "{self.template}" TEMPLATE "{self.name}"'))

    def restore(self) -> None:
        if self.path is not None:
            _empty(self.url)
            shutil.copyfile(self.copy, self.path)
            return
        with _admin_engine().connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
            c.execute(text(f'CREATE DATABASE "{self.name}" TEMPLATE "{self.template}"'))

    def drop(self) -> None:
        if self.path is None:
            with _admin_engine().connect() as c:
                c.execute(text(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)'))


def _check_later(url: str, estates: int = 4) -> str:
    """The first release's state or the newest, never a mixture; the records intact either way."""
    tables, revision = _state(url)
    engine = _engine(url)
    try:
        columns = {c["name"] for c in inspect(engine).get_columns("building")}
        with engine.connect() as c:
            counts = (c.execute(text("SELECT count(*) FROM estate")).scalar(),
                      c.execute(text("SELECT count(*) FROM building")).scalar())
            packages = set(c.execute(text("SELECT package FROM building")).scalars())
            if revision == "9002":
                assert "test_note" in tables and {"test_flag", "status", "contractor"} <= columns
                assert c.execute(text("SELECT text FROM test_note")).scalars().all() == ["upgraded"]
                assert c.execute(text("SELECT count(*) FROM building WHERE test_flag = storeys * 2")).scalar() == 20
                assert packages == {"usual"}                  # 0002 stores shipped packages by key
            else:
                assert revision == FIRST and "test_note" not in tables
                assert not {"test_flag", "status", "contractor"} & columns and packages == {"常规"}
    finally:
        engine.dispose()
    assert counts == (estates, 20)
    return revision


@pytest.mark.slow
def test_upgrades_survive_a_kill_after_any_statement(db_url, tmp_path, later_scripts, monkeypatch):
    """From the first release's schema through every shipped revision and one more made up here
    (a new table, a new column filled from the data, a rebuilt parent table)."""
    at_first_revision(db_url)
    snapshot = Snapshot(db_url, tmp_path)
    monkeypatch.setattr(migrate, "MIGRATIONS", later_scripts)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9002")
    seen: list[str] = []
    try:
        with Killer("upgrade", db_url, later_scripts, "9002") as killer:
            statements = int(killer.run(10**9).split()[1])
            changed = True
            for k in range(1, statements):
                if changed or snapshot.path is not None:
                    snapshot.restore()
                assert killer.run(k) == "killed"
                seen.append(_check_later(db_url))
                changed = seen[-1] != FIRST
                if k in _samples(statements) or changed:
                    _works(db_url, f"新小区{k}")
                    assert _check_later(db_url, estates=5) == "9002"
                    changed = True
    finally:
        snapshot.drop()
    assert statements > 20 and FIRST in seen and set(seen) <= {FIRST, "9002"}
    for backup in tmp_path.glob("*.bak.sqlite"):             # each upgrade of the file backed it up first
        with closing(sqlite3.connect(backup)) as con:
            assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST,)


@pytest.fixture(scope="module")
def demo_city():
    from retrofit import demo

    return demo.build_city()


@pytest.mark.slow
def test_the_first_start_survives_a_kill_after_any_statement(sqlite_url, demo_city, monkeypatch):
    """The desktop app's first start (a SQLite file) makes the schema and the demo city; a
    half-made city is never taken for a finished one."""
    from retrofit import demo

    monkeypatch.setattr(demo, "build_city", lambda *args, **kwargs: demo_city)
    url, old, new = sqlite_url, (frozenset(), None), (TABLES, migrate.HEAD_REVISION)
    with Killer("demo", url) as killer:
        _empty(url)
        statements = int(killer.run(10**9).split()[1])
        first_city_statement = None
        for k in range(1, statements):
            _empty(url)
            assert killer.run(k) == "killed"
            state = _state(url)
            assert state in (old, new), k
            if state == new:
                engine = _engine(url)
                with engine.connect() as c:
                    assert c.execute(text("SELECT count(*) FROM estate")).scalar() == 0, k   # never a part
                engine.dispose()
                first_city_statement = first_city_statement or k
            if first_city_statement and k in _samples(statements, first_city_statement):
                assert demo.ensure_demo(url) is True
                with open_services(url) as app:
                    assert len(app.records.list_estates()) == demo.N_ESTATES
                    assert len(app.records.list_buildings()) == len(demo_city.buildings)
                assert demo.ensure_demo(url) is False
    assert statements > 20 and first_city_statement is not None
