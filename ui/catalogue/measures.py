"""The measures of the catalogue editor: a table by name (kind, what the price is paid per, the
2010 and today's unit prices, the parameters, where it comes from), edited in place (name and
prices) or in a form; new, copy, reset to the shipped values, delete (measures of the user's own).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from retrofit import i18n
from retrofit.domain.catalogue import CATEGORIES, KINDS, MEASURE_BY_KEY, PARAMETERS, QUANTITIES, choice_name
from retrofit.domain.errors import RetrofitError, ValidationError
from retrofit.services.api import AppServices
from ui.catalogue.buttons import button_row
from ui.fields import unit_text
from ui.format import yuan
from ui.screens import fit_dialog

translate = QCoreApplication.translate

#: Table columns: key, header.
COLUMNS = ("name", "kind", "quantity", "cost_2010_cny", "cost_today_cny", "parameters", "origin")
KEY_ROLE = int(Qt.ItemDataRole.UserRole)


def headers() -> list[str]:
    return [translate("Catalogue", "Name"), translate("Catalogue", "Kind"), translate("Catalogue", "Priced per"),
            translate("Catalogue", "Unit price 2010 [RMB]"), translate("Catalogue", "Unit price today [RMB]"),
            translate("Catalogue", "Parameters"), translate("Catalogue", "Source")]


def origin_text(origin: str) -> str:
    return {"shipped": translate("Catalogue", "as shipped"), "edited": translate("Catalogue", "changed"),
            "user": translate("Catalogue", "own")}.get(origin, origin)


def measure_name(m: Mapping[str, Any]) -> str:
    return str(m.get("name_en") if i18n.language() == "en" else m.get("name_zh")) or str(m["key"])


def parameters_text(m: Mapping[str, Any]) -> str:
    """``保温层厚度 0.08 m，导热系数 0.049 W/(m·K)``."""
    lang = i18n.language()
    parts = []
    for key in PARAMETERS.get(str(m.get("kind")), ()):
        f = MEASURE_BY_KEY[key]
        if m.get(key) is not None:
            parts.append(f"{f.label(lang)} {float(m[key]):g} {unit_text(f.unit)}".strip())
    return ("，" if lang == "zh" else ", ").join(parts)


def parse_amount(text: str) -> float:
    """A number as people type it (``1,250``, ``1250 元``); ValueError otherwise."""
    cleaned = text.replace(",", "").replace("，", "").replace("元", "").replace("RMB", "").strip()
    return float(cleaned)


class MeasureDialog(QDialog):
    """Every field of one measure; the parameters shown are those of its kind."""

    def __init__(self, title: str, values: Mapping[str, Any] | None = None, new: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        lang = i18n.language()
        values = dict(values or {})
        self.edits: dict[str, QLineEdit] = {}
        self.kind, self.quantity, self.category = QComboBox(), QComboBox(), QComboBox()
        for combo, choices in ((self.kind, KINDS), (self.quantity, QUANTITIES), (self.category, CATEGORIES)):
            for c in choices:
                combo.addItem(c.en if lang == "en" else c.zh, c.value)
        self.kind.setEnabled(new)                         # a measure keeps its kind
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key in ("name_zh", "name_en"):
            self._line(key)
        self.form.addRow(translate("Catalogue", "Kind"), self.kind)
        self.form.addRow(translate("Catalogue", "Priced per"), self.quantity)
        self.form.addRow(translate("Catalogue", "Category"), self.category)
        for key in ("cost_2010_cny", "cost_today_cny", *MEASURE_BY_KEY):
            if key not in self.edits and key not in ("name_zh", "name_en"):
                self._line(key)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        for combo, key, default in ((self.kind, "kind", "wall_insulation"), (self.quantity, "quantity", "wall_m2"),
                                    (self.category, "category", "improvement")):
            combo.setCurrentIndex(max(0, combo.findData(values.get(key, default))))
        for key, edit in self.edits.items():
            value = values.get(key)
            edit.setText("" if value is None else f"{float(value):g}" if not isinstance(value, str) else value)
        self.kind.currentIndexChanged.connect(self._show_parameters)
        self._show_parameters()
        fit_dialog(self, QSize(520, 560))

    def _line(self, key: str) -> None:
        f = MEASURE_BY_KEY[key]
        edit = QLineEdit()
        edit.setObjectName(f"measure_{key}")
        label = f.label(i18n.language())
        if unit_text(f.unit):
            label += f" [{unit_text(f.unit)}]"
        self.edits[key] = edit
        self.form.addRow(label, edit)

    def _show_parameters(self) -> None:
        needed = PARAMETERS[self.kind.currentData()]
        for key, edit in self.edits.items():
            if key in PARAMETERS_ALL:
                self.form.setRowVisible(edit, key in needed)

    def values(self) -> dict[str, Any]:
        """The fields as typed (names, kind, price basis, category, prices, this kind's
        parameters). Raises ValidationError naming the field of a text that is no number."""
        out: dict[str, Any] = {"kind": self.kind.currentData(), "quantity": self.quantity.currentData(),
                               "category": self.category.currentData()}
        for key, edit in self.edits.items():
            if key in PARAMETERS_ALL and key not in PARAMETERS[out["kind"]]:
                continue
            text = edit.text().strip()
            if key in ("name_zh", "name_en"):
                out[key] = text or None
            elif not text:
                out[key] = None
            else:
                try:
                    out[key] = parse_amount(text)
                except ValueError:
                    raise ValidationError("value_wrong_type", field=key, value=text, kind="number") from None
        return out

    def accept(self) -> None:
        try:
            values = self.values()
        except RetrofitError as exc:
            self.error.setText(exc.message())
            return
        missing = [MEASURE_BY_KEY[k].label(i18n.language()) for k, v in values.items()
                   if v is None and k in MEASURE_BY_KEY]
        if missing:
            self.error.setText(translate("Catalogue", "Please fill in: %1").replace("%1", "、".join(missing)))
            return
        super().accept()


PARAMETERS_ALL = frozenset(k for keys in PARAMETERS.values() for k in keys)


class MeasuresTab(QWidget):
    """``changed`` after every saved change (the packages tab lists the measures by name)."""

    changed = Signal()

    def __init__(self, services: AppServices, show_error: Callable[[BaseException], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self._show_error = services, show_error
        self.rows: list[dict[str, Any]] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemDoubleClicked.connect(lambda item: self.edit() if item.column() not in (0, 3, 4) else None)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        row, self.buttons = button_row((("new", translate("Catalogue", "New measure…"), self.new),
                                        ("copy", translate("Catalogue", "Copy"), self.copy),
                                        ("edit", translate("Catalogue", "Edit…"), self.edit),
                                        ("reset", translate("Catalogue", "Reset to default"), self.reset),
                                        ("delete", translate("Catalogue", "Delete"), self.delete)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.load()

    # ----- showing -----
    def load(self, keep: str | None = None) -> None:
        keep = keep or self.current_key()
        self.rows = self.services.settings.list_measures()
        lang = i18n.language()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        self.table.setHorizontalHeaderLabels(headers())
        for i, m in enumerate(self.rows):
            texts = (measure_name(m), choice_name(KINDS, str(m.get("kind")), lang),
                     choice_name(QUANTITIES, str(m.get("quantity")), lang), yuan(m.get("cost_2010_cny")),
                     yuan(m.get("cost_today_cny")), parameters_text(m), origin_text(str(m.get("origin"))))
            for j, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(KEY_ROLE, m["key"])
                if j not in (0, 3, 4):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if j in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.table.blockSignals(False)
        if keep is not None:
            self.select(keep)
        self._update_buttons()

    def select(self, key: str) -> bool:
        for i, m in enumerate(self.rows):
            if m["key"] == key:
                self.table.selectRow(i)
                return True
        return False

    def current_key(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.rows[rows[0].row()]["key"] if rows and rows[0].row() < len(self.rows) else None

    def current(self) -> dict[str, Any] | None:
        key = self.current_key()
        return next((m for m in self.rows if m["key"] == key), None)

    def _update_buttons(self) -> None:
        m = self.current()
        origin = m.get("origin") if m else None
        self.buttons["copy"].setEnabled(m is not None)
        self.buttons["edit"].setEnabled(m is not None)
        self.buttons["reset"].setEnabled(origin == "edited")
        self.buttons["delete"].setEnabled(origin == "user")

    # ----- changing -----
    def _apply(self, action: Callable[[], Any], keep: str | None = None) -> bool:
        try:
            result = action()
        except RetrofitError as exc:
            self._show_error(exc)
            self.load()
            return False
        self.load(keep or (result.get("key") if isinstance(result, dict) else None))
        self.changed.emit()
        return True

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        key, column = item.data(KEY_ROLE), COLUMNS[item.column()]
        text = item.text().strip()
        if column == "name":
            field = "name_en" if i18n.language() == "en" else "name_zh"
            self._apply(lambda: self.services.settings.update_measure(key, {field: text or None}), key)
            return
        try:
            value = parse_amount(text) if text else None
        except ValueError:
            self._show_error(ValidationError("value_wrong_type", field=column, value=text, kind="number"))
            self.load(key)
            return
        self._apply(lambda: self.services.settings.update_measure(key, {column: value}), key)

    def new(self) -> None:
        dialog = MeasureDialog(translate("Catalogue", "New measure"), new=True, parent=self)
        if dialog.exec():
            self._apply(lambda: self.services.settings.add_measure(dialog.values()))

    def copy(self) -> None:
        key = self.current_key()
        if key is not None:
            self._apply(lambda: self.services.settings.copy_measure(key))

    def edit(self) -> None:
        m = self.current()
        if m is None:
            return
        dialog = MeasureDialog(measure_name(m), m, parent=self)
        if dialog.exec():
            values = dialog.values()
            values.pop("kind")
            changes = {k: v for k, v in values.items() if v != m.get(k)}
            if changes:
                self._apply(lambda: self.services.settings.update_measure(m["key"], changes), m["key"])

    def reset(self) -> None:
        key = self.current_key()
        if key is not None:
            self._apply(lambda: self.services.settings.reset_measure(key), key)

    def delete(self) -> None:
        key = self.current_key()
        if key is not None:
            self._apply(lambda: self.services.settings.delete_measure(key))
