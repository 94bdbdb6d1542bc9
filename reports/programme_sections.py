"""Sections of the programme report (mixed into :class:`reports.programme.ProgrammeReport`): the
funding and the budget by year, the estates a plan leaves out and why, the plan's estates by year,
and the verification against the meters."""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from reports import fmt
from reports.base import AFTER, BEFORE, BaseReport, Name
from reports.charts import bar_chart
from reports.data import ProgrammeVerification
from reports.programme_data import ProgrammeData, ProgrammePlan


class PlanSections(BaseReport):
    """See the module docstring."""

    data: ProgrammeData

    if TYPE_CHECKING:                                   # provided by the report
        def section(self, key: str, style: str = "H1", need: float = ..., **values: object) -> list: ...

    # -- money ------------------------------------------------------------------------------
    def _funding(self, width: float) -> list:
        d, lb = self.data, self.labels
        total = sum(f.amount_rmb for f in d.funding)
        rows = [[lb.name("source", f.source), self.money_col(f.amount_rmb), fmt.percent(f.amount_rmb / total, 1)]
                for f in d.funding if total]
        rows.append([lb["total"], self.money_col(total), fmt.percent(1.0 if total else None, 1)])
        story = [*self.section("prog_funding", need=60 * mm),
                 self.table([lb["col_source"], lb["prog_col_amount"], lb["col_share"]], rows,
                            [width * x for x in (0.45, 0.3, 0.25)], total_row=True)]
        if d.plan is not None:
            story += self._budget(width, d.plan)
        return story

    def _budget(self, width: float, plan: ProgrammePlan) -> list:
        """Budget, cost and cash by source of each year of the plan."""
        lb, order = self.labels, self.data.source_order
        sources = sorted({f.source for y in plan.years for f in y.funding if f.amount_rmb > 0.5},
                         key=lambda s: order.index(s) if s in order else len(order))
        header = [lb["prog_col_year"], lb["prog_col_budget"], lb["prog_col_cost"],
                  *(lb.name("source", s) for s in sources), lb["prog_col_unused"]]
        rows = []
        for y in plan.years:
            cash = {f.source: f.amount_rmb for f in y.funding}
            year = str(y.year) + (lb["past_mark"] if y.past else "")
            rows.append([year, self.money_col(y.budget_rmb), self.money_col(y.cost_rmb),
                         *(self.money_col(cash.get(s, 0.0)) for s in sources),
                         self.money_col(max(y.budget_rmb - y.cost_rmb, 0.0))])
        rows.append([lb["total"], self.money_col(sum(y.budget_rmb for y in plan.years)),
                     self.money_col(sum(y.cost_rmb for y in plan.years)),
                     *(self.money_col(sum(f.amount_rmb for y in plan.years for f in y.funding if f.source == s))
                       for s in sources),
                     self.money_col(sum(max(y.budget_rmb - y.cost_rmb, 0.0) for y in plan.years))])
        share = 0.90 / (len(sources) + 3)
        story = [*self.heading(lb["prog_budget"], "H2", need=40 * mm),
                 self.table(header, rows, [width * 0.10, *([width * share] * (len(sources) + 3))], total_row=True)]
        past = [y.year for y in plan.years if y.past]
        if past:
            story.append(self.bullet(lb["prog_years_past"].format(years=self.sep().join(map(str, past))), "Small"))
        return story

    # -- left out ---------------------------------------------------------------------------
    def _left_out_summary(self) -> str:
        d, lb = self.data, self.labels
        assert d.plan is not None                        # only a plan has estates left out
        kinds = Counter(x.kind for x in d.plan.left_out)
        parts = [lb[f"prog_left_out_{kind}"].format(n=self.num(kinds[kind])) for kind in ("waiting", "not_scheduled")
                 if kinds[kind]]
        if not parts:
            return lb["prog_left_out_summary_all"].format(planned=self.num(d.estates), total=self.num(d.estates_in_register))
        return lb["prog_left_out_summary"].format(planned=self.num(d.estates), total=self.num(d.estates_in_register),
                                                  parts=lb["prog_left_out_sep"].join(parts))

    def _left_out(self, width: float) -> list:
        assert self.data.plan is not None
        lb, left = self.labels, self.data.plan.left_out
        if not left:
            return [*self.section("prog_left_out"), self.para(lb["prog_left_out_none"])]
        rows = [[x.estate, lb[f"prog_kind_{x.kind}"], x.reason] for x in left]
        return [*self.section("prog_left_out"), self.para(self._left_out_summary()),
                self.rows([lb["prog_col_estate"], lb["prog_col_kind"], lb["prog_col_reason"]], rows,
                          [width * 0.26, width * 0.18, width * 0.56], right_from=3)]

    def _year_lists(self) -> list:
        plan, lb = self.data.plan, self.labels
        assert plan is not None
        story = list(self.section("prog_year_lists"))
        for y in plan.years:
            story += [self.para(lb["prog_year_list"].format(year=y.year, count=self.num(len(y.estates)),
                                                            past=lb["past_mark"] if y.past else ""), "H2"),
                      self.line("{names}", "Small", names=[Name(e) for e in y.estates])]
        return story

    # -- verification against meters -----------------------------------------------------------
    def _verification(self, width: float, v: ProgrammeVerification, number: str) -> list:
        lb = self.labels
        rate = v.measured_saved_tce / v.predicted_saved_tce if v.predicted_saved_tce > 0 else None
        facts = lb["prog_ver_facts"].format(
            verified=self.num(v.verified_buildings), buildings=self.num(v.buildings),
            measured=self.num(v.measured_saved_tce), predicted=self.num(v.predicted_saved_tce),
            rate=fmt.percent(rate, 0), no_baseline=self.num(v.no_baseline), no_after=self.num(v.no_after),
            no_readings=self.num(v.no_readings))
        header = [lb["prog_col_year"], lb["prog_ver_col_completed"], lb["prog_ver_col_predicted"],
                  lb["prog_ver_col_measured"], lb["prog_ver_col_cum_predicted"], lb["prog_ver_col_cum_measured"],
                  lb["prog_ver_col_target"]]
        rows = [[str(y.year), self.num(y.completed_area_m2), self.num(y.predicted_completed_tce),
                 self.num(y.measured_saved_tce), self.num(y.cumulative_predicted_tce),
                 self.num(y.cumulative_measured_tce),
                 fmt.percent(y.cumulative_measured_tce / v.target_tce if v.target_tce else None, 0)]
                for y in v.years]
        story = [*self.heading(lb["prog_ver"].format(n=number)), self.para(facts), Spacer(1, 2 * mm),
                 self.table(header, rows, [width * x for x in (0.1, 0.15, 0.15, 0.15, 0.15, 0.15, 0.15)])]
        if v.years:
            chart = bar_chart([str(y.year) for y in v.years],
                              [[y.cumulative_predicted_tce for y in v.years], [y.cumulative_measured_tce for y in v.years]],
                              [lb["prog_ver_series_predicted"], lb["prog_ver_series_measured"]], [BEFORE, AFTER],
                              width=width, height=55 * mm, font=self.font, title=lb["prog_ver_chart"],
                              label_format="%.0f")
            story += [Spacer(1, 3 * mm), KeepTogether([chart])]
        if v.under_performers:
            header = [lb["prog_col_estate"], lb["col_building"], lb["prog_ver_col_measured_short"],
                      lb["prog_ver_col_predicted_short"], lb["ver_col_rate"]]
            rows = [[e, b, self.num(m, 1), self.num(p, 1), fmt.percent(r, 0)] for e, b, m, p, r in v.under_performers]
            story += [*self.heading(lb["prog_ver_under"], "H2"),
                      self.rows(header, rows, [width * x for x in (0.3, 0.16, 0.18, 0.18, 0.18)], right_from=2)]
        return story
