"""The building form (the same fields as the table, one under the other)."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from retrofit.services.dto import BuildingRow
from ui.fields import BUILDING_FIELDS
from ui.forms import FormDialog


class BuildingFormDialog(FormDialog):
    def __init__(self, row: BuildingRow, packages: Sequence[str], parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("BuildingForm", "Building %1").replace("%1", str(row.values.get("building")))
        super().__init__(title, BUILDING_FIELDS, row.values, lambda: list(packages), parent)
