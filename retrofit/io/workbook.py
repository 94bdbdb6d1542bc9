"""Spreadsheets (``.xlsx``, ``.xlsm``, ``.xls``, ``.ods``) read with python-calamine, bounded by
:class:`~retrofit.io.sources.Limits` whatever the file holds.

calamine builds each worksheet as a dense block of cells from its first to its last used row and
column, so a sheet with one cell in column A and one in column 1,000 on every row would take
gigabytes before a single row could be looked at. Before a sheet is loaded its size is therefore
estimated from the file itself and refused above ``max_cells``:

* ``.xlsx``/``.xlsm``: the cell references (``r="ALL20000"``) of the sheet's XML, scanned with
  one regular expression as it is unpacked (no XML parser);
* ``.ods``: the rows and cells of ``content.xml`` with their repeat counts;
* ``.xls``: the format itself bounds a sheet to 65,536 × 256 cells.

Sheets that the workbook lists several times (the same part under many names) are read once.
Merged cells are applied by :func:`apply_merges` to the rows that hold data only, and their
number and area are bounded too.
"""
from __future__ import annotations

import re
import zipfile
from bisect import bisect_left, bisect_right
from pathlib import Path

from retrofit.io.sources import Limits, Table, fail

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
_OLE = b"\xd0\xcf\x11\xe0"
_CELL_REF = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,10})"')
_ROW_REF = re.compile(rb'<row r="([0-9]{1,10})"')
_ERROR_CELL = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,10})"[^>]*?\bt="e"[^>]*>(?:<f[^>]*>[^<]*</f>|<f[^>]*/>)?<v>([^<]{0,40})</v>')
_CHUNK = 1 << 20


