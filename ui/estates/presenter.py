"""Loads the estates tree and its filter facts; edits estates through the service (undoable)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QStandardItemModel, QUndoStack

from retrofit.domain.errors import NotFoundError, RetrofitError
from retrofit.domain.naming import known_name, load_pinyin, name_key, pinyin_ready, spellings
from retrofit.services.api import AppServices, RecordService
from retrofit.services.dto import EstateRow
from ui.estates.tree_model import EstateFilterProxy, build_tree, estate_facts, set_counts
from ui.tasks import TaskRunner
from ui.undo import SavedCommand


def learn_names(estates: list[EstateRow]) -> None:
    """Load pypinyin and make the sort keys and spellings of the estates' names (a worker's job:
    about half a second, once per session)."""
    load_pinyin()
    for e in estates:
        for text in filter(None, (e.estate, e.address, e.district)):
            name_key(text)
            spellings(text)


class EstatesPresenter(QObject):
    """``names_ready`` once the names can be sorted and found by pinyin."""

    loaded = Signal()
    facts_loaded = Signal()
    names_ready = Signal()

    def __init__(self, services: AppServices, undo_stack: QUndoStack,
                 show_error: Callable[[BaseException], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = undo_stack
        self._show_error = show_error
        self.model = QStandardItemModel(self)
        self.proxy = EstateFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.estates: dict[int, EstateRow] = {}
        self._runner: TaskRunner | None = None
        self._full_facts = False
        self._facts_loading = False
        self._facts_wanted = False
        self._unlearnt: list[EstateRow] | None = None
        self._names_runner: TaskRunner | None = None
        self._names_timer = QTimer(self)
        self._names_timer.setSingleShot(True)
        self._names_timer.setInterval(1500)
        self._names_timer.timeout.connect(self.ensure_names)

    def load(self, runner: TaskRunner | None = None) -> None:
        """Read the estates and build the tree. Filters by building (number, mode, package,
        year, missing data) need every building: without a ``runner`` they are read at once,
        with one only when a filter is first used (:meth:`ensure_facts`), in the background."""
        rows = self.services.records.list_estates()
        self.estates = {e.id: e for e in rows}
        build_tree(self.model, rows)
        self._runner = runner
        self._full_facts = runner is None
        if runner is None:
            self.refresh_facts()
        else:
            self.proxy.set_facts(estate_facts(rows, []))      # names and addresses: enough to search
            if self._facts_wanted:
                self.ensure_facts()
        self._learn_names(rows, runner)
        self.loaded.emit()

    def _learn_names(self, rows: list[EstateRow], runner: TaskRunner | None) -> None:
        """Pinyin order and search: at once without a runner, else in the background soon after
        start (not to slow the first results) or as soon as the search box is used; the tree
        shows in code order meanwhile and is sorted again when the names are known."""
        if pinyin_ready() and all(known_name(e.estate) for e in rows):
            return
        self._unlearnt = rows
        self._names_runner = runner = runner or self._names_runner
        if runner is None:
            learn_names(rows)
            self._names_learnt()
        elif not self._names_timer.isActive():
            self._names_timer.start()

    def ensure_names(self) -> None:
        """Learn the estates' names now (in the background) if not done or under way."""
        self._names_timer.stop()
        rows, self._unlearnt = self._unlearnt, None
        if rows is None or self._names_runner is None:
            return
        self._names_runner.start(lambda progress, cancel: learn_names(rows), on_success=self._names_learnt,
                                 on_failure=self._show_error)      # a method: not called once we are gone

    def _names_learnt(self, _result: object = None) -> None:
        self.proxy.resort()
        self.names_ready.emit()

    def ensure_facts(self) -> None:
        """Read every building's filter facts in the background if not done yet."""
        self._facts_wanted = True
        if self._full_facts or self._facts_loading or self._runner is None:
            return
        self._facts_loading = True
        estates = list(self.estates.values())
        self._runner.start(lambda progress, cancel: estate_facts(estates, self.services.records.list_buildings(None)),
                           on_success=self._on_facts, on_failure=self._on_facts_failed)

    def _on_facts(self, facts: dict) -> None:
        self._facts_loading = False
        self._full_facts = True
        self.proxy.set_facts(facts)
        self.facts_loaded.emit()

    def _on_facts_failed(self, exc: BaseException) -> None:
        self._facts_loading = False
        self._show_error(exc)

    @property
    def facts_ready(self) -> bool:
        return self._full_facts

    def refresh_facts_of(self, estate_ids: set[int], runner: TaskRunner | None = None) -> None:
        """After changes to buildings: re-read the facts of a few estates, or of all of them
        (in the background) after a change that touched many."""
        if not self._full_facts:
            return                                   # not read yet: they will be read fresh
        if len(estate_ids) <= 5 or runner is None:
            for estate_id in estate_ids:
                self.refresh_facts(estate_id)
            return
        self._full_facts = False
        self.ensure_facts()

    def refresh_counts(self, estate_ids: set[int]) -> None:
        """Re-read the building counts of estates whose buildings were added or deleted."""
        if len(estate_ids) <= 5:
            rows = []
            for estate_id in estate_ids:
                try:
                    rows.append(self.services.records.get_estate(estate_id))
                except NotFoundError:           # deleted meanwhile: the estates notice reloads the tree
                    continue
        else:
            rows = self.services.records.list_estates()
        changed = {r.id: r.building_count for r in rows
                   if r.id in self.estates and r.building_count != self.estates[r.id].building_count}
        self.estates.update({r.id: r for r in rows if r.id in self.estates})
        if changed:
            set_counts(self.model, changed)

    def refresh_facts(self, estate_id: int | None = None) -> None:
        """Re-read the filter facts of one estate (after an edit), or of all."""
        if estate_id is None:
            self.proxy.set_facts(estate_facts(list(self.estates.values()), self.services.records.list_buildings(None)))
            self._full_facts = True
            return
        estate = self.estates.get(estate_id)
        if estate is not None and self._full_facts:
            facts = dict(self.proxy.facts)
            facts.update(estate_facts([estate], self.services.records.list_buildings(estate_id)))
            self.proxy.set_facts(facts)

    def years(self) -> list[int]:
        return sorted({y for f in self.proxy.facts.values() for y in f.years})

    def save_estate(self, estate_id: int, changes: dict[str, Any]) -> EstateRow:
        """Save an estate's changes (undoable); raises RetrofitError (nothing saved) if refused."""
        old_row = self.estates[estate_id]
        old = {k: getattr(old_row, k) for k in changes}
        row = self.services.records.update_estate(estate_id, old_row.version, changes)
        self.estates[estate_id] = row
        self.undo_stack.push(EditEstateCommand(self.services.records, self, estate_id, old, dict(changes)))
        self.load()
        return row

    def update_estate(self, estate_id: int, changes: dict[str, Any]) -> bool:
        """:meth:`save_estate`, reporting a refusal (and reloading) instead of raising it."""
        try:
            self.save_estate(estate_id, changes)
        except RetrofitError as exc:
            self._show_error(exc)
            self.load()
            return False
        return True

    def add_estate(self, values: dict[str, Any]) -> EstateRow:
        """Add an estate (undoable: undo deletes it again); raises RetrofitError if refused."""
        row = self.services.records.create_estate(values)
        self.undo_stack.push(CreateEstateCommand(self.services.records, self, row.id, dict(values),
                                                 self._show_error))
        self.load()
        return row

    def create_estate(self, values: dict[str, Any]) -> EstateRow | None:
        """:meth:`add_estate`, reporting a refusal instead of raising it."""
        try:
            return self.add_estate(values)
        except RetrofitError as exc:
            self._show_error(exc)
            return None


