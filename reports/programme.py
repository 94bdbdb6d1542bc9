"""The city programme report (``kind programme``): totals against the targets, gross and net of the
new load, with the band's P10; funding and the budget by year; by mode with the rebuild cap
check, by district, by year; the estates with the most coal saved per RMB; the cost curve; and,
for a programme plan, the estates it leaves out and why and its estates year by year.

Without a plan the report covers every estate as recorded; with one, every figure is the plan's
and the years are its years.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from reports import fmt
from reports.base import ACCENT, AFTER, BaseReport, Name
from reports.charts import bar_chart
from reports.curve_chart import CurveText, cost_curve_chart
from reports.data import DocInfo
from reports.labels import Labels
from reports.programme_data import GroupLine, ProgrammeData
from reports.programme_sections import PlanSections

ZH_NUMBERS = "一二三四五六七八九十"


class ProgrammeReport(PlanSections, BaseReport):
    money_digits = 0
    money_unit_en, money_digits_en = 1e6, 1

    def __init__(self, data: ProgrammeData, labels: Labels) -> None:
        super().__init__(labels)
        self.data = data
        self._number = 0

    def title(self) -> str:
        sep = "：" if self.lang == "zh" else ": "
        return f"{self.labels['prog_title']}{sep}{self.data.city}"

    def doc_info(self) -> DocInfo:
        return self.data.doc

    def section(self, key: str, style: str = "H1", need: float = 35 * mm, **values: object) -> list:
        """A numbered section heading ("一、" / "1. ")."""
        self._number += 1
        n = self._number
        prefix = f"{ZH_NUMBERS[n - 1]}、" if self.lang == "zh" and n <= len(ZH_NUMBERS) else f"{n}. "
        return self.heading(prefix + self.labels[key].format(**values), style, need)

    def _story(self, width: float) -> list:
        d, lb = self.data, self.labels
        self._number = 0
        story = [self.para(lb["prog_title"], "Title"), self.para(self._subtitle(), "Subtitle"),
                 *self._targets(width), *self._funding(width), *self._modes(width),
                 *self._groups(width, "prog_districts", d.by_district, "chart_tce_by_district"),
                 *self._groups(width, "prog_years_plan" if d.plan else "prog_years", d.by_year, "chart_tce_by_year"),
                 *self._top(width)]
        if d.curve is not None and d.curve.segments:
            story += self._curve(width)
        if d.plan is not None:
            story += [*self._left_out(width), *self._year_lists()]
        if d.verification is not None:
            n = self._number + 1
            prefix = f"{ZH_NUMBERS[n - 1]}、" if self.lang == "zh" and n <= len(ZH_NUMBERS) else f"{n}. "
            story += [PageBreak(), *self._verification(width, d.verification, prefix)]
        return story

    def _subtitle(self) -> str:
        d, lb = self.data, self.labels
        text = lb["prog_city"].format(city=d.city)
        if d.plan is not None:
            years = [y.year for y in d.plan.years]
            span = f"{min(years)}–{max(years)}" if years else ""
            text = lb["prog_plan_subtitle"].format(city=d.city, name=d.plan.name or lb["prog_plan_unnamed"], years=span)
        return text

    # -- totals against targets -------------------------------------------------------------
    def _targets(self, width: float) -> list:
        d, lb, t, g = self.data, self.labels, self.data.totals, self.data.targets
        n = t.new_load
        items = [("prog_item_tce", t.saved_tce, n.coal_tce if n else None, n.net_saved_tce if n else None,
                  g.saved_tce, 0),
                 ("prog_item_co2", t.saved_tco2, n.tco2 if n else None, n.net_saved_tco2 if n else None,
                  g.saved_tco2, 0),
                 ("prog_item_mw", t.freed_capacity_mw, n.load_mw if n else None,
                  n.net_freed_capacity_mw if n else None, g.freed_capacity_mw, 1),
                 ("prog_item_area", t.extra_area_m2, t.extra_area_m2 - n.net_extra_area_m2 if n else None,
                  n.net_extra_area_m2 if n else None, g.extra_area_m2, 0)]
        rows = [[lb[key], self.num(gross, digits), self.num(new, digits), self.num(net, digits), self.num(target),
                 fmt.percent(gross / target if target else None, 1),
                 fmt.percent(net / target if target and net is not None else None, 1)]
                for key, gross, new, net, target, digits in items]
        header = [lb["prog_col_item"], lb["prog_col_gross"], lb["prog_col_new_load"], lb["prog_col_net"],
                  lb["prog_col_target"], lb["prog_col_reached"], lb["prog_col_reached_net"]]
        key = "prog_targets_plan" if d.plan else "prog_targets"
        story = [*self.section(key), self.table(header, rows, [width * x for x in (0.25, 0.14, 0.12, 0.14, 0.13, 0.11, 0.11)]),
                 Spacer(1, 1 * mm), self.para(lb["prog_new_load_note"], "Small"), Spacer(1, 2 * mm)]
        story += [self.para(p) for p in self._shortfalls(items)]
        story += [self.para(self._band_text()), self.para(self._facts())]
        if d.plan is not None:
            story += [self.para(self._left_out_summary()), self.para(lb["prog_gap"].format(gap=d.plan.gap_text))]
        return story + [self.bullet(x, "Small") for x in d.notices]

    def _shortfalls(self, items: list) -> list[str]:
        """One sentence naming the figures that fall short of their target net of the new load."""
        lb = self.labels
        short = [lb["prog_short_item"].format(item=lb[f"{key}_name"], value=self.num(net, digits), unit=lb[f"{key}_unit"],
                                              share=fmt.percent(net / target, 1))
                 for key, _, _, net, target, digits in items if net is not None and target and net < target]
        return [lb["prog_short"].format(items=self.sep().join(short))] if short else [lb["prog_short_none"]]

    def _band_text(self) -> str:
        d, lb = self.data, self.labels
        band, target = d.saved_tce_band, d.targets.saved_tce
        if band is None:
            return lb["no_uncertainty"]
        text = lb["prog_band"].format(band=fmt.band(band.p10, band.p90), p10=self.num(band.p10),
                                      share=fmt.percent(band.p10 / target if target else None, 1))
        if band.p10 >= target:
            return text + lb["prog_band_meets"]
        return text + lb["prog_band_short"].format(short=self.num(target - band.p10))

    def _facts(self) -> str:
        d, lb, t = self.data, self.labels, self.data.totals
        return lb["prog_facts"].format(estates=self.num(d.estates), buildings=self.num(t.buildings),
                                       area=self.num(t.floor_area_m2), households=self.num(t.households),
                                       cost=fmt.money(t.cost_rmb, self.lang))

    # -- by mode ------------------------------------------------------------------------------
    def _modes(self, width: float) -> list:
        d, lb = self.data, self.labels
        area = sum(g.floor_area_m2 for g in d.by_mode if g.name != "none")
        named = [self._renamed(g, lb.get(f"mode_short_{g.name}", lb.name("mode", g.name))) for g in d.by_mode]
        rebuild = sum(g.floor_area_m2 for g in d.by_mode if g.name == "rebuild")
        share = rebuild / area if area else 0.0
        key = "prog_cap_ok" if share <= d.rebuild_cap_share + 1e-9 else "prog_cap_over"
        check = lb[key].format(share=fmt.percent(share, 1), cap=fmt.percent(d.rebuild_cap_share))
        chart = bar_chart([g.name for g in named], [[g.floor_area_m2 / 10_000 for g in named]],
                          [lb["chart_area_by_mode"]], [ACCENT], width=width * 0.7, height=55 * mm,
                          font=self.font, title=lb["chart_area_by_mode"], label_format="%.1f")
        return [*self.section("prog_modes", need=60 * mm), self._group_table(width, named, area),
                Spacer(1, 2 * mm), self.para(check), Spacer(1, 2 * mm), KeepTogether([chart])]

    @staticmethod
    def _renamed(g: GroupLine, name: str) -> GroupLine:
        return GroupLine(name, g.estates, g.buildings, g.floor_area_m2, g.saved_tce, g.saved_tco2,
                         g.freed_capacity_mw, g.cost_rmb, g.new_load)

    def _group_table(self, width: float, groups: tuple[GroupLine, ...] | list[GroupLine],
                     area_total: float | None = None):
        lb = self.labels
        area_total = area_total if area_total is not None else sum(g.floor_area_m2 for g in groups)
        header = [lb["prog_col_group"], lb["prog_col_estates"], lb["prog_col_buildings"], lb["col_area"],
                  lb["col_share"], lb["col_saved_tce"], lb["col_net_tce"], lb["col_freed_mw"], lb["col_net_mw"],
                  lb["prog_col_cost"]]
        rows = [[Name(g.name), self.num(g.estates), self.num(g.buildings), self.num(g.floor_area_m2),
                 fmt.percent(g.floor_area_m2 / area_total if area_total else None, 1), self.num(g.saved_tce),
                 self.num(g.new_load.net_saved_tce if g.new_load else None),
                 self.num(g.freed_capacity_mw, 1),
                 self.num(g.new_load.net_freed_capacity_mw if g.new_load else None, 1), self.money_col(g.cost_rmb)]
                for g in groups]
        w = (0.13, 0.08, 0.08, 0.13, 0.08, 0.10, 0.10, 0.09, 0.09, 0.12)
        return self.table(header, rows, [width * x for x in w])

    # -- by district, by year -----------------------------------------------------------------
    def _groups(self, width: float, heading: str, groups: tuple[GroupLine, ...], chart_title: str) -> list:
        lb = self.labels
        names = [g.name or lb["prog_no_year"] for g in groups]
        named = [self._renamed(g, n) for n, g in zip(names, groups, strict=True)]
        chart = bar_chart(names, [[g.saved_tce for g in groups]], [lb[chart_title]], [AFTER],
                          width=width, height=55 * mm, font=self.font, title=lb[chart_title])
        return [*self.section(heading, need=80 * mm), self._group_table(width, named),
                Spacer(1, 3 * mm), KeepTogether([chart])]

    def _top(self, width: float) -> list:
        lb = self.labels
        header = [lb["prog_col_rank"], lb["prog_col_estate"], lb["prog_col_district"], lb["col_area"],
                  lb["col_saved_tce"], lb["prog_col_cost"], lb["prog_col_tce_per_m"]]
        rows = [[str(i), Name(e.estate), Name(e.district), self.num(e.floor_area_m2), self.num(e.saved_tce, 1),
                 self.money_col(e.cost_rmb), self.num(e.tce_per_mrmb, 1)]
                for i, e in enumerate(self.data.top_estates, start=1)]
        w = (0.07, 0.24, 0.13, 0.14, 0.13, 0.13, 0.16)
        return [*self.section("prog_top", need=60 * mm), self.table(header, rows, [width * x for x in w], right_from=3)]

    # -- the cost curve -------------------------------------------------------------------------
    def _curve(self, width: float) -> list:
        d, lb = self.data, self.labels
        curve = d.curve
        assert curve is not None                         # the section is shown only with a curve
        words = CurveText(title=lb["curve_title"], x_axis=lb["curve_x"], y_axis=lb["curve_y"], target=lb["curve_target"],
                          modes={m: lb.name("mode", m) for m in ("retrofit", "add_storey", "rebuild")},
                          x_unit=10_000.0 if self.lang == "zh" else 1_000.0,
                          y_unit=10_000.0 if self.lang == "zh" else 1_000.0)
        chart = cost_curve_chart(curve, words, width=width, height=100 * mm, font=self.font)
        text = [lb["curve_text"].format(estates=self.num(len(curve.segments)),
                                        total=self.num(sum(s.width_tce for s in curve.segments)))]
        if curve.cost_to_target_rmb is not None:
            text.append(lb["curve_to_target"].format(target=self.num(curve.target_tce),
                                                     cost=fmt.money(curve.cost_to_target_rmb, self.lang),
                                                     height=self.num(curve.height_at_target)))
        else:
            text.append(lb["curve_short"].format(target=self.num(curve.target_tce)))
        return [*self.section("prog_curve", need=125 * mm), KeepTogether([chart]), Spacer(1, 2 * mm), *[self.para(t) for t in text]]


def render_programme(data: ProgrammeData, lang: str = "zh", labels: Labels | None = None) -> bytes:
    """The city programme report as PDF bytes."""
    return ProgrammeReport(data, labels or Labels.for_language(lang)).render()
