"""The database's faults as domain errors with a message in the user's language.

SQLite reports them by result code (``sqlite3.Error.sqlite_errorcode``), PostgreSQL by SQLSTATE.
:func:`install` puts :func:`domain_error` on an engine (SQLAlchemy's ``handle_error`` event), so
that every statement, commit and connect raises :class:`DatabaseBusyError` or
:class:`StorageError` instead of a driver's exception; :func:`translating` does the same for
code that uses the DB-API connection directly (the bulk inserts of an import).
"""
from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError, StatementError

from retrofit.domain.errors import DatabaseBusyError, RetrofitError, StorageError

# SQLite primary result codes (https://sqlite.org/rescode.html).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB, _PERM = 5, 6, 8, 10, 11, 13, 14, 26, 3
_IOERR_READ = (266, 522)        # SQLITE_IOERR_READ, SQLITE_IOERR_SHORT_READ
_PG_BUSY = {"55P03", "40P01", "40001", "55006"}
_PG_FULL = {"53100", "53200", "53000"}
_PG_LOGIN = {"28P01", "28000"}          # invalid password, invalid authorization (no such role)
#: What libpq says when the server refuses the login (a failed connection may come without a
#: SQLSTATE), in the server's English messages.
_LOGIN_TEXTS = ("password authentication failed", "no pg_hba.conf entry", "authentication failed",
                "no password supplied", "role \"")


def _sqlite_fault(exc: sqlite3.Error, where: str) -> RetrofitError | None:
    code = getattr(exc, "sqlite_errorcode", None)
    reason = str(exc)
    if code is None:               # raised by Python's module itself, not by SQLite
        return None
    primary = code & 0xFF
    if primary in (_BUSY, _LOCKED):
        return DatabaseBusyError()
    if primary == _FULL:
        return StorageError("db_disk_full", where=where)
    if code in _IOERR_READ:
        return StorageError("db_cannot_open", where=where, reason=reason)
    if primary == _IOERR:
        return StorageError("db_write_failed", where=where, reason=reason)
    if primary == _READONLY:
        return StorageError("db_read_only", where=where)
    if primary == _NOTADB:
        return StorageError("db_not_sqlite", where=where)
    if primary == _CORRUPT:
        return StorageError("db_damaged", where=where, reason=reason)
    if primary in (_CANTOPEN, _PERM):
        return StorageError("db_cannot_open", where=where, reason=reason)
    return None


def _pg_fault(exc: Any, where: str) -> RetrofitError | None:
    state = getattr(exc, "sqlstate", None) or ""
    if state in _PG_BUSY:
        return DatabaseBusyError()
    if state in _PG_FULL:
        return StorageError("db_disk_full", where=where)
    if state == "25006":
        return StorageError("db_read_only", where=where)
    if state in _PG_LOGIN:
        return StorageError("db_login_refused", where=where, reason=_pg_reason(exc))
    if state == "3D000":
        return StorageError("db_server_no_database", where=where, reason=_pg_reason(exc))
    if not state and any(c.__name__ == "OperationalError" for c in type(exc).__mro__):   # no connection
        return _pg_connect_fault(exc, where)
    return None


def _pg_connect_fault(exc: Any, where: str) -> RetrofitError:
    """A connection that failed: a refused login, a missing database, or no server reached."""
    reason = _pg_reason(exc)
    text = str(exc)
    if "database \"" in text and "does not exist" in text:
        return StorageError("db_server_no_database", where=where, reason=reason)
    if any(t in text for t in _LOGIN_TEXTS):
        return StorageError("db_login_refused", where=where, reason=reason)
    return StorageError("db_server_unreachable", where=where, reason=reason)


def _pg_reason(exc: Any) -> str:
    """libpq's reason without its preamble: ``connection failed: connection to server at "h",
    port 5432 failed: FATAL:  password authentication failed for user "u"`` becomes ``password
    authentication failed for user "u"``; the hint lines (``Is the server running …``) go."""
    lines = [line.strip() for line in str(exc).strip().splitlines() if line.strip()]
    first = lines[0] if lines else type(exc).__name__
    for prefix in ("connection failed:", "connection is bad:"):
        first = first.removeprefix(prefix).strip()
    if first.startswith("connection to server") and " failed: " in first:
        first = first.split(" failed: ", 1)[1]
    for level in ("FATAL:", "ERROR:"):
        first = first.removeprefix(level).strip()
    return " ".join(first.split())[:300]


def domain_error(exc: BaseException, where: str = "") -> RetrofitError | None:
    """The domain error for a database fault (``exc`` from SQLAlchemy, sqlite3, psycopg or the
    operating system), or None when it is no fault of the database (a bug, a constraint)."""
    if isinstance(exc, RetrofitError):
        return exc
    if isinstance(exc, (DBAPIError, StatementError)) and exc.orig is not None:
        exc = exc.orig
    if isinstance(exc, sqlite3.Error):
        return _sqlite_fault(exc, where)
    if type(exc).__module__.startswith("psycopg"):
        return _pg_fault(exc, where)
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError("db_disk_full", where=where)
    return None


def is_read_only_fault(exc: sqlite3.Error) -> bool:
    """True for SQLite's "read-only" and "cannot open" (a WAL database in a read-only folder)."""
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    return code in (_READONLY, _CANTOPEN)


def where_of(engine: Engine) -> str:
    """The database as a message names it: a SQLite file's path, or the URL without password."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return str(url.database or ":memory:")
    return url.render_as_string(hide_password=True)


def install(engine: Engine) -> None:
    """Raise domain errors for the faults of ``engine``'s database (see the module docstring)."""
    where = where_of(engine)

    def handle(context: Any) -> BaseException | None:
        return domain_error(context.original_exception, where)

    event.listen(engine, "handle_error", handle, retval=True)


@contextmanager
def translating(where: str) -> Iterator[None]:
    """Re-raise a database fault inside the block as its domain error."""
    try:
        yield
    except RetrofitError:
        raise
    except Exception as exc:
        mapped = domain_error(exc, where)
        if mapped is None:
            raise
        raise mapped from exc
