"""Read and write the meter register (计量数据, ``data-dictionary.md``): one row per building (or
per estate, building left blank) and heating season.

The reader is the register reader's machinery with the meter columns: the same file formats,
limits, header detection (Chinese or English headers, units in brackets, aliases, the wizard's
overrides), messy values (``1,300``, ``1300GJ``, full-width digits), totals rows skipped, and
every bad cell collected into one :class:`~retrofit.domain.errors.InputFileError` (file, row,
column, value); nothing is returned in part. On top of a value's own checks a row must give
exactly one of heat (GJ), heat (MWh) and coal (tce), and a building or estate may give a season
only once. Whether the estates and buildings exist is checked against the records by the
importer and by ``retrofit verify``.
"""
from __future__ import annotations

import csv
import datetime as _dt
from collections.abc import Mapping, Sequence
from os import PathLike
from pathlib import Path

from retrofit import i18n
from retrofit.domain.errors import CellError, InputFileError
from retrofit.domain.meters import QUANTITY_KEYS, MeterReading, MeterRegister, SeasonError, parse_season, season_text
from retrofit.files import atomic_write, save_workbook
from retrofit.io.assemble import compile_row, record_factory
from retrofit.io.columns import METER, METER_COLUMNS
from retrofit.io.export import _cells, _csv_text, _header
from retrofit.io.layout import (
    Header,
    best_header_row,
    is_total,
    missing_columns,
    read_header,
    required_keys,
    resolve_mapping,
)
from retrofit.io.messages import ImportNotice
from retrofit.io.registers import CSV_SUFFIXES, EXPLANATION_SHEETS, XLSX_SUFFIXES
from retrofit.io.sources import HEAD_ROWS, Limits, Table, check_size, csv_table, fail
from retrofit.io.values import BadValue, make_parser, shown, text_of
from retrofit.io.workbook import SPREADSHEET_SUFFIXES, Workbook
from retrofit.progress import CancelToken, Progress

_STEP = 2000
_make = record_factory(MeterReading)


def season_parser(value: object) -> int | None:
    """A season cell: text as :func:`parse_season` reads it, or a date cell that a spreadsheet
    made of ``2010/11`` (1 November 2010: the month is the second year's last two digits)."""
    if value is None or (type(value) is str and not value.strip()):
        return None
    if isinstance(value, _dt.date) and value.day == 1 and value.month == (value.year + 1) % 100:
        return value.year
    try:
        return parse_season(value)
    except SeasonError as exc:
        raise BadValue(exc.code) from None


def _parsers() -> dict[str, object]:
    return {c.key: season_parser if c.kind == "season" else make_parser(c) for c in METER_COLUMNS}


def _tables(path: Path, overrides: dict, limits: Limits) -> list[tuple[Table, Header]]:
    check_size(path, limits)
    suffix = path.suffix.lower()

    def find(table: Table):
        head = table.head(HEAD_ROWS)
        score, i = best_header_row(head, METER, overrides)
        if score < 2:
            return None
        number, cells = head[i]
        return table, read_header(table.label, number, cells, METER, overrides)

    if suffix in CSV_SUFFIXES:
        found = find(csv_table(path, limits, lambda head: best_header_row(head, METER, overrides)[0]))
        parts = [found] if found else []
    elif suffix in SPREADSHEET_SUFFIXES:
        wb = Workbook(path, limits)
        try:
            parts = [p for s in wb.sheet_names if s.strip().lower() not in EXPLANATION_SHEETS and s not in wb.repeated
                     for p in [find(wb.table(s))] if p is not None]
        finally:
            wb.close()
    else:
        raise fail(path, "io_unsupported", suffix=suffix or path.name)
    if not parts:
        raise fail(path, "io_no_header", rows=HEAD_ROWS)
    return parts


class _Rows:
    """Reads the data rows of the meter tables; collects readings, rows and errors."""

    def __init__(self, errors: list[CellError], notices: list[ImportNotice]) -> None:
        self.errors, self.notices = errors, notices
        self.readings: list[MeterReading] = []
        self.rows: list[int] = []
        self.seen: dict[tuple[str, str, int], tuple[str, int]] = {}
        self.parsers = _parsers()

    def table(self, table: Table, header, progress, cancel, done: list[int]) -> None:  # noqa: ANN001
        plan = [(i, key, True, False, self.parsers[key], text) for i, key, text in header.columns]
        parse_row = compile_row(plan, csv_text=table.info.get("format") == "csv")
        texts = {key: text for _, key, text in header.columns}
        width = max((p[0] for p in plan), default=-1) + 1
        watch = sorted({0, *(i for i, key, _ in header.columns if key in ("estate", "building"))})
        for number, cells in table.rows():
            done[0] += 1
            if done[0] % _STEP == 0:
                if cancel is not None:
                    cancel.raise_if_cancelled()
                if progress is not None:
                    progress(done[0], max(table.total, done[0]), i18n.message("meter_progress", file=table.label,
                                                                            row=number))
            if number <= header.row:
                continue
            if any(i < len(cells) and (total := is_total(cells[i])) for i in watch):
                self.notices.append(ImportNotice("io_totals_skipped", {"sheet": table.prefix, "row": number,
                                                                        "text": total}))
                continue
            if len(cells) < width:
                cells = cells + [None] * (width - len(cells))
            self._row(table, number, cells, parse_row(cells), texts)

    def _row(self, table: Table, number: int, cells: list, parsed, texts: dict[str, str]) -> None:  # noqa: ANN001
        kw, _, bad = parsed
        label = table.label
        for j, raw, exc in bad:
            self.errors.append(CellError(label, number, list(texts.values())[j], shown(raw), exc.code, exc.params))
        if not kw and not bad:
            return                                            # a blank line
        ok = not bad
        for key in ("estate", "season"):
            if key not in kw and not any(list(texts)[j] == key for j, _, _ in bad):
                self.errors.append(CellError(label, number, texts[key], "", "io_required", {}))
                ok = False
        given = [k for k in QUANTITY_KEYS if k in kw]
        if not given and not any(list(texts)[j] in QUANTITY_KEYS for j, _, _ in bad):
            column = next((texts[k] for k in QUANTITY_KEYS if k in texts), "")
            self.errors.append(CellError(label, number, column, "", "meter_no_quantity", {}))
            ok = False
        elif len(given) > 1:
            self.errors.append(CellError(label, number, texts[given[1]], shown(kw[given[1]]), "meter_two_quantities",
                                         {"other": texts[given[0]]}))
            ok = False
        if ok:
            seen_key = (kw["estate"], kw.get("building") or "", kw["season"])
            first = self.seen.setdefault(seen_key, (table.sheet, number))
            if first != (table.sheet, number):
                other = first[1] if first[0] == table.sheet else f"{first[0]}!{first[1]}"
                self.errors.append(CellError(label, number, texts["season"], season_text(kw["season"]),
                                             "meter_duplicate_season", {"other_row": other}))
                return
            self.readings.append(_make(kw))
            self.rows.append(number)