def check_zip(path: Path, limits: Limits) -> zipfile.ZipFile | None:
    """Refuse zip bombs from the zip directory, before anything is unpacked; the open zip of an
    ``.xlsx``/``.xlsm``/``.ods`` file, or None for an ``.xls`` file."""
    with open(path, "rb") as f:
        magic = f.read(8)
    if magic.startswith(_OLE):
        return None
    try:
        z = zipfile.ZipFile(path)
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
            raise fail(path, "io_zip_bomb", detail=f"{i.filename}: {i.file_size / max(i.compress_size, 1):.0f}:1")
    return z


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def xlsx_parts(z: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → the zip member of its worksheet, from ``xl/workbook.xml`` and its rels."""
    try:
        book = z.read("xl/workbook.xml").decode("utf-8", "replace")
        rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    except KeyError:
        return {}
    targets = {}
    for rel in re.finditer(r"<Relationship\b[^>]*>", rels):
        tag = rel.group()
        rid, target = re.search(r'\bId="([^"]*)"', tag), re.search(r'\bTarget="([^"]*)"', tag)
        if rid and target:
            t = target.group(1)
            targets[rid.group(1)] = t.lstrip("/") if t.startswith("/") else "xl/" + t
    out = {}
    for sheet in re.finditer(r"<sheet\b[^>]*>", book):
        tag = sheet.group()
        name, rid = re.search(r'\bname="([^"]*)"', tag), re.search(r'\br:id="([^"]*)"', tag)
        if name and rid and rid.group(1) in targets:
            out[_unescape(name.group(1))] = targets[rid.group(1)]
    return out


def _unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            .replace("&amp;", "&"))


def xlsx_cells(z: zipfile.ZipFile, member: str) -> tuple[int, dict[tuple[int, int], str]]:
    """The number of cells calamine would hold for a worksheet: (last row) × (last column), from
    the cell references as the XML is unpacked (rows without references count as one row each,
    cells without them as a column each); and the error cells (``#N/A`` …) by (row, column),
    which calamine reads as empty."""
    max_row = max_col = rows = cells = unreferenced = 0
    errors: dict[tuple[int, int], str] = {}
    letters: set[bytes] = set()
    tail = b""
    with z.open(member) as f:
        while chunk := f.read(_CHUNK):
            data = tail + chunk
            cut = max(data.rfind(b"<"), len(data) - 64)
            part, tail = data[:cut], data[cut:]
            for m in _CELL_REF.finditer(part):
                letters.add(m.group(1))
                max_row = max(max_row, int(m.group(2)))
            found = part.count(b"<c ") + part.count(b"<c>")
            cells += found
            unreferenced += found - part.count(b'<c r="')
            rows += part.count(b"<row")
            if b't="e"' in part and len(errors) < 10_000:
                for m in _ERROR_CELL.finditer(part):
                    errors[(int(m.group(2)), _column_number(m.group(1)))] = m.group(3).decode("utf-8", "replace")
            for m in _ROW_REF.finditer(part):
                max_row = max(max_row, int(m.group(1)))
    if letters:
        max_col = max(_column_number(a) for a in letters)
    if unreferenced:
        max_col = max(max_col, min(cells, 16_384))
    return max(max_row, rows) * max(max_col, 1 if cells else 0), errors


_ODS_ROW = re.compile(rb"<table:table-row\b([^>]*?)(/?)>")
_ODS_CELL = re.compile(rb"<table:(?:covered-)?table-cell\b([^>]*?)(/?)>")
_REPEAT_ROWS = re.compile(rb'table:number-rows-repeated="([0-9]+)"')
_REPEAT_COLS = re.compile(rb'table:number-columns-repeated="([0-9]+)"')


_ROWS_SPANNED = re.compile(rb'table:number-rows-spanned="([0-9]+)"')
_COLS_SPANNED = re.compile(rb'table:number-columns-spanned="([0-9]+)"')
_TABLE_NAME = re.compile(rb'^[^>]*?table:name="([^"]*)"')


def ods_cells(z: zipfile.ZipFile) -> tuple[int, dict[str, list[tuple[int, int, int, int]]]]:
    """An upper bound of the cells calamine would hold for the sheets of an ``.ods`` file: per
    table, (rows up to the last row with a value) × (widest row up to its last cell with a
    value), repeat counts included; and each table's merged ranges (first row, first column,
    last row, last column; 1-based), which calamine does not give for ``.ods``."""
    try:
        data = z.read("content.xml")
    except KeyError:
        return 0, {}
    total = 0
    merges: dict[str, list[tuple[int, int, int, int]]] = {}
    for table in data.split(b"<table:table ")[1:]:
        name = m.group(1).decode("utf-8", "replace") if (m := _TABLE_NAME.search(table)) else ""
        spans = merges.setdefault(_unescape(name), [])
        height = width = index = 0
        for row in table.split(b"<table:table-row")[1:]:
            head = row[:row.find(b">") + 1]
            repeat = int(m.group(1)) if (m := _REPEAT_ROWS.search(head)) else 1
            index += repeat
            if b"office:value-type" not in row and b"<text:p" not in row:
                continue
            col = last = 0
            for cell in _ODS_CELL.finditer(row):
                attrs = cell.group(1)
                span = int(m.group(1)) if (m := _REPEAT_COLS.search(attrs)) else 1
                if b"spanned=" in attrs and len(spans) < 100_000:
                    rs = int(m.group(1)) if (m := _ROWS_SPANNED.search(attrs)) else 1
                    cs = int(m.group(1)) if (m := _COLS_SPANNED.search(attrs)) else 1
                    spans.append((index - repeat + 1, col + 1, index - repeat + rs, col + cs))
                col += span
                if b"office:value-type" in attrs or cell.group(2) == b"":
                    last = col
            height, width = index, max(width, last)
        total += height * width
    return total, merges


def apply_merges(path: Path, rows: dict[int, list], merges: list[tuple[int, int, int, int]], limits: Limits) -> None:
    """A merged cell's value applies to every cell of its range, in the rows that hold data.
    ``merges`` are (first row, first column, last row, last column), 1-based. The work is
    bounded: at most ``max_merges`` distinct ranges and ``max_cells`` filled cells."""
    unique = sorted(set(merges))
    if len(unique) > limits.max_merges:
        raise fail(path, "io_too_many_merges", merges=len(unique), limit=limits.max_merges)
    numbers = sorted(rows)
    budget = limits.max_cells
    for min_row, min_col, max_row, max_col in unique:
        top = rows.get(min_row)
        if top is None or min_col > len(top) or top[min_col - 1] is None:
            continue
        value = top[min_col - 1]
        max_col = min(max_col, limits.max_columns)
        inside = numbers[bisect_left(numbers, min_row):bisect_right(numbers, max_row)]
        budget -= len(inside) * (max_col - min_col + 1)
        if budget < 0:
            raise fail(path, "io_too_many_merges", merges=len(unique), limit=limits.max_merges)
        for number in inside:
            row = rows[number]
            if len(row) < max_col:
                row.extend([None] * (max_col - len(row)))
            for c in range(min_col - 1, max_col):
                if row[c] is None:
                    row[c] = value


class Workbook:
    """An open spreadsheet: its worksheet names (each part once) and bounded tables."""

    def __init__(self, path: Path, limits: Limits) -> None:
        from python_calamine import CalamineWorkbook  # lazy: only when a spreadsheet is read

        self.path, self.limits = path, limits
        z = check_zip(path, limits)
        self.format = "xls" if z is None else ("ods" if "content.xml" in z.namelist() else "xlsx")
        self.parts: dict[str, str] = {}
        self.errors: dict[str, dict[tuple[int, int], str]] = {}
        self.ods_merges: dict[str, list[tuple[int, int, int, int]]] = {}
        budget_used = 0
        try:
            if z is not None and self.format == "xlsx":
                self.parts = xlsx_parts(z)
                seen: set[str] = set()
                for member in self.parts.values():
                    if member not in seen and member in z.NameToInfo:
                        seen.add(member)
                        cells, self.errors[member] = xlsx_cells(z, member)
                        budget_used += cells
                        self._check(budget_used)
            elif z is not None:
                budget_used, self.ods_merges = ods_cells(z)
                self._check(budget_used)
        finally:
            if z is not None:
                z.close()
        try:
            self.book = CalamineWorkbook.from_path(str(path))
            self.sheet_names = [m.name for m in self.book.sheets_metadata if str(m.typ).endswith("WorkSheet")]
        except Exception as exc:  # calamine raises its own errors and ValueError/OSError for broken files
            raise fail(path, "io_bad_xlsx", detail=f"{type(exc).__name__}: {exc}"[:300]) from None
        self.repeated = self._repeated()

    def _check(self, cells: int) -> None:
        if cells > self.limits.max_cells:
            raise fail(self.path, "io_too_many_cells", cells=cells, limit=self.limits.max_cells)

    def _repeated(self) -> set[str]:
        """Names under which a worksheet already listed is listed again."""
        first: dict[str, str] = {}
        out = set()
        for name in self.sheet_names:
            part = self.parts.get(name)
            if part is None:
                continue
            if part in first:
                out.add(name)
            else:
                first[part] = name
        return out

    def close(self) -> None:
        self.book.close()

    def table(self, sheet: str) -> Table:
        """One worksheet as a table: its rows that hold a value, merged cells applied."""
        path, limits = self.path, self.limits
        label = f"{path.name} [{sheet}]" if len(self.sheet_names) > 1 else path.name
        try:
            ws = self.book.get_sheet_by_name(sheet)
            rows = _collect(path, ws, limits)
            found = ws.merged_cell_ranges
            merges = ([(r0 + 1, c0 + 1, r1 + 1, c1 + 1) for (r0, c0), (r1, c1) in found] if found is not None
                      else self.ods_merges.get(sheet, []))
        except Exception as exc:
            if hasattr(exc, "code") and hasattr(exc, "errors"):
                raise
            raise fail(path, "io_bad_xlsx", detail=f"{sheet}: {type(exc).__name__}: {exc}"[:300]) from None
        for (r, c), text in self.errors.get(self.parts.get(sheet, ""), {}).items():
            row = rows.get(r)
            if row is not None and c <= limits.max_columns:
                if len(row) < c:
                    row.extend([None] * (c - len(row)))
                if row[c - 1] is None:
                    row[c - 1] = text
        apply_merges(path, rows, merges, limits)
        items = list(rows.items())
        return Table(label, sheet, lambda: iter(items), len(items), {"format": self.format, "sheet": sheet})


def _collect(path: Path, ws, limits: Limits) -> dict[int, list]:
    """The sheet's rows that hold a value (``''`` → None), numbered as the spreadsheet shows them."""
    start = ws.start
    if start is None:
        return {}
    first_row, first_col = start
    pad = [None] * first_col
    rows: dict[int, list] = {}
    for i, raw in enumerate(ws.iter_rows()):
        width = len(raw)
        while width and raw[width - 1] == "":
            width -= 1
        if not width:
            continue
        if width + first_col > limits.max_columns:
            raise fail(path, "io_too_many_columns", row=first_row + i + 1, columns=width + first_col,
                       limit=limits.max_columns)
        if len(rows) >= limits.max_rows:
            raise fail(path, "io_too_many_rows", limit=limits.max_rows)
        rows[first_row + i + 1] = pad + [None if v == "" else v for v in raw[:width]]
    return rows
