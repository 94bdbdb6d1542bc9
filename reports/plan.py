"""The per-estate retrofit plan for contractors (``kind plan``): cover, buildings with their
dimensions, the bill of quantities by building and for the estate, before and after with the new
load, funding, and the method page."""
from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from reports import fmt
from reports.base import AFTER, BEFORE, BaseReport, Name
from reports.charts import hbar_chart
from reports.data import BuildingPlan, DocInfo, PlanData
from reports.labels import Labels
from reports.plan_bill import BillSections

#: Buildings per chart of the before/after page (a chart cannot go on to the next page).
CHART_ROWS = 24


class PlanReport(BillSections, BaseReport):
    """Cover, buildings, bill of quantities, before/after, funding, assumptions."""

    def __init__(self, data: PlanData, labels: Labels) -> None:
        super().__init__(labels)
        self.data = data

    def title(self) -> str:
        sep = "：" if self.lang == "zh" else ": "
        return f"{self.labels['plan_title']}{sep}{self.data.estate}"

    def doc_info(self) -> DocInfo:
        return self.data.doc

    def _story(self, width: float) -> list:
        return [*self._cover(width), PageBreak(), *self._buildings(width), *self._bill_buildings(width),
                *self._bill_estate(width), *self._effects(width), *self._funding(width), *self._charts(width),
                *self._method(width)]

    # -- cover ----------------------------------------------------------------------------
    def _cover(self, width: float) -> list:
        d, lb = self.data, self.labels
        return [Spacer(1, 12 * mm), self.para(lb["plan_title"], "Subtitle"), self.para(Name(d.estate), "Title"),
                self.line("{city} {district}  {who}", "Subtitle", city=d.city, district=Name(d.district),
                          who=lb["plan_for"]),
                Spacer(1, 5 * mm), self.key_values(self._cover_lines(), width, ratio=0.34), Spacer(1, 4 * mm),
                self.bullet(lb["survey_note"]), *[self.bullet(n, "Small") for n in d.notices if n]]

    def _cover_lines(self) -> list[tuple[str, str]]:
        d, lb, t = self.data, self.labels, self.data.totals
        c = d.climate
        climate = lb["climate_text"].format(city=c.city, days=self.num(c.heating_days),
                                            mean=self.num(c.mean_outdoor_temp_c, 1),
                                            design=self.num(c.design_outdoor_temp_c, 1),
                                            zone=lb.name("zone", c.zone), source=c.source)
        years = sorted({b.planned_year for b in d.buildings if b.planned_year})
        lines = [(lb["cover_estate"], Name(d.estate)), (lb["cover_address"], d.address or "–"),
                 (lb["cover_district"], Name(d.district) if d.district else "–"),
                 (lb["cover_supplier"], Name(d.heat_supplier) if d.heat_supplier else "–"),
                 (lb["cover_climate"], climate), (lb["cover_buildings"], self.num(len(d.buildings))),
                 (lb["cover_households"], self.num(d.households)),
                 (lb["cover_area"], f"{self.num(d.floor_area_m2)} m²"),
                 (lb["cover_per_household"], lb["per_household_rule"].format(flat=self.num(d.average_flat_m2, 1))),
                 (lb["cover_modes"], self._counts("mode", [b.mode for b in d.buildings])),
                 (lb["cover_packages"], self._counts("package", [b.package for b in d.buildings])),
                 (lb["cover_years"], self._years(years)),
                 (lb["cover_price_basis"], self._price_basis()),
                 (lb["cover_cost"], fmt.money(t.cost_rmb, self.lang)),
                 (lb["cover_bill_total"], fmt.money(d.bill_total_rmb, self.lang)),
                 (lb["cover_saved"], f"{self.num(t.saved_tce, 1)} tce"),
                 (lb["cover_co2"], f"{self.num(t.saved_tco2, 1)} t"),
                 (lb["cover_freed"], f"{self.num(t.freed_capacity_mw * 1000, 0)} kW")]
        n = t.new_load
        if n is not None and n.added_area_m2 > 0:
            lines += [(lb["cover_new_load"], lb["new_load_text"].format(
                area=self.num(n.added_area_m2), tce=self.num(n.coal_tce, 1), kw=self.num(n.load_mw * 1000, 1))),
                (lb["cover_net"], lb["net_text"].format(tce=self.num(n.net_saved_tce, 1),
                                                        kw=self.num(n.net_freed_capacity_mw * 1000, 0)))]
        if d.plan_name or d.follows_plan:
            lines.append((lb["cover_plan"], Name(d.plan_name) if d.plan_name else lb["prog_plan_unnamed"]))
        lines += [(lb["cover_billing"], lb["billing_metered" if d.metered_billing else "billing_area"]),
                  (lb["cover_consent"], fmt.percent(d.consent_rate) if d.consent_rate is not None
                   else lb["not_recorded"])]
        return lines

    def _price_basis(self) -> str:
        d, lb = self.data, self.labels
        if d.price_basis == "today":
            return lb["price_today"].format(year=d.price_year or "")
        return lb["price_2010"]

    def _years(self, years: list[int]) -> str:
        if not years:
            return self.labels["year_unknown"]
        past = [y for y in years if any(b.year_past and b.planned_year == y for b in self.data.buildings)]
        text = self.sep().join(str(y) for y in years)
        return text + (self.labels["years_past"] if past else "")

    def _counts(self, kind: str, keys: list[str]) -> str:
        sep = "，" if self.lang == "zh" else "; "
        return sep.join(self.labels["count_buildings"].format(mode=self.labels.name(kind, k), count=n)
                        for k, n in Counter(keys).most_common())

    # -- buildings ------------------------------------------------------------------------
    def _buildings(self, width: float) -> list:
        lb = self.labels
        header = [lb["col_building"], lb["col_mode"], lb["col_package"], lb["col_year_built"], lb["col_storeys"],
                  lb["col_households"], lb["col_stairs"], lb["col_dimensions"], lb["col_perimeter"],
                  lb["col_area"], lb["col_year"]]
        rows = [self._building_row(b) for b in self.data.buildings]
        rows.append([lb["total"], "", "", "", "", self.num(sum(b.households for b in self.data.buildings)),
                     self.num(sum(b.stairs for b in self.data.buildings)), "", "",
                     self.num(sum(b.floor_area_m2 for b in self.data.buildings)), ""])
        w = [0.08, 0.11, 0.08, 0.06, 0.08, 0.09, 0.08, 0.14, 0.08, 0.10, 0.10]
        return [*self.heading(lb["sec_buildings"]),
                self.rows(header, rows, [width * x for x in w], right_from=3, total_row=True),
                Spacer(1, 1.5 * mm), self.para(lb["buildings_note"], "Small")]

    def _building_row(self, b: BuildingPlan) -> list[str]:
        lb, mark = self.labels, "" if b.dimensions_entered else " *"
        storeys = self.num(b.storeys) + (f" +{b.added_storeys}" if b.added_storeys else "")
        year = str(b.planned_year) + (lb["past_mark"] if b.year_past else "") if b.planned_year else "–"
        return [b.name, lb.get(f"mode_short_{b.mode}", b.mode), lb.name("package", b.package), str(b.year_built), storeys,
                self.num(b.households), self.num(b.stairs) if b.stairs else "–",
                f"{self.num(b.length_m, 1)} × {self.num(b.width_m, 1)}{mark}", self.num(b.perimeter_m, 1),
                self.num(b.floor_area_m2), year]

    # -- before/after -----------------------------------------------------------------------
    def _effects(self, width: float) -> list:
        d, lb, t = self.data, self.labels, self.data.totals
        header = [lb["col_building"], lb["col_qh"], lb["col_coal"], lb["col_load"]]
        rows = [[b.name, self._arrow(b.q_h_before_w_m2, b.q_h_after_w_m2),
                 self._arrow(b.coal_before_kgce_m2, b.coal_after_kgce_m2),
                 self._arrow(b.design_load_before_w_m2, b.design_load_after_w_m2)] for b in d.buildings]
        story = [*self.heading(lb["sec_effects"]),
                 self.rows(header, rows, [width * x for x in (0.19, 0.27, 0.27, 0.27)])]
        header = [lb["col_building"], lb["col_saved_tce"], lb["col_saved_co2"], lb["col_freed"], lb["col_added_area"],
                  lb["col_new_coal"], lb["col_new_load"], lb["col_net_tce"], lb["col_net_kw"]]
        rows = [[b.name, self.num(b.saved_tce, 1), self.num(b.saved_tco2, 1), self.num(b.freed_capacity_kw, 0),
                 self.num(b.added_area_m2), self.num(b.new_coal_tce, 1), self.num(b.new_load_kw, 1),
                 self.num(b.net_saved_tce, 1), self.num(b.net_freed_capacity_kw, 0)]
                for b in d.buildings]
        n = t.new_load
        rows.append([lb["total"], self.num(t.saved_tce, 1), self.num(t.saved_tco2, 1),
                     self.num(t.freed_capacity_mw * 1000, 0), self.num(n.added_area_m2) if n else "–",
                     self.num(n.coal_tce, 1) if n else "–", self.num(n.load_mw * 1000, 1) if n else "–",
                     self.num(n.net_saved_tce, 1) if n else "–", self.num(n.net_freed_capacity_mw * 1000, 0) if n else "–"])
        w = [0.12, 0.11, 0.11, 0.10, 0.11, 0.11, 0.11, 0.11, 0.12]
        story += [Spacer(1, 3 * mm), *self.heading(lb["effects_savings"], "H2"),
                  self.rows(header, rows, [width * x for x in w], total_row=True), Spacer(1, 1 * mm),
                  self.para(lb["new_load_note"], "Small")]
        return story

    def _charts(self, width: float) -> list:
        lb, buildings = self.labels, self.data.buildings
        out = []
        for start in range(0, len(buildings), CHART_ROWS):
            part = buildings[start:start + CHART_ROWS]
            chart = hbar_chart([b.name for b in part], [[b.coal_before_kgce_m2 for b in part],
                                                        [b.coal_after_kgce_m2 for b in part]],
                               [lb["before"], lb["after"]], [BEFORE, AFTER], width=width, font=self.font,
                               title=lb["chart_coal"], label_format="%.1f")
            out += [Spacer(1, 4 * mm), KeepTogether([chart])]
        return out

    def _arrow(self, before: float, after: float) -> str:
        return f"{self.num(before, 1)} → {self.num(after, 1)}"

    # -- funding ----------------------------------------------------------------------------
    def _funding(self, width: float) -> list:
        d, lb = self.data, self.labels
        total = sum(f.amount_rmb for f in d.funding)
        header = [lb["col_source"], lb["col_amount"], lb["col_share"], lb["col_per_household"], lb["col_per_m2"]]
        rows = [self._funding_row(lb.name("source", f.source), f.amount_rmb, total) for f in d.funding]
        rows.append(self._funding_row(lb["total"], total, total))
        flat = d.average_flat_m2
        note = lb["funding_note"].format(flat=self.num(flat, 1), rate=self.num(d.resident_rmb_m2),
                                         resident=fmt.yuan(d.resident_rmb_m2 * flat, self.lang),
                                         cost=fmt.yuan(total / d.households if d.households else 0.0, self.lang),
                                         bill=fmt.money(d.bill_total_rmb, self.lang))
        w = [0.32, 0.17, 0.13, 0.19, 0.19]
        return [*self.heading(lb["sec_funding"], need=50 * mm),
                self.table(header, rows, [width * x for x in w], total_row=True), Spacer(1, 2 * mm), self.para(note)]

    def _funding_row(self, name: str, amount: float, total: float) -> list[str]:
        d = self.data
        return [name, self.money_col(amount), fmt.percent(amount / total if total else 0, 1),
                self.num(amount / d.households if d.households else None),
                self.num(amount / d.floor_area_m2 if d.floor_area_m2 else None, 1)]

    # -- method -----------------------------------------------------------------------------
    def _method(self, width: float) -> list:
        d, lb = self.data, self.labels
        story = [PageBreak(), *self.heading(lb["sec_method"]), self.para(lb["method_text"]),
                 *self.heading(lb["assumptions"], "H2")]
        if d.assumptions:
            rows = [[a.name, a.value, a.source] for a in d.assumptions]
            story.append(self.rows([lb["col_name"], lb["col_value"], lb["col_basis"]], rows,
                                   [width * 0.40, width * 0.22, width * 0.38], right_from=3))
        story += self._baseline(width)
        story += [*self.heading(lb["standards"], "H2"), *[self.bullet(s) for s in d.standards],
                  *self.heading(lb["calibration"], "H2"), *self._calibration(width),
                  *self.heading(lb["uncertainty"], "H2"), self.para(self._uncertainty_text())]
        notices = [*(self.markup("{b}: {n}", b=Name(b.name), n=n) for b in d.buildings for n in b.notices)]
        if notices:
            story += [*self.heading(lb["notices"], "H2"), *[self.bullet(n, "Small") for n in notices]]
        return story

    def _baseline(self, width: float) -> list:
        """Each building's present-state values; construction defaults (typical values, not
        measurements) marked with an asterisk."""
        buildings = [b for b in self.data.buildings if b.baseline]
        if not buildings:
            return []
        lb = self.labels
        keys = [k for k, _, _ in buildings[0].baseline]
        header = [lb["col_building"], lb["col_structure"], *(lb[f"base_{k}"] for k in keys)]
        rows = [[b.name, lb.name("structure", b.structure),
                 *(f"{value:.2f}{' *' if defaulted else ''}" for _, value, defaulted in b.baseline)]
                for b in buildings]
        widths = [width * 0.12, width * 0.16, *([width * 0.72 / len(keys)] * len(keys))]
        return [*self.heading(lb["baseline"], "H2"), self.rows(header, rows, widths, right_from=2),
                Spacer(1, 1 * mm), self.para(lb["baseline_note"], "Small")]

    def _calibration(self, width: float) -> list:
        lines = [(b.name, self.num(b.calibration_factor, 2)) for b in self.data.buildings
                 if b.calibration_factor is not None]
        if not lines:
            return [self.para(self.labels["no_calibration"])]
        return [self.rows([self.labels["col_building"], self.labels["col_k"]], lines, [width * 0.3, width * 0.2])]

    def _uncertainty_text(self) -> str:
        tce, co2 = self.data.saved_tce_band, self.data.saved_tco2_band
        if tce is None:
            return self.labels["no_uncertainty"]
        co2_text = fmt.band(co2.p10, co2.p90, 0) if co2 else "–"
        text = self.labels["uncertainty_text"].format(tce=fmt.band(tce.p10, tce.p90, 1), p50=self.num(tce.p50, 1),
                                                      co2=co2_text)
        typical = sum(b.mostly_defaults for b in self.data.buildings)
        if typical:
            text += self.labels["uncertainty_defaults"].format(n=typical, total=len(self.data.buildings))
        return text


def render_plan(data: PlanData, lang: str = "zh", labels: Labels | None = None) -> bytes:
    """The contractor's plan of one estate as PDF bytes."""
    return PlanReport(data, labels or Labels.for_language(lang)).render()


__all__ = ["PlanReport", "render_plan"]
