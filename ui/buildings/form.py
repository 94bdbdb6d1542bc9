"""The building form (the same fields as the table, one under the other)."""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from retrofit import i18n
from retrofit.domain.checks import building_problems
from retrofit.services.dto import BuildingRow
from ui.fields import BUILDING_FIELDS
from ui.forms import FormDialog


def building_check(stored: Mapping[str, Any]) -> Callable[[dict[str, Any]], dict[str, str]]:
    """The rules across a building's fields (works dates against the status) for a form:
    {key: message} for the stored values with the form's values over them."""
    def check(values: dict[str, Any]) -> dict[str, str]:
        return {key: i18n.message(code, **params) for key, code, params in building_problems({**stored, **values})}
    return check


class BuildingFormDialog(FormDialog):
    def __init__(self, row: BuildingRow, packages: Sequence[str], parent: QWidget | None = None,
                 **kwargs: Any) -> None:
        title = QCoreApplication.translate("BuildingForm", "Building %1").replace("%1", str(row.values.get("building")))
        super().__init__(title, BUILDING_FIELDS, row.values, lambda: list(packages), parent, **kwargs)
