"""Tracking the works of a selection of buildings (method §12): status, start and completion
dates, actual cost and contractor set for every selected building at once, in one transaction
and one undo step (the audit log records each building's change)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.fields import BUILDING_BY_KEY
from ui.forms import FormDialog

translate = QCoreApplication.translate

#: The works fields, in the order of the dialog.
WORKS_KEYS: tuple[str, ...] = ("status", "works_start", "works_completed", "actual_cost_rmb", "contractor")


def common_values(rows: Sequence[Any]) -> dict[str, Any]:
    """Each works field's value where every row has the same one (else empty)."""
    out: dict[str, Any] = {}
    for key in WORKS_KEYS:
        values = {repr(r.values.get(key)) for r in rows}
        out[key] = rows[0].values.get(key) if rows and len(values) == 1 else None
    return out


def works_dialog(presenter: Any, building_ids: Sequence[int], parent: QWidget | None = None) -> FormDialog | None:
    """The dialog for the buildings (None without any). A field left as it is shown is not
    changed; a field changed (or cleared) is set on every building. OK saves through
    :meth:`ui.buildings.presenter.BuildingsPresenter.apply_cells`; a refusal (a completed building
    without its completion date, a completion before the start) is shown in the form."""
    rows = [r for r in (presenter.model.row_by_id(i) for i in building_ids) if r is not None]
    if not rows:
        return None
    ids = [r.id for r in rows]
    count = len(ids)                    # a plain name: pyside6-lupdate misses a call as the count
    text = translate("Commands", "Set the works of %Ln building(s)", None, count)

    def apply(changes: dict[str, Any]) -> list[int]:
        return presenter.apply_cells({i: dict(changes) for i in ids}, text)

    title = translate("BuildingsPanel", "Works of %Ln building(s)", None, count)
    return FormDialog(title, [BUILDING_BY_KEY[k] for k in WORKS_KEYS], common_values(rows), presenter.packages,
                      parent, apply=apply)
