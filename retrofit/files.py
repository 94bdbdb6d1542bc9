"""Output files written whole or not at all, and file names that every system accepts.

Every file the program writes (exports, templates, backups, reports, error lists) goes through
:func:`atomic_write` or :func:`atomic_path`: the data go to a hidden temporary file in the same
folder, are flushed to the disk and renamed over the target only when complete. A full disk, a
cancel or a crash leaves the old file (or none), never a truncated one. Failures raise
:class:`~retrofit.domain.errors.OutputFileError` with the reason in the user's language.

:func:`safe_filename` turns any text (an estate's name) into one file name: no path separators,
no hidden names, no reserved Windows names, at most 255 bytes in UTF-8 (the limit of Linux and
macOS file systems), cut between characters, the suffix and a given tail kept.
"""
from __future__ import annotations

import errno
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from retrofit.domain.errors import OutputFileError, RetrofitError

#: Longest file name in bytes (UTF-8) on ext4, XFS, btrfs and APFS.
NAME_MAX_BYTES = 255
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


def output_error(path: Path | str, exc: OSError) -> OutputFileError:
    """The domain error for an operating-system error while writing ``path``."""
    if exc.errno in _FULL:
        return OutputFileError("output_disk_full", file=str(path))
    if exc.errno in _DENIED:
        return OutputFileError("output_no_permission", file=str(path))
    return OutputFileError(file=str(path), reason=exc.strerror or str(exc))


def file_error(exc: OSError) -> RetrofitError:
    """An operating-system error about a file (not found, no permission, disk full) as an
    expected error naming the file."""
    if exc.errno in _FULL:
        return OutputFileError("output_disk_full", file=str(exc.filename))
    return RetrofitError("file_error", file=str(exc.filename), reason=exc.strerror or str(exc))


def output_folder(folder: Path | str) -> Path:
    """Make ``folder`` (and its parents) for output files, or raise :class:`OutputFileError`
    naming what is in the way: a file where a folder should be, no permission, a full disk."""
    folder = Path(folder)
    for place in (folder, *folder.parents):
        if place.exists():
            if not place.is_dir():
                raise OutputFileError("output_not_a_folder", file=str(place))
            break
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if exc.errno in _FULL | _DENIED:
            raise output_error(folder, exc) from exc
        raise OutputFileError("output_folder_failed", file=str(folder), reason=exc.strerror or str(exc)) from exc
    return folder


def _mode_for(path: Path) -> int:
    """The permissions the file would get if opened directly: the old file's, else 0666 less
    the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """A temporary file name next to ``path`` for a writer that wants a name (SQLite, pg_dump).
    When the block ends without an error, the file is synced and renamed to ``path``; otherwise
    it is removed. OSError becomes :class:`OutputFileError`."""
    path = Path(path)
    try:
        fd, name = tempfile.mkstemp(prefix=".retrofit-", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise output_error(path, exc) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise output_error(path, exc) from exc
        raise
    _fsync_folder(path.parent)


@contextmanager
def atomic_write(path: Path | str, mode: str = "wb", **kwargs: Any) -> Iterator[IO[Any]]:
    """Open a temporary file next to ``path`` (``open`` arguments ``mode`` and ``kwargs``) for
    writing; renamed to ``path`` when the block ends without an error, removed otherwise."""
    with atomic_path(path) as tmp:
        with open(tmp, mode, **kwargs) as fh:
            yield fh
            fh.flush()


def write_bytes(path: Path | str, data: bytes) -> None:
    """``path.write_bytes(data)``, atomically."""
    with atomic_write(path) as fh:
        fh.write(data)


def save_workbook(workbook: Any, path: Path | str) -> None:
    """``workbook.save(path)`` (openpyxl), atomically. openpyxl's own ``save`` leaves its zip
    archive open when a write fails, and the archive then fails again when it is collected
    (an "Exception ignored" traceback on standard error); here the archive is closed with the
    block, so a full disk gives one OutputFileError and nothing else."""
    import datetime as dt
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    if workbook.write_only and not workbook.worksheets:
        workbook.create_sheet()
    workbook.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
    try:
        with atomic_write(path) as fh, ZipFile(fh, "w", ZIP_DEFLATED, allowZip64=True) as archive:
            ExcelWriter(workbook, archive).write_data()
    except BaseException:
        discard_workbook(workbook)
        raise


def discard_workbook(workbook: Any) -> None:
    """Drop a workbook that will not be saved: openpyxl keeps a write-only sheet's rows in a
    temporary file of its own until the save, and leaves it behind when the save fails. Each
    sheet is closed first so that its writer ends cleanly, then its file is removed."""
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None or writer.out not in ALL_TEMP_FILES:
            continue
        try:
            if not sheet.closed:
                sheet.close()
        except Exception:  # noqa: BLE001, S110 (half closed by the failed save: nothing to keep)
            pass
        Path(writer.out).unlink(missing_ok=True)
        ALL_TEMP_FILES.remove(writer.out)


_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f-\x9f]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$", re.IGNORECASE)


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _FORBIDDEN.sub("_", re.sub(r"\s+", " ", text))
    return text.strip()


def _cut(text: str, max_bytes: int) -> str:
    """``text`` cut to at most ``max_bytes`` UTF-8 bytes between characters, and not between a
    letter and its combining marks."""
    data = text.encode("utf-8")
    if len(data) <= max_bytes:
        return text
    out = data[:max(max_bytes, 0)].decode("utf-8", errors="ignore")
    while out and unicodedata.combining(text[len(out)]):
        out = out[:-1]
    return out


def safe_filename(stem: str, suffix: str = "", *, tail: str = "", limit: int = NAME_MAX_BYTES,
                  taken: set[str] | None = None) -> str:
    """One file name for ``stem + tail + suffix`` that Linux, macOS and Windows accept.

    Characters Windows forbids (``<>:"/\\|?*``, control characters) become ``_``; a leading dot
    (``.``, ``..``, hidden names) becomes ``_``; trailing dots and spaces go; reserved device
    names (``CON``, ``COM1`` ...) get a leading ``_``; ``stem`` is cut so that the whole name
    has at most ``limit`` bytes in UTF-8 (``tail`` and ``suffix`` are kept). With ``taken``
    (names already used, compared case-insensitively) a ``-2``, ``-3`` ... keeps it unique; the
    name is added to ``taken``.
    """
    tail, suffix = _clean(tail), _clean(suffix)
    end = tail + suffix
    room = limit - len(end.encode("utf-8"))
    name = _stem(stem, room)
    candidate = name + end
    number = 1
    while taken is not None and candidate.casefold() in taken:
        number += 1
        extra = f"-{number}"
        candidate = _stem(stem, room - len(extra)) + extra + end
    if taken is not None:
        taken.add(candidate.casefold())
    return candidate


def _stem(stem: str, room: int) -> str:
    name = _clean(stem)
    name = re.sub(r"^\.+", lambda m: "_" * len(m.group()), name)
    name = _cut(name, room).rstrip(". ") or "_"
    if _RESERVED.match(name):
        name = _cut("_" + name, room).rstrip(". ") or "_"
    return name
