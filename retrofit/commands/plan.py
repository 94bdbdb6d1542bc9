"""``retrofit plan``: the multi-year programme over the stored city (budgets, rules, objective)."""
from __future__ import annotations

import argparse
import json
import math
import sys
from typing import Any

from retrofit import i18n
from retrofit.commands._common import TerminalProgress, open_app
from retrofit.domain.errors import ValidationError
from retrofit.domain.targets import TARGETS
from retrofit.funding import SOURCES
from retrofit.planner.gap import gap_text
from retrofit.planner.plan import PlanResult

NAME = "plan"
HELP = "plan the retrofit programme year by year under annual budgets and the programme rules"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--start-year", type=int, required=True, metavar="Y", help="first programme year")
    parser.add_argument("--years", type=int, default=3, metavar="N", help="number of years (default 3)")
    parser.add_argument("--annual-budget", type=float, required=True, metavar="RMB",
                        help="total budget per year, all sources together [RMB]")
    parser.add_argument("--rebuild-cap", type=float, default=None, metavar="SHARE",
                        help="largest rebuild share of the programme's floor area (default: setting, 0.3)")
    parser.add_argument("--min-consent", type=float, default=None, metavar="SHARE",
                        help="smallest consent rate for an estate to enter (default: setting, 2/3)")
    parser.add_argument("--objective", choices=("tce", "co2", "mw"), default="tce",
                        help="what to maximise over the programme (default tce)")
    parser.add_argument("--source-budget", action="append", default=[], metavar="SOURCE=RMB",
                        help="also limit one funding source per year, e.g. city=2e9 (central, local, "
                             "utility, sales, residents, city); may be repeated")
    parser.add_argument("--use-planned-years", action="store_true",
                        help="keep estates in the planned year their buildings record")
    parser.add_argument("--switch-short-life", action="store_true",
                        help="plan buildings with too little remaining life as rebuilds")
    parser.add_argument("--choose-modes", action="store_true",
                        help="let the planner choose each estate's modes among those its records allow")
    parser.add_argument("--min-rebuild-share", type=float, default=None, metavar="SHARE",
                        help="smallest rebuild share of the programme's floor area (default 0)")
    parser.add_argument("--must-do", action="append", default=[], metavar="ESTATE",
                        help="an estate that is always planned (beside those whose records say so); may be repeated")
    parser.add_argument("--aim", choices=("saving", "least-cost"), default="saving",
                        help="the most saving within the budgets (default), or the least cost to reach --target")
    parser.add_argument("--target", type=float, default=None, metavar="AMOUNT",
                        help="with --aim least-cost: yearly saving to reach, in the objective's unit "
                             "(default: the programme target, 360000 tce)")
    parser.add_argument("--time-limit", type=float, default=None, metavar="SECONDS",
                        help="stop the search after this many seconds with the best plan found (default 60)")
    parser.add_argument("--method", choices=("auto", "milp", "greedy"), default="auto", help=argparse.SUPPRESS)
    parser.add_argument("--save", metavar="NAME", help="save the plan as a draft under this name")
    parser.add_argument("--json", action="store_true", help="print the plan as JSON")


def inputs_of(args: argparse.Namespace) -> dict[str, Any]:
    inputs: dict[str, Any] = {"start_year": args.start_year, "years": args.years,
                              "annual_budget_rmb": args.annual_budget, "objective": args.objective,
                              "method": args.method, "lang": i18n.language()}
    if args.rebuild_cap is not None:
        inputs["rebuild_cap_share"] = args.rebuild_cap
    if args.min_consent is not None:
        inputs["min_consent_rate"] = args.min_consent
    if args.switch_short_life:
        inputs["switch_short_life_to_rebuild"] = True
    if args.use_planned_years:
        inputs["use_planned_years"] = True
    if args.source_budget:
        inputs["source_budgets_rmb"] = dict(_source_budget(text) for text in args.source_budget)
    if args.choose_modes:
        inputs["choose_modes"] = True
    if args.min_rebuild_share is not None:
        inputs["min_rebuild_share"] = args.min_rebuild_share
    if args.must_do:
        inputs["must_do"] = list(args.must_do)
    if args.time_limit is not None:
        inputs["time_limit_s"] = args.time_limit
    if args.aim == "least-cost":
        inputs["aim"] = "least_cost"
        inputs["target"] = args.target if args.target is not None else _default_target(args.objective)
    return inputs


