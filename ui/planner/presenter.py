"""The planner tab's presenter: solving in the background (in a worker process that Cancel stops),
the shown plan, and the saved plans (save, open, approve, delete), all through ``app.plans``.

It keeps the state and talks to the services; the view (:class:`ui.planner.panel.PlannerPanel`)
shows what it is given: ``show_plan(plan)``, ``show_plans(plans, keep)``, ``set_status(text)``,
``set_busy(busy)``, ``show_inputs(inputs, plan)``, ``show_curve(curve)``.
"""
from __future__ import annotations

import importlib.util
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from retrofit.domain.errors import RetrofitError
from retrofit.planner.costs import CostCurve
from retrofit.planner.plan import PlanResult, SavedPlan
from retrofit.services.api import AppServices
from ui.format import number
from ui.planner.tables import status_text
from ui.tasks import Task, TaskRunner

translate = QCoreApplication.translate


class PlannerView(Protocol):
    def show_plan(self, plan: PlanResult) -> None: ...
    def show_plans(self, plans: list[SavedPlan], keep: int | None) -> None: ...
    def show_inputs(self, inputs: Mapping[str, Any], plan: PlanResult | None) -> None: ...
    def show_curve(self, curve: CostCurve | None) -> None: ...
    def set_status(self, text: str) -> None: ...
    def set_busy(self, busy: bool) -> None: ...


def has_plan_service(services: AppServices) -> bool:
    """Whether this build has a plan service, without creating it (it is created on first use,
    in the worker)."""
    if "plans" in vars(services):
        return vars(services)["plans"] is not None
    if getattr(type(services), "plans", None) is None:
        return False
    return importlib.util.find_spec("retrofit.services.planning") is not None


class PlannerPresenter:
    def __init__(self, services: AppServices, runner: TaskRunner, view: PlannerView,
                 show_error: Callable[[BaseException], None]) -> None:
        self.services, self._runner, self._view, self._show_error = services, runner, view, show_error
        self.result: PlanResult | None = None
        self.inputs: dict[str, Any] | None = None
        self.task: Task | None = None
        self.shown_plan: SavedPlan | None = None        # the saved plan shown, None for a new plan
        self.plans: list[SavedPlan] = []                # without inputs and result, oldest first
        self.plans_loaded = False
        self._plans_request = 0
        self._select_after_refresh: int | None = None

    @property
    def available(self) -> bool:
        return has_plan_service(self.services)

    # ----- solving -----
    def solve(self, inputs: dict[str, Any]) -> None:
        if not self.available or self.task is not None:
            return
        services = self.services
        self._view.set_busy(True)
        self._view.set_status(translate("Planner", "Planning…"))
        self.task = self._runner.start(
            lambda progress, cancel: services.plans.solve(inputs, progress=progress, cancel=cancel),
            on_success=lambda result: self._on_solved(inputs, result),
            on_failure=self._on_failure, on_cancel=self._on_cancel)
        self.task.signals.progressed.connect(self._on_progress)

    def cancel(self) -> None:
        """Stop the solve: the worker process is ended within a second."""
        if self.task is not None:
            self.task.cancel()
            self._view.set_status(translate("Planner", "Cancelling…"))

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.task is not None and self.task.cancel_token.cancelled:
            return
        label = text or translate("Planner", "Planning…")
        self._view.set_status(f"{label} {done}/{total}" if total else label)

    def _idle(self) -> None:
        self.task = None
        self._view.set_busy(False)

    def _on_failure(self, exc: BaseException) -> None:
        self._idle()
        self._view.set_status("")
        self._show_error(exc)

    def _on_cancel(self) -> None:
        self._idle()
        self._view.set_status(translate("Planner", "Cancelled: no plan was made."))

    def _on_solved(self, inputs: Mapping[str, Any], result: PlanResult) -> None:
        self.inputs = dict(inputs)
        self.shown_plan = None
        self.show(result)

    def show(self, result: PlanResult) -> None:
        self._idle()
        self.result = result
        self._view.show_plan(result)
        self._view.show_curve(self.services.plans.cost_curve(result) if result.estates else None)
        self._view.set_status(translate("Planner", "Plan ready: %1 estates, %2 tce/a saved.").replace(
            "%1", str(result.totals.estates)).replace("%2", number(result.totals.saved_tce, 0)))

    # ----- saved plans -----
    def refresh_plans(self) -> None:
        """Read the saved plans in the background; the newest request wins."""
        if not self.available:
            return
        self._plans_request += 1
        request, services = self._plans_request, self.services
        self._runner.start(lambda progress, cancel: services.plans.list_plans(),
                           on_success=lambda plans: self._on_plans(request, plans), on_failure=self._show_error)

    def _on_plans(self, request: int, plans: list[SavedPlan]) -> None:
        if request != self._plans_request:
            return                             # a newer list is on its way
        self.plans = [p.without_documents() for p in plans]
        self.plans_loaded = True
        if self.shown_plan is not None:        # its status or version may have changed
            self.shown_plan = next((p for p in self.plans if p.id == self.shown_plan.id), None)
        keep = self._select_after_refresh if any(p.id == self._select_after_refresh for p in self.plans) else None
        if keep is not None:
            self._select_after_refresh = None
        self._view.show_plans(self.plans, keep)

    def plan(self, plan_id: int | None) -> SavedPlan | None:
        return next((p for p in self.plans if p.id == plan_id), None)

    def shown_plan_text(self) -> str:
        plan = self.shown_plan
        if plan is None:
            return ""
        return (translate("Planner", "Saved plan “%1”, version %2 (%3).").replace("%1", plan.name)
                .replace("%2", str(plan.revision)).replace("%3", status_text(plan.status)))

    def open_plan(self, plan_id: int) -> bool:
        """Show a saved plan: its inputs in the form, its result in the tab."""
        try:
            saved = self.services.plans.get(plan_id)
        except RetrofitError as exc:
            self._show_error(exc)
            self.refresh_plans()
            return False
        self.inputs = dict(saved.inputs or {})
        self._view.show_inputs(self.inputs, saved.result)
        if saved.result is not None:
            self.show(saved.result)
        self.shown_plan = saved.without_documents()
        self._view.set_status(self.shown_plan_text())
        return True

    def approve(self, plan: SavedPlan) -> bool:
        return self._change(lambda: self.services.plans.approve(plan.id, plan.version),
                            translate("Planner", "Plan “%1” approved.").replace("%1", plan.name))

    def delete(self, plan: SavedPlan) -> bool:
        done = self._change(lambda: self.services.plans.delete(plan.id, plan.version),
                            translate("Planner", "Plan “%1” deleted.").replace("%1", plan.name))
        if done and self.shown_plan is not None and self.shown_plan.id == plan.id:
            self.shown_plan = None
        return done

    def _change(self, action: Callable[[], object], done_text: str) -> bool:
        try:
            action()
        except RetrofitError as exc:           # locked, changed by someone else, gone
            self._show_error(exc)
            self.refresh_plans()
            return False
        self._view.set_status(done_text)
        self.refresh_plans()
        return True

    def save(self, name: str) -> int | None:
        """Store the shown plan as a draft (a new version if the name exists)."""
        if self.result is None or self.inputs is None:
            return None
        try:
            plan_id = int(self.services.plans.save(name, self.inputs, self.result))
        except RetrofitError as exc:
            self._show_error(exc)
            return None
        self._view.set_status(translate("Planner", "Saved as draft “%1”.").replace("%1", name))
        self._select_after_refresh = plan_id
        self.refresh_plans()
        return plan_id
