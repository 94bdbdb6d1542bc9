"""Schema migrations (Alembic, configured here; no alembic.ini) and backups.

:func:`upgrade_to_head` brings any database to the current schema; before it changes an existing
SQLite file it takes a timestamped backup copy next to it. The app never calls ``create_all``.
"""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from retrofit import i18n
from retrofit.domain.errors import RetrofitError
from retrofit.storage.db import sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
#: The newest revision of ``migrations/versions``. Opening a database already at this revision
#: needs no Alembic at all (it loads slowly); a test checks it against the scripts.
HEAD_REVISION = "0004"

i18n.register({
    "backup_unsupported": {"zh": "无法备份该数据库（{url}）：{reason}",
                           "en": "Cannot back up this database ({url}): {reason}"},
})


@dataclass(frozen=True, slots=True)
class UpgradeReport:
    """What :func:`upgrade_to_head` did: revisions before and after, and the backup, if any."""

    before: str | None
    after: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def alembic_config() -> Config:
    from alembic.config import Config  # lazy: Alembic loads slowly; only for a schema upgrade

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The newest revision of the migration scripts (read from the scripts)."""
    from alembic.script import ScriptDirectory  # lazy: Alembic loads slowly; only for a schema upgrade

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database (None: no schema yet)."""
    if "alembic_version" not in inspect(engine).get_table_names():
        return None
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except DBAPIError:
        return None
    return rows[0] if len(rows) == 1 else None


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def backup(engine: Engine, target: Path | None = None) -> Path:
    """Copy the database to ``target`` (default: next to a SQLite file, or in the current folder
    for PostgreSQL, named with a timestamp) and return the path. SQLite uses the online backup
    API (safe under WAL); PostgreSQL uses ``pg_dump``."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    if path is not None:
        target = target or path.with_name(f"{path.stem}.{stamp}.bak{path.suffix}")
        src = sqlite3.connect(path)
        try:
            dst = sqlite3.connect(target)
            with dst:
                src.backup(dst)
            dst.close()
        finally:
            src.close()
        return target
    if engine.dialect.name == "postgresql":
        return _pg_dump(engine, target or Path.cwd() / f"{engine.url.database}.{stamp}.sql")
    raise RetrofitError("backup_unsupported", url=engine.url.render_as_string(), reason=engine.dialect.name)


def _pg_dump(engine: Engine, target: Path) -> Path:
    exe = shutil.which("pg_dump")
    if exe is None:
        found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"))
        exe = str(found[-1]) if found else None
    if exe is None:
        raise RetrofitError("backup_unsupported", url=engine.url.render_as_string(), reason="pg_dump not found")
    url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    result = subprocess.run([exe, "--no-owner", "-f", str(target), url], capture_output=True, text=True)
    if result.returncode != 0:
        raise RetrofitError("backup_unsupported", url=engine.url.render_as_string(), reason=result.stderr.strip())
    return target


def upgrade_to_head(engine: Engine) -> UpgradeReport:
    """Migrate the database to the newest schema. An existing SQLite database that needs a
    change is backed up first; the report names the backup."""
    before = current_revision(engine)
    if before == HEAD_REVISION:
        return UpgradeReport(before, HEAD_REVISION, None)
    from alembic import command  # lazy: Alembic loads slowly; only for a schema upgrade

    head = head_revision()
    copy = None
    if before != head:
        if _has_tables(engine) and sqlite_path(engine.url.render_as_string(hide_password=False)):
            copy = backup(engine)
        cfg = alembic_config()
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
    return UpgradeReport(before, head, copy)
