"""Rows of register files: CSV (encoding and separator detected) and XLSX (read-only, merged cells
applied), guarded by :class:`Limits` against hostile files.

A :class:`Table` yields ``(row_number, cells)``, the row number as a spreadsheet shows it and the
cells as a list of raw values (``str`` for CSV; ``str``/numbers/dates/bools for XLSX).
"""
from __future__ import annotations

import codecs
import csv
import io
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from retrofit.domain.errors import InputFileError

Row = tuple[int, list]

#: Rows searched for the header row.
HEAD_ROWS = 30
CSV_DELIMITERS = (",", ";", "\t", "|")


@dataclass(frozen=True, slots=True)
class Limits:
    """Limits against hostile or broken files; each breach is one clear error."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_rows: int = 2_000_000
    max_columns: int = 1000
    max_unpacked_bytes: int = 2 * 1024 * 1024 * 1024   # sum of an XLSX's uncompressed members
    max_ratio: float = 200.0                            # uncompressed/compressed, members > 1 MB
    max_zip_entries: int = 10_000


def fail(path: Path, code: str, **params: object) -> InputFileError:
    """A whole-file error (no cells) for ``path``."""
    return InputFileError(path.name, [], code=code, **params)


@dataclass
class Table:
    """One sheet of rows. ``rows()`` may be called more than once."""

    label: str                    # names the sheet in messages: "a.csv" or "a.xlsx [楼栋]"
    sheet: str                    # "" for CSV
    rows: Callable[[], Iterator[Row]]
    total: int                    # rows expected, for progress
    info: dict

    @property
    def prefix(self) -> str:
        """``"[sheet] "`` before a notice when the workbook has several sheets, else ``""``."""
        return f"[{self.sheet}] " if self.sheet and self.label.endswith(f"[{self.sheet}]") else ""

    def head(self, n: int = HEAD_ROWS) -> list[Row]:
        return list(islice(self.rows(), n))


def check_size(path: Path, limits: Limits) -> None:
    if not path.is_file():
        raise fail(path, "io_file_missing")
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise fail(path, "io_file_too_large", size_mb=round(size / 2**20, 1),
                   limit_mb=round(limits.max_file_bytes / 2**20))


# --- CSV ---------------------------------------------------------------------------------------

def detect_encoding(path: Path) -> tuple[str, int]:
    """The file's encoding (BOM, else UTF-8, else GB18030 ⊇ GBK) and its number of line breaks."""
    with open(path, "rb") as f:
        head = f.read(4)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", _count_lines(path)
    if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return "utf-16", _count_lines(path) // 2
    for encoding in ("utf-8", "gb18030"):
        decoder = codecs.getincrementaldecoder(encoding)()
        lines = 0
        try:
            with open(path, "rb") as f:
                while chunk := f.read(1 << 20):
                    decoder.decode(chunk)
                    lines += chunk.count(b"\n")
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding, lines
    raise fail(path, "io_encoding")


