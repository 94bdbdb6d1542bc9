"""Read-only tables of plain data (dashboard, comparison, planner) in a QTableWidget."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from PySide6.QtCore import QItemSelectionRange, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from ui.format import MoneyUnit, amount, column_kind, integer, money_unit_of, number, percent


def cell_text(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= 10000 else str(value)
    if isinstance(value, float):
        return number(value, 0 if abs(value) >= 1000 else 2 if abs(value) < 10 else 1)
    if isinstance(value, (list, tuple)):
        return ", ".join(cell_text(v) for v in value)
    return str(value)


def records_of(data: Any, key_name: str = "key") -> list[dict[str, Any]]:
    """A list of dicts from a list of dicts, or from {key: {...}} / {key: value}."""
    if isinstance(data, Mapping):
        out = []
        for key, value in data.items():
            row = {key_name: key}
            row.update(value if isinstance(value, Mapping) else {"value": value})
            out.append(row)
        return out
    if isinstance(data, Sequence) and not isinstance(data, str):
        return [dict(r) if isinstance(r, Mapping) else {"value": r} for r in data]
    return []


def column_texts(column: str, values: Sequence[Any], unit: MoneyUnit | None = None) -> tuple[str, list[str]]:
    """(unit suffix of the header, text of each value) for a column of plain data: money in
    ``unit`` (or one chosen for the column: 万元 or 亿元), counts as whole numbers, shares in per
    cent."""
    kind = column_kind(column)
    if kind == "money":
        unit = unit or money_unit_of(v for v in values if isinstance(v, (int, float)))
        return f" [{unit.name}]", [unit.text(v) if isinstance(v, (int, float)) else cell_text(v) for v in values]
    numeric = [isinstance(v, (int, float)) and not isinstance(v, bool) for v in values]
    if kind == "count":
        return "", [integer(v) if n else cell_text(v) for v, n in zip(values, numeric, strict=True)]
    if kind == "year":
        return "", [str(int(v)) if n else cell_text(v) for v, n in zip(values, numeric, strict=True)]
    if kind == "share":
        return "", [percent(v) if n else cell_text(v) for v, n in zip(values, numeric, strict=True)]
    return "", [("0" if v == 0 else amount(v) if abs(v) >= 10 else cell_text(v)) if n else cell_text(v)
                for v, n in zip(values, numeric, strict=True)]


def fill_table(table: QTableWidget, rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None,
               headers: Mapping[str, str] | None = None) -> None:
    """Rows of plain data in a read-only table; columns are written by their key
    (:func:`column_texts`), headers are ``headers[key]`` with the money unit added."""
    columns = list(columns or dict.fromkeys(k for r in rows for k in r))
    headers = headers or {}
    table.clear()
    table.setColumnCount(len(columns))
    table.setRowCount(len(rows))
    texts, labels = [], []
    money = money_unit_of(r.get(c) for r in rows for c in columns                 # one unit a table
                          if column_kind(c) == "money" and isinstance(r.get(c), (int, float)))
    for column in columns:
        unit, column_text = column_texts(column, [r.get(column) for r in rows], money)
        texts.append(column_text)
        labels.append(headers.get(column, column) + unit)
    table.setHorizontalHeaderLabels(labels)
    for i, row in enumerate(rows):
        for j, column in enumerate(columns):
            value = row.get(column)
            item = QTableWidgetItem(texts[j][i])
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(i, j, item)
    table.resizeColumnsToContents()


def read_only_table() -> QTableWidget:
    table = QTableWidget()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def selected_ranges(view: QAbstractItemView) -> list[QItemSelectionRange]:
    """The view's selection as ranges of cells (PySide6 types QItemSelection as not iterable;
    it is a list of ranges)."""
    return list(cast(Iterable[QItemSelectionRange], view.selectionModel().selection()))
