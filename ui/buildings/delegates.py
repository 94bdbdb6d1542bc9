"""Editors for the buildings table: drop-downs for enums and packages, line edits for numbers,
dates and texts (an empty text means "not entered": the default applies again).

A text is read as registers write it (:mod:`retrofit.io.entry`; a share as ``75``, ``75%`` or
``0.75``). A value the field refuses is explained, never dropped silently: Enter or Tab keeps the
editor open and shows why (``层数：应在 1–40 范围内``) at the editor; when the editor loses the
focus the old value stays and :attr:`FieldDelegate.refused` carries the reason to the panel. A
drop-down saves as soon as a choice is made, and when the focus moves elsewhere.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QToolTip, QWidget

from retrofit.domain.checks import ValueProblem, parse_date
from ui.fields import FieldSpec, choice_label, yes_no
from ui.format import default_text

if TYPE_CHECKING:
    from retrofit.io.entry import EntryParser

_Index = QModelIndex | QPersistentModelIndex
_COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def choices_for(spec: FieldSpec, packages: Callable[[], list[str]]) -> list[tuple[str, object]]:
    """(label, value) pairs of a drop-down; the first entry clears the value and names the default
    that then applies (``砖混（默认）``)."""
    default = (default_text(spec) or QCoreApplication.translate("BuildingTable", "(not entered)"), None)
    if spec.kind == "enum":
        return [default, *[(choice_label(c), c) for c in spec.choices]]
    if spec.kind == "package":
        return [default, *[(choice_label(p), p) for p in packages()]]
    if spec.kind == "bool":
        return [default, (yes_no(True), True), (yes_no(False), False)]
    return []


def parse_date_text(text: str) -> dt.date | None:
    """The date in ``text`` as registers write it (``2010-04-15``, ``2010/4/15``, ``2010年4月``),
    or None for an empty text. Raises ValueError when the text is not a date."""
    try:
        return parse_date(text.strip() or None)
    except ValueProblem:
        raise ValueError(text) from None


@lru_cache(maxsize=256)
def _parser(spec: FieldSpec, packages: tuple[str, ...] | None, year: int) -> EntryParser:
    from retrofit.io.entry import EntryParser  # the register parsers: loaded at the first edit

    return EntryParser(spec.field, packages, year)


def entry_parser(spec: FieldSpec, packages: tuple[str, ...] | None = None) -> EntryParser:
    """The reader of texts typed into ``spec``'s editor (made once per field): calling it gives
    the value, or raises ValueError whose text names the field and says why."""
    return _parser(spec, packages, dt.date.today().year)


def field_text_for_editor(spec: FieldSpec, value: object) -> str:
    """A stored value as an editor shows it (and as it is copied): ``35%``, ``砖混``, ``3600``."""
    from retrofit.io.entry import entry_text

    return entry_text(spec.field, value)


class FieldDelegate(QStyledItemDelegate):
    """Chooses the editor from the column's FieldSpec (``field_of(column)``). ``refused``
    carries the reason when a typed value was not saved."""

    refused = Signal(str)

    def __init__(self, field_of: Callable[[int], FieldSpec | None], packages: Callable[[], list[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field_of = field_of
        self._packages = packages
        self._editing: dict[QWidget, FieldSpec] = {}

    def _spec(self, index: _Index) -> FieldSpec | None:
        model = index.model()
        source_index = index
        while hasattr(model, "mapToSource"):
            source_index = model.mapToSource(source_index)
            model = source_index.model()
        return self._field_of(source_index.column())

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        spec = self._spec(index)
        if spec is None:
            return super().createEditor(parent, option, index)
        if spec.kind in ("enum", "package", "bool"):
            combo = QComboBox(parent)
            for label, value in choices_for(spec, self._packages):
                combo.addItem(label, value)
            combo.activated.connect(lambda _i, c=combo: self._chosen(c))
            return combo
        editor = QLineEdit(parent)
        if spec.kind == "date":
            editor.setPlaceholderText("2010-04-15")
        allowed = entry_parser(spec).range_text()
        if allowed:
            editor.setToolTip(QCoreApplication.translate("Forms", "Allowed: %1").replace("%1", allowed))
        self._editing[editor] = spec
        editor.destroyed.connect(lambda *_, e=editor: self._editing.pop(e, None))
        return editor

    def _chosen(self, combo: QComboBox) -> None:
        """A choice made in the drop-down is saved at once."""
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        spec = self._spec(index)
        if isinstance(editor, QComboBox):
            pos = max(0, editor.findData(value)) if value is not None else 0
            editor.setCurrentIndex(pos)
        elif isinstance(editor, QLineEdit) and spec is not None:
            if not editor.isModified():         # new results repaint the table: keep what is typed
                editor.setText(field_text_for_editor(spec, value))
        else:
            super().setEditorData(editor, index)

    def problem(self, editor: QWidget) -> str | None:
        """Why the editor's text cannot be saved, or None."""
        spec = self._editing.get(editor)
        if spec is None or not isinstance(editor, QLineEdit):
            return None
        try:
            entry_parser(spec)(editor.text())
        except ValueError as exc:
            return str(exc)
        return None

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in _COMMIT_KEYS
                and isinstance(editor, QLineEdit)):
            problem = self.problem(editor)
            if problem is not None:              # keep editing, and say why
                QToolTip.showText(editor.mapToGlobal(editor.rect().bottomLeft()), problem, editor)
                self.refused.emit(problem)
                return True
        return super().eventFilter(editor, event)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        spec = self._spec(index)
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit) and spec is not None:
            try:
                value = entry_parser(spec)(editor.text())
            except ValueError as exc:
                self.refused.emit(str(exc))      # the old value stays; the panel says why
                return
            model.setData(index, value, Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
