"""``retrofit db upgrade`` and ``retrofit db backup``."""
import sqlite3

from retrofit.cli import main
from retrofit.services.app import open_services
from retrofit.storage.migrate import head_revision


def test_db_upgrade_creates_then_reports_up_to_date(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'a.sqlite'}"
    assert main(["--lang", "en", "db", "upgrade", "--db", url]) == 0
    assert head_revision() in capsys.readouterr().out
    assert main(["--lang", "en", "db", "upgrade", "--db", url]) == 0
    assert "up to date" in capsys.readouterr().out


def test_db_backup_copies_a_sqlite_file(tmp_path, capsys):
    db = tmp_path / "a.sqlite"
    with open_services(str(db)) as app:
        app.records.create_estate({"estate": "甲", "city": "唐山"})
    target = tmp_path / "copy.sqlite"
    assert main(["db", "backup", "--db", str(db), "--to", str(target)]) == 0
    assert str(target) in capsys.readouterr().out
    with sqlite3.connect(target) as con:
        assert con.execute("SELECT name FROM estate").fetchall() == [("甲",)]


def test_db_backup_of_postgresql_uses_pg_dump(tmp_path, pg_url, capsys):
    with open_services(pg_url) as app:
        app.records.create_estate({"estate": "甲", "city": "唐山"})
    target = tmp_path / "dump.sql"
    assert main(["db", "backup", "--db", pg_url, "--to", str(target)]) == 0
    assert "CREATE TABLE public.estate" in target.read_text()


def test_db_needs_an_action(capsys):
    import pytest

    with pytest.raises(SystemExit) as info:
        main(["db"])
    assert info.value.code != 0
