"""Reading a register's header row and the column mapping (no widgets)."""
from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from pathlib import Path

from retrofit.domain.errors import InputFileError
from retrofit.domain.records import BUILDING_FIELDS, ESTATE_FIELDS

#: Data-dictionary keys a column can map to (estate and building keys, without duplicates).
TARGET_KEYS: tuple[str, ...] = tuple(dict.fromkeys((*BUILDING_FIELDS, *ESTATE_FIELDS)))
AUTO, IGNORE = "", "-"


def read_header(path: Path) -> list[str]:
    """The column headers of a CSV or XLSX register (first row)."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        try:
            first = next(book.worksheets[0].iter_rows(max_row=1, values_only=True), ())
        finally:
            book.close()
        return [str(v).strip() for v in first if v is not None and str(v).strip()]
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            with open(path, encoding=encoding, newline="") as fh:
                return [h.strip() for h in next(csv.reader(fh), []) if h.strip()]
        except UnicodeDecodeError:
            continue
    return []


def guess_key(header: str) -> str:
    """The key a header names directly (``floor_area_m2``, ``Floor area [m2]`` …), or AUTO."""
    simple = re.sub(r"[\[(（].*?[\])）]", "", header).strip().lower().replace(" ", "_")
    return simple if simple in TARGET_KEYS else AUTO


def effective_mapping(headers: list[str], chosen: Mapping[str, str]) -> dict[str, str]:
    """The mapping to send to the service: only explicit choices (AUTO lets the reader decide)."""
    return {h: chosen[h] for h in headers if chosen.get(h, AUTO) != AUTO}


def error_rows(exc: InputFileError, lang: str | None = None) -> list[tuple[int, str, str, str]]:
    """(row, column, value, reason) for every bad cell, in the UI language."""
    from retrofit.i18n import message

    return [(e.row, e.column, e.value, message(e.code, lang, **e.params)) for e in exc.errors]


def write_errors_csv(path: Path, rows: list[tuple[int, str, str, str]], header: list[str]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
