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
from retrofit.planner import solve_plan
from retrofit.planner.city import city_options, planned_years
from retrofit.planner.inputs import problem_from_inputs
from retrofit.services.progress import CancelToken, Progress
from retrofit.storage.load import read_register, read_settings
from retrofit.storage.models import Plan
from retrofit.storage.repositories import AuditRepository

if TYPE_CHECKING:
    from retrofit.services.app import AppServices

i18n.register({
    "plan_locked": {
        "zh": "规划“{name}”（第 {revision} 版）已审批，不能修改或删除；请另存为新版本",
        "en": "Plan '{name}' (version {revision}) is approved and locked; save a new version instead",
    },
    "plan_progress_read": {"zh": "读取小区和楼栋", "en": "Reading estates and buildings"},
    "plan_progress_engine": {"zh": "计算各小区节能量和费用", "en": "Computing savings and costs per estate"},
    "plan_progress_solve": {"zh": "求解年度计划", "en": "Solving the programme"},
})


#: Settings a plan depends on, copied into the plan document as ``assumptions``.
ASSUMPTION_KEYS: tuple[str, ...] = (
    "co2_preset", "co2_factor_t_tce", "planning_index_w_m2", "price_basis", "rebuild_factor",
    "add_storey_cost_cny_m2", "rebuild_cost_cny_m2", "subsidy_cold_cny_m2", "subsidy_severe_cold_cny_m2",
    "local_topup_cny_m2", "utility_share", "utility_years", "sale_price_cny_m2", "sale_share",
    "resident_cap_cny_m2", "coal_price_cny_tce")


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
              cancel: CancelToken | None = None) -> dict[str, Any]:
        """The plan document (``retrofit plan --json``) for ``inputs`` (see
        :mod:`retrofit.planner.inputs`) over every stored estate, with the settings it used under
        ``assumptions``. ``inputs["lang"]`` sets the language of the reasons; the current
        language otherwise. ``cancel`` is checked between the steps (not inside HiGHS)."""
        step = progress or (lambda done, total, text="": None)
        lang = inputs.get("lang")
        with self._app.session_factory() as session:
            settings = read_settings(session)
        problem_from_inputs(inputs, (), settings).validate()      # bad inputs fail before the engine
        step(0, 3, i18n.message("plan_progress_read", lang))
        with self._app.session_factory() as session:
            register, _ids = read_register(session)
        if cancel is not None:
            cancel.raise_if_cancelled()
        step(1, 3, i18n.message("plan_progress_engine", lang))
        life = inputs.get("min_remaining_life_years", settings.min_remaining_life_years)
        options = city_options(register, settings, float(life),
                               switch=bool(inputs.get("switch_short_life_to_rebuild", False)))
        if cancel is not None:
            cancel.raise_if_cancelled()
        step(2, 3, i18n.message("plan_progress_solve", lang))
        if inputs.get("use_planned_years"):
            inputs = _with_planned_years(inputs, planned_years(register))
        result = solve_plan(problem_from_inputs(inputs, options, settings), lang=lang)
        result["assumptions"] = {key: getattr(settings, key) for key in ASSUMPTION_KEYS}
        step(3, 3, "")
        return result

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
            parent = session.get(Plan, parent).parent_id
        return revision

    def _row(self, session: Session, plan: Plan, full: bool = False) -> dict[str, Any]:
        row = {"id": plan.id, "name": plan.name, "status": plan.status, "version": plan.version,
               "revision": self._revision(session, plan), "parent_id": plan.parent_id,
               "created_at": _iso(plan.created_at), "approved_at": _iso(plan.approved_at),
               "totals": dict((plan.result or {}).get("totals", {}))}
        if full:
            row["inputs"], row["result"] = plan.inputs, plan.result
        return row

    def _check_draft(self, session: Session, plan: Plan, expected_version: int) -> None:
        if plan.version != expected_version:
            raise ConcurrentEditError(what=plan.name)
        if plan.status == "approved":
            raise PlanLockedError(name=plan.name, revision=self._revision(session, plan))

    def save(self, name: str, inputs: Mapping[str, Any], result: Mapping[str, Any]) -> int:
        """Store a plan as a draft and return its id; a new version if the name exists."""
        clean = str(name).strip()
        if not clean or len(clean) > 200:
            raise ValidationError(field="name", value=name)
        with self._unit(lambda: clean) as session:
            newest = session.scalars(select(Plan).where(Plan.name == clean)
                                     .order_by(Plan.id.desc()).limit(1)).first()
            plan = Plan(name=clean, status="draft", inputs=dict(inputs), result=dict(result),
                        parent_id=newest.id if newest is not None else None)
            session.add(plan)
            session.flush()
            AuditRepository(session).add("plan", "plan", plan.id, clean,
                                         {"saved": [None, self._revision(session, plan)]})
            return plan.id

    def update(self, plan_id: int, expected_version: int, inputs: Mapping[str, Any],
               result: Mapping[str, Any]) -> dict[str, Any]:
        """Replace a draft's inputs and result. Raises PlanLockedError for an approved plan."""
        with self._unit(lambda: f"plan {plan_id}") as session:
            plan = self._get(session, plan_id)
            self._check_draft(session, plan, expected_version)
            plan.inputs, plan.result = dict(inputs), dict(result)
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

    def get(self, plan_id: int) -> dict[str, Any]:
        """One plan with its inputs and result."""
        with self._app.session_factory() as session:
            return self._row(session, self._get(session, plan_id), full=True)

    def list_plans(self) -> list[dict[str, Any]]:
        """Every saved plan in the order saved (oldest first), with its inputs and result."""
        with self._app.session_factory() as session:
            plans = session.scalars(select(Plan).order_by(Plan.id)).all()
            return [self._row(session, p, full=True) for p in plans]
