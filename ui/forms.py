"""A form generated from FieldSpecs (estate and building editors): one editor per field,
empty means "not entered" (the default applies), :meth:`FieldForm.changes` gives what changed."""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QDoubleValidator, QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.buildings.delegates import choices_for, editor_text, parse_date_text, parse_number
from ui.fields import FieldSpec

_C = QLocale(QLocale.Language.C)


class FieldForm(QWidget):
    def __init__(self, specs: Sequence[FieldSpec], values: Mapping[str, Any],
                 packages: Callable[[], list[str]] = list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._specs = list(specs)
        self._initial = {s.key: values.get(s.key) for s in self._specs}
        self.editors: dict[str, QWidget] = {}
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        layout = QFormLayout(self)
        for spec in self._specs:
            editor = self._editor(spec, packages)
            self._set(editor, spec, self._initial[spec.key])
            self.editors[spec.key] = editor
            layout.addRow(spec.title() + ("*" if spec.required else ""), editor)
        layout.addRow(self.error)

    @staticmethod
    def _editor(spec: FieldSpec, packages: Callable[[], list[str]]) -> QWidget:
        if spec.kind in ("enum", "package", "bool"):
            combo = QComboBox()
            for label, value in choices_for(spec, packages):
                combo.addItem(label, value)
            return combo
        edit = QLineEdit()
        if spec.kind == "int":
            edit.setValidator(QIntValidator(int(spec.minimum or 0), int(spec.maximum or 10**9), edit))
        elif spec.kind == "float":
            validator = QDoubleValidator(spec.minimum or 0.0, spec.maximum or 1e12, 6, edit)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            validator.setLocale(_C)
            edit.setValidator(validator)
        edit.setPlaceholderText(QCoreApplication.translate("Forms", "default") if not spec.required else "")
        if spec.kind == "date":
            edit.setPlaceholderText("2010-04-15")
        return edit

    @staticmethod
    def _set(editor: QWidget, spec: FieldSpec, value: Any) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)) if value is not None else 0)
        elif isinstance(editor, QLineEdit):
            editor.setText(editor_text(value))

    def values(self) -> dict[str, Any]:
        """The entered values; raises ValueError naming the field for a text that is no number."""
        out: dict[str, Any] = {}
        for spec in self._specs:
            editor = self.editors[spec.key]
            if isinstance(editor, QComboBox):
                out[spec.key] = editor.currentData()
            elif spec.kind in ("int", "float"):
                try:
                    out[spec.key] = parse_number(spec, editor.text())
                except ValueError:
                    raise ValueError(spec.title()) from None
            elif spec.kind == "date":
                try:
                    out[spec.key] = parse_date_text(editor.text())
                except ValueError:
                    raise ValueError(spec.title()) from None
            else:
                out[spec.key] = editor.text().strip() or None
        return out

    def changes(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if v != self._initial.get(k)}


class FormDialog(QDialog):
    """OK/Cancel around a scrolling FieldForm; OK is refused while a number is unreadable."""

    def __init__(self, title: str, specs: Sequence[FieldSpec], values: Mapping[str, Any],
                 packages: Callable[[], list[str]] = list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = FieldForm(specs, values, packages)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(520, 640)

    def accept(self) -> None:
        try:
            self.form.values()
        except ValueError as exc:
            self.form.error.setText(QCoreApplication.translate("Forms", "Not a number: %1").replace("%1", str(exc)))
            return
        super().accept()

    def changes(self) -> dict[str, Any]:
        return self.form.changes()
