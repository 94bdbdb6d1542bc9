"""A form generated from FieldSpecs (estate and building editors): one editor per field, empty
means "not entered" (the default applies), :meth:`FieldForm.changes` gives what changed.

Texts are read as registers write them (:mod:`retrofit.io.entry`; a share as ``75``, ``75%`` or
``0.75``). A form never loses what was typed: OK checks every field first, marks each bad one
and says why in the UI language (``层数：应在 1–40 范围内``); when the dialog saves through a
callback, a refusal of the service is shown the same way and the dialog stays open.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize
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

from retrofit import i18n
from retrofit.domain.errors import RetrofitError
from ui.buildings.delegates import choices_for, entry_parser, field_text_for_editor
from ui.fields import FieldSpec
from ui.format import default_text
from ui.screens import fit_dialog

translate = QCoreApplication.translate
_BAD_STYLE = "QLineEdit[invalid=\"true\"], QComboBox[invalid=\"true\"] { border: 2px solid #b00020; }"


class FieldForm(QWidget):
    def __init__(self, specs: Sequence[FieldSpec], values: Mapping[str, Any],
                 packages: Callable[[], list[str]] = list, parent: QWidget | None = None,
                 defaults: Mapping[str, Any] | None = None) -> None:
        super().__init__(parent)
        self._defaults = dict(defaults or {})        # the defaults that apply, shown where empty
        self._specs = {s.key: s for s in specs}
        self._initial = {s.key: values.get(s.key) for s in specs}
        self._packages = packages
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self._texts: dict[str, str] = {}
        self.error = QLabel()
        self.error.setObjectName("form_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.setStyleSheet(_BAD_STYLE)
        layout = QFormLayout(self)
        for spec in specs:
            editor = self._editor(spec, packages, self._defaults.get(spec.key))
            self._set(editor, spec, self._initial[spec.key])
            self.editors[spec.key] = editor
            self.labels[spec.key] = QLabel(spec.title() + ("*" if spec.required else ""))
            layout.addRow(self.labels[spec.key], editor)
        layout.addRow(self.error)

    @staticmethod
    def _editor(spec: FieldSpec, packages: Callable[[], list[str]], default: Any = None) -> QWidget:
        if spec.kind in ("enum", "package", "bool"):
            combo = QComboBox()
            for label, value in choices_for(spec, packages):
                combo.addItem(label, value)
            return combo
        edit = QLineEdit()
        edit.setPlaceholderText(default_text(spec, default) if not spec.required else "")
        if spec.kind == "date":
            edit.setPlaceholderText(translate("Forms", "e.g. %1").replace("%1", "2010-04-15"))
        allowed = entry_parser(spec).range_text()
        if allowed:
            edit.setToolTip(translate("Forms", "Allowed: %1").replace("%1", allowed))
        return edit

    def _set(self, editor: QWidget, spec: FieldSpec, value: Any) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)) if value is not None else 0)
            editor.currentIndexChanged.connect(lambda *_, key=spec.key: self.clear_mark(key))
        elif isinstance(editor, QLineEdit):
            editor.setText(field_text_for_editor(spec, value))
            self._texts[spec.key] = editor.text()
            editor.textEdited.connect(lambda *_, key=spec.key: self.clear_mark(key))

    def read(self, only_changed: bool = False) -> tuple[dict[str, Any], dict[str, str]]:
        """The entered values (or only the changed ones) and a message for every field whose
        text cannot be read ({key: message in the UI language})."""
        values: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for key, spec in self._specs.items():
            editor = self.editors[key]
            if isinstance(editor, QComboBox):
                value = editor.currentData()
                if not only_changed or value != self._initial[key]:
                    values[key] = value
                continue
            text = editor.text()            # type: ignore[attr-defined]
            if only_changed and text == self._texts[key]:
                continue                    # untouched: keep the stored value exactly
            try:
                values[key] = entry_parser(spec)(text)
            except ValueError as exc:
                problems[key] = str(exc)
        return values, problems

    def values(self) -> dict[str, Any]:
        """The entered values; raises ValueError with the first problem's message."""
        values, problems = self.read()
        if problems:
            raise ValueError(next(iter(problems.values())))
        return values

    def changes(self) -> dict[str, Any]:
        """The fields that changed; raises ValueError with the first problem's message."""
        values, problems = self.read(only_changed=True)
        if problems:
            raise ValueError(next(iter(problems.values())))
        return values

    def mark(self, problems: Mapping[str, str]) -> None:
        """Mark the bad fields (a red frame, the reason as tooltip and below the form); a key
        that names no field ("") only adds its message. The first bad field gets the focus."""
        for key in self._specs:
            self.clear_mark(key)
        for key in problems:
            editor = self.editors.get(key)
            if editor is not None:
                editor.setProperty("invalid", True)
                editor.style().unpolish(editor)
                editor.style().polish(editor)
                editor.setToolTip(problems[key])
                self.labels[key].setStyleSheet("color: #b00020")
        self.error.setText("\n".join(problems.values()))
        first = next((self.editors[k] for k in problems if k in self.editors), None)
        if first is not None:
            first.setFocus()

    def clear_mark(self, key: str) -> None:
        editor = self.editors[key]
        if editor.property("invalid"):
            editor.setProperty("invalid", False)
            editor.style().unpolish(editor)
            editor.style().polish(editor)
            allowed = entry_parser(self._specs[key]).range_text() if isinstance(editor, QLineEdit) else ""
            editor.setToolTip(translate("Forms", "Allowed: %1").replace("%1", allowed) if allowed else "")
            self.labels[key].setStyleSheet("")

    def bad_keys(self) -> list[str]:
        return [k for k, e in self.editors.items() if e.property("invalid")]

    def service_problems(self, exc: RetrofitError) -> dict[str, str]:
        """A refusal of the service as {key: message}, the field named by its label."""
        params: dict[str, Any] = dict(exc.params)
        named = str(params.get("field") or "")
        key = next((k for k in reversed(named.split("/")) if k in self._specs), "")
        if key:
            params["field"] = self._specs[key].label
        text = i18n.message(exc.code, **params) if exc.params else exc.message()
        return {key: text}


class FormDialog(QDialog):
    """OK/Cancel around a scrolling FieldForm. OK is refused while a field is wrong.

    ``check(values)`` gives rules across fields ({key: message}); ``apply(values)`` saves (the
    changes of an existing record, or every entered value of a new one) and raises RetrofitError
    when the service refuses: the form then shows why and stays open, with what was typed.
    ``saved`` holds what ``apply`` returned."""

    def __init__(self, title: str, specs: Sequence[FieldSpec], values: Mapping[str, Any],
                 packages: Callable[[], list[str]] = list, parent: QWidget | None = None, *,
                 apply: Callable[[dict[str, Any]], Any] | None = None,
                 check: Callable[[dict[str, Any]], dict[str, str]] | None = None, new: bool = False,
                 defaults: Mapping[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._apply, self._check, self._new = apply, check, new
        self.saved: Any = None
        self.form = FieldForm(specs, values, packages, defaults=defaults)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(520, 640))

    def accept(self) -> None:
        values, problems = self.form.read(only_changed=not self._new)
        if not problems and self._check is not None:
            problems = self._check(values)
        if problems:
            self.form.mark(problems)
            return
        if self._apply is not None and (values or self._new):
            payload = {k: v for k, v in values.items() if v is not None} if self._new else values
            try:
                self.saved = self._apply(payload)
            except RetrofitError as exc:
                self.form.mark(self.form.service_problems(exc))
                return
        super().accept()

    def changes(self) -> dict[str, Any]:
        return self.form.changes()
