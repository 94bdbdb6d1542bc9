"""Builders of messy register files for the tests (openpyxl and the csv module)."""
from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[object]]],
               merges: dict[str, Iterable[str]] | None = None) -> Path:
    """An XLSX with the given sheets (rows as lists; ``None`` = empty cell) and merged ranges."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
        for ref in (merges or {}).get(name, ()):
            ws.merge_cells(ref)
    wb.save(path)
    return path


def write_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with open(path, "w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(["" if v is None else v for v in row] for row in rows)
    return path


HEADER_ZH = ["小区名称", "楼号", "城市", "建成年份", "结构类型", "层数", "建筑面积(㎡)", "户数"]
