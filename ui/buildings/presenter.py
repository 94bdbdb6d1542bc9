"""Glue between the buildings view model, the record service and the undo stack. No widgets."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from retrofit.domain.errors import ConcurrentEditError, DatabaseBusyError, NotFoundError, RetrofitError
from retrofit.domain.naming import pinyin_ready
from retrofit.domain.settings import Settings
from retrofit.services.api import AppServices
from retrofit.services.dto import BuildingRow
from ui.buildings.commands import BuildingSetCommand, SetBuildingFieldCommand, SetCellsCommand
from ui.buildings.proxy import BuildingFilterProxy
from ui.buildings.table_model import BuildingTableModel
from ui.fields import BUILDING_BY_KEY
from ui.tasks import TaskRunner

translate = QCoreApplication.translate


#: Shown (grey, italic) where nothing was entered; construction defaults come from results.
_SETTINGS_DEFAULTS = {"storey_height_m": "default_storey_height_m", "floor_factor": "floor_factor",
                      "eta_network": "eta_network", "eta_source": "eta_source",
                      "width_m": "default_width_m", "added_storeys": "added_storeys"}
_FIXED_DEFAULTS = {"mode": "retrofit", "package": "usual", "structure": "brick_concrete",
                   "stairwell_heated": False}


def method_defaults(settings: Settings) -> dict[str, Any]:
    out: dict[str, Any] = dict(_FIXED_DEFAULTS)
    out.update({key: getattr(settings, name) for key, name in _SETTINGS_DEFAULTS.items()})
    return out


class BuildingsPresenter(QObject):
    """Loads the buildings of an estate (or the city), applies edits through the service and
    records them on the undo stack. ``edited`` carries the ids after every successful change."""

    edited = Signal(list)
    #: (building id, key) of an edit kept in its cell because the database was busy.
    edit_kept = Signal(int, str)
    loaded = Signal()

    def __init__(self, services: AppServices, undo_stack: QUndoStack,
                 show_error: Callable[[BaseException], None], parent: QObject | None = None,
                 runner: TaskRunner | None = None,
                 ask_retry: Callable[[BaseException], bool] | None = None) -> None:
        super().__init__(parent)
        self._ask_retry = ask_retry
        self.services = services
        self._runner = runner
        self._generation = 0
        self.applying = False
        self.undo_stack = undo_stack
        self._show_error = show_error
        self.model = BuildingTableModel(on_edit=self.edit, parent=self)
        self.proxy = BuildingFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.estate_id: int | None = None
        self._packages: list[str] = []

    # ----- loading -----
    def load(self, estate_id: int | None) -> None:
        """The buildings of ``estate_id``, or of the whole city for None (read in the background
        when the presenter has a task runner; the table is emptied meanwhile)."""
        self.estate_id = estate_id
        self._generation += 1
        if estate_id is not None or self._runner is None:
            self._show_rows(self._generation, self._read(estate_id))
            return
        self.model.set_rows([], with_estate=True)
        generation, read = self._generation, self._read
        self._runner.start(lambda progress, cancel: read(None),
                           on_success=lambda result: self._show_rows(generation, result),
                           on_failure=self._show_error)

    def _read(self, estate_id: int | None) -> tuple[list[BuildingRow], dict[int, str]]:
        rows = self.services.records.list_buildings(estate_id)
        names = {e.id: e.estate for e in self.services.records.list_estates()} if estate_id is None else {}
        return rows, names

    def _show_rows(self, generation: int, result: tuple[list[BuildingRow], dict[int, str]]) -> None:
        if generation != self._generation:
            return                                  # another estate was chosen meanwhile
        rows, names = result
        if names:
            self.model.set_estate_names(names)
        self.model.set_rows(rows, with_estate=self.estate_id is None)
        self.refresh_defaults()
        self._order()
        self.loaded.emit()

    def _order(self) -> None:
        """The rows in the order the header shows, or by estate and building in pinyin order."""
        if self.proxy.sorted_by is not None:
            self.model.sort_rows(*self.proxy.sorted_by)
        elif pinyin_ready():
            self.model.order_by_names()

    def names_ready(self) -> None:
        """Names can be sorted by pinyin now: the rows again in order."""
        if self.model.rowCount():
            self._order()

    def refresh_defaults(self) -> None:
        self.model.set_defaults(method_defaults(self.services.settings.get()))
        self._packages = list(self.services.settings.list_packages())

    def packages(self) -> list[str]:
        return list(self._packages)

    def reload_rows(self, building_ids: Iterable[int]) -> None:
        """Re-read rows changed elsewhere (another window, another user, an undo)."""
        ids = [i for i in building_ids if self.model.row_by_id(i) is not None]
        if len(ids) > 200:
            self.load(self.estate_id)
            return
        try:
            rows = [self.services.records.get_building(i) for i in ids]
        except NotFoundError:                       # deleted elsewhere (or by an undo): read the list again
            self.load(self.estate_id)
            return
        self.model.update_rows(rows)

    def set_notices(self, results: Sequence[Any]) -> None:
        """Mark rows with notices, and show construction defaults the engine reports."""
        self.model.set_notices({r.building_id: r.notices for r in results if r.building_id is not None})
        per_building = {r.building_id: {k: v for k, v in r.values.items() if k in BUILDING_BY_KEY}
                        for r in results if r.building_id is not None}
        self.model.set_defaults(method_defaults(self.services.settings.get()), per_building)

    # ----- edits -----
    def edit(self, building_id: int, key: str, value: Any) -> bool:
        """Set one field of one building. Returns False (and reports) if the service refused."""
        return self.set_field([building_id], key, value)

    def set_field(self, building_ids: Sequence[int], key: str, value: Any) -> bool:
        """Set ``key`` to ``value`` on the buildings (bulk action); one undo step."""
        rows = [self._row(i) for i in building_ids]
        if not rows:
            return False
        old = {r.id: r.values.get(key) for r in rows}
        if all(v == value for v in old.values()):
            return True
        self.applying = True                     # the change notice arrives while we wait
        try:
            new_rows = self._saving(lambda: self.services.records.bulk_update_buildings(
                {r.id: r.version for r in rows}, {key: value}))
        except DatabaseBusyError as exc:
            self._keep(list(old), key, value, exc)
            return False
        except ConcurrentEditError as exc:
            self.model.forget(old, key)
            self.reload_rows(old)
            self._show_error(exc)
            return False
        except RetrofitError as exc:
            self.model.forget(old, key)
            self._show_error(exc)
            return False
        finally:
            self.applying = False
        self.model.forget(old, key)
        self.model.update_rows(new_rows)
        self.undo_stack.push(SetBuildingFieldCommand(
            self.services.records, self.model, key, old, value, self._command_text(key, len(rows)),
            on_error=self._show_error))
        self.edited.emit(list(old))
        return True

    def _saving(self, save: Callable[[], Any]) -> Any:
        """``save()``; while the database is busy, ask whether to try again (Retry), else raise."""
        while True:
            try:
                return save()
            except DatabaseBusyError as exc:
                if self._ask_retry is None or not self._ask_retry(exc):
                    raise

    def _keep(self, building_ids: list[int], key: str, value: Any, exc: DatabaseBusyError) -> None:
        """The database was busy and no retry was wanted: the typed value stays in the cell,
        marked as not saved, and Enter on the cell saves it."""
        self.model.keep(building_ids, key, value)
        if self._ask_retry is None:
            self._show_error(exc)
        self.edit_kept.emit(building_ids[0], key)

    def _row(self, building_id: int) -> BuildingRow:
        row = self.model.row_by_id(building_id)
        return row if row is not None else self.services.records.get_building(building_id)

    @staticmethod
    def _command_text(key: str, count: int) -> str:
        spec = BUILDING_BY_KEY.get(key)
        label = spec.label if spec else key
        if count == 1:
            return translate("Commands", "Set %1").replace("%1", label)
        return translate("Commands", "Set %1 on %Ln building(s)", None, count).replace("%1", label)

    def apply_cells(self, changes: Mapping[int, Mapping[str, Any]], text: str) -> list[int]:
        """Set different fields of many buildings ({building id: {key: value}}) in one transaction
        and as one undo step. Raises RetrofitError (nothing saved) when the service refuses;
        returns the ids of the buildings that changed."""
        old: dict[int, dict[str, Any]] = {}
        new: dict[int, dict[str, Any]] = {}
        versions: dict[int, int] = {}
        for building_id, values in changes.items():
            row = self._row(building_id)
            diff = {k: v for k, v in values.items() if row.values.get(k) != v}
            if diff:
                old[building_id] = {k: row.values.get(k) for k in diff}
                new[building_id] = diff
                versions[building_id] = row.version
        if not new:
            return []
        self.applying = True                     # the change notice arrives while we wait
        try:
            rows = self._saving(lambda: self.services.records.update_buildings(
                {i: (versions[i], new[i]) for i in new}))
        except ConcurrentEditError:
            self.reload_rows(new)
            raise
        finally:
            self.applying = False
        self.model.update_rows(rows)
        self.undo_stack.push(SetCellsCommand(self.services.records, self.model, old, new, text, self._show_error))
        self.edited.emit(list(new))
        return list(new)

    def set_cells(self, changes: Mapping[int, Mapping[str, Any]], text: str) -> bool:
        """:meth:`apply_cells`, reporting a refusal instead of raising it."""
        try:
            self.apply_cells(changes, text)
        except RetrofitError as exc:
            self._show_error(exc)
            return False
        return True

    def save_form(self, building_id: int, changes: Mapping[str, Any]) -> None:
        """A form's changes, saved together as one undo step; raises RetrofitError if refused."""
        self.apply_cells({building_id: changes}, translate("Commands", "Edit building"))

    def apply_form(self, building_id: int, changes: dict[str, Any]) -> bool:
        """A form's changes as one undo step (False, and reported, if the service refused)."""
        return self.set_cells({building_id: changes}, translate("Commands", "Edit building"))

    def add_building(self, values: Mapping[str, Any]) -> BuildingRow:
        """A new building of the current estate (undoable); raises RetrofitError if refused."""
        if self.estate_id is None:
            raise NotFoundError(what="estate")
        row = self.services.records.create_building(self.estate_id, values)
        self.undo_stack.push(BuildingSetCommand(
            self.services.records, self._reload, self.estate_id, [(row.id, row.values)], True,
            translate("Commands", "Add building"), self._show_error))
        self._reload()
        return row

    def create_building(self, values: dict[str, Any]) -> BuildingRow | None:
        """Add a building to the current estate (undoable); None (and reported) if refused."""
        if self.estate_id is None:
            return None
        try:
            return self.add_building(values)
        except RetrofitError as exc:
            self._show_error(exc)
            return None

    def delete_buildings(self, building_ids: Sequence[int]) -> bool:
        """Delete buildings of the current estate (undoable: undo adds them again)."""
        rows = [r for r in (self.model.row_by_id(i) for i in building_ids) if r is not None]
        if not rows or self.estate_id is None:
            return False
        done: list[tuple[int, dict[str, Any]]] = []
        self.applying = True                     # the change notices arrive while we delete
        try:
            for row in rows:
                self.services.records.delete_building(row.id, row.version)
                done.append((row.id, dict(row.values)))
        except RetrofitError as exc:
            self._show_error(exc)
        finally:
            self.applying = False
        if done:
            self.undo_stack.push(BuildingSetCommand(
                self.services.records, self._reload, self.estate_id, done, False,
                translate("Commands", "Delete %Ln building(s)", None, len(done)), self._show_error))
        self._reload()
        return len(done) == len(rows)

    def _reload(self) -> None:
        self.load(self.estate_id)
