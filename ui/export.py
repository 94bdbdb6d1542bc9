"""“Export to Excel…” for any table of the app: what the table shows, as a workbook.

:func:`install_export` gives a table view the action in its context menu (and returns it for a
menu or a button); :func:`export_view` asks for a file and writes it. The columns are the ones
shown, in the order shown, with the headers as shown (units included); the rows are the ones
the view lists (filtered and sorted as on screen); row labels (the comparison's measures) become
the first column. Each cell's text is turned back into a value: ``1,783.2`` → 1783.2 with the
format ``#,##0.0``, ``66.7 %`` → 0.667 with ``0.0%``, ``2010-04-15`` → a date; anything else
stays text. The workbook is written by :func:`retrofit.io.table_xlsx.write_table` in the
background (7,000 buildings: a progress dialog, Cancel), replacing the file only when complete.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFileDialog, QMenu, QTableView, QWidget

from retrofit.files import safe_filename
from ui.tasks import TaskRunner

translate = QCoreApplication.translate
_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MINUS = str.maketrans({"−": "-", "–": "-"})
_folder: list[Path] = [Path.home()]


def cell_value(text: object) -> tuple[object, str | None]:
    """The value of a cell's shown text for Excel, and its number format."""
    if not isinstance(text, str):
        return text, None
    t = text.strip().translate(_MINUS)
    if not t:
        return None, None
    percent = t.endswith("%")
    core = t[:-1].rstrip() if percent else t
    match = _NUMBER.fullmatch(core)
    if match is not None and (len(core) < 16):
        decimals = len(match.group(1) or ".") - 1
        places = "." + "0" * decimals if decimals else ""
        x = float(core.replace(",", ""))
        if percent:
            return x / 100, f"0{places}%"
        return (x if decimals else int(x)), ("#,##0" if "," in core else "0") + places
    if _DATE.fullmatch(t):
        try:
            return dt.date.fromisoformat(t), "yyyy-mm-dd"
        except ValueError:
            return text, None
    return text, None


def table_of(view: QAbstractItemView) -> tuple[list[str], Callable[[], list[list[object]]], int]:
    """(headers, a function giving the rows as values with their formats, frozen columns) of
    what ``view`` shows. The texts are read now; a model with ``snapshot_texts(columns)`` (the
    building table) gives them later, so that a whole city is read in a worker thread."""
    model = view.model()
    header = view.horizontalHeader() if isinstance(view, QTableView) else None
    if header is not None:
        columns = [header.logicalIndex(v) for v in range(header.count())
                   if not header.isSectionHidden(header.logicalIndex(v))]
    else:
        columns = list(range(model.columnCount()))
    labels = _row_labels(view)
    horizontal, display = Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    headers = ([""] if labels else []) + [str(model.headerData(c, horizontal, display) or "") for c in columns]
    snapshot = getattr(model, "snapshot_texts", None)
    if snapshot is not None:
        texts = snapshot(columns)
    else:
        root = QModelIndex()
        shown = [[model.index(r, c, root).data(display) for c in columns] for r in range(model.rowCount(root))]
        texts = lambda: shown  # noqa: E731

    def rows() -> list[list[object]]:
        seen: dict[object, object] = {}                 # a city repeats its texts: read each once

        def value(text: object) -> object:
            got = seen.get(text, seen)
            if got is seen:
                got = seen[text] = _value(text)
            return got
        return [([labels[r]] if labels else []) + [value(t) for t in line] for r, line in enumerate(texts())]
    frozen = getattr(view, "frozen_count", 0) + (1 if labels else 0)
    return headers, rows, frozen


def _value(text: object) -> object:
    from retrofit.io.table_xlsx import Cell

    value, number_format = cell_value(text)
    return Cell(value, number_format) if number_format else value


def _row_labels(view: QAbstractItemView) -> list[str]:
    """The row labels when the view shows words there (not the row numbers)."""
    if not isinstance(view, QTableView) or not view.verticalHeader().isVisible():
        return []
    model = view.model()
    labels = [str(model.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) or "")
              for r in range(model.rowCount())]
    return [] if all(label == str(r + 1) for r, label in enumerate(labels)) else labels


def export_view(view: QAbstractItemView, name: str, runner: TaskRunner | None = None,
                show_error: Callable[[BaseException], None] | None = None,
                done: Callable[[Path], None] | None = None) -> Path | None:
    """Ask for an .xlsx file and write what ``view`` shows into it (in the background with a
    ``runner``); ``done(path)`` when written. Returns the chosen path, or None if cancelled."""
    from retrofit.io.table_xlsx import write_table

    parent = view.window()
    suggested = str(_folder[0] / safe_filename(name or "table", ".xlsx"))
    chosen, _ = QFileDialog.getSaveFileName(parent, translate("Export", "Export to Excel"), suggested,
                                            translate("Export", "Excel workbook (*.xlsx)"))
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
    _folder[0] = path.parent
    headers, rows, frozen = table_of(view)
    count = view.model().rowCount()

    def write(progress=None, cancel=None) -> Path:  # noqa: ANN001
        write_table(path, headers, rows(), title=name, frozen_columns=frozen, progress=progress, cancel=cancel)
        return path

    def failed(exc: BaseException) -> None:
        if show_error is not None:
            show_error(exc)

    if runner is None:
        try:
            write()
        except Exception as exc:  # noqa: BLE001  (reported like every error of the app)
            failed(exc)
            return None
        if done is not None:
            done(path)
        return path
    runner.start(write, on_success=done, on_failure=show_error,
                 dialog_parent=parent if count > 2000 else None,
                 title=translate("Export", "Writing %1…").replace("%1", path.name))
    return path


def install_export(view: QAbstractItemView, name: Callable[[], str], runner: TaskRunner | None = None,
                   show_error: Callable[[BaseException], None] | None = None,
                   done: Callable[[Path], None] | None = None, extra: Callable[[], list[QAction]] | None = None
                   ) -> QAction:
    """Give ``view`` an “Export to Excel…” action in its context menu (after the ``extra()``
    actions); ``name()`` names the sheet and the suggested file. Returns the action (for a menu
    or a button)."""
    action = QAction(translate("Export", "Export to Excel…"), view)
    action.setObjectName("action_export_xlsx")
    action.triggered.connect(lambda _checked=False: export_view(view, name(), runner, show_error, done))
    view.export_name = name                  # type: ignore[attr-defined]  # found by exportable_in

    def menu(_pos: object) -> None:
        popup = QMenu(view)
        if extra is not None:
            popup.addActions(extra())
            popup.addSeparator()
        action.setText(translate("Export", "Export to Excel…"))
        popup.addAction(action)
        popup.exec(QCursor.pos())

    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(menu)
    return action


def exportable_in(widget: QWidget) -> QAbstractItemView | None:
    """The table to export for a page: the one with the focus, else the first one shown."""
    shown = [v for v in widget.findChildren(QAbstractItemView) if hasattr(v, "export_name") and v.isVisible()]
    focus = QApplication.focusWidget()
    focused = [v for v in shown if focus is not None and (focus is v or v.isAncestorOf(focus))]
    chosen = focused or shown
    return chosen[0] if chosen else None


def name_of(view: QAbstractItemView) -> str:
    name = getattr(view, "export_name", None)
    return name() if name is not None else "table"
