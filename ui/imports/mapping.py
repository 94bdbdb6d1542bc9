"""Reading a register's header row and the column mapping (no widgets)."""
from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path

from retrofit.domain.errors import InputFileError
from retrofit.io import ColumnGuess, detect_columns
from retrofit.io.columns import BUILDING, ESTATE, valid_keys
from ui.fields import unit_text

#: Data-dictionary keys a column can map to (building-layout keys first, then estate-only ones).
TARGET_KEYS: tuple[str, ...] = tuple(dict.fromkeys((*valid_keys(BUILDING), *valid_keys(ESTATE))))
AUTO, IGNORE = "", "-"


def read_columns(path: Path) -> list[ColumnGuess]:
    """Every header of the file with the key the reader would use and sample values.
    Raises InputFileError when the file has no header row."""
    return detect_columns(path)


#: Units not repeated after a label that already says them (层数, 户数; a year's 年).
_SELF_EVIDENT_UNITS = frozenset({"层", "户"})


def field_label(key: str) -> str:
    """A register key as the wizard offers it: its label in the language in force with its unit
    (``建筑面积 [m²]``), never the key; an estate's field whose label a building's field also
    has says so (``Households (estate)``)."""
    from retrofit import i18n
    from retrofit.io.columns import COLUMNS

    column = COLUMNS[BUILDING].get(key) or COLUMNS[ESTATE].get(key)
    if column is None:
        return key
    zh = i18n.language() == "zh"
    label = column.zh if zh else column.spec.en
    if column.target == ESTATE and any(c.target == BUILDING and (c.zh if zh else c.spec.en) == label
                                       for c in COLUMNS[BUILDING].values()):
        label += "（小区）" if zh else " (estate)"
    evident = column.spec.unit in _SELF_EVIDENT_UNITS or column.spec.kind == "year"
    unit = "" if evident else unit_text(column.spec.unit)
    return f"{label} [{unit}]" if unit else label


def remembered_choices(guesses: list[ColumnGuess], remembered: Mapping[str, str]) -> dict[str, str]:
    """The remembered choice of each column, where it still applies: a column the reader knows
    under its usual name keeps it (a remembered choice never hides or re-maps it), and a
    remembered key that another column of the file has under its usual name is not used again."""
    detected = {g.key for g in guesses if g.key}
    out: dict[str, str] = {}
    for g in guesses:
        choice = remembered.get(g.header, AUTO)
        if g.key is not None or choice in detected:
            choice = AUTO
        out[g.header] = choice
    return out


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
    from retrofit.files import atomic_write

    with atomic_write(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
