"""Measures (unit costs, effects) and packages (which measures). Each edit is saved at once."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from retrofit.domain.errors import RetrofitError
from retrofit.services.api import AppServices
from ui.fields import choice_label
from ui.screens import fit_dialog
from ui.tables import cell_text

translate = QCoreApplication.translate


def _parse(text: str, old: Any) -> Any:
    if isinstance(old, bool):
        return text.strip().lower() in ("1", "true", "yes", "是")
    if isinstance(old, (int, float)):
        value = float(text.replace(",", ""))
        return int(value) if isinstance(old, int) else value
    return text


class CatalogueDialog(QDialog):
    def __init__(self, services: AppServices, show_error: Callable[[BaseException], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self._show_error = services, show_error
        self.setWindowTitle(translate("Catalogue", "Measures and packages"))
        self.measures = QTableWidget()
        self.measures.itemChanged.connect(self._on_measure_edited)
        self.packages = QListWidget()
        self.packages.currentTextChanged.connect(lambda _t: self._show_package())
        self.members = QListWidget()
        save = QPushButton(translate("Catalogue", "Save package"))
        save.clicked.connect(self.save_package)
        new = QPushButton(translate("Catalogue", "New package…"))
        new.clicked.connect(self.new_package)
        tabs = QTabWidget()
        tabs.addTab(self.measures, translate("Catalogue", "Measures"))
        pack = QWidget()
        row = QHBoxLayout(pack)
        row.addWidget(self.packages)
        right = QVBoxLayout()
        right.addWidget(self.members, 1)
        right.addWidget(save)
        right.addWidget(new)
        row.addLayout(right, 2)
        tabs.addTab(pack, translate("Catalogue", "Packages"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(900, 560))
        self.load()

    def load(self) -> None:
        self._rows = self.services.settings.list_measures()
        self._columns = list(dict.fromkeys(k for r in self._rows for k in r))
        self.measures.blockSignals(True)
        self.measures.setColumnCount(len(self._columns))
        self.measures.setRowCount(len(self._rows))
        self.measures.setHorizontalHeaderLabels(self._columns)
        for i, row in enumerate(self._rows):
            for j, key in enumerate(self._columns):
                item = QTableWidgetItem(cell_text(row.get(key)))
                if key == "key" or isinstance(row.get(key), (list, dict)):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.measures.setItem(i, j, item)
        self.measures.resizeColumnsToContents()
        self.measures.blockSignals(False)
        self._packages = self.services.settings.list_packages()
        self.packages.clear()
        for name in self._packages:
            item = QListWidgetItem(choice_label(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.packages.addItem(item)
        self.packages.setCurrentRow(0)

    def _on_measure_edited(self, item: QTableWidgetItem) -> None:
        row, key = self._rows[item.row()], self._columns[item.column()]
        try:
            value = _parse(item.text(), row.get(key))
            self._rows[item.row()] = self.services.settings.update_measure(row["key"], {key: value})
        except (RetrofitError, ValueError) as exc:
            self._show_error(exc if isinstance(exc, RetrofitError) else
                             RetrofitError("invalid_value", field=key, value=item.text()))
            self.load()

    def current_package(self) -> str | None:
        item = self.packages.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_package(self) -> None:
        name = self.current_package()
        chosen = set(self._packages.get(name, [])) if name else set()
        self.members.clear()
        for row in self._rows:
            item = QListWidgetItem(str(row["key"]))
            item.setCheckState(Qt.CheckState.Checked if row["key"] in chosen else Qt.CheckState.Unchecked)
            self.members.addItem(item)

    def checked_measures(self) -> list[str]:
        return [self.members.item(i).text() for i in range(self.members.count())
                if self.members.item(i).checkState() == Qt.CheckState.Checked]

    def save_package(self, name: str | None = None) -> None:
        name = name or self.current_package()
        if not name:
            return
        try:
            self.services.settings.save_package(name, self.checked_measures())
        except RetrofitError as exc:
            self._show_error(exc)
        self._packages = self.services.settings.list_packages()

    def new_package(self) -> None:
        name, ok = QInputDialog.getText(self, translate("Catalogue", "New package"), translate("Catalogue", "Name"))
        if ok and name.strip():
            self.save_package(name.strip())
            self.load()
