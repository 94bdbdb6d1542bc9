"""Read estate/building registers (CSV, XLSX) into a :class:`~retrofit.domain.records.Register`.

The one reader of the ``retrofit estimate FILE`` command, the database importer and the import
wizard. Layouts: sheets of buildings (estate-level columns on the building rows; every sheet of a
workbook that has a header row is read), or an XLSX with an estates sheet (``小区``/``estates``)
and a buildings sheet (``楼栋``/``buildings``) as :func:`retrofit.io.export.write_register`
writes it. Every bad cell is collected and raised at
the end as one :class:`~retrofit.domain.errors.InputFileError`; soft findings (ignored columns,
skipped totals rows) are :class:`~retrofit.io.messages.ImportNotice` in ``register.extra["notices"]``.
"""
from __future__ import annotations

import datetime as _dt
import gc
from collections.abc import Mapping
from dataclasses import dataclass
from os import PathLike
from pathlib import Path

from retrofit import i18n
from retrofit.domain.errors import CellError, InputFileError
from retrofit.domain.records import Register
from retrofit.io.assemble import EstateBook, RowReader
from retrofit.io.columns import BUILDING, ESTATE
from retrofit.io.layout import Header, best_header_row, missing_columns, read_header, required_keys, resolve_mapping
from retrofit.io.messages import ImportNotice
from retrofit.io.office import OfficeLayout, combined_header, find_layout, group_cells
from retrofit.io.sources import HEAD_ROWS, Limits, Table, check_size, csv_table, fail
from retrofit.io.values import text_of
from retrofit.io.workbook import SPREADSHEET_SUFFIXES, Workbook
from retrofit.progress import CancelToken, Progress

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
#: Spreadsheets the exports write (openpyxl); :data:`SPREADSHEET_SUFFIXES` are the ones read.
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_STEP = 2000      # rows between progress reports and cancel checks
#: Sheets never read as buildings (the template's explanation sheet).
EXPLANATION_SHEETS = frozenset({"说明", "填表说明", "columns", "readme", "instructions"})


@dataclass(frozen=True, slots=True)
class ColumnGuess:
    """One column of a file as the import wizard previews it: the header as written, the key the
    reader would map it to (``None``: ignored) and a few values from the first rows."""

    header: str
    key: str | None
    sample_values: tuple[str, ...]
    sheet: str = ""


@dataclass(frozen=True, slots=True)
class _Part:
    table: Table
    layout: str
    header: Header
    head_index: int
    office: OfficeLayout
    header_cells: list        # the header row, group headings joined where they name a field


def _layout_of(sheet: str) -> str | None:
    name = sheet.strip().lower()
    if "楼" in name or "building" in name:
        return BUILDING
    if "小区" in name or "estate" in name:
        return ESTATE
    return None


def _find_header(table: Table, layout: str, overrides: dict) -> _Part | None:
    head = table.head(HEAD_ROWS)
    score, i = best_header_row(head, layout, overrides)
    if score < 2:
        return None
    number, cells = head[i]
    office = find_layout(head, i)
    cells = combined_header(group_cells(head, i), cells, layout)
    return _Part(table, layout, read_header(table.label, number, cells, layout, overrides), i, office, cells)


def _open_parts(path: Path, mapping: Mapping[str, str | None] | None, limits: Limits) -> list[_Part]:
    """The tables to read, each with its layout and header row."""
    check_size(path, limits)
    suffix = path.suffix.lower()
    overrides = {layout: resolve_mapping(mapping, layout) for layout in (BUILDING, ESTATE)}
    if suffix in CSV_SUFFIXES:
        table = csv_table(path, limits, lambda head: best_header_row(head, BUILDING, overrides[BUILDING])[0])
        part = _find_header(table, BUILDING, overrides[BUILDING])
        if part is None:
            raise fail(path, "io_no_header", rows=HEAD_ROWS)
        return [part]
    if suffix not in SPREADSHEET_SUFFIXES:
        raise fail(path, "io_unsupported", suffix=suffix or path.name)
    wb = Workbook(path, limits)
    try:
        return _sheet_parts(path, wb, overrides)
    finally:
        wb.close()


def _sheet_parts(path: Path, wb: Workbook, overrides: dict) -> list[_Part]:
    sheets = [s for s in wb.sheet_names if s not in wb.repeated]
    names = {layout: [s for s in sheets if _layout_of(s) == layout] for layout in (BUILDING, ESTATE)}
    if len(names[BUILDING]) == 1 and len(names[ESTATE]) == 1:
        parts = []
        for layout in (ESTATE, BUILDING):
            table = wb.table(names[layout][0])
            part = _find_header(table, layout, overrides[layout])
            if part is None:
                raise fail(path, "io_no_header", rows=HEAD_ROWS)
            parts.append(part)
        return parts
    parts = []
    for sheet in sheets:
        if sheet.strip().lower() in EXPLANATION_SHEETS:
            continue
        part = _find_header(wb.table(sheet), BUILDING, overrides[BUILDING])
        if part is not None:
            parts.append(part)
    if not parts:
        raise fail(path, "io_no_header", rows=HEAD_ROWS)
    return parts