def _count_lines(path: Path) -> int:
    with open(path, "rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


def csv_table(path: Path, limits: Limits, score: Callable[[list[Row]], int]) -> Table:
    """The CSV file as a table; the separator is the one whose header row ``score`` likes best."""
    encoding, lines = detect_encoding(path)
    with open(path, encoding=encoding, newline="") as f:
        sample = f.read(256 * 1024)
    best, best_score = ",", -1
    for delimiter in CSV_DELIMITERS:
        try:
            head = [(i, row) for i, row in enumerate(islice(csv.reader(io.StringIO(sample), delimiter=delimiter),
                                                            HEAD_ROWS), 1)]
        except csv.Error:
            continue
        s = score(head)
        if s > best_score:
            best, best_score = delimiter, s

    def rows() -> Iterator[Row]:
        with open(path, encoding=encoding, newline="") as f:
            reader = csv.reader(f, delimiter=best)
            number = 0
            try:
                for number, row in enumerate(reader, 1):
                    if number > limits.max_rows:
                        raise fail(path, "io_too_many_rows", limit=limits.max_rows)
                    if len(row) > limits.max_columns:
                        raise fail(path, "io_too_many_columns", row=number, columns=len(row),
                                   limit=limits.max_columns)
                    yield number, row
            except csv.Error as exc:
                raise fail(path, "io_bad_csv", row=number + 1, detail=str(exc)) from None

    info = {"format": "csv", "encoding": encoding, "delimiter": best}
    return Table(path.name, "", rows, max(lines, 1), info)


# --- XLSX --------------------------------------------------------------------------------------

def check_zip(path: Path, limits: Limits) -> None:
    """Refuse zip bombs from the zip directory, before anything is unpacked."""
    with open(path, "rb") as f:
        magic = f.read(8)
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise fail(path, "io_old_xls")
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise fail(path, "io_bad_xlsx", detail=str(exc)) from None
    if len(infos) > limits.max_zip_entries:
        raise fail(path, "io_zip_bomb", detail=f"{len(infos)} entries")
    total = sum(i.file_size for i in infos)
    if total > limits.max_unpacked_bytes:
        raise fail(path, "io_zip_bomb", detail=f"{total / 2**20:.0f} MB unpacked")
    for i in infos:
        if i.file_size > 1 << 20 and i.file_size > limits.max_ratio * max(i.compress_size, 1):
            raise fail(path, "io_zip_bomb",
                       detail=f"{i.filename}: {i.file_size / max(i.compress_size, 1):.0f}:1")


def open_workbook(path: Path, limits: Limits):
    """The workbook in read-only mode (formulas as their cached values)."""
    check_zip(path, limits)
    from retrofit.io.xlsx import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return load_workbook(path)
    except Exception as exc:  # openpyxl raises many types for broken files
        raise fail(path, "io_bad_xlsx", detail=f"{type(exc).__name__}: {exc}"[:300]) from None


def xlsx_table(path: Path, wb, sheet: str, limits: Limits) -> Table:
    """One worksheet as a table. Rows are read once, merged cells applied, then kept in memory."""
    ws = wb[sheet]
    label = f"{path.name} [{sheet}]" if len(wb.sheetnames) > 1 else path.name
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            data = _read_sheet(path, wb, ws, limits)
    except InputFileError:
        raise
    except Exception as exc:
        raise fail(path, "io_bad_xlsx", detail=f"{sheet}: {type(exc).__name__}: {exc}"[:300]) from None
    items = list(data.items())
    return Table(label, sheet, lambda: iter(items), len(items), {"format": "xlsx", "sheet": sheet})


def _read_sheet(path: Path, wb, ws, limits: Limits) -> dict[int, list]:
    """The sheet's rows that hold a value, merged cells applied. The plain-XML reader first; the
    XML parser when the sheet is unusual (its rows are then read again from the start)."""
    from retrofit.io.xlsx import SheetReader, Unusual

    reader = SheetReader(wb, ws)
    try:
        rows = _collect(path, reader.fast_rows(), limits)
    except Unusual:
        reader = SheetReader(wb, ws)
        rows = _collect(path, reader.rows(), limits)
    _apply_merges(rows, reader.merged, limits)
    return rows


def _collect(path: Path, source: Iterator[tuple[int, dict[int, object]]], limits: Limits) -> dict[int, list]:
    rows: dict[int, list] = {}
    for number, cells in source:
        width = max((c for c, v in cells.items() if v != ""), default=0)
        if not width:
            continue
        if width > limits.max_columns:
            raise fail(path, "io_too_many_columns", row=number, columns=width, limit=limits.max_columns)
        if len(rows) >= limits.max_rows:
            raise fail(path, "io_too_many_rows", limit=limits.max_rows)
        values = [None] * width
        for c, v in cells.items():
            if c <= width:
                values[c - 1] = v
        rows[number] = values
    return rows


def _apply_merges(rows: dict[int, list], refs: list[str], limits: Limits) -> None:
    """A merged cell's value applies to every cell of the range (rows that hold data only)."""
    from openpyxl.utils import range_boundaries

    for ref in refs:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
        top = rows.get(min_row)
        if top is None or min_col > len(top) or top[min_col - 1] is None:
            continue
        value = top[min_col - 1]
        max_col = min(max_col, limits.max_columns)
        for number in range(min_row, max_row + 1):
            row = rows.get(number)
            if row is None:
                continue
            if len(row) < max_col:
                row.extend([None] * (max_col - len(row)))
            for c in range(min_col - 1, max_col):
                if row[c] is None:
                    row[c] = value
