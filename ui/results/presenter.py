"""Recomputes the results of the current selection after every change.

Every computation runs as a background task (an estate takes tens of milliseconds, the whole
city with its Monte Carlo band several seconds), so the window never waits; answers for a
selection that is no longer current are dropped.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from retrofit.services.api import AppServices
from retrofit.services.dto import ResultSummary
from ui.results.figures import Figures, figures
from ui.tasks import TaskRunner
import ui.qtfix  # noqa: F401  (PySide6 6.12.0 emit reference bug)


class ResultsPresenter(QObject):
    updated = Signal(object, object)        # ResultSummary, Figures
    busy_changed = Signal(bool)
    failed = Signal(object)

    def __init__(self, services: AppServices, runner: TaskRunner,
                 households: Callable[[Sequence[int] | None], float | None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._runner = runner
        self._households = households
        self.estate_id: int | None = None
        self.building_ids: list[int] = []
        self.summary: ResultSummary | None = None
        self.figures: Figures | None = None
        self._generation = 0
        self._city_running = False
        self._city_dirty = False

    def set_scope(self, estate_id: int | None, building_ids: Sequence[int] = ()) -> None:
        self.estate_id = estate_id
        self.building_ids = list(building_ids)
        self.recompute()

    def recompute(self) -> None:
        """Compute the current scope in the background; only the newest answer is shown. The
        whole city (Monte Carlo over every building) runs at most once at a time."""
        self._generation += 1
        generation, ids, estate_id = self._generation, list(self.building_ids), self.estate_id
        results = self.services.results
        if ids:
            operation = lambda progress, cancel: results.summarize(ids)  # noqa: E731
        elif estate_id is not None:
            operation = lambda progress, cancel: results.summarize(estate_id=estate_id)  # noqa: E731
        elif self._city_running:
            self._city_dirty = True
            return
        else:
            self._city_running = True
            operation = lambda progress, cancel: results.summarize()  # noqa: E731
        self.busy_changed.emit(True)
        city = not ids and estate_id is None
        self._runner.start(operation, on_success=lambda s, g=generation: self._publish(g, s, ids or None, city),
                           on_failure=lambda exc, g=generation: self._on_failure(g, exc, city))

    def _city_done(self) -> None:
        self._city_running = False
        if self._city_dirty:
            self._city_dirty = False
            if not self.building_ids and self.estate_id is None:
                self.recompute()

    def _on_failure(self, generation: int, exc: BaseException, city: bool) -> None:
        if city:
            self._city_done()
        if generation == self._generation:
            self.busy_changed.emit(False)
            self.failed.emit(exc)

    def _publish(self, generation: int, summary: ResultSummary, ids: list[int] | None, city: bool = False) -> None:
        if city:
            self._city_done()
        if generation != self._generation:
            return
        self.busy_changed.emit(False)
        households = None
        if "households" not in summary.totals and self._households is not None:
            households = self._households(ids)
        self.summary = summary
        self.figures = figures(summary, households)
        self.updated.emit(summary, self.figures)
