"""Programme plans: solve over the stored city, save, list, approve (``PlanService``).

Saved plans live in the ``plan`` table. Saving under a name that already exists makes a new
version whose ``parent_id`` is the newest plan of that name; earlier versions stay as they were.
A draft may be edited (:meth:`PlanningService.update`) or deleted; an approved plan is locked:
editing or deleting it raises :class:`PlanLockedError` (save a new version instead).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from retrofit import i18n
from retrofit.domain.errors import ConcurrentEditError, NotFoundError, RetrofitError, ValidationError
from retrofit.domain.targets import TARGETS
from retrofit.planner.city import city_options, planned_years
from retrofit.planner.costs import CostCurve, options_curve
from retrofit.planner.inputs import problem_from_inputs
from retrofit.planner.plan import PlanResult, PlanTotals, SavedPlan, plan_curve
from retrofit.progress import CancelToken, Progress
from retrofit.services.plan_worker import plan_city, plan_city_in_worker
from retrofit.storage.load import read_register, read_settings
from retrofit.storage.models import Plan
from retrofit.storage.repositories import AuditRepository
from retrofit.works import prepare as prepare_works

if TYPE_CHECKING:
    from retrofit.services.app import AppServices


#: Settings a plan depends on, copied into the plan document as ``assumptions``.
ASSUMPTION_KEYS: tuple[str, ...] = (
    "co2_preset", "co2_factor_t_tce", "planning_index_w_m2", "price_basis", "rebuild_factor",
    "add_storey_cost_cny_m2", "rebuild_cost_cny_m2", "subsidy_cold_cny_m2", "subsidy_severe_cold_cny_m2",
    "local_topup_cny_m2", "utility_share", "utility_years", "sale_price_cny_m2", "sale_share",
    "resident_cap_cny_m2", "coal_price_cny_tce", "discount_rate", "coal_price_escalation", "appraisal_years")


class PlanLockedError(RetrofitError):
    """The plan is approved; it can no longer change."""

    code = "plan_locked"


def _with_planned_years(inputs: Mapping[str, Any], planned: Mapping[str, int]) -> dict[str, Any]:
    """Fix estates to their recorded planned year when it falls in the programme; the inputs'
    own ``fixed_years`` win."""
    start = int(inputs.get("start_year", inputs.get("first_year", 0)))
    years = int(inputs.get("years", 3))
    fixed = {e: y for e, y in planned.items() if start <= y < start + years}
    fixed.update(dict(inputs.get("fixed_years") or {}))
    return {**inputs, "fixed_years": fixed}


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


class PlanningService:
    """Implements :class:`retrofit.services.api.PlanService` over one database."""

    def __init__(self, app: AppServices) -> None:
        self._app = app

    # -- solving ---------------------------------------------------------------------------
    def solve(self, inputs: Mapping[str, Any], *, progress: Progress | None = None,
              cancel: CancelToken | None = None) -> PlanResult:
        """The plan for ``inputs`` (see :mod:`retrofit.planner.inputs`) over every stored estate,
        with the settings it used under ``assumptions``. ``inputs["lang"]`` sets the language of
        the reasons; the current language otherwise.

        With a ``cancel`` token the engine and the solver run in a worker process
        (:mod:`retrofit.services.plan_worker`) that Cancel stops within a second; without one,
        in this process."""
        step: Progress = progress or (lambda done, total, text: None)
        lang = inputs.get("lang") or i18n.language()
        with self._app.session_factory() as session:
            settings = read_settings(session)
        problem_from_inputs(inputs, (), settings).validate()      # bad inputs fail before the engine
        step(0, 3, i18n.message("plan_progress_read", lang))
        with self._app.session_factory() as session:
            register, _ids = read_register(session)
        register = self._app.verification.calibrated_register(register, _ids, settings)   # meters first (§8)
        register, inputs, committed = prepare_works(register, inputs, lang)   # works under way stay put
        if inputs.get("use_planned_years"):
            inputs = _with_planned_years(inputs, planned_years(register))
        if cancel is None:
            document = plan_city(register, settings, inputs, lang, step)
        else:
            cancel.raise_if_cancelled()
            document = plan_city_in_worker(register, settings, inputs, lang, step, cancel)
        step(3, 3, "")
        if committed:
            document = {**document, "notices": [*document.get("notices", ()), *committed]}
        return PlanResult.from_dict(document).with_assumptions(
            {key: getattr(settings, key) for key in ASSUMPTION_KEYS})

    def cost_curve(self, result: PlanResult | None = None) -> CostCurve:
        """The cost curve against the programme's target: of the estates of ``result`` (each in
        the way the plan does it), or of every stored estate as recorded."""
        if result is not None:
            return plan_curve(result, TARGETS.saved_tce)

        with self._app.session_factory() as session:
            settings = read_settings(session)
            register, _ids = read_register(session)
        register = self._app.verification.calibrated_register(register, _ids, settings)
        return options_curve(city_options(register, settings), TARGETS.saved_tce)

    # -- storage ---------------------------------------------------------------------------
    @contextmanager
    def _unit(self, what: Callable[[], str]) -> Iterator[Session]:
        try:
            with self._app.session_factory.begin() as session:
                yield session
        except StaleDataError as exc:
            raise ConcurrentEditError(what=what()) from exc

    @staticmethod
    def _get(session: Session, plan_id: int) -> Plan:
        plan = session.get(Plan, plan_id)
        if plan is None:
            raise NotFoundError(what=f"plan {plan_id}")
        return plan

    @staticmethod
    def _revision(session: Session, plan: Plan) -> int:
        revision, parent = 1, plan.parent_id
        while parent is not None:
            revision += 1
            row = session.get(Plan, parent)
            parent = row.parent_id if row is not None else None
        return revision

    def _row(self, session: Session, plan: Plan, full: bool = False) -> SavedPlan:
        result = PlanResult.from_dict(plan.result) if plan.result else None
        return SavedPlan(id=plan.id, name=plan.name, status=plan.status, version=plan.version,
                         revision=self._revision(session, plan), parent_id=plan.parent_id,
                         created_at=_iso(plan.created_at), approved_at=_iso(plan.approved_at),
                         totals=result.totals if result is not None else PlanTotals(),
                         inputs=dict(plan.inputs or {}) if full else None, result=result if full else None)

    def _check_draft(self, session: Session, plan: Plan, expected_version: int) -> None:
        if plan.version != expected_version:
            raise ConcurrentEditError(what=plan.name)
        if plan.status == "approved":
            raise PlanLockedError(name=plan.name, revision=self._revision(session, plan))

    def save(self, name: str, inputs: Mapping[str, Any], result: PlanResult) -> int:
        """Store a plan as a draft and return its id; a new version if the name exists."""
        clean = str(name).strip()
        if not clean or len(clean) > 200:
            raise ValidationError(field="name", value=name)
        with self._unit(lambda: clean) as session:
            newest = session.scalars(select(Plan).where(Plan.name == clean)
                                     .order_by(Plan.id.desc()).limit(1)).first()
            plan = Plan(name=clean, status="draft", inputs=dict(inputs), result=result.to_dict(),
                        parent_id=newest.id if newest is not None else None)
            session.add(plan)
            session.flush()
            AuditRepository(session).add("plan", "plan", plan.id, clean,
                                         {"saved": [None, self._revision(session, plan)]})
            return plan.id

    def update(self, plan_id: int, expected_version: int, inputs: Mapping[str, Any],
               result: PlanResult) -> SavedPlan:
        """Replace a draft's inputs and result. Raises PlanLockedError for an approved plan."""
        with self._unit(lambda: f"plan {plan_id}") as session:
            plan = self._get(session, plan_id)
            self._check_draft(session, plan, expected_version)
            plan.inputs, plan.result = dict(inputs), result.to_dict()
            session.flush()
            AuditRepository(session).add("plan", "plan", plan.id, plan.name, {"updated": [None, True]})
            return self._row(session, plan)

    def delete(self, plan_id: int, expected_version: int) -> None:
        """Delete a draft. Raises PlanLockedError for an approved plan."""
        with self._unit(lambda: f"plan {plan_id}") as session:
            plan = self._get(session, plan_id)
            self._check_draft(session, plan, expected_version)
            AuditRepository(session).add("plan", "plan", plan.id, plan.name, {"deleted": [None, True]})
            session.delete(plan)

    def approve(self, plan_id: int, expected_version: int) -> None:
        """Approve a draft; from then on it is locked."""
        with self._unit(lambda: f"plan {plan_id}") as session:
            plan = self._get(session, plan_id)
            self._check_draft(session, plan, expected_version)
            plan.status = "approved"
            plan.approved_at = dt.datetime.now(dt.UTC)
            session.flush()
            AuditRepository(session).add("plan", "plan", plan.id, plan.name, {"status": ["draft", "approved"]})

    def get(self, plan_id: int) -> SavedPlan:
        """One plan with its inputs and result."""
        with self._app.session_factory() as session:
            return self._row(session, self._get(session, plan_id), full=True)

    def list_plans(self) -> list[SavedPlan]:
        """Every saved plan in the order saved (oldest first), with its inputs and result."""
        with self._app.session_factory() as session:
            plans = session.scalars(select(Plan).order_by(Plan.id)).all()
            return [self._row(session, p, full=True) for p in plans]