def _default_target(objective: str) -> float:
    return {"tce": TARGETS.saved_tce, "co2": TARGETS.saved_tco2, "mw": TARGETS.freed_capacity_mw}[objective]


def _source_budget(text: str) -> tuple[str, float]:
    source, _, amount = text.partition("=")
    if source.strip() not in SOURCES:
        raise ValidationError(field="--source-budget", value=text)
    try:
        return source.strip(), float(amount)
    except ValueError:
        raise ValidationError(field="--source-budget", value=text) from None


def to_json(plan: PlanResult) -> str:
    """The byte-stable text of a plan: sorted keys, UTF-8 characters kept."""
    return json.dumps(plan.to_dict(), sort_keys=True, ensure_ascii=False, indent=2)


def _number(value: float, digits: int = 0) -> str:
    return "∞" if math.isinf(value) else f"{value:,.{digits}f}"


def table(plan: PlanResult) -> str:
    """The plan as a readable table in the current language."""
    years = plan.years
    objective = i18n.message(f"objective_{plan.objective.name}")
    if plan.objective.aim == "least_cost":
        objective = i18n.message("cli_plan_least_cost", target=f"{plan.objective.target or 0:,.0f}")
    lines = [i18n.message("cli_plan_header", start=years[0].year, end=years[-1].year, objective=objective,
                          gap=gap_text(plan.gap, plan.status)), ""]
    rows = [i18n.message("cli_plan_columns").split("|")]
    for y in years:
        rows.append([str(y.year), str(len(y.estates)), f"{y.cost_rmb / 1e4:,.0f}",
                     f"{y.saved_tce:,.0f}", f"{y.saved_tco2:,.0f}"])
    t = plan.totals
    rows.append([i18n.message("cli_plan_total"), str(t.estates), f"{t.cost_rmb / 1e4:,.0f}",
                 f"{t.saved_tce:,.0f}", f"{t.saved_tco2:,.0f}"])
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        lines.append("  ".join(" " * (w - _width(c)) + c for c, w in zip(r, widths, strict=True)))
    shares = {k: f"{v:.0%}" for k, v in plan.mode_shares.items()}
    lines += ["", i18n.message("cli_plan_modes", **shares),
              i18n.message("cli_plan_capacity", mw=f"{t.freed_capacity_mw:,.1f}")]
    if t.added_area_m2 > 0:
        lines.append(i18n.message("cli_plan_net", area=f"{t.added_area_m2:,.0f}", new_tce=f"{t.new_coal_tce:,.0f}",
                                  new_mw=f"{t.new_load_mw:,.1f}", tce=f"{t.saved_net_tce:,.0f}",
                                  mw=f"{t.freed_capacity_net_mw:,.1f}"))
    if plan.costs is not None:
        c = plan.costs
        lines.append(i18n.message("cli_plan_costs", per_tce=_number(c.cost_per_tce), per_kw=_number(c.cost_per_kw),
                                  utility=_number(c.utility_payback_years, 1), city=_number(c.city_payback_years, 1),
                                  npv=_number(c.npv_rmb / 1e4)))
    if plan.waiting:
        lines += ["", i18n.message("cli_plan_waiting", count=len(plan.waiting))]
        lines += [f"  {w.estate}: {w.reason}" for w in plan.waiting]
    return "\n".join(lines)


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def run(args: argparse.Namespace) -> int:
    inputs = inputs_of(args)
    with open_app(args, read_only=not args.save) as app:
        bar = TerminalProgress()
        try:
            plan = app.plans.solve(inputs, progress=bar)
        finally:
            bar.close()
        if args.save:
            plan_id = app.plans.save(args.save, inputs, plan)
            print(i18n.message("cli_plan_saved", name=args.save, id=plan_id), file=sys.stderr)
    print(to_json(plan) if args.json else table(plan))
    return 0