def read_meter_register(path: str | PathLike, mapping: Mapping[str, str | None] | None = None, *,
                        progress: Progress | None = None, cancel: CancelToken | None = None,
                        limits: Limits | None = None) -> MeterRegister:
    """Read a meter register (``.csv`` or ``.xlsx``; every sheet with a meter header row).

    ``mapping`` ({header as written: key, or ``None`` to ignore}) overrides the detected columns;
    ``progress(done, total, text)`` is called and ``cancel`` checked every 2,000 rows.

    Raises :class:`InputFileError` listing every bad cell; nothing is returned in part.
    """
    path = Path(path)
    overrides = resolve_mapping(mapping, METER)
    parts = _tables(path, overrides, limits or Limits())
    errors: list[CellError] = []
    notices: list[ImportNotice] = []
    for table, header in parts:
        errors.extend(header.errors)
        errors.extend(missing_columns(table.label, header, required_keys(METER), METER))
        if not any(k in QUANTITY_KEYS for _, k, _ in header.columns):
            errors.append(CellError(table.label, header.row, "", "", "meter_no_quantity_column", {}))
        if header.unknown:
            notices.append(ImportNotice("io_unknown_columns", {"sheet": table.prefix,
                                                               "columns": "、".join(header.unknown)}))
    if errors:
        raise InputFileError(path.name, errors)
    reader, done = _Rows(errors, notices), [0]
    for table, header in parts:
        reader.table(table, header, progress, cancel, done)
    if cancel is not None:
        cancel.raise_if_cancelled()
    if errors:
        raise InputFileError(path.name, errors)
    if not reader.readings:
        notices.append(ImportNotice("meter_no_rows", {"file": path.name}))
    if progress is not None:
        progress(done[0], done[0], path.name)
    headers = {key: text for _, h in parts for _, key, text in h.columns}
    return MeterRegister(tuple(reader.readings), str(path), tuple(reader.rows),
                         {"notices": tuple(notices), "headers": headers,
                          "mapping": {text: key for key, text in headers.items()},
                          "sheets": tuple(t.sheet for t, _ in parts), **parts[-1][0].info})


def detect_meter_columns(path: str | PathLike, *, limits: Limits | None = None) -> list:
    """Every header of a meter register with the key the reader maps it to and up to five sample
    values (:class:`retrofit.io.registers.ColumnGuess`), for the import wizard's preview.
    Raises :class:`InputFileError` when no header row is found."""
    from retrofit.io.registers import ColumnGuess

    guesses = []
    for table, header in _tables(Path(path), {}, limits or Limits()):
        head = table.head(HEAD_ROWS + 5)
        keys = {i: k for i, k, _ in header.columns}
        cells = next(c for n, c in head if n == header.row)
        below = [c for n, c in head if n > header.row and any(text_of(v).strip() for v in c)]
        for i, cell in enumerate(cells):
            text = text_of(cell).strip()
            if text:
                samples = tuple(text_of(r[i]).strip() for r in below[:5] if i < len(r) and text_of(r[i]).strip())
                guesses.append(ColumnGuess(text, keys.get(i), samples, table.sheet))
    return guesses


def _values(r: MeterReading) -> list:
    return [season_text(r.season) if c.key == "season" else getattr(r, c.key) for c in METER_COLUMNS]


def write_meter_register(path: str | PathLike, readings: Sequence[MeterReading], *, lang: str = "zh") -> int:
    """Write readings as a meter register (``.csv`` UTF-8 with BOM, or ``.xlsx``) that
    :func:`read_meter_register` reads back unchanged; returns the number of rows."""
    path = Path(path)
    if lang not in ("zh", "en"):
        raise ValueError(f"unknown language {lang!r}; use 'zh' or 'en'")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with atomic_write(path, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow([c.header(lang) for c in METER_COLUMNS])
            writer.writerows([_csv_text(v) for v in _values(r)] for r in readings)
    elif suffix in XLSX_SUFFIXES:
        from openpyxl import Workbook  # lazy: openpyxl takes most of a second to load; only for workbooks

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("计量数据" if lang == "zh" else "meters")
        _header(ws, METER_COLUMNS, lang)
        for r in readings:
            ws.append(_cells(ws, _values(r)))
        save_workbook(wb, path)
    else:
        raise ValueError(f"cannot write {suffix or path.name!r}; use .csv or .xlsx")
    return len(readings)


__all__ = ["detect_meter_columns", "read_meter_register", "season_parser", "write_meter_register"]
