"""Undo commands for building edits, one per edit, each saved through the service.

The change is applied through the service before the command is pushed; the command records
it and skips its first ``redo()``. Undo and redo go through the service again (with the
current versions), so every step is saved at once.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from retrofit.domain.errors import RetrofitError
from retrofit.services.api import RecordService
from ui.buildings.table_model import BuildingTableModel
from ui.undo import SavedCommand


class _RowsCommand(SavedCommand):
    """A change of buildings shown in the table model."""

    def __init__(self, records: RecordService, model: BuildingTableModel, text: str,
                 on_error: Callable[[BaseException], None] | None) -> None:
        super().__init__(text, on_error)
        self._records, self._model = records, model

    def _version(self, building_id: int) -> int:
        row = self._model.row_by_id(building_id)
        return row.version if row is not None else self._records.get_building(building_id).version

    def _reread(self, building_ids: Iterable[int]) -> None:
        """Show the stored rows again (after a refused save)."""
        self._model.update_rows([self._records.get_building(i) for i in building_ids
                                 if self._model.row_by_id(i) is not None])


class SetBuildingFieldCommand(_RowsCommand):
    """``key`` set to ``new`` on some buildings whose previous values were ``old`` ({id: value})."""

    def __init__(self, records: RecordService, model: BuildingTableModel, key: str,
                 old: Mapping[int, Any], new: Any, text: str | None = None,
                 on_error: Callable[[BaseException], None] | None = None) -> None:
        super().__init__(records, model, text or QCoreApplication.translate("Commands", "Edit %1").replace("%1", key),
                         on_error)
        self._key, self._old, self._new = key, dict(old), new

    @property
    def building_ids(self) -> list[int]:
        return list(self._old)

    def _apply(self, values: Mapping[int, Any]) -> None:
        try:
            self._apply_groups(values)
        except RetrofitError as exc:
            self._reread(values)
            self._refused(exc)

    def _apply_groups(self, values: Mapping[int, Any]) -> None:
        groups: dict[Any, list[int]] = defaultdict(list)
        for building_id, value in values.items():
            groups[_hashable(value)].append(building_id)
        for ids in groups.values():
            value = values[ids[0]]
            versions = {i: self._version(i) for i in ids}
            rows = self._records.bulk_update_buildings(versions, {self._key: value})
            self._model.update_rows(rows)

    def _forward(self) -> None:
        self._apply({i: self._new for i in self._old})

    def _backward(self) -> None:
        self._apply(self._old)


def _hashable(value: Any) -> Any:
    return value if isinstance(value, (str, int, float, bool, type(None))) else repr(value)


class BuildingSetCommand(SavedCommand):
    """Buildings that were created (``create=True``) or deleted through the service before the
    command was pushed. Undo deletes or re-creates them (re-created buildings get new ids)."""

    def __init__(self, records: RecordService, reload: Callable[[], None], estate_id: int,
                 rows: list[tuple[int, dict[str, Any]]], create: bool, text: str,
                 on_error: Callable[[BaseException], None] | None = None) -> None:
        super().__init__(text, on_error)
        self._records, self._reload, self._estate_id = records, reload, estate_id
        self._ids = [i for i, _ in rows]
        self._values = [{k: v for k, v in values.items() if k not in ("estate", "city")} for _, values in rows]
        self._create = create

    @property
    def building_ids(self) -> list[int]:
        return list(self._ids)

    def _add(self) -> None:
        self._ids = [self._records.create_building(self._estate_id, values).id for values in self._values]

    def _remove(self) -> None:
        for building_id in self._ids:
            self._records.delete_building(building_id, self._records.get_building(building_id).version)

    def _run(self, add: bool) -> None:
        try:
            self._add() if add else self._remove()
        except RetrofitError as exc:
            self._refused(exc)
        self._reload()

    def _forward(self) -> None:
        self._run(self._create)

    def _backward(self) -> None:
        self._run(not self._create)


class SetCellsCommand(_RowsCommand):
    """Cells of many buildings set at once (a pasted block, fill down, a form): ``old`` and ``new``
    are {building id: {key: value}}. Saved through the service in one transaction before the
    command is pushed; undo and redo save again, all or nothing."""

    def __init__(self, records: RecordService, model: BuildingTableModel, old: Mapping[int, Mapping[str, Any]],
                 new: Mapping[int, Mapping[str, Any]], text: str,
                 on_error: Callable[[BaseException], None] | None = None) -> None:
        super().__init__(records, model, text, on_error)
        self._old = {i: dict(v) for i, v in old.items()}
        self._new = {i: dict(v) for i, v in new.items()}

    @property
    def building_ids(self) -> list[int]:
        return list(self._new)

    def _apply(self, values: Mapping[int, Mapping[str, Any]]) -> None:
        try:
            rows = self._records.update_buildings({i: (self._version(i), v) for i, v in values.items()})
        except RetrofitError as exc:       # e.g. someone else changed a building meanwhile
            self._reread(values)
            self._refused(exc)
            return
        self._model.update_rows(rows)

    def _forward(self) -> None:
        self._apply(self._new)

    def _backward(self) -> None:
        self._apply(self._old)
