"""Recomputes the results of the current selection after every change.

A selection of buildings or one estate is computed at once on the GUI thread (the engine is
vectorised; an estate takes milliseconds); the whole city (with its Monte Carlo band) runs as a
background task. Older answers that arrive late are dropped.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from retrofit.domain.errors import RetrofitError
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

    def set_scope(self, estate_id: int | None, building_ids: Sequence[int] = ()) -> None:
        self.estate_id = estate_id
        self.building_ids = list(building_ids)
        self.recompute()

    def recompute(self) -> None:
        self._generation += 1
        generation = self._generation
        ids = list(self.building_ids)
        if ids or self.estate_id is not None:
            try:
                if ids:
                    summary = self.services.results.summarize(ids)
                else:
                    summary = self.services.results.summarize(estate_id=self.estate_id)
            except RetrofitError as exc:
                self.failed.emit(exc)
                return
            self._publish(generation, summary, ids or None)
            return
        self.busy_changed.emit(True)
        self._runner.start(lambda progress, cancel: self.services.results.summarize(),
                           on_success=lambda s, g=generation: self._publish(g, s, None),
                           on_failure=self._on_failure)

    def _on_failure(self, exc: BaseException) -> None:
        self.busy_changed.emit(False)
        self.failed.emit(exc)

    def _publish(self, generation: int, summary: ResultSummary, ids: list[int] | None) -> None:
        self.busy_changed.emit(False)
        if generation != self._generation:
            return
        households = self._households(ids) if self._households is not None else None
        self.summary = summary
        self.figures = figures(summary, households)
        self.updated.emit(summary, self.figures)
