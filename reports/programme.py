"""The city programme report (``kind programme``): totals against the targets, by mode with the
rebuild cap check, by district, by planned year, the best estates per RMB, and the chosen plan.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from reports import fmt
from reports.base import ACCENT, AFTER, BEFORE, BaseReport
from reports.charts import bar_chart
from reports.data import DocInfo, GroupLine, ProgrammeData, ProgrammePlan, ProgrammeVerification
from reports.labels import Labels


class ProgrammeReport(BaseReport):
    def __init__(self, data: ProgrammeData, labels: Labels) -> None:
        super().__init__(labels)
        self.data = data

    def title(self) -> str:
        sep = "：" if self.lang == "zh" else ": "
        return f"{self.labels['prog_title']}{sep}{self.data.city}"

    def doc_info(self) -> DocInfo:
        return self.data.doc

    def _story(self, width: float) -> list:
        story = [self.para(self.labels["prog_title"], "Title"),
                 self.para(self.labels["prog_city"].format(city=self.data.city), "Subtitle"),
                 *self._targets(width), *self._modes(width), PageBreak(),
                 *self._groups(width, "prog_districts", self.data.by_district, "chart_tce_by_district"),
                 *self._groups(width, "prog_years", self.data.by_year, "chart_tce_by_year"),
                 *self._top(width)]
        if self.data.plan is not None:
            story += [PageBreak(), *self._plan(width, self.data.plan)]
        if self.data.verification is not None:
            number = 7 if self.data.plan is not None else 6
            story += [PageBreak(), *self._verification(width, self.data.verification, number)]
        return story

    # -- totals against targets -------------------------------------------------------------
    def _targets(self, width: float) -> list:
        d, lb, t, g = self.data, self.labels, self.data.totals, self.data.targets
        items = [("prog_item_tce", t.saved_tce, g.saved_tce), ("prog_item_co2", t.saved_tco2, g.saved_tco2),
                 ("prog_item_mw", t.freed_capacity_mw, g.freed_capacity_mw),
                 ("prog_item_area", t.extra_area_m2, g.extra_area_m2)]
        rows = [[lb[key], self.num(value, 1 if key == "prog_item_mw" else 0), self.num(target),
                 fmt.percent(value / target if target else None, 1)] for key, value, target in items]
        band = d.saved_tce_band
        facts = lb["prog_facts"].format(estates=self.num(d.estates), buildings=self.num(t.buildings),
                                        area=self.num(t.floor_area_m2),
                                        households=self.num(t.households), cost=fmt.money(t.cost_rmb, self.lang),
                                        band=fmt.band(band.p10, band.p90) if band else "–")
        header = [lb["prog_col_item"], lb["prog_col_value"], lb["prog_col_target"], lb["prog_col_reached"]]
        story = [self.para(lb["prog_targets"], "H1"),
                 self.table(header, rows, [width * x for x in (0.4, 0.22, 0.2, 0.18)]),
                 Spacer(1, 2 * mm), self.para(facts)]
        return story + [self.bullet(n, "Small") for n in d.notices]

    # -- by mode ------------------------------------------------------------------------------
    def _modes(self, width: float) -> list:
        d, lb = self.data, self.labels
        area = sum(g.floor_area_m2 for g in d.by_mode if g.name != "none")
        named = [GroupLine(lb.name("mode", g.name), *[getattr(g, f) for f in _NUMBERS]) for g in d.by_mode]
        rebuild = sum(g.floor_area_m2 for g in d.by_mode if g.name == "rebuild")
        share = rebuild / area if area else 0.0
        key = "prog_cap_ok" if share <= d.rebuild_cap_share + 1e-9 else "prog_cap_over"
        check = lb[key].format(share=fmt.percent(share, 1), cap=fmt.percent(d.rebuild_cap_share))
        chart = bar_chart([g.name for g in named], [[g.floor_area_m2 / 10_000 for g in named]],
                          [lb["chart_area_by_mode"]], [ACCENT], width=width * 0.7, height=55 * mm,
                          font=self.font, title=lb["chart_area_by_mode"], label_format="%.1f")
        return [self.para(lb["prog_modes"], "H1"), self._group_table(width, named, area),
                Spacer(1, 2 * mm), self.para(check), Spacer(1, 2 * mm), KeepTogether([chart])]

    def _group_table(self, width: float, groups: tuple[GroupLine, ...] | list[GroupLine],
                     area_total: float | None = None):
        lb = self.labels
        area_total = area_total if area_total is not None else sum(g.floor_area_m2 for g in groups)
        header = [lb["prog_col_group"], lb["prog_col_estates"], lb["prog_col_buildings"], lb["col_area"],
                  lb["col_share"], lb["col_saved_tce"], lb["col_saved_co2"], lb["col_freed"].replace("kW", "MW"),
                  lb["col_cost"]]
        rows = [[g.name, self.num(g.estates), self.num(g.buildings), self.num(g.floor_area_m2),
                 fmt.percent(g.floor_area_m2 / area_total if area_total else None, 1), self.num(g.saved_tce),
                 self.num(g.saved_tco2), self.num(g.freed_capacity_mw, 1), self.money_col(g.cost_rmb)]
                for g in groups]
        w = (0.13, 0.08, 0.09, 0.14, 0.09, 0.12, 0.13, 0.10, 0.12)
        return self.table(header, rows, [width * x for x in w])

    # -- by district, by year -----------------------------------------------------------------
    def _groups(self, width: float, heading: str, groups: tuple[GroupLine, ...], chart_title: str) -> list:
        lb = self.labels
        names = [g.name or lb["prog_no_year"] for g in groups]
        named = [GroupLine(n, *[getattr(g, f) for f in _NUMBERS]) for n, g in zip(names, groups, strict=True)]
        chart = bar_chart(names, [[g.saved_tce for g in groups]], [lb[chart_title]], [AFTER],
                          width=width, height=55 * mm, font=self.font, title=lb[chart_title])
        return [CondPageBreak(80 * mm), self.para(lb[heading], "H1"), self._group_table(width, named),
                Spacer(1, 3 * mm), KeepTogether([chart])]

    def _top(self, width: float) -> list:
        lb = self.labels
        header = [lb["prog_col_rank"], lb["prog_col_estate"], lb["prog_col_district"], lb["col_area"],
                  lb["col_saved_tce"], lb["col_cost"], lb["prog_col_tce_per_m"]]
        rows = [[str(i), e.estate, e.district, self.num(e.floor_area_m2), self.num(e.saved_tce, 1),
                 self.money_col(e.cost_rmb), self.num(e.tce_per_mrmb, 1)]
                for i, e in enumerate(self.data.top_estates, start=1)]
        w = (0.07, 0.24, 0.13, 0.14, 0.13, 0.13, 0.16)
        return [CondPageBreak(60 * mm), self.para(lb["prog_top"], "H1"),
                self.table(header, rows, [width * x for x in w], right_from=3)]

    # -- the chosen plan ------------------------------------------------------------------------
    def _plan(self, width: float, plan: ProgrammePlan) -> list:
        lb, sep = self.labels, ("、" if self.lang == "zh" else ", ")
        header = [lb["prog_col_year"], lb["prog_col_estates"], lb["col_cost"], lb["col_saved_tce"],
                  lb["col_saved_co2"]]
        rows = [[str(y.year), self.num(len(y.estates)), self.money_col(y.cost_rmb), self.num(y.saved_tce),
                 self.num(y.saved_tco2)] for y in plan.years]
        t = plan.totals
        shares = sep.join(f"{lb.name('mode', m)} {fmt.percent(s, 1)}" for m, s in plan.mode_shares)
        totals = lb["prog_plan_totals"].format(cost=fmt.money(t.cost_rmb, self.lang), tce=self.num(t.saved_tce),
                                               co2=self.num(t.saved_tco2), mw=self.num(t.freed_capacity_mw, 1))
        chart = bar_chart([str(y.year) for y in plan.years], [[y.saved_tce for y in plan.years]],
                          [lb["chart_plan_years"]], [AFTER], width=width, height=55 * mm, font=self.font,
                          title=lb["chart_plan_years"], label_format="%.0f")
        story = [self.para(lb["prog_plan"], "H1"),
                 self.table(header, rows, [width * x for x in (0.16, 0.16, 0.22, 0.22, 0.24)]),
                 Spacer(1, 2 * mm), *self._plan_funding(width, plan), Spacer(1, 2 * mm),
                 self.para(totals), self.para(lb["prog_mode_shares"].format(shares=shares)),
                 self.para(lb["prog_gap"].format(gap=fmt.percent(plan.gap, 2))), Spacer(1, 3 * mm),
                 KeepTogether([chart])]
        for y in plan.years:
            story.append(self.para(f"{y.year}: {sep.join(y.estates)}", "Small"))
        if plan.waiting:
            rows = [[e, lb.get("reason_" + r, r)] for e, r in plan.waiting]
            story += [CondPageBreak(30 * mm), self.para(lb["prog_waiting"], "H2"),
                      self.rows([lb["prog_col_estate"], lb["prog_col_reason"]], rows,
                                [width * 0.3, width * 0.7], right_from=2)]
        return story

    def _plan_funding(self, width: float, plan: ProgrammePlan) -> list:
        """Cash per year and source (the sources that pay anything)."""
        sources: list[str] = []
        for y in plan.years:
            sources += [f.source for f in y.funding if f.amount_rmb > 0.5 and f.source not in sources]
        if not sources:
            return []
        order = self.data.source_order
        sources.sort(key=lambda src: order.index(src) if src in order else len(order))
        lb = self.labels
        header = [lb["prog_col_year"], *(lb.name("source", s) for s in sources)]
        rows = [[str(y.year), *(self.money_col(next((f.amount_rmb for f in y.funding if f.source == s), 0.0))
                                for s in sources)] for y in plan.years]
        share = 0.84 / len(sources)
        return [self.para(lb["prog_col_funding"], "H2"),
                self.table(header, rows, [width * 0.16, *([width * share] * len(sources))])]

    # -- verification against meters -----------------------------------------------------------
    def _verification(self, width: float, v: ProgrammeVerification, number: int) -> list:
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
        story = [self.para(lb["prog_ver"].format(n=number), "H1"), self.para(facts), Spacer(1, 2 * mm),
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
            story += [CondPageBreak(30 * mm), self.para(lb["prog_ver_under"], "H2"),
                      self.rows(header, rows, [width * x for x in (0.3, 0.16, 0.18, 0.18, 0.18)], right_from=2)]
        return story


_NUMBERS = ("estates", "buildings", "floor_area_m2", "saved_tce", "saved_tco2", "freed_capacity_mw", "cost_rmb")


def render_programme(data: ProgrammeData, lang: str = "zh", labels: Labels | None = None) -> bytes:
    """The city programme report as PDF bytes."""
    return ProgrammeReport(data, labels or Labels.for_language(lang)).render()
