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
        self._running: set[str] = set()
        self._dirty: set[str] = set()

    @property
    def busy(self) -> bool:
        """Whether a computation is running or waiting."""
        return bool(self._running or self._dirty)

    def set_scope(self, estate_id: int | None, building_ids: Sequence[int] = ()) -> None:
        self.estate_id = estate_id
        self.building_ids = list(building_ids)
        self.recompute()

    def recompute(self) -> None:
        """Compute the current scope in the background; only the newest answer is shown.
        Two lanes, each with at most one task: the whole city (Monte Carlo over every building,
        seconds) and a selection or estate (milliseconds). A request while its lane is busy is
        remembered and run when the lane is free (a flood of change notices costs one rerun)."""
        self._generation += 1
        generation, ids, estate_id = self._generation, list(self.building_ids), self.estate_id
        lane = "city" if not ids and estate_id is None else "selection"
        if lane in self._running:
            self._dirty.add(lane)
            self.busy_changed.emit(True)
            return
        results = self.services.results
        if ids:
            operation = lambda progress, cancel: results.summarize(ids)  # noqa: E731
        elif estate_id is not None:
            operation = lambda progress, cancel: results.summarize(estate_id=estate_id)  # noqa: E731
        else:
            operation = lambda progress, cancel: results.summarize()  # noqa: E731
        self._running.add(lane)
        self.busy_changed.emit(True)
        self._runner.start(operation, on_success=lambda s: self._publish(generation, s, ids or None, lane),
                           on_failure=lambda exc: self._on_failure(generation, exc, lane))

    def _lane_done(self, lane: str) -> None:
        self._running.discard(lane)
        if lane in self._dirty:
            self._dirty.discard(lane)
            current = "city" if not self.building_ids and self.estate_id is None else "selection"
            if current == lane:
                self.recompute()

    def _on_failure(self, generation: int, exc: BaseException, lane: str) -> None:
        self._lane_done(lane)
        if generation == self._generation:
            self.busy_changed.emit(False)
            self.failed.emit(exc)

    def _publish(self, generation: int, summary: ResultSummary, ids: list[int] | None, lane: str) -> None:
        self._lane_done(lane)
        if generation != self._generation:
            return
        self.busy_changed.emit(False)
        households = None
        if "households" not in summary.totals and self._households is not None:
            households = self._households(ids)
        self.summary = summary
        self.figures = figures(summary, households)
        self.updated.emit(summary, self.figures)
