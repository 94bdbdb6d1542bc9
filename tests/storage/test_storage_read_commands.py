"""The commands that only read (export, estimate, report, plan without --save, import
--dry-run, db backup, verify, meters export) never change a database: no migration, no tables, no backup. An older
schema is read after ``retrofit db upgrade``; a missing or empty file is a clear message; a
database in a read-only folder can still be read."""
from __future__ import annotations

import json

import pytest
from _badfiles import REGISTER_CSV, snapshot
from _dbstates import FIRST, at_first_revision
from _mounts import read_only_folder

from retrofit import i18n
from retrofit.cli import main

READS = {
    "export": ["export", "{out}/out.csv"],
    "estimate": ["estimate", "--json"],
    "report": ["report", "--all", "--jobs", "1", "--out", "{out}/pdf"],
    "programme": ["report", "--kind", "programme", "--out", "{out}/pdf"],
    "plan": ["plan", "--start-year", "2026", "--annual-budget", "1e8", "--json"],
    "import_dry_run": ["import", "{out}/register.csv", "--dry-run"],
    "db_backup": ["db", "backup", "--to", "{out}/copy.sqlite"],
    "verify": ["verify", "--json"],
    "meters_export": ["meters", "export", "{out}/meters.csv"],
}


def _run(capsys, argv: list[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    finally:
        i18n.set_language(None)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def places(tmp_path):
    db_dir, out = tmp_path / "db", tmp_path / "out"
    db_dir.mkdir()
    out.mkdir()
    (out / "register.csv").write_text(REGISTER_CSV, encoding="utf-8")
    return db_dir, out


def _argv(db: str, args: list[str], out) -> list[str]:  # noqa: ANN001
    return ["--lang", "en", "--db", db, *[a.format(out=out) for a in args]]


def _without_wal_index(files: dict) -> dict:
    """SQLite makes the ``-wal`` (empty) and ``-shm`` files of a WAL database for any reader."""
    assert not files.get("records.sqlite-wal")
    return {k: v for k, v in files.items() if not k.endswith(("-wal", "-shm"))}


def test_read_commands_change_nothing(places, capsys):
    db_dir, out = places
    db = str(db_dir / "records.sqlite")
    assert _run(capsys, ["--db", db, "import", str(out / "register.csv")])[0] == 0
    before = _without_wal_index(snapshot(db_dir))
    for name, args in READS.items():
        code, stdout, stderr = _run(capsys, _argv(db, args, out))
        assert code == 0, (name, stderr)
        assert _without_wal_index(snapshot(db_dir)) == before, name
    assert json.loads(_run(capsys, _argv(db, READS["estimate"], out))[1])["totals"]["floor_area_m2"] == 3000
    assert (out / "copy.sqlite").exists() and (out / "out.csv").exists()


def test_an_older_schema_is_read_after_an_upgrade(places, capsys):
    db_dir, out = places
    db = str(db_dir / "records.sqlite")
    at_first_revision(db)
    before = snapshot(db_dir)
    for name, args in READS.items():
        if name == "db_backup":
            continue                                    # a backup of an older schema is fine
        code, _, stderr = _run(capsys, _argv(db, args, out))
        assert code == 2 and "older schema (0001)" in stderr and "retrofit db upgrade" in stderr, name
        assert _without_wal_index(snapshot(db_dir)) == _without_wal_index(before), name
    assert _run(capsys, _argv(db, READS["db_backup"], out))[0] == 0
    code, stdout, _ = _run(capsys, ["--lang", "en", "--db", db, "db", "upgrade"])
    assert code == 0 and f"from {FIRST} to" in stdout and "Backup:" in stdout
    code, stdout, _ = _run(capsys, _argv(db, READS["estimate"], out))
    assert code == 0 and len(json.loads(stdout)["buildings"]) == 20


def test_a_missing_database_is_not_created_by_reading(places, capsys):
    db_dir, out = places
    db = db_dir / "sub" / "records.sqlite"
    for name, args in READS.items():
        code, _, stderr = _run(capsys, _argv(str(db), args, out))
        assert code == 2 and "does not exist" in stderr, name
        code, _, stderr = _run(capsys, ["--db", str(db), *[a.format(out=out) for a in args]])
        assert code == 2 and "不存在" in stderr, name
    assert not db.parent.exists()


def test_an_empty_file_is_read_as_nothing_yet_and_becomes_a_database_on_writing(places, capsys):
    db_dir, out = places
    db = db_dir / "records.sqlite"
    db.write_bytes(b"")
    for name, args in READS.items():
        code, _, stderr = _run(capsys, _argv(str(db), args, out))
        assert code == 2 and "holds no Retrofit Planner data yet" in stderr, name
    assert db.read_bytes() == b"" and sorted(p.name for p in db_dir.iterdir()) == ["records.sqlite"]
    assert _run(capsys, ["--db", str(db), "import", str(out / "register.csv")])[0] == 0
    assert _run(capsys, _argv(str(db), READS["estimate"], out))[0] == 0


def test_a_database_in_a_read_only_folder_can_be_read(places, capsys):
    db_dir, out = places
    db = str(db_dir / "records.sqlite")
    assert _run(capsys, ["--db", db, "import", str(out / "register.csv")])[0] == 0
    with read_only_folder(db_dir):
        for name, args in READS.items():
            code, stdout, stderr = _run(capsys, _argv(db, args, out))
            assert code == 0, (name, stderr)
        code, stdout, _ = _run(capsys, _argv(db, READS["estimate"], out))
        assert json.loads(stdout)["totals"]["floor_area_m2"] == 3000
        code, _, stderr = _run(capsys, ["--lang", "en", "--db", db, "import", str(out / "register.csv")])
        assert code == 2 and "read-only" in stderr and "Traceback" not in stderr
        code, _, stderr = _run(capsys, ["--db", db, "import", str(out / "register.csv")])
        assert code == 2 and "只读" in stderr


def test_postgresql_read_commands_do_not_migrate(pg_url, places, capsys):
    from sqlalchemy import create_engine, inspect

    _, out = places
    at_first_revision(pg_url)
    engine = create_engine(pg_url)
    tables = set(inspect(engine).get_table_names())
    for name in ("export", "estimate", "plan", "import_dry_run"):
        code, _, stderr = _run(capsys, _argv(pg_url, READS[name], out))
        assert code == 2 and "retrofit db upgrade" in stderr, name
    with engine.connect() as c:
        assert c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == FIRST
    assert set(inspect(engine).get_table_names()) == tables
    engine.dispose()
    assert _run(capsys, ["--db", pg_url, "db", "upgrade"])[0] == 0
    code, stdout, _ = _run(capsys, _argv(pg_url, READS["estimate"], out))
    assert code == 0 and len(json.loads(stdout)["buildings"]) == 20
