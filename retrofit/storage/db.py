"""Engine factory and database URLs.

The database is, in order: the ``url`` argument (``--db``), the ``RETROFIT_DB`` environment
variable, then a SQLite file ``retrofit.sqlite`` in the user's data folder
(``retrofit.paths.data_dir()``: ``RETROFIT_HOME``, or the platform's user data folder). A plain file
path is taken as a SQLite file. PostgreSQL goes through psycopg 3 (``postgresql+psycopg://...``).

Engines come in three kinds: :func:`make_engine` for the app's work, ``make_engine(url,
read_only=True)`` for the commands that only read (SQLite opened ``mode=ro``, or ``immutable`` in
a read-only folder; PostgreSQL in read-only transactions), and :func:`schema_transaction` for
schema changes (one locked transaction with transactional DDL on both databases). Every engine
turns the database's faults (locked, full, not a database) into domain errors
(:mod:`retrofit.storage.faults`).
"""
from __future__ import annotations

import contextvars
import gc
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from retrofit.paths import DB_FILENAME, data_dir
from retrofit.storage import faults
from retrofit.storage.sqlite_file import read_only_uri

#: How long a statement waits for a lock held by another connection (SQLite ``busy_timeout``,
#: PostgreSQL ``lock_timeout``) unless :func:`lock_wait` says otherwise, in milliseconds.
BUSY_TIMEOUT_MS = 10_000
#: Seconds to wait for a PostgreSQL server to answer a new connection.
CONNECT_TIMEOUT_S = 10
#: Key of the PostgreSQL advisory lock that serialises imports, the demo city and schema changes.
WRITE_LOCK_KEY = 0x52455452   # "RETR"
_lock_wait: contextvars.ContextVar[int | None] = contextvars.ContextVar("lock_wait", default=None)


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


def engine_path(engine: Engine | Connection) -> Path | None:
    """The SQLite file of an engine or connection, or None."""
    return sqlite_path(engine.engine.url.render_as_string(hide_password=False))


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001 (DB-API objects)
    """Per connection. WAL is a property of the file: set once a database is known to be ours
    (:func:`use_wal`), so that opening another program's file changes nothing in it."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def use_wal(engine: Engine) -> None:
    """Put a SQLite database of ours in WAL mode (readers never wait for the writer), if it is
    not already; it stays so."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        if connection.exec_driver_sql("PRAGMA journal_mode").scalar() != "wal":
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")


def _sqlite_read_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001 (DB-API objects)
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def _apply_lock_wait(dbapi_connection, record, _proxy) -> None:  # noqa: ANN001 (DB-API objects)
    """On checkout: the lock wait of the caller's context (:func:`lock_wait`), set only when it
    differs from what the connection has."""
    wanted = _lock_wait.get() or BUSY_TIMEOUT_MS
    if record.info.get("lock_wait", BUSY_TIMEOUT_MS) == wanted:
        return
    cursor = dbapi_connection.cursor()
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor.execute(f"PRAGMA busy_timeout={int(wanted)}")
    else:
        cursor.execute(f"SET lock_timeout = {int(wanted)}")
        dbapi_connection.commit()
    cursor.close()
    record.info["lock_wait"] = wanted


@contextmanager
def lock_wait(ms: int) -> Iterator[None]:
    """Connections checked out in this block wait at most ``ms`` for another connection's lock
    (then :class:`~retrofit.domain.errors.DatabaseBusyError`). Edits in the desktop app wait
    briefly so that the window never hangs behind a long import."""
    token = _lock_wait.set(int(ms))
    try:
        yield
    finally:
        _lock_wait.reset(token)


def _pg_options(url: str, read_only: bool) -> dict:
    """psycopg's connection options: the lock wait, read-only transactions, and a connect
    timeout (unless the URL sets one) so that a server that does not answer is an error after
    :data:`CONNECT_TIMEOUT_S` instead of a start that hangs for minutes."""
    options = f"-c lock_timeout={BUSY_TIMEOUT_MS}"
    if read_only:
        options += " -c default_transaction_read_only=on"
    args: dict[str, Any] = {"options": options}
    if "connect_timeout" not in make_url(url).query:
        args["connect_timeout"] = CONNECT_TIMEOUT_S
    return args


def make_engine(url: str | None = None, *, read_only: bool = False) -> Engine:
    """An engine for ``url`` (see :func:`resolve_url`). SQLite gets ``foreign_keys=ON`` on every
    connection (and WAL through :func:`use_wal`); the folder of a SQLite file is created when
    missing.

    ``read_only``: nothing is created and nothing can be written. SQLite connections are
    ``query_only`` on the file as :func:`~retrofit.storage.sqlite_file.read_only_uri` opens it
    (``mode=ro``, or ``immutable``, where the folder is read-only); PostgreSQL runs read-only
    transactions."""
    resolved = resolve_url(url)
    path = sqlite_path(resolved)
    if read_only and path is not None:
        uri = read_only_uri(path)
        engine = create_engine(resolved, creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
        event.listen(engine, "connect", _sqlite_read_pragmas)
    else:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        kwargs = {"connect_args": _pg_options(resolved, read_only)} if resolved.startswith("postgresql") else {}
        engine = create_engine(resolved, **kwargs)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "checkout", _apply_lock_wait)
    faults.install(engine)
    return engine


def _ddl_connect(dbapi_connection, _record) -> None:  # noqa: ANN001 (DB-API objects)
    """Schema changes on SQLite: our own BEGIN (pysqlite would commit before every DDL
    statement) and no foreign-key actions while tables are rebuilt (checked before COMMIT)."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=OFF")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _ddl_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def schema_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction for schema changes, holding the write lock, committed at the end or
    rolled back entirely: on SQLite with ``BEGIN IMMEDIATE`` on a connection of its own
    (transactional DDL), on PostgreSQL under the advisory write lock. A process killed at
    any point leaves the schema as it was before."""
    if engine.dialect.name == "sqlite":
        ddl = create_engine(engine.url, poolclass=NullPool)
        event.listen(ddl, "connect", _ddl_connect)
        event.listen(ddl, "begin", _ddl_begin)
        faults.install(ddl)
        try:
            with ddl.begin() as connection:
                yield connection
                _check_foreign_keys(connection)
        finally:
            ddl.dispose()
        return
    with engine.begin() as connection:
        take_write_lock(connection)
        yield connection


def _check_foreign_keys(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"schema change breaks foreign keys: {broken[:5]}")


def take_write_lock(connection: Connection) -> None:
    """Serialise writers that plan before they write (imports, the demo city, schema changes):
    call first in the transaction. SQLite: ``BEGIN IMMEDIATE`` takes the database's write lock
    now (waiting ``busy_timeout``); PostgreSQL: a transaction-level advisory lock (waiting
    ``lock_timeout``). Either way a second writer waits, then sees the first one's work, or
    gets :class:`~retrofit.domain.errors.DatabaseBusyError`."""
    if connection.dialect.name == "sqlite":
        raw = connection.connection.dbapi_connection
        if not isinstance(raw, sqlite3.Connection) or not raw.in_transaction:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


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