class EditEstateCommand(SavedCommand):
    """An estate edit already saved."""

    def __init__(self, records: RecordService, presenter: EstatesPresenter, estate_id: int,
                 old: dict[str, Any], new: dict[str, Any]) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Edit estate"), None)
        self._records, self._presenter = records, presenter
        self._id, self._old, self._new = estate_id, old, new

    def _apply(self, values: dict[str, Any]) -> None:
        version = self._records.get_estate(self._id).version
        self._presenter.estates[self._id] = self._records.update_estate(self._id, version, values)
        self._presenter.load()

    def _forward(self) -> None:
        self._apply(self._new)

    def _backward(self) -> None:
        self._apply(self._old)


class CreateEstateCommand(SavedCommand):
    """An estate already created; undo deletes it, redo creates it again (with a new id)."""

    def __init__(self, records: RecordService, presenter: EstatesPresenter, estate_id: int,
                 values: dict[str, Any], on_error: Callable[[BaseException], None]) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add estate"), on_error)
        self._records, self._presenter = records, presenter
        self._id, self._values = estate_id, values

    def _forward(self) -> None:
        try:
            self._id = self._records.create_estate(self._values).id
        except RetrofitError as exc:
            self._refused(exc)
        self._presenter.load()

    def _backward(self) -> None:
        try:
            self._records.delete_estate(self._id, self._records.get_estate(self._id).version)
        except RetrofitError as exc:
            self._refused(exc)
        self._presenter.load()
