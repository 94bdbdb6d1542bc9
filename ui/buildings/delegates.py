"""Editors for the buildings table: drop-downs for enums and packages, validated line edits for
numbers (an empty text means "not entered": the default applies again)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QDoubleValidator, QIntValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from retrofit.domain.checks import ValueProblem, parse_date
from ui.fields import FieldSpec, choice_label, yes_no

_Index = QModelIndex | QPersistentModelIndex
_C = QLocale(QLocale.Language.C)


def choices_for(spec: FieldSpec, packages: Callable[[], list[str]]) -> list[tuple[str, object]]:
    """(label, value) pairs of a drop-down; the first entry clears the value (default)."""
    from PySide6.QtCore import QCoreApplication

    default = (QCoreApplication.translate("BuildingTable", "(default)"), None)
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


def editor_text(value: object) -> str:
    """A stored value as an editor shows it."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return f"{value:g}" if isinstance(value, float) else str(value)


def parse_number(spec: FieldSpec, text: str) -> float | int | None:
    """The number in ``text`` (C or the UI locale), or None for an empty text.
    Raises ValueError when the text is not a number."""
    text = text.strip().replace(",", "").replace("，", "")
    if not text:
        return None
    value = float(text)
    return int(round(value)) if spec.kind == "int" else value


class FieldDelegate(QStyledItemDelegate):
    """Chooses the editor from the column's FieldSpec (``field_of(column)``)."""

    def __init__(self, field_of: Callable[[int], FieldSpec | None], packages: Callable[[], list[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field_of = field_of
        self._packages = packages

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
            return combo
        editor = QLineEdit(parent)
        if spec.kind == "int":
            editor.setValidator(QIntValidator(int(spec.minimum or 0), int(spec.maximum or 10**9), editor))
        elif spec.kind == "float":
            validator = QDoubleValidator(spec.minimum or 0.0, spec.maximum or 1e12, 6, editor)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            validator.setLocale(_C)
            editor.setValidator(validator)
        elif spec.kind == "date":
            editor.setPlaceholderText("2010-04-15")
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            pos = max(0, editor.findData(value)) if value is not None else 0
            editor.setCurrentIndex(pos)
        elif isinstance(editor, QLineEdit):
            editor.setText(editor_text(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        spec = self._spec(index)
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit) and spec is not None and spec.kind in ("int", "float"):
            try:
                value = parse_number(spec, editor.text())
            except ValueError:
                return                      # the validator normally prevents this; keep the old value
            model.setData(index, value, Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit) and spec is not None and spec.kind == "date":
            try:
                day = parse_date_text(editor.text())
            except ValueError:
                return                      # not a date: keep the old value
            model.setData(index, day, Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text().strip() or None, Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
