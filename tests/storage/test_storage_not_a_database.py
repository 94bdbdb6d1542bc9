"""A file that is not our database (text, a CSV, a truncated or corrupted database, a folder,
another program's SQLite file with or without an ``estate`` table or an Alembic revision) is
refused by every command: a clear message in Chinese and in English, exit code 2, no
traceback, and nothing changed (no backup, no tables, no journal files)."""
from __future__ import annotations

import pytest
from _badfiles import EXPECTED, KINDS, REGISTER_CSV, snapshot

from retrofit import i18n
from retrofit.cli import main

#: Every command that opens the database, with its arguments ({out}: a folder elsewhere).
COMMANDS = {
    "export": ["export", "{out}/out.xlsx"],
    "estimate": ["estimate", "--json"],
    "report": ["report", "--all", "--out", "{out}/pdf"],
    "plan": ["plan", "--start-year", "2026", "--annual-budget", "1e9"],
    "plan_save": ["plan", "--start-year", "2026", "--annual-budget", "1e9", "--save", "x"],
    "import": ["import", "{out}/register.csv"],
    "import_dry_run": ["import", "{out}/register.csv", "--dry-run"],
    "demo": ["demo"],
    "db_upgrade": ["db", "upgrade"],
    "db_backup": ["db", "backup"],
    "verify": ["verify", "--json"],
    "meters_export": ["meters", "export", "{out}/meters.csv"],
    "meters_import": ["meters", "import", "{out}/meters.csv"],
    "meters_import_dry_run": ["meters", "import", "{out}/meters.csv", "--dry-run"],
}
ZH = {"text": "不是数据库文件", "csv": "不是数据库文件", "truncated": "已损坏", "corrupted": "已损坏",
      "folder": "是文件夹", "other_app": "不是本程序的数据库", "other_app_with_estate": "不是本程序的数据库",
      "other_alembic_app": "不是本程序的数据库"}


@pytest.fixture
def places(tmp_path):
    db_dir, out = tmp_path / "db", tmp_path / "out"
    db_dir.mkdir()
    out.mkdir()
    (out / "register.csv").write_text(REGISTER_CSV, encoding="utf-8")
    return db_dir, out


def _run(capsys, argv: list[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    finally:
        i18n.set_language(None)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_command_refuses_what_is_not_our_database(kind, places, capsys):
    db_dir, out = places
    path = KINDS[kind](db_dir)
    before, outputs = snapshot(db_dir), snapshot(out)
    for name, args in COMMANDS.items():
        for lang, expected in (("zh", ZH[kind]), ("en", EXPECTED[kind])):
            argv = ["--lang", lang, "--db", str(path), *[a.format(out=out) for a in args]]
            code, stdout, stderr = _run(capsys, argv)
            assert code == 2, (name, lang, stdout, stderr)
            assert expected in stderr and str(path) in stderr, (name, lang, stderr)
            assert "Traceback" not in stderr and stdout == "", (name, lang)
            assert snapshot(db_dir) == before, (name, lang)           # no backup, no tables, no journal
            assert snapshot(out) == outputs, (name, lang)             # and no output either


def test_a_schema_left_half_made_by_an_older_version_is_rebuilt(tmp_path):
    """Earlier versions created the tables one by one: killed midway, they left some of our
    tables, empty, and no revision. Opening such a file now builds the schema (after a backup)."""
    import sqlite3
    from contextlib import closing

    from sqlalchemy import create_engine

    from retrofit.services.app import open_services
    from retrofit.storage.models import Base

    path = tmp_path / "half.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    tables = [Base.metadata.tables[name] for name in ("audit_log", "estate", "measure_override")]
    Base.metadata.create_all(engine, tables=tables)
    with engine.begin() as c:
        c.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    engine.dispose()
    with open_services(str(path)) as app:
        assert app.upgrade.backup is not None
        estate = app.records.create_estate({"estate": "甲", "city": "唐山"})
        assert app.records.get_estate(estate.id).estate == "甲"
    with closing(sqlite3.connect(path)) as con:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"building", "plan", "setting", "user_package"} <= names


def test_our_table_names_with_rows_are_not_taken_for_a_half_made_schema(tmp_path, capsys):
    import sqlite3
    from contextlib import closing

    path = tmp_path / "x.sqlite"
    with closing(sqlite3.connect(path)) as con, con:
        con.execute("CREATE TABLE setting (key VARCHAR(80) PRIMARY KEY, value JSON, updated_at DATETIME)")
        con.execute("INSERT INTO setting VALUES ('theme', '\"dark\"', '2025-01-01')")
    before = path.read_bytes()
    code, _, err = _run(capsys, ["--lang", "en", "--db", str(path), "db", "upgrade"])
    assert code == 2 and "not a Retrofit Planner database" in err
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["x.sqlite"]


def test_a_database_of_a_newer_version_is_refused(tmp_path, capsys):
    import sqlite3
    from contextlib import closing

    from retrofit.services.app import open_services

    path = tmp_path / "new.sqlite"
    open_services(str(path)).close()
    with closing(sqlite3.connect(path)) as con, con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    before = snapshot(tmp_path)
    for command in (["db", "upgrade"], ["export", str(tmp_path / "x.csv")], ["demo"]):
        code, _, err = _run(capsys, ["--lang", "en", "--db", str(path), *command])
        assert code == 2 and "made by a newer version" in err and "9999" in err, command
    assert snapshot(tmp_path) == before


def test_another_programs_postgresql_database_is_refused(pg_url, capsys):
    from sqlalchemy import create_engine, inspect

    engine = create_engine(pg_url)
    with engine.begin() as c:
        c.exec_driver_sql("CREATE TABLE estate (id serial PRIMARY KEY, owner text)")
        c.exec_driver_sql("INSERT INTO estate (owner) VALUES ('李')")
    for command in (["db", "upgrade"], ["estimate"], ["demo"]):
        code, _, err = _run(capsys, ["--lang", "en", "--db", pg_url, *command])
        assert code == 2 and "not a Retrofit Planner database" in err, command
    assert inspect(engine).get_table_names() == ["estate"]
    engine.dispose()


def test_an_unreachable_server_is_a_clear_message(capsys):
    code, _, err = _run(capsys, ["--lang", "en", "--db", "postgresql://nobody@127.0.0.1:9/none", "estimate"])
    assert code == 2 and "Cannot open the database" in err and "Traceback" not in err
