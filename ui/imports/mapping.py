"""Reading a register's header row and the column mapping (no widgets)."""
from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path

from retrofit.domain.errors import InputFileError
from retrofit.io import ColumnGuess, detect_columns
from retrofit.io.columns import BUILDING, ESTATE, valid_keys

#: Data-dictionary keys a column can map to (building-layout keys first, then estate-only ones).
TARGET_KEYS: tuple[str, ...] = tuple(dict.fromkeys((*valid_keys(BUILDING), *valid_keys(ESTATE))))
AUTO, IGNORE = "", "-"


def read_columns(path: Path) -> list[ColumnGuess]:
    """Every header of the file with the key the reader would use and sample values.
    Raises InputFileError when the file has no header row."""
    return detect_columns(path)


def effective_mapping(headers: list[str], chosen: Mapping[str, str]) -> dict[str, str | None]:
    """The mapping to send to the service: only explicit choices ({header: key, or None to
    ignore}); AUTO lets the reader decide."""
    out: dict[str, str | None] = {}
    for header in headers:
        choice = chosen.get(header, AUTO)
        if choice == IGNORE:
            out[header] = None
        elif choice != AUTO:
            out[header] = choice
    return out


def error_rows(exc: InputFileError, lang: str | None = None) -> list[tuple[int, str, str, str]]:
    """(row, column, value, reason) for every bad cell, in the UI language."""
    from retrofit.i18n import message

    return [(e.row, e.column, e.value, message(e.code, lang, **e.params)) for e in exc.errors]


def write_errors_csv(path: Path, rows: list[tuple[int, str, str, str]], header: list[str]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
