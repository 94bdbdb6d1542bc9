"""A SQLite file looked at before the app opens it: is it a database, is it ours to write, can it
be read without changing anything."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from retrofit.domain.errors import StorageError
from retrofit.storage import faults

SQLITE_HEADER = b"SQLite format 3\x00"


def check_sqlite_file(path: Path, *, reading: bool) -> None:
    """Refuse, before SQLite sees it, what cannot be our database file: a folder, a file that
    does not start with SQLite's header (a CSV, a document), a file shorter than its header
    says, a damaged schema, a file that cannot be read. For ``reading`` (the commands that only
    read) the file must exist; otherwise it (or its folder) must be writable. An empty file is
    an empty database."""
    where = str(path)
    if path.is_dir():
        raise StorageError("db_is_folder", where=where)
    if not path.exists():
        if reading:
            raise StorageError("db_missing", where=where)
        folder = next((p for p in path.parents if p.exists()), None)
        if folder is not None and not os.access(folder, os.W_OK):
            raise StorageError("db_read_only", where=where)
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
            size = os.fstat(fh.fileno()).st_size
    except OSError as exc:
        raise StorageError("db_cannot_open", where=where, reason=exc.strerror or str(exc)) from exc
    if head and head[:len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise StorageError("db_not_sqlite", where=where)
    if head and size < _header_size(head) and not _journal_pending(path):
        raise StorageError("db_damaged", where=where, reason=f"{size} bytes, shorter than its header says")
    if head:
        _probe_schema(path, wal=head[18:20] == b"\x02\x02")
    if not reading and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise StorageError("db_read_only", where=where)


def _probe_schema(path: Path, *, wal: bool) -> None:
    """Read the schema once, leaving no file behind: a damaged file is refused here. A WAL
    database that no connection has open (no ``-wal`` file) is read ``immutable``, otherwise
    SQLite would create its ``-wal`` and ``-shm`` files even for reading."""
    quiet = wal and not path.with_name(path.name + "-wal").exists()
    uri = f"file:{quote(str(path))}?mode=ro" + ("&immutable=1" if quiet else "")
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.Error as exc:
        fault = faults.domain_error(exc, str(path))
        if isinstance(fault, StorageError) and fault.code in ("db_damaged", "db_not_sqlite"):
            raise fault from exc


def _journal_pending(path: Path) -> bool:
    """A non-empty WAL or rollback journal: SQLite completes the file from it when it opens."""
    for suffix in ("-wal", "-journal"):
        journal = path.with_name(path.name + suffix)
        try:
            if journal.stat().st_size > 0:
                return True
        except OSError:
            continue
    return False


def _header_size(head: bytes) -> int:
    """The size of the database file that its header states (0 when the header does not say):
    page size (bytes 16-17, 1 meaning 65536) times the page count (bytes 28-31), valid when
    the change counter (24-27) equals the version-valid-for number (92-95)."""
    if len(head) < 100 or head[24:28] != head[92:96]:
        return 0
    page = int.from_bytes(head[16:18], "big")
    page = 65536 if page == 1 else page
    return page * int.from_bytes(head[28:32], "big")


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI to open ``path`` for the commands that only read (the caller makes each
    connection ``query_only``). In a folder this process may write, the file is opened as usual:
    SQLite then removes the WAL files it makes when the last connection closes, so a read leaves
    nothing behind. In a read-only folder or on a read-only medium it is opened ``mode=ro``; a
    database in WAL mode needs its ``-shm`` index there too, and when that cannot be made and no
    journal is pending, the file is opened ``immutable`` (no locks, no index)."""
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        return f"file:{quote(str(path))}?mode=rw"          # never creates a missing file
    uri = f"file:{quote(str(path))}?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return uri
        finally:
            con.close()
    except sqlite3.Error as exc:
        if not faults.is_read_only_fault(exc):
            return uri          # the real error shows when the engine connects
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return uri              # unsaved changes in the journal: reading without them would be wrong
    return uri + "&immutable=1"
