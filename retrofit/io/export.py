"""Write registers (export) and the empty import template.

* **XLSX**: two sheets, ``小区`` (estates, one row each, every estate field) and ``楼栋``
  (buildings, every building field). Estates without buildings are kept.
* **CSV** (UTF-8 with BOM, so Excel opens it): one row per building carrying the estate-level
  columns (``区/县`` … ``小区建成年份``, ``小区户数`` …), the layout of the import template. An
  estate without buildings has no row in a CSV file. Text starting with ``= + - @`` is written
  with a leading ``'`` so that a spreadsheet does not run it as a formula (CSV injection); the
  reader removes it.

Headers are the template's Chinese headers with units (``建筑面积(m²)``), or the English keys with
``lang="en"``. Values are written so that :func:`retrofit.io.registers.read_register` gives the
same register back: numbers unrounded, yes/no as ``是/否`` (``yes/no``), enums by Chinese label
(English key).
"""
from __future__ import annotations

import csv
import datetime as _dt
from collections.abc import Iterable
from enum import Enum
from os import PathLike
from pathlib import Path

from retrofit.domain.checks import ILLEGAL
from retrofit.domain.records import (
    MODE_ZH,
    REBUILD_RULE_ZH,
    STATUS_ZH,
    STRUCTURE_ZH,
    BuildingRecord,
    EstateRecord,
    Register,
)
from retrofit.files import atomic_write, save_workbook
from retrofit.io.assemble import FORMULA_QUOTED
from retrofit.io.columns import BUILDING_COLUMNS, ESTATE, ESTATE_COLUMNS, Column
from retrofit.io.template import SHEETS, sheet_language
from retrofit.progress import Progress

_LABELS = {**STRUCTURE_ZH, **MODE_ZH, **STATUS_ZH, **REBUILD_RULE_ZH}
#: The columns of a buildings sheet in the two-sheet layout (no estate-level columns but the city).
BUILDING_ONLY = tuple(c for c in BUILDING_COLUMNS if c.target != ESTATE)


def cell_value(value: object, lang: str, text_dates: bool = False) -> object:
    """A record value as the register writes it (numbers stay numbers)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return ("是" if value else "否") if lang == "zh" else ("yes" if value else "no")
    if isinstance(value, Enum):
        return _LABELS[value] if lang == "zh" else value.value
    if isinstance(value, _dt.date):
        return value.isoformat() if text_dates else value
    return value


def _csv_text(value: object) -> str:
    """A value as CSV text. Text that a spreadsheet would take for a formula (``=``, ``+``, ``-``,
    ``@``) gets a protecting ``'``, which the reader removes again."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    text = str(value)
    if isinstance(value, str) and text and (text[0] in "=+-@" or (text[0] == "'" and text[1:2] in FORMULA_QUOTED)):
        return "'" + text
    return text


def _building_rows(register: Register, columns: tuple[Column, ...], lang: str) -> Iterable[list]:
    estates = {e.estate: e for e in register.estates}
    for b in register.buildings:
        estate = estates.get(b.estate)
        row = []
        for c in columns:
            source: BuildingRecord | EstateRecord | None = estate if c.target == ESTATE else b
            row.append(cell_value(getattr(source, c.name, None) if source is not None else None, lang, True))
        yield row


def write_register(path: str | PathLike, register: Register, *, lang: str = "zh",
                   progress: Progress | None = None) -> int:
    """Write ``register`` to ``path`` (``.csv`` or ``.xlsx``, see the module docstring); return the
    number of buildings written."""
    path, lang = Path(path), sheet_language(lang)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        _write_csv(path, register, lang)
    elif suffix in (".xlsx", ".xlsm"):
        _write_xlsx(path, register, lang)
    else:
        raise ValueError(f"cannot write {suffix or path.name!r}; use .csv or .xlsx")
    if progress is not None:
        progress(len(register.buildings), len(register.buildings), path.name)
    return len(register.buildings)


def _write_csv(path: Path, register: Register, lang: str) -> None:
    with atomic_write(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([c.header(lang) for c in BUILDING_COLUMNS])
        for row in _building_rows(register, BUILDING_COLUMNS, lang):
            writer.writerow([_csv_text(v) for v in row])


def _write_xlsx(path: Path, register: Register, lang: str) -> None:
    from openpyxl import Workbook  # lazy: openpyxl takes most of a second to load; only for workbooks

    wb = Workbook(write_only=True)
    estates_name, buildings_name, _ = SHEETS[lang]
    ws = wb.create_sheet(estates_name)
    _header(ws, ESTATE_COLUMNS, lang)
    for e in register.estates:
        ws.append(_cells(ws, [cell_value(getattr(e, c.name), lang) for c in ESTATE_COLUMNS]))
    ws = wb.create_sheet(buildings_name)
    _header(ws, BUILDING_ONLY, lang)
    for b in register.buildings:
        ws.append(_cells(ws, [cell_value(getattr(b, c.name), lang) for c in BUILDING_ONLY]))
    save_workbook(wb, path)


def _header(ws, columns: tuple[Column, ...], lang: str) -> None:
    from openpyxl.cell import WriteOnlyCell  # lazy: openpyxl takes most of a second to load; only for workbooks
    from openpyxl.styles import Font  # lazy: openpyxl takes most of a second to load; only for workbooks
    from openpyxl.utils import get_column_letter  # lazy: openpyxl takes most of a second to load; only for workbooks

    for i, c in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = max(10, len(c.header(lang)) * (2 if lang == "zh" else 1.1))
    ws.freeze_panes = "A2"
    cells = []
    for c in columns:
        cell = WriteOnlyCell(ws, value=c.header(lang))
        cell.font = Font(bold=True)
        cells.append(cell)
    ws.append(cells)


def _cells(ws, values: list) -> list:
    """Values for ``ws.append``: text that starts with ``=`` stays text, not a formula; a float
    keeps all 17 significant digits (openpyxl writes 16); a control character that XML cannot
    hold (refused at import and edit, but possibly stored by an older version) becomes U+FFFD,
    so that the export never fails."""
    from openpyxl.cell import WriteOnlyCell  # lazy: openpyxl takes most of a second to load; only for workbooks

    out = []
    for v in values:
        if isinstance(v, str) and ILLEGAL.search(v):
            v = ILLEGAL.sub("\ufffd", v)     # stored by an older version; an XLSX cannot hold it
        if isinstance(v, str) and v.startswith("="):
            cell = WriteOnlyCell(ws, value=v)
            cell.data_type = "s"
            out.append(cell)
        elif type(v) is float and float(f"{v:.16g}") != v:
            cell = WriteOnlyCell(ws, value=v)
            cell._value = repr(v)        # written as the number's shortest exact text
            out.append(cell)
        else:
            out.append(v)
    return out



__all__ = ["write_register", "cell_value"]
