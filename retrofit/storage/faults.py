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

from retrofit import i18n
from retrofit.domain.errors import DatabaseBusyError, RetrofitError, StorageError

i18n.register({
    "database_busy": {
        "zh": "数据库正忙（另一个导入或编辑正在进行），未做任何修改。请稍后重试。",
        "en": "The database is busy (another import or edit is running); nothing was changed. "
              "Try again in a moment.",
    },
    "storage_error": {"zh": "无法使用数据库 {where}：{reason}", "en": "Cannot use the database {where}: {reason}"},
    "db_disk_full": {
        "zh": "磁盘已满，无法写入数据库 {where}，未做任何修改。请腾出磁盘空间后重试。",
        "en": "The disk is full: the database {where} could not be written; nothing was changed. "
              "Free some disk space and try again.",
    },
    "db_write_failed": {
        "zh": "无法写入数据库 {where}（{reason}），未做任何修改。请检查磁盘空间后重试。",
        "en": "The database {where} could not be written ({reason}); nothing was changed. "
              "Check the free disk space and try again.",
    },
    "db_read_only": {
        "zh": "数据库 {where} 是只读的（文件或文件夹不可写），无法修改，未做任何修改。",
        "en": "The database {where} is read-only (the file or its folder cannot be written); "
              "nothing was changed.",
    },
    "db_damaged": {
        "zh": "数据库 {where} 已损坏（{reason}），无法使用，未做任何修改。请用备份恢复。",
        "en": "The database {where} is damaged ({reason}) and cannot be used; nothing was changed. "
              "Restore it from a backup.",
    },
    "db_not_sqlite": {
        "zh": "{where} 不是数据库文件（不是 SQLite 数据库），未做任何修改。请选择 .sqlite 数据库文件。",
        "en": "{where} is not a database file (not a SQLite database); nothing was changed. "
              "Choose a .sqlite database file.",
    },
    "db_is_folder": {
        "zh": "{where} 是文件夹，不是数据库文件。请选择 .sqlite 数据库文件。",
        "en": "{where} is a folder, not a database file. Choose a .sqlite database file.",
    },
    "db_missing": {
        "zh": "数据库 {where} 不存在。请检查路径，或先导入台账（retrofit import）或创建示例城市（retrofit demo）。",
        "en": "The database {where} does not exist. Check the path, or import a register (`retrofit import`) "
              "or create the demo city (`retrofit demo`) first.",
    },
    "db_cannot_open": {"zh": "无法打开数据库 {where}：{reason}", "en": "Cannot open the database {where}: {reason}"},
    "db_server_unreachable": {
        "zh": "无法连接数据库服务器 {where}（{reason}）。请检查服务器地址和端口、服务器是否在运行以及网络是否通畅。",
        "en": "Cannot connect to the database server {where} ({reason}). Check the server's address and port, "
              "that the server is running and that the network reaches it.",
    },
    "db_login_refused": {
        "zh": "数据库服务器拒绝登录 {where}（{reason}）。请检查数据库地址中的用户名和密码。",
        "en": "The database server refused the login to {where} ({reason}). Check the user name and the "
              "password in the database address.",
    },
    "db_server_no_database": {
        "zh": "数据库服务器上没有数据库 {where}（{reason}）。请检查数据库地址中的数据库名，或请管理员创建它。",
        "en": "The database server has no database {where} ({reason}). Check the database name in the "
              "address, or ask the administrator to create it.",
    },
})

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
