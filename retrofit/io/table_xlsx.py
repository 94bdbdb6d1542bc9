"""Any table of the app as an Excel workbook: a header row, rows of plain values (numbers stay
numbers, dates stay dates) and one Excel number format per column (``#,##0``, ``0.0%``).

The desktop app exports what a table shows (``ui/export.py``): the building table, the dashboard
tables, the planner's year plan, the package comparison. The workbook is written with openpyxl
in write-only mode (7,000 rows × 45 columns in about a second) through
:func:`retrofit.files.save_workbook`: to a temporary file next to the target, which replaces the
target only when complete; a full disk or an error leaves the old file (or none), never half a
workbook. Text that starts with ``=`` stays text (never a formula); a
control character that XML cannot hold becomes U+FFFD.
"""
from __future__ import annotations

import datetime as _dt
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from retrofit.domain.checks import ILLEGAL
from retrofit.files import discard_workbook, save_workbook
from retrofit.progress import CancelToken, Progress

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
#: Excel's default width in characters; a CJK character takes about two.
_MIN_WIDTH, _MAX_WIDTH = 8, 60


def sheet_title(text: str) -> str:
    """A worksheet name Excel accepts: at most 31 characters, none of ``[]:*?/\\``."""
    title = _SHEET_FORBIDDEN.sub("_", ILLEGAL.sub("", text)).strip("' ") or "Sheet1"
    return title[:31]


def _text_width(text: str) -> float:
    return sum(2.0 if ord(ch) > 0x2E7F else 1.1 for ch in text)


class Cell(NamedTuple):
    """A value with a number format of its own (a column that mixes kinds, e.g. a comparison)."""

    value: object
    number_format: str | None


def write_table(path: str | os.PathLike[str], headers: Sequence[str], rows: Iterable[Sequence[object]],
                formats: Sequence[str | None] = (), *, title: str = "", frozen_columns: int = 0,
                progress: Progress | None = None, cancel: CancelToken | None = None) -> int:
    """Write one table to the .xlsx file ``path`` (replaced only when complete); returns the
    number of rows written. ``formats[i]`` is the Excel number format of column ``i`` (None:
    General), a :class:`Cell` brings its own; ``frozen_columns`` columns stay in place when
    scrolling right, as the header row does. ``progress(done, total, text)`` is called and
    ``cancel`` checked every 1,000 rows (:class:`~retrofit.progress.Cancelled`: no file
    is left). Raises :class:`~retrofit.domain.errors.OutputFileError` when the file cannot be
    written (:func:`retrofit.files.save_workbook`)."""
    from openpyxl import Workbook  # lazy: openpyxl takes most of a second to load; only for workbooks
    from openpyxl.cell import WriteOnlyCell  # lazy: openpyxl takes most of a second to load; only for workbooks
    from openpyxl.styles import Font  # lazy: openpyxl takes most of a second to load; only for workbooks
    from openpyxl.utils import get_column_letter  # lazy: openpyxl takes most of a second to load; only for workbooks

    path = Path(path)
    rows = rows if isinstance(rows, Sequence) else list(rows)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title(title or path.stem))
    try:
        formats = list(formats) + [None] * (len(headers) - len(formats))
        for i, width in enumerate(_widths(headers, rows), 1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = f"{get_column_letter(frozen_columns + 1)}2"
        head = []
        for h in headers:
            cell = WriteOnlyCell(ws, value=_clean(h))
            cell.font = Font(bold=True)
            head.append(cell)
        ws.append(head)
        for n, row in enumerate(rows):
            if n % 1000 == 0:
                if cancel is not None:
                    cancel.raise_if_cancelled()
                if progress is not None:
                    progress(n, len(rows), path.name)
            ws.append([_cell(ws, WriteOnlyCell, v, formats[i] if i < len(formats) else None)
                       for i, v in enumerate(row)])
        if rows:
            ws.auto_filter.ref = f"A1:{get_column_letter(max(1, len(headers)))}{len(rows) + 1}"
        save_workbook(wb, path)
    except BaseException:
        discard_workbook(wb)
        raise
    return len(rows)


def _widths(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> list[float]:
    """Column widths from the header and the first rows, in Excel's characters."""
    widths = [_text_width(str(h)) for h in headers]
    for row in rows[:500]:
        for i, v in enumerate(row[:len(widths)]):
            widths[i] = max(widths[i], _text_width(_shown(v)))
    return [max(_MIN_WIDTH, min(_MAX_WIDTH, w + 2)) for w in widths]


def _shown(value: object) -> str:
    if isinstance(value, Cell):
        value = value.value
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def _clean(value: object) -> object:
    if isinstance(value, str) and ILLEGAL.search(value):
        return ILLEGAL.sub("\ufffd", value)
    return value


def _cell(ws, cell_type, value: object, number_format: str | None) -> object:  # noqa: ANN001
    if isinstance(value, Cell):
        value, number_format = value
    value = _clean(value)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        if not value.startswith("="):
            return value
        cell = cell_type(ws, value=value)
        cell.data_type = "s"                 # text, not a formula
        return cell
    cell = cell_type(ws, value=value)
    if isinstance(value, (_dt.date, _dt.datetime)) and not number_format:
        number_format = "yyyy-mm-dd"
    if number_format and not isinstance(value, bool):
        cell.number_format = number_format
    return cell
