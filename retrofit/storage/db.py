"""Engine factory and database URLs.

The database is, in order: the ``url`` argument (``--db``), the ``RETROFIT_DB`` environment
variable, then a SQLite file ``retrofit.sqlite`` in the user's data folder
(``retrofit.paths.data_dir()``: ``RETROFIT_HOME``, or the platform's user data folder). A plain file
path is taken as a SQLite file. PostgreSQL goes through psycopg 3 (``postgresql+psycopg://...``).
"""
from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from retrofit.paths import DB_FILENAME, data_dir


def default_url() -> str:
    """``RETROFIT_DB``, else the SQLite file in the user's data folder."""
    env = os.environ.get("RETROFIT_DB")
    if env:
        return resolve_url(env)
    return f"sqlite:///{data_dir() / DB_FILENAME}"


def resolve_url(url: str | os.PathLike[str] | None) -> str:
    """A SQLAlchemy URL for ``url``: None → :func:`default_url`; a path → a SQLite URL;
    ``postgresql://`` → the psycopg 3 driver."""
    if url is None or str(url).strip() == "":
        return default_url()
    text = str(url).strip()
    if "://" not in text:
        return f"sqlite:///{Path(text).expanduser().resolve()}"
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + text.split("://", 1)[1]
    return text


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL, or None (another database, or in memory)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001 (DB-API objects)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str | None = None) -> Engine:
    """An engine for ``url`` (see :func:`resolve_url`). SQLite gets ``foreign_keys=ON`` and WAL on
    every connection; the folder of a SQLite file is created when missing."""
    resolved = resolve_url(url)
    path = sqlite_path(resolved)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(resolved, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit (DTOs are built from them)."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def bulk_work() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of small tuples are made (it would scan
    them again and again; none of them form cycles)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
