"""Working in the buildings table as in Excel: copy a selection out as tab-separated text (with
the column headers if wished), paste a block copied from Excel, fill down.

A pasted block goes to the cells from the current cell on, right and down over the rows and
columns as the table shows them; with a header row (the column names as the table, the import
template or a register writes them) each column goes to the column it names. A single cell
pasted into a larger selection fills the selection. Every cell is read with the field's own
rules (:mod:`retrofit.io.entry`, the one field vocabulary), then the rules across fields and
the uniqueness of building numbers are checked; if anything is wrong nothing changes and every
bad cell is named. A good block is saved in one transaction and undone in one step.

Fill down (Ctrl+D) copies the top cell of each selected column into the selected cells below it
(with one cell selected in a column, the cell above it), through the same checks.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QTableView

from retrofit import i18n
from retrofit.domain.checks import building_problems
from ui.buildings.presenter import BuildingsPresenter
from ui.buildings.table_model import ID_ROLE, BuildingTableModel
from ui.fields import FieldSpec
from ui.tables import selected_ranges

translate = QCoreApplication.translate
_EDIT = Qt.ItemDataRole.EditRole
_DISPLAY = Qt.ItemDataRole.DisplayRole


class Refused(Exception):
    """A paste or fill refused as a whole: ``lines`` names every bad cell."""

    def __init__(self, code: str, lines: Sequence[str]) -> None:
        super().__init__(code)
        self.code, self.lines = code, list(lines)

    def head(self) -> str:
        return i18n.message(self.code, count=len(self.lines))


class TableEditing(QObject):
    """Copy, copy with headers, paste and fill down for the buildings table ``table``; the
    actions work while the table (or its frozen column) has the focus. ``report(refused)``
    shows a refusal."""

    def __init__(self, table: QTableView, presenter: BuildingsPresenter,
                 report: Callable[[Refused], None], parent: QObject | None = None) -> None:
        super().__init__(parent or table)
        self.table, self.presenter, self._report = table, presenter, report
        self.act_copy = self._action("copy", QKeySequence.StandardKey.Copy, lambda: self.copy(False))
        self.act_copy_headers = self._action("copy_headers", "Ctrl+Shift+C", lambda: self.copy(True))
        self.act_paste = self._action("paste", QKeySequence.StandardKey.Paste, lambda: self.paste())
        self.act_fill = self._action("fill_down", "Ctrl+D", lambda: self.fill_down())
        self.retranslate()

    def _action(self, name: str, keys: QKeySequence.StandardKey | str, slot: Callable[[], object]) -> QAction:
        action = QAction(self.table)
        action.setObjectName(f"action_{name}")
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.table.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        return [self.act_copy, self.act_copy_headers, self.act_paste, self.act_fill]

    def retranslate(self) -> None:
        self.act_copy.setText(translate("BuildingsPanel", "&Copy"))
        self.act_copy_headers.setText(translate("BuildingsPanel", "Copy with &headers"))
        self.act_paste.setText(translate("BuildingsPanel", "&Paste"))
        self.act_fill.setText(translate("BuildingsPanel", "Fill &down"))

    # ----- the table as the user sees it -----
    @property
    def model(self) -> BuildingTableModel:
        return self.presenter.model

    def _source(self, view_row: int, column: int) -> QModelIndex:
        return self.presenter.proxy.mapToSource(self.presenter.proxy.index(view_row, column))

    def _columns(self) -> list[int]:
        """Logical columns in the order shown, hidden ones left out."""
        header = self.table.horizontalHeader()
        return [header.logicalIndex(v) for v in range(header.count())
                if not header.isSectionHidden(header.logicalIndex(v))]

    def _row_label(self, view_row: int) -> str:
        row = self._row(view_row)
        name = str(row.values.get("building") or "")
        if self.model.with_estate:
            estate = self._source(view_row, self.model.column_of("estate")).data(_DISPLAY)
            return f"{estate} {name}"
        return name

    def _row(self, view_row: int) -> Any:
        return self.model.row_by_id(int(self._source(view_row, 0).data(ID_ROLE)))

    def _selected_cells(self) -> dict[int, list[int]]:
        """{logical column: [view rows]} of the selected cells (ranges, not one index per cell)."""
        cells: dict[int, set[int]] = defaultdict(set)
        for rng in selected_ranges(self.table):
            for column in range(rng.left(), rng.right() + 1):
                cells[column].update(range(rng.top(), rng.bottom() + 1))
        return {c: sorted(rows) for c, rows in cells.items()}

    # ----- copy -----
    def copy_text(self, headers: bool = False) -> str:
        """The selected cells as tab-separated text (the bounding box; cells inside it that are
        not selected stay empty). Values as typed: ``35%``, ``砖混``, ``2010-04-15``."""
        from retrofit.io.entry import entry_text, write_tsv

        cells = self._selected_cells()
        if not cells:
            return ""
        columns = [c for c in self._columns() if c in cells]
        rows = sorted({r for rs in cells.values() for r in rs})
        chosen = {c: set(rs) for c, rs in cells.items()}
        out: list[list[str]] = []
        if headers:
            out.append([str(self.model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns])
        lang = i18n.language()
        specs = {c: self.model.field(c) for c in columns}
        stored = self.model.rows()
        source = self.presenter.proxy.source_rows()
        for r in range(rows[0], rows[-1] + 1):
            row = stored[source[r]]
            line = []
            for c in columns:
                spec = specs[c]
                if r not in chosen[c]:
                    line.append("")
                elif spec is None:
                    line.append(self.model.estate_name(row))
                else:
                    line.append(entry_text(spec.field, row.values.get(spec.key), lang))
            out.append(line)
        return write_tsv(out)

    def copy(self, headers: bool = False) -> None:
        text = self.copy_text(headers)
        if text:
            QGuiApplication.clipboard().setText(text)

    # ----- paste -----
    def _header_columns(self, first: Sequence[str]) -> list[int] | None:
        """The columns a header row names, or None when ``first`` is data."""
        from retrofit.io.columns import normalize_header
        from retrofit.io.entry import header_names

        names: dict[str, int] = {}
        for c in range(self.model.columnCount()):
            spec = self.model.field(c)
            title = str(self.model.headerData(c, Qt.Orientation.Horizontal) or "")
            keys = header_names(spec.field) if spec is not None else {normalize_header("estate"),
                                                                      normalize_header("小区"),
                                                                      normalize_header("小区名称")}
            for key in {*keys, normalize_header(title)}:
                names.setdefault(key, c)
        texts = [normalize_header(t) for t in first]
        if not any(texts) or any(t and t not in names for t in texts):
            return None
        return [names[t] if t else -1 for t in texts]

    def _targets(self, grid: list[list[str]]) -> tuple[list[int], list[int], Sequence[Sequence[str | None]]]:
        """Target view rows, logical columns and the cells (a header row taken off)."""
        current = self.table.currentIndex()
        ranges = selected_ranges(self.table)
        top = min((r.top() for r in ranges), default=max(current.row(), 0))
        shown = self._columns()
        left = min((shown.index(c) for c in self._selected_cells() if c in shown),
                   default=shown.index(current.column()) if current.column() in shown else 0)
        header = self._header_columns(grid[0])
        if header is not None:
            grid = grid[1:]
            columns = header
        else:
            width = len(grid[0])
            if left + width > len(shown):
                spec = self.model.field(shown[left])
                label = spec.label if spec is not None else str(self.model.headerData(shown[left],
                                                                                      Qt.Orientation.Horizontal))
                raise Refused("paste_refused", [i18n.message("paste_too_wide", columns=width, label=label,
                                                              room=len(shown) - left)])
            columns = shown[left:left + width]
        if len(grid) == 1 and len(grid[0]) == 1 and len(self._selected_cells_flat()) > 1:
            return self._fill_selection(grid[0][0])
        room = self.presenter.proxy.rowCount() - top
        if len(grid) > room:
            raise Refused("paste_refused", [i18n.message("paste_too_long", rows=len(grid), room=room,
                                                          building=self._row_label(top))])
        return list(range(top, top + len(grid))), columns, grid

    def _selected_cells_flat(self) -> list[tuple[int, int]]:
        return [(r, c) for c, rows in self._selected_cells().items() for r in rows]

    def _fill_selection(self, text: str) -> tuple[list[int], list[int], list[list[str | None]]]:
        cells = self._selected_cells()
        rows = sorted({r for rs in cells.values() for r in rs})
        columns = [c for c in self._columns() if c in cells]
        grid: list[list[str | None]] = [[text if r in cells[c] else None for c in columns] for r in rows]
        return rows, columns, grid

    def paste(self, text: str | None = None) -> bool:
        """Paste ``text`` (the clipboard's by default); False if refused or empty."""
        from retrofit.io.entry import read_tsv

        grid = read_tsv(QGuiApplication.clipboard().text() if text is None else text)
        if not grid or self.presenter.proxy.rowCount() == 0:
            return False
        try:
            rows, columns, cells = self._targets(grid)
            changes = self._read_block(rows, columns, cells)
        except Refused as refused:
            self._report(refused)
            return False
        count = sum(len(v) for v in changes.values())
        done = self.presenter.set_cells(changes, translate("Commands", "Paste %Ln cell(s)", None, count))
        if done:
            self._select_block(rows, [c for c in columns if c >= 0])
        return done

    def _read_block(self, rows: list[int], columns: list[int], grid: Sequence[Sequence[str | None]],
                    code: str = "paste_refused") -> dict[int, dict[str, Any]]:
        """{building id: {key: value}} of a block, or Refused naming every bad cell."""
        from retrofit.io.entry import EntryError, EntryParser

        packages = tuple(self.presenter.packages())
        parsers: dict[int, EntryParser] = {}
        problems: list[str] = []
        changes: dict[int, dict[str, Any]] = defaultdict(dict)
        for r, line in zip(rows, grid, strict=True):
            row = self._row(r)
            for c, text in zip(columns, line, strict=True):
                if text is None or c < 0:
                    continue
                spec = self.model.field(c)
                if spec is None or not spec.editable:
                    shown = self._source(r, c).data(_DISPLAY)
                    if text.strip() != str(shown or "").strip():
                        label = self.model.headerData(c, Qt.Orientation.Horizontal)
                        problems.append(i18n.message("entry_cell", row=self._row_label(r), label=label, value=text,
                                                     reason=i18n.message("entry_read_only")))
                    continue
                parser = parsers.get(c) or parsers.setdefault(c, EntryParser(spec.field, packages))
                try:
                    changes[row.id][spec.key] = parser(text)
                except EntryError as exc:
                    problems.append(exc.cell_message(self._row_label(r)))
        problems += self._rules(changes)
        if problems:
            raise Refused(code, problems)
        return dict(changes)

    def _rules(self, changes: dict[int, dict[str, Any]]) -> list[str]:
        """The rules across fields, and building numbers unique in their estate."""
        problems = []
        by_id = {r.id: r for r in self.model.rows()}
        for building_id, values in changes.items():
            row = by_id[building_id]
            for key, code, params in building_problems({**row.values, **values}):
                label = _spec_label(self.model, key)
                problems.append(i18n.message("entry_cell", row=self._name(row), label=label,
                                             value=str(values.get(key, row.values.get(key)) or ""),
                                             reason=i18n.message(code, **params)))
        if any("building" in v for v in changes.values()):
            names: dict[tuple[int, str], list[int]] = defaultdict(list)
            for row in by_id.values():
                name = changes.get(row.id, {}).get("building", row.values.get("building"))
                names[(row.estate_id, str(name))].append(row.id)
            for (_, name), ids in names.items():
                if len(ids) > 1 and any("building" in changes.get(i, {}) for i in ids):
                    estate = by_id[ids[0]].values.get("estate") or ""
                    problems.append(i18n.message("duplicate_building_no", value=name, estate=estate))
        return problems

    def _name(self, row: Any) -> str:
        name = str(row.values.get("building") or "")
        return f"{row.values.get('estate') or ''} {name}" if self.model.with_estate else name

    def _select_block(self, rows: list[int], columns: list[int]) -> None:
        selection = QItemSelection()
        proxy = self.presenter.proxy
        for c in columns:
            selection.select(proxy.index(rows[0], c), proxy.index(rows[-1], c))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # ----- fill down -----
    def fill_down(self) -> bool:
        """Copy the top selected cell of each column down over the selected cells below it."""
        from retrofit.io.entry import entry_text

        cells = self._selected_cells()
        changes_rows: list[int] = []
        block: dict[tuple[int, int], str] = {}
        for c, rows in cells.items():
            spec = self.model.field(c)
            if spec is None or not spec.editable:
                continue
            source_row = rows[0] - 1 if len(rows) == 1 else rows[0]
            targets = rows if len(rows) == 1 else rows[1:]
            if source_row < 0:
                continue
            text = entry_text(spec.field, self._source(source_row, c).data(_EDIT))
            for r in targets:
                block[(r, c)] = text
                changes_rows.append(r)
        if not block:
            return False
        rows = sorted(set(changes_rows))
        columns = sorted({c for _, c in block})
        grid = [[block.get((r, c)) for c in columns] for r in rows]
        try:
            changes = self._read_block(rows, columns, grid, "fill_refused")
        except Refused as refused:
            self._report(refused)
            return False
        text = translate("Commands", "Fill down %Ln cell(s)", None, len(block))
        return self.presenter.set_cells(changes, text)


def _spec_label(model: BuildingTableModel, key: str) -> str:
    try:
        spec: FieldSpec | None = model.field(model.column_of(key))
    except KeyError:
        return key
    return spec.label if spec is not None else key
