"""The packages of the catalogue editor: the packages by name (the shipped ones, changed ones and
the user's own) and their measures by name, ticked; save, new, copy, reset to the shipped
measures, delete (packages of the user's own that no building uses)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from retrofit.domain.errors import RetrofitError, ValidationError
from retrofit.services.api import AppServices
from ui.catalogue.buttons import button_row
from ui.catalogue.measures import measure_name, origin_text, parameters_text
from ui.fields import choice_label

translate = QCoreApplication.translate
NAME_ROLE = int(Qt.ItemDataRole.UserRole)


class PackagesTab(QWidget):
    def __init__(self, services: AppServices, show_error: Callable[[BaseException], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self._show_error = services, show_error
        self.packages: dict[str, list[str]] = {}
        self.measures: list[dict[str, Any]] = []
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda *_: self._show_package())
        self.members = QListWidget()
        self.members.itemChanged.connect(lambda *_: self._update_buttons())
        self.note = QLabel()
        self.note.setWordWrap(True)
        row, self.buttons = button_row((("save", translate("Catalogue", "Save package"), self.save),
                                        ("new", translate("Catalogue", "New package…"), self.new),
                                        ("copy", translate("Catalogue", "Copy package…"), self.copy),
                                        ("reset", translate("Catalogue", "Reset to default"), self.reset),
                                        ("delete", translate("Catalogue", "Delete"), self.delete)))
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(translate("Catalogue", "Measures in the package")))
        column.addWidget(self.members, 1)
        column.addWidget(self.note)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        self.load()

    # ----- showing -----
    def load(self, keep: str | None = None) -> None:
        keep = keep or self.current_package()
        self.packages = self.services.settings.list_packages()
        self.measures = self.services.settings.list_measures()
        self.list.blockSignals(True)
        self.list.clear()
        for name in self.packages:
            item = QListWidgetItem(self._package_text(name))
            item.setData(NAME_ROLE, name)
            self.list.addItem(item)
        self.list.blockSignals(False)
        names = list(self.packages)
        self.list.setCurrentRow(names.index(keep) if keep in names else 0)
        self._show_package()

    def _package_text(self, name: str) -> str:
        origin = self.services.settings.package_origin(name)
        label = choice_label(name)
        return label if origin == "shipped" else f"{label}（{origin_text(origin)}）"

    def current_package(self) -> str | None:
        item = self.list.currentItem()
        return item.data(NAME_ROLE) if item is not None else None

    def _show_package(self) -> None:
        name = self.current_package()
        chosen = set(self.packages.get(name, [])) if name else set()
        self.members.blockSignals(True)
        self.members.clear()
        for m in self.measures:
            item = QListWidgetItem(measure_name(m))
            item.setData(NAME_ROLE, m["key"])
            item.setToolTip(parameters_text(m))
            item.setCheckState(Qt.CheckState.Checked if m["key"] in chosen else Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.members.blockSignals(False)
        if name == "none":
            self.members.setEnabled(False)
            self.note.setText(translate("Catalogue", "“No measures” stays empty."))
        else:
            self.members.setEnabled(True)
            self.note.setText("")
        self._update_buttons()

    def checked_measures(self) -> list[str]:
        return [self.members.item(i).data(NAME_ROLE) for i in range(self.members.count())
                if self.members.item(i).checkState() == Qt.CheckState.Checked]

    def _update_buttons(self) -> None:
        name = self.current_package()
        origin = self.services.settings.package_origin(name) if name else None
        changed = name is not None and self.checked_measures() != self.packages.get(name)
        self.buttons["save"].setEnabled(changed and name != "none")
        self.buttons["copy"].setEnabled(name is not None)
        self.buttons["reset"].setEnabled(origin == "edited")
        self.buttons["delete"].setEnabled(origin == "user")

    # ----- changing -----
    def _apply(self, action: Callable[[], Any], keep: str | None) -> bool:
        try:
            action()
        except RetrofitError as exc:
            self._show_error(exc)
            return False
        finally:
            self.load(keep)
        return True

    def _ask_name(self, title: str, text: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, translate("Catalogue", "Name of the package"), text=text)
        return name.strip() if ok and name.strip() else None

    def save(self) -> None:
        name = self.current_package()
        if name is not None:
            measures = self.checked_measures()
            self._apply(lambda: self.services.settings.save_package(name, measures), name)

    def _unused(self, name: str | None) -> str | None:
        """``name`` when no package has it yet (a new package never replaces one)."""
        if name is not None and name in self.packages:
            self._show_error(ValidationError("duplicate", field="package", value=name))
            return None
        return name

    def new(self) -> None:
        """A new package without measures: tick them, then save."""
        name = self._unused(self._ask_name(translate("Catalogue", "New package")))
        if name is not None:
            self._apply(lambda: self.services.settings.save_package(name, []), name)

    def copy(self) -> None:
        source = self.current_package()
        if source is None:
            return
        name = self._unused(self._ask_name(translate("Catalogue", "Copy package"),
                                           translate("Catalogue", "%1 (copy)").replace("%1", choice_label(source))))
        if name is not None:
            measures = self.checked_measures()
            self._apply(lambda: self.services.settings.save_package(name, measures), name)

    def reset(self) -> None:
        name = self.current_package()
        if name is not None:
            self._apply(lambda: self.services.settings.reset_package(name), name)

    def delete(self) -> None:
        name = self.current_package()
        if name is not None:
            self._apply(lambda: self.services.settings.delete_package(name), None)
