"""View model over BuildingRow DTOs: one row per building, one column per field, data only.

Edits go to ``on_edit(building_id, key, value)`` (the presenter); the service's answer comes
back through :meth:`BuildingTableModel.update_rows`. An edit the database could not take yet
(busy) is kept in its cell (:meth:`BuildingTableModel.keep`), in red, until it is saved. A value that was not entered (``None``)
is shown with its default in grey italics; rows with notices get a marker and a tooltip.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from retrofit import i18n
from retrofit.domain.naming import name_key
from retrofit.services.dto import BuildingRow
from ui.fields import BUILDING_FIELDS, DEFAULTABLE, ESTATE_BY_KEY, FieldSpec
from ui.format import default_text, field_text

#: Kinds of field whose few values many rows share (their texts are made once).
_SHARED_KINDS = frozenset({"enum", "package", "bool"})
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2
DEFAULTED_ROLE = int(Qt.ItemDataRole.UserRole) + 3
ESTATE_KEY = "estate"

translate = QCoreApplication.translate
_GREY = QBrush(QColor(128, 128, 128))
_NOTICE_BG = QBrush(QColor(255, 243, 205))
_KEPT = QBrush(QColor(176, 0, 32))
_ITALIC = QFont()
_ITALIC.setItalic(True)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_Index = QModelIndex | QPersistentModelIndex
_USED_ROLES = frozenset((int(Qt.ItemDataRole.EditRole), SORT_ROLE, ID_ROLE, DEFAULTED_ROLE,
                         int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.BackgroundRole),
                         int(Qt.ItemDataRole.FontRole), int(Qt.ItemDataRole.TextAlignmentRole),
                         int(Qt.ItemDataRole.ToolTipRole)))
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_MISSING = object()
_READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable


class BuildingTableModel(QAbstractTableModel):
    def __init__(self, on_edit: Callable[[int, str, Any], bool] | None = None,
                 with_estate: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_edit = on_edit
        self._rows: list[BuildingRow] = []
        self._texts: list[list[str] | None] = []
        self._default_text = translate("BuildingTable", "default")
        self._shared_texts: dict[tuple[Any, ...], str] = {}   # the texts of values many rows share
        self._pos: dict[int, int] = {}
        self._notices: dict[int, tuple[str, ...]] = {}
        self._defaults: dict[str, Any] = {}
        self._building_defaults: dict[int, dict[str, Any]] = {}
        self._estate_names: dict[int, str] = {}
        self._kept: dict[tuple[int, str], Any] = {}
        self.with_estate = with_estate
        self._fields: tuple[FieldSpec | None, ...] = ((None,) if with_estate else ()) + BUILDING_FIELDS

    # ----- our API -----
    def set_rows(self, rows: Sequence[BuildingRow], with_estate: bool | None = None) -> None:
        self.beginResetModel()
        if with_estate is not None and with_estate != self.with_estate:
            self.with_estate = with_estate
            self._fields = ((None,) if with_estate else ()) + BUILDING_FIELDS
        self._rows = list(rows)
        self._pos = {r.id: i for i, r in enumerate(self._rows)}
        self._texts = [None] * len(self._rows)
        self.endResetModel()

    def update_rows(self, rows: Sequence[BuildingRow]) -> None:
        for row in rows:
            i = self._pos.get(row.id)
            if i is not None:
                self._rows[i] = row
                self._texts[i] = None
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def keep(self, building_ids: Sequence[int], key: str, value: Any) -> None:
        """Show ``value`` in these cells, marked as not saved, and offer it to the editor."""
        for building_id in building_ids:
            self._kept[(building_id, key)] = value
        self._changed_cells(building_ids, key)

    def forget(self, building_ids: Iterable[int], key: str) -> None:
        """The kept values of these cells were saved, or are no longer wanted."""
        ids = [i for i in building_ids if self._kept.pop((i, key), _MISSING) is not _MISSING]
        self._changed_cells(ids, key)

    def is_kept(self, building_id: int, key: str) -> bool:
        """True while a cell holds a value not saved yet (:meth:`keep`)."""
        return (building_id, key) in self._kept

    def _changed_cells(self, building_ids: Iterable[int], key: str) -> None:
        try:
            column = self.column_of(key)
        except KeyError:
            return
        for building_id in building_ids:
            i = self._pos.get(building_id)
            if i is not None:
                self._texts[i] = None
                self.dataChanged.emit(self.index(i, column), self.index(i, column))

    def rows(self) -> list[BuildingRow]:
        return list(self._rows)

    def row_by_id(self, building_id: int) -> BuildingRow | None:
        i = self._pos.get(building_id)
        return None if i is None else self._rows[i]

    def row_of(self, building_id: int) -> int:
        return self._pos.get(building_id, -1)

    def building_id(self, row: int) -> int:
        return self._rows[row].id

    def field(self, column: int) -> FieldSpec | None:
        return self._fields[column]

    def column_of(self, key: str) -> int:
        for i, spec in enumerate(self._fields):
            if (spec.key if spec else ESTATE_KEY) == key:
                return i
        raise KeyError(key)

    def estate_name(self, row: BuildingRow) -> str:
        return self._estate_names.get(row.estate_id, str(row.values.get("estate") or ""))

    def set_estate_names(self, names: Mapping[int, str]) -> None:
        self._estate_names = dict(names)

    def set_defaults(self, defaults: Mapping[str, Any],
                     per_building: Mapping[int, Mapping[str, Any]] | None = None) -> None:
        """Values shown (grey, italic) where nothing was entered."""
        defaults = dict(defaults)
        per = {k: dict(v) for k, v in (per_building or {}).items()}
        if defaults == self._defaults and per == self._building_defaults:
            return                                   # nothing to repaint
        self._defaults, self._building_defaults = defaults, per
        self._emit_all()

    def set_notices(self, notices: Mapping[int, Sequence[str]]) -> None:
        new = {k: tuple(v) for k, v in notices.items() if v}
        if new != self._notices:
            self._notices = new
            self._emit_all()

    def notices(self, building_id: int) -> tuple[str, ...]:
        return self._notices.get(building_id, ())

    def _emit_all(self) -> None:
        self.clear_text_cache()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def _default_for(self, building_id: int, key: str) -> Any:
        per = self._building_defaults.get(building_id)
        if per is not None and per.get(key) is not None:
            return per[key]
        return self._defaults.get(key)

    # ----- Qt interface -----
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._fields):
            spec = self._fields[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return spec.title() if spec else ESTATE_BY_KEY["estate"].title()
            if role == Qt.ItemDataRole.ToolTipRole and spec:
                return spec.key
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # Called several times per visible cell: display texts are cached per row, roles are ints.
        if role == _DISPLAY:
            if not index.isValid():
                return None
            return self.text_at(index.row(), index.column())
        if role not in _USED_ROLES or not index.isValid():
            return None
        row = self._rows[index.row()]
        spec = self._fields[index.column()]
        if spec is None:
            return self._estate_data(row, role)
        value = row.values.get(spec.key)
        if self._kept and (row.id, spec.key) in self._kept:
            return self._kept_data(row, spec, role)
        if role == _EDIT:
            return value
        if role == SORT_ROLE:
            shown = value if value is not None else self._default_for(row.id, spec.key)
            return shown if not isinstance(shown, bool) else int(shown)
        if role == DEFAULTED_ROLE:
            return value is None and spec.key in DEFAULTABLE
        if role == ID_ROLE:
            return row.id
        return self._style(row, spec, value, role)

    def text_at(self, row: int, column: int) -> str:
        """The text a cell shows (made once per row, then kept)."""
        texts = self._texts[row]
        if texts is None:
            texts = self._texts[row] = self._row_texts(self._rows[row])
        return texts[column]

    def name_at(self, row: int, key: str) -> str:
        """The building number (``building``) or the estate's name (``estate``) of a row, as
        shown: what the filter searches, without making the row's other texts."""
        r = self._rows[row]
        if key == ESTATE_KEY:
            return self._estate_names.get(r.estate_id, str(r.values.get("estate") or ""))
        return str(r.values.get(key) or "")

    def row_texts(self, row: BuildingRow) -> list[str]:
        """The texts a row shows, column by column (plain Python: an export computes them for the
        whole city in a worker thread); stored values only, not those kept unsaved."""
        return self._row_texts(row, kept=False)

    def _kept_data(self, row: BuildingRow, spec: FieldSpec, role: int) -> Any:
        value = self._kept[(row.id, spec.key)]
        if role == _EDIT:
            return value
        if role == _FOREGROUND:
            return _KEPT
        if role == _TOOLTIP:
            return translate("BuildingTable", "Not saved yet: the database was busy. Press Enter on the cell "
                                              "to save it.")
        if role == SORT_ROLE:
            return row.values.get(spec.key)
        if role == ID_ROLE:
            return row.id
        return self._style(row, spec, value, role)

    def _row_texts(self, row: BuildingRow, kept: bool = True) -> list[str]:
        # A default, a choice or a yes/no is written once per value and language and then looked
        # up: the city's 7,000 rows share a few dozen of them (measured: the first filter of the
        # city view took 1.1 s of CPU in the window's thread, 0.3 s with the shared texts).
        out = []
        shared = self._shared_texts
        lang = i18n.language()
        for spec in self._fields:
            if spec is None:
                out.append(self._estate_names.get(row.estate_id, str(row.values.get("estate") or "")))
                continue
            value = row.values.get(spec.key)
            if kept and self._kept and (row.id, spec.key) in self._kept:
                value = self._kept[(row.id, spec.key)]
            if value is None and spec.key in DEFAULTABLE:  # the default that applies, as a value
                default = self._default_for(row.id, spec.key)
                key: tuple[Any, ...] = (lang, spec.key, "default", default)
                text = shared.get(key)
                if text is None:
                    text = shared[key] = default_text(spec, default) or self._default_text
                out.append(text)
            elif spec.kind in _SHARED_KINDS:
                key = (lang, spec.key, value)
                text = shared.get(key)
                if text is None:
                    text = shared[key] = field_text(spec, value)
                out.append(text)
            else:
                out.append(field_text(spec, value))
        return out

    def defaults_of(self, building_id: int) -> dict[str, Any]:
        """The defaults that apply to a building's fields not entered (the values shown grey)."""
        return {spec.key: self._default_for(building_id, spec.key) for spec in self._fields
                if spec is not None and spec.key in DEFAULTABLE}

    def sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        """Reorder the rows by the raw values of ``column`` (the defaults where nothing was
        entered; empty last). Done here in one pass: much faster than a proxy's comparisons."""
        keyed = []
        for i, row in enumerate(self._rows):
            spec = self._fields[column]
            if spec is None:
                value: Any = self._estate_names.get(row.estate_id, str(row.values.get("estate") or ""))
            else:
                value = row.values.get(spec.key)
                value = value if value is not None else self._default_for(row.id, spec.key)
            if isinstance(value, str):
                value = name_key(value)         # pinyin order, 2号楼 before 10号楼 (cached per name)
            keyed.append((value is None, value if value is not None else 0, i))
        try:
            keyed.sort(reverse=order == Qt.SortOrder.DescendingOrder)
        except TypeError:                   # mixed kinds in one column: compare as text
            keyed = [(a, str(b), i) for a, b, i in keyed]
            keyed.sort(reverse=order == Qt.SortOrder.DescendingOrder)
        self._reorder([i for _, _, i in keyed])

    def order_by_names(self) -> None:
        """Rows by estate, then building, in pinyin order with numbers by value."""
        self._reorder(sorted(range(len(self._rows)), key=lambda i: (
            name_key(self.estate_name(self._rows[i])), name_key(self._rows[i].values.get("building")))))

    def _reorder(self, new_order: list[int]) -> None:
        self.layoutAboutToBeChanged.emit()
        old_to_new = {old: new for new, old in enumerate(new_order)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [
            self.index(old_to_new[p.row()], p.column()) for p in persistent])
        self._rows = [self._rows[i] for i in new_order]
        self._texts = [self._texts[i] for i in new_order]
        self._pos = {r.id: i for i, r in enumerate(self._rows)}
        self.layoutChanged.emit()

    def clear_text_cache(self) -> None:
        """Forget the display texts (after a language change, new defaults or notices)."""
        self._texts = [None] * len(self._rows)
        self._default_text = translate("BuildingTable", "default")
        self._shared_texts = {}

    def _estate_data(self, row: BuildingRow, role: int) -> Any:
        if role == SORT_ROLE:
            return self._estate_names.get(row.estate_id, str(row.values.get("estate") or ""))
        if role == ID_ROLE:
            return row.id
        return None

    def _style(self, row: BuildingRow, spec: FieldSpec, value: Any, role: int) -> Any:
        defaulted = value is None and spec.key in DEFAULTABLE
        if role == _FOREGROUND:
            return _GREY if defaulted else None
        if role == _FONT:
            return _ITALIC if defaulted else None
        if role == _ALIGNMENT:
            return _RIGHT if spec.kind in ("int", "float") else None
        notices = self._notices.get(row.id)
        if role == _BACKGROUND:
            return _NOTICE_BG if notices and spec.key == "building" else None
        if role == _TOOLTIP:
            tips = [translate("BuildingTable", "Not entered: the default applies")] if defaulted else []
            if notices and spec.key == "building":
                tips.extend(notices)
            return "\n".join(tips) or None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        spec = self._fields[index.column()]
        if spec is not None and spec.editable and self._on_edit is not None:
            return _EDITABLE
        return _READ_ONLY

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._on_edit is None:
            return False
        spec = self._fields[index.column()]
        if spec is None or not spec.editable:
            return False
        if value == "":
            value = None
        return bool(self._on_edit(self._rows[index.row()].id, spec.key, value))