def _layout_notices(parts: list[_Part]) -> list[ImportNotice]:
    """What was recognised around each header: title rows, a two-row header, a units row."""
    out = []
    for p in parts:
        office, sheet = p.office, p.table.prefix
        if office.title_rows:
            out.append(ImportNotice("io_layout_title", {"sheet": sheet, "rows": office.title_rows}))
        if office.group_row is not None:
            out.append(ImportNotice("io_layout_two_rows", {"sheet": sheet, "first": office.group_row,
                                                           "second": p.header.row}))
        if office.units_row is not None:
            out.append(ImportNotice("io_layout_units", {"sheet": sheet, "row": office.units_row}))
    return out


def _two_sheet(parts: list[_Part]) -> bool:
    return any(p.layout == ESTATE for p in parts)


def _check_headers(parts: list[_Part], notices: list[ImportNotice]) -> list[CellError]:
    errors: list[CellError] = []
    for part in parts:
        header = part.header
        errors.extend(header.errors)
        required = required_keys(part.layout, city=not _two_sheet(parts))
        errors.extend(missing_columns(part.table.label, header, required, part.layout))
        if header.unknown:
            notices.append(ImportNotice("io_unknown_columns", {"sheet": part.table.prefix, "columns": "、".join(header.unknown)}))
    return errors


def read_register(path: str | PathLike, mapping: Mapping[str, str | None] | None = None, *,
                  progress: Progress | None = None, cancel: CancelToken | None = None,
                  limits: Limits | None = None) -> Register:
    """Read a register file (``.csv`` or ``.xlsx``).

    ``mapping`` ({header text as written: key, or ``None`` to ignore the column}) overrides the
    detected columns. ``progress(done, total, text)`` is called every few thousand rows and
    ``cancel`` checked as often (:class:`~retrofit.progress.Cancelled`). ``limits``
    bounds file size, rows, columns and XLSX unpacking.

    Raises :class:`InputFileError` listing every bad cell (file, row as the spreadsheet shows it,
    column header as written, value); nothing is returned in part.
    """
    path = Path(path)
    limits = limits or Limits()
    parts = _open_parts(path, mapping, limits)
    notices: list[ImportNotice] = _layout_notices(parts)
    errors = _check_headers(parts, notices)
    if errors:
        raise InputFileError(path.name, errors)
    gc_was_enabled = gc.isenabled()
    gc.disable()          # millions of new records: cyclic GC passes would make the read quadratic
    try:
        book, buildings = _read_rows(path, parts, errors, notices, progress, cancel)
    finally:
        if gc_was_enabled:
            gc.enable()
    if errors:
        raise InputFileError(path.name, errors)
    if not buildings:
        notices.append(ImportNotice("io_no_rows", {"file": path.name}))
    return Register(estates=tuple(book.records()), buildings=tuple(buildings), source=str(path),
                    extra=_extra(parts, notices))


def _read_rows(path: Path, parts: list[_Part], errors: list[CellError], notices: list[ImportNotice],
               progress: Progress | None, cancel: CancelToken | None) -> tuple[EstateBook, list]:
    book = EstateBook()
    buildings: list = []
    total = sum(p.table.total for p in parts)
    done = 0
    this_year = _dt.date.today().year
    for part in parts:
        reader = RowReader(part.table, part.header, part.layout, book, errors, notices, this_year, part.office)
        first = part.header.row
        units = part.office.units_row
        for number, cells in part.table.rows():
            done += 1
            if done % _STEP == 0:
                if cancel is not None:
                    cancel.raise_if_cancelled()
                if progress is not None:
                    progress(done, max(total, done), i18n.message("io_progress", file=path.name, row=number))
            if number > first and number != units:
                reader.feed(number, cells)
        if part.layout == BUILDING:
            buildings.extend(reader.finish())
    if cancel is not None:
        cancel.raise_if_cancelled()
    if progress is not None:
        progress(max(total, done), max(total, done), path.name)
    return book, buildings


def _extra(parts: list[_Part], notices: list[ImportNotice]) -> dict:
    return {
        "notices": tuple(notices),
        "layout": "estates+buildings" if _two_sheet(parts) else "buildings",
        "sheets": tuple(p.table.sheet for p in parts),
        "header_rows": {p.table.sheet: p.header.row for p in parts},
        "office": {p.table.sheet: p.office for p in parts},
        "mapping": {text: key for p in parts for _, key, text in p.header.columns},
        "unknown_columns": tuple(u for p in parts for u in p.header.unknown),
        **parts[-1].table.info,
    }


def detect_columns(path: str | PathLike, *, limits: Limits | None = None) -> list[ColumnGuess]:
    """Every header of the file with the key the reader maps it to and up to five sample values,
    for the import wizard's preview. Raises :class:`InputFileError` when no header row is found."""
    path = Path(path)
    guesses: list[ColumnGuess] = []
    for part in _open_parts(path, None, limits or Limits()):
        head = part.table.head(HEAD_ROWS + 5)
        keys = {i: k for i, k, _ in part.header.columns}
        units = part.office.units_row
        below = [cells for number, cells in head[part.head_index + 1:]
                 if number != units and any(text_of(c).strip() for c in cells)]
        for i, cell in enumerate(part.header_cells):
            text = text_of(cell).strip()
            if not text:
                continue
            samples = tuple(text_of(row[i]).strip() for row in below[:5] if i < len(row) and text_of(row[i]).strip())
            guesses.append(ColumnGuess(text, keys.get(i), samples, part.table.sheet))
    return guesses
