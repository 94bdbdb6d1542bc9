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


#: Addresses of a PostgreSQL server that cannot be reached.
UNREACHABLE = {"refused": "postgresql://nobody:secret@127.0.0.1:9/none",
               "unknown_host": "postgresql://nobody:secret@nonexistent.invalid/none"}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("server", sorted(UNREACHABLE))
def test_every_command_says_when_the_server_cannot_be_reached(server, command, places, capsys):
    _, out = places
    argv = [a.format(out=out) for a in COMMANDS[command]]
    for lang, says in (("zh", "无法连接数据库服务器"), ("en", "Cannot connect to the database server")):
        code, stdout, err = _run(capsys, ["--lang", lang, "--db", UNREACHABLE[server], *argv])
        assert code == 2 and says in err and "Traceback" not in err and stdout == "", (command, err)
        assert "secret" not in err and "nobody:***@" in err                 # the password is not shown


def test_a_server_that_does_not_answer_is_given_up_after_the_connect_timeout(capsys, monkeypatch):
    import socket
    import time

    from retrofit.storage import db

    monkeypatch.setattr(db, "CONNECT_TIMEOUT_S", 2)
    with socket.socket() as silent:                       # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        url = f"postgresql://nobody@127.0.0.1:{silent.getsockname()[1]}/none"
        started = time.monotonic()
        code, _, err = _run(capsys, ["--lang", "en", "--db", url, "estimate"])
    assert code == 2 and "Cannot connect to the database server" in err and "timeout" in err
    assert time.monotonic() - started < 30                    # not the minutes of TCP's own retries


def test_a_refused_login_and_a_missing_database_are_clear_messages(pg_url, capsys):
    from sqlalchemy.engine import make_url

    url = make_url(pg_url)
    no_role = url.set(username="nobody_here", password="wrong").render_as_string(hide_password=False)
    no_database = url.set(database="no_such_database").render_as_string(hide_password=False)
    for lang, says in (("zh", "数据库服务器拒绝登录"), ("en", "refused the login")):
        code, _, err = _run(capsys, ["--lang", lang, "--db", no_role, "estimate"])
        assert code == 2 and says in err and 'role "nobody_here" does not exist' in err and "wrong" not in err
    for lang, says in (("zh", "数据库服务器上没有数据库"), ("en", "has no database")):
        code, _, err = _run(capsys, ["--lang", lang, "--db", no_database, "demo"])
        assert code == 2 and says in err and "no_such_database" in err, err


@pytest.mark.parametrize("error, code, reason", [
    ('connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  password '
     'authentication failed for user "planner"', "db_login_refused", 'password authentication failed for user "planner"'),
    ('connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  no pg_hba.conf entry '
     'for host "10.0.0.9", user "planner", database "city", no encryption', "db_login_refused", None),
    ('connection failed: connection to server at "10.0.0.5", port 5432 failed: Connection refused\n'
     '\tIs the server running on that host and accepting TCP/IP connections?', "db_server_unreachable",
     "Connection refused"),
    ("connection timeout expired", "db_server_unreachable", "connection timeout expired"),
])
def test_libpq_connection_failures_are_told_apart(error, code, reason):
    import psycopg

    from retrofit.storage.faults import domain_error

    fault = domain_error(psycopg.OperationalError(error), "postgresql+psycopg://planner:***@10.0.0.5/city")
    assert fault is not None and fault.code == code
    if reason is not None:
        assert fault.params["reason"] == reason
    wrong_password = psycopg.errors.lookup("28P01")("password authentication failed for user \"planner\"")
    assert domain_error(wrong_password).code == "db_login_refused"
