"""Backups of a database: SQLite through the online backup API (safe under WAL, opened read-only),
PostgreSQL through ``pg_dump``. Either way into a temporary file renamed into place when
complete (:func:`retrofit.files.atomic_path`): a full disk leaves no partial backup."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import Engine

from retrofit.domain.errors import OutputFileError, RetrofitError
from retrofit.files import atomic_path
from retrofit.storage import faults
from retrofit.storage.db import engine_path
from retrofit.storage.sqlite_file import read_only_uri

_FULL = (13, 10)          # SQLITE_FULL, SQLITE_IOERR: writing the copy failed


def backup(engine: Engine, target: Path | None = None) -> Path:
    """Copy the database to ``target`` (default: next to a SQLite file, or in the current folder
    for PostgreSQL, named with a timestamp) and return the path."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = engine_path(engine)
    if path is not None:
        target = Path(target or path.with_name(f"{path.stem}.{stamp}.bak{path.suffix}"))
        _sqlite_backup(path, target)
        return target
    if engine.dialect.name == "postgresql":
        return _pg_dump(engine, Path(target or Path.cwd() / f"{engine.url.database}.{stamp}.sql"))
    raise RetrofitError("backup_unsupported", url=engine.url.render_as_string(), reason=engine.dialect.name)


def _sqlite_backup(path: Path, target: Path) -> None:
    with atomic_path(target) as tmp:
        try:
            src = sqlite3.connect(read_only_uri(path), uri=True)
            src.execute("PRAGMA query_only=ON")
        except sqlite3.Error as exc:
            raise faults.domain_error(exc, str(path)) or exc from exc
        try:
            dst = sqlite3.connect(tmp)
            try:
                with dst:
                    src.backup(dst)
            finally:
                dst.close()
        except sqlite3.Error as exc:
            code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
            if code in _FULL:
                raise OutputFileError("output_disk_full", file=str(target)) from exc
            raise faults.domain_error(exc, str(path)) or exc from exc
        finally:
            src.close()


def _pg_dump(engine: Engine, target: Path) -> Path:
    exe = shutil.which("pg_dump")
    if exe is None:
        found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"))
        exe = str(found[-1]) if found else None
    if exe is None:
        raise RetrofitError("backup_unsupported", url=engine.url.render_as_string(), reason="pg_dump not found")
    url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with atomic_path(target) as tmp:
        result = subprocess.run([exe, "--no-owner", "-f", str(tmp), url], capture_output=True, text=True)
        if result.returncode != 0:
            if "No space left" in result.stderr or "File too large" in result.stderr:
                raise OutputFileError("output_disk_full", file=str(target))
            raise RetrofitError("backup_unsupported", url=engine.url.render_as_string(),
                                reason=result.stderr.strip())
    return target
