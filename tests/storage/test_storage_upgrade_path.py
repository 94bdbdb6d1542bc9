"""Opening a database: at the newest revision nothing is migrated or backed up; at an older
revision the migrations still run, after a backup. A second, made-up migration stands in for a
future schema change."""
import shutil
import sqlite3
from contextlib import closing

import pytest

from retrofit.services.app import open_services
from retrofit.storage import migrate

SECOND = '''"""A made-up second revision (test only)."""
import sqlalchemy as sa
from alembic import op

revision = "9002"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_note", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("test_note")
'''


@pytest.fixture
def newer_scripts(tmp_path, monkeypatch):
    """The shipped migrations plus a second revision on top."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9002_test_note.py").write_text(SECOND.format(head=migrate.HEAD_REVISION))
    return folder


def _revision(path) -> str:
    with closing(sqlite3.connect(path)) as con:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_an_older_revision_is_backed_up_and_upgraded(tmp_path, newer_scripts, monkeypatch):
    path = tmp_path / "records.sqlite"
    with open_services(str(path)) as app:                        # at today's head
        app.records.create_estate({"estate": "甲", "city": "唐山"})
    old_head = migrate.HEAD_REVISION
    monkeypatch.setattr(migrate, "MIGRATIONS", newer_scripts)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9002")
    assert migrate.head_revision() == "9002"
    with open_services(str(path)) as app:
        report = app.upgrade
        assert [e.estate for e in app.records.list_estates()] == ["甲"]
    assert (report.before, report.after, report.changed) == (old_head, "9002", True)
    assert report.backup is not None and report.backup.exists()
    assert _revision(path) == "9002" and _revision(report.backup) == old_head
    with closing(sqlite3.connect(path)) as con:
        assert con.execute("SELECT count(*) FROM test_note").fetchone() == (0,)
    with open_services(str(path)) as app:                         # now at head: nothing to do
        assert app.upgrade.backup is None and not app.upgrade.changed
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".bak.sqlite")) == [report.backup.name]


def test_a_database_at_head_is_not_migrated(tmp_path, monkeypatch):
    path = tmp_path / "records.sqlite"
    open_services(str(path)).close()

    def refuse(*args, **kwargs):
        raise AssertionError("a database at head must not be migrated")

    monkeypatch.setattr(migrate, "head_revision", refuse)
    monkeypatch.setattr(migrate, "backup", refuse)
    with open_services(str(path)) as app:
        assert app.upgrade.before == migrate.HEAD_REVISION and app.upgrade.backup is None
