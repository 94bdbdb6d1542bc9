"""The per-estate retrofit plan for contractors (``kind plan``)."""
from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from reports import fmt
from reports.base import AFTER, BEFORE, BaseReport
from reports.charts import bar_chart
from reports.data import BuildingPlan, DocInfo, PlanData
from reports.labels import Labels


class PlanReport(BaseReport):
    """Cover, buildings, measures, before/after with a chart, funding, assumptions."""

    def __init__(self, data: PlanData, labels: Labels) -> None:
        super().__init__(labels)
        self.data = data

    def title(self) -> str:
        return f"{self.labels['plan_title']}：{self.data.estate}" if self.lang == "zh" else \
            f"{self.labels['plan_title']}: {self.data.estate}"

    def doc_info(self) -> DocInfo:
        return self.data.doc

    def _story(self, width: float) -> list:
        return [*self._cover(width), PageBreak(),
                *self._buildings(width), *self._measures(width), PageBreak(),
                *self._effects(width), *self._funding(width), PageBreak(),
                *self._method(width)]

    # -- cover ----------------------------------------------------------------------------
    def _cover(self, width: float) -> list:
        d, lb = self.data, self.labels
        return [Spacer(1, 18 * mm),
                self.para(lb["plan_title"], "Subtitle"),
                self.para(d.estate, "Title"),
                self.para(f"{d.city} {d.district}  {lb['plan_for']}", "Subtitle"),
                Spacer(1, 8 * mm),
                self.key_values(self._cover_lines(), width, ratio=0.28)]

    def _cover_lines(self) -> list[tuple[str, str]]:
        d, lb, t = self.data, self.labels, self.data.totals
        c = d.climate
        climate = lb["climate_text"].format(city=c.city, days=self.num(c.heating_days),
                                            mean=self.num(c.mean_outdoor_temp_c, 1),
                                            design=self.num(c.design_outdoor_temp_c, 1),
                                            zone=lb.name("zone", c.zone), source=c.source)
        lines = [(lb["cover_estate"], d.estate), (lb["cover_address"], d.address or "–"),
                 (lb["cover_district"], d.district or "–"), (lb["cover_supplier"], d.heat_supplier or "–"),
                 (lb["cover_climate"], climate),
                 (lb["cover_buildings"], self.num(len(d.buildings))),
                 (lb["cover_households"], self.num(d.households)),
                 (lb["cover_area"], f"{self.num(d.floor_area_m2)} m²"),
                 (lb["cover_modes"], self._counts("mode", [b.mode for b in d.buildings])),
                 (lb["cover_packages"], self._counts("package", [b.package for b in d.buildings])),
                 (lb["cover_cost"], fmt.money(t.cost_rmb, self.lang)),
                 (lb["cover_saved"], f"{self.num(t.saved_tce, 1)} tce"),
                 (lb["cover_co2"], f"{self.num(t.saved_tco2, 1)} t"),
                 (lb["cover_freed"], f"{self.num(t.freed_capacity_mw * 1000, 0)} kW"),
                 (lb["cover_billing"], lb["billing_metered" if d.metered_billing else "billing_area"]),
                 (lb["cover_consent"], fmt.percent(d.consent_rate) if d.consent_rate is not None
                  else lb["not_recorded"])]
        return lines

    def _counts(self, kind: str, keys: list[str]) -> str:
        sep = "，" if self.lang == "zh" else "; "
        return sep.join(self.labels["count_buildings"].format(mode=self.labels.name(kind, k), count=n)
                        for k, n in Counter(keys).most_common())

    # -- buildings and measures -----------------------------------------------------------
    def _buildings(self, width: float) -> list:
        lb = self.labels
        header = [lb["col_building"], lb["col_mode"], lb["col_package"], lb["col_year_built"],
                  lb["col_storeys"], lb["col_households"], lb["col_area"], lb["col_year"], lb["col_cost"]]
        rows = [[b.name, lb.name("mode", b.mode), lb.name("package", b.package), str(b.year_built),
                 self.num(b.storeys), self.num(b.households), self.num(b.floor_area_m2),
                 str(b.planned_year) if b.planned_year else "–", self.money_col(b.cost_rmb)]
                for b in self.data.buildings]
        t = self.data.totals
        rows.append([lb["total"], "", "", "", "", self.num(sum(b.households for b in self.data.buildings)),
                     self.num(sum(b.floor_area_m2 for b in self.data.buildings)), "",
                     self.money_col(t.cost_rmb)])
        w = [0.10, 0.16, 0.10, 0.09, 0.07, 0.11, 0.14, 0.10, 0.13]
        return [self.para(lb["sec_buildings"], "H1"),
                self.rows(header, rows, [width * x for x in w], right_from=3, total_row=True)]

    def _measures(self, width: float) -> list:
        lb = self.labels
        header = [lb["col_building"], lb["col_measure"], lb["col_detail"], lb["col_quantity"],
                  lb["col_unit"], lb["col_unit_cost"], lb["col_cost"]]
        rows: list[list[str]] = []
        for b in self.data.buildings:
            rows.extend(self._measure_rows(b))
        w = [0.08, 0.33, 0.25, 0.11, 0.05, 0.08, 0.10]
        return [CondPageBreak(40 * mm), self.para(lb["sec_measures"], "H1"),
                self.rows(header, rows, [width * x for x in w], right_from=3)]

    def _measure_rows(self, b: BuildingPlan) -> list[list[str]]:
        lb = self.labels
        rows = [[b.name if i == 0 else "", lb.name("measure", m.key), m.detail, self.num(m.quantity),
                 m.unit, self.num(m.unit_cost_rmb), self.money_col(m.cost_rmb)]
                for i, m in enumerate(b.measures)]
        if b.added_area_m2:
            rows.append(["" if rows else b.name, lb["added_area"].format(area=self.num(b.added_area_m2)),
                         "", "", "", "", ""])
        if not rows:
            rows.append([b.name, lb.name("mode", b.mode), "", "", "", "", self.money_col(0.0)])
        return rows

    # -- before/after -----------------------------------------------------------------------
    def _effects(self, width: float) -> list:
        lb = self.labels
        header = [lb["col_building"], lb["col_qh"], lb["col_coal"], lb["col_load"],
                  lb["col_saved_tce"], lb["col_saved_co2"], lb["col_freed"]]
        rows = [[b.name, self._arrow(b.q_h_before_w_m2, b.q_h_after_w_m2),
                 self._arrow(b.coal_before_kgce_m2, b.coal_after_kgce_m2),
                 self._arrow(b.design_load_before_w_m2, b.design_load_after_w_m2),
                 self.num(b.saved_tce, 1), self.num(b.saved_tco2, 1), self.num(b.freed_capacity_kw, 0)]
                for b in self.data.buildings]
        t = self.data.totals
        rows.append([lb["total"], "", f"{self.num(t.coal_before_tce, 1)} → {self.num(t.coal_after_tce, 1)} tce",
                     "", self.num(t.saved_tce, 1), self.num(t.saved_tco2, 1),
                     self.num(t.freed_capacity_mw * 1000, 0)])
        w = [0.13, 0.16, 0.19, 0.16, 0.12, 0.12, 0.12]
        names = [b.name for b in self.data.buildings]
        chart = bar_chart(names, [[b.coal_before_kgce_m2 for b in self.data.buildings],
                                  [b.coal_after_kgce_m2 for b in self.data.buildings]],
                          [lb["before"], lb["after"]], [BEFORE, AFTER], width=width,
                          height=70 * mm, font=self.font, title=lb["chart_coal"], label_format="%.1f")
        story = [self.para(lb["sec_effects"], "H1"), self.rows(header, rows, [width * x for x in w], total_row=True)]
        return story + ([Spacer(1, 5 * mm), KeepTogether([chart])] if names else [])

    def _arrow(self, before: float, after: float) -> str:
        return f"{self.num(before, 1)} → {self.num(after, 1)}"

    # -- funding ----------------------------------------------------------------------------
    def _funding(self, width: float) -> list:
        d, lb = self.data, self.labels
        total = sum(f.amount_rmb for f in d.funding)
        header = [lb["col_source"], lb["col_amount"], lb["col_share"], lb["col_per_household"],
                  lb["col_per_m2"]]
        rows = [self._funding_row(lb.name("source", f.source), f.amount_rmb, total) for f in d.funding]
        rows.append(self._funding_row(lb["total"], total, total))
        per_flat = total / d.floor_area_m2 * d.typical_flat_m2 if d.floor_area_m2 else 0.0
        note = lb["funding_note"].format(flat=self.num(d.typical_flat_m2),
                                         resident=fmt.yuan(d.resident_rmb_m2 * d.typical_flat_m2, self.lang),
                                         cost=fmt.yuan(per_flat, self.lang))
        w = [0.32, 0.17, 0.13, 0.19, 0.19]
        return [CondPageBreak(60 * mm), self.para(lb["sec_funding"], "H1"),
                self.table(header, rows, [width * x for x in w], total_row=True),
                Spacer(1, 2 * mm), self.para(note)]

    def _funding_row(self, name: str, amount: float, total: float) -> list[str]:
        d = self.data
        return [name, self.money_col(amount), fmt.percent(amount / total if total else 0, 1),
                self.num(amount / d.households if d.households else None),
                self.num(amount / d.floor_area_m2 if d.floor_area_m2 else None, 1)]

    # -- method -----------------------------------------------------------------------------
    def _method(self, width: float) -> list:
        d, lb = self.data, self.labels
        story = [self.para(lb["sec_method"], "H1"), self.para(lb["method_text"]),
                 self.para(lb["assumptions"], "H2")]
        if d.assumptions:
            rows = [[a.name, a.value, a.source] for a in d.assumptions]
            story.append(self.rows([lb["col_name"], lb["col_value"], lb["col_basis"]], rows,
                                    [width * 0.42, width * 0.25, width * 0.33], right_from=3))
        story += self._baseline(width)
        story += [self.para(lb["standards"], "H2"),
                  *[self.bullet(s) for s in d.standards],
                  self.para(lb["calibration"], "H2"), *self._calibration(width),
                  self.para(lb["uncertainty"], "H2"), self.para(self._uncertainty_text())]
        notices = [*d.notices, *(f"{b.name}: {n}" for b in d.buildings for n in b.notices)]
        if notices:
            story += [self.para(lb["notices"], "H2"), *[self.bullet(n, "Small") for n in notices]]
        return story

    def _baseline(self, width: float) -> list:
        """Each building's present-state values; construction defaults (typical values, not
        measurements, method §6) marked with an asterisk."""
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
        return [self.para(lb["baseline"], "H2"), self.rows(header, rows, widths, right_from=2),
                Spacer(1, 1 * mm), self.para(lb["baseline_note"], "Small")]

    def _calibration(self, width: float) -> list:
        lines = [(b.name, self.num(b.calibration_factor, 2)) for b in self.data.buildings
                 if b.calibration_factor is not None]
        if not lines:
            return [self.para(self.labels["no_calibration"])]
        return [self.rows([self.labels["col_building"], self.labels["col_k"]], lines,
                           [width * 0.3, width * 0.2])]

    def _uncertainty_text(self) -> str:
        tce, co2 = self.data.saved_tce_band, self.data.saved_tco2_band
        if tce is None:
            return self.labels["no_uncertainty"]
        co2_text = fmt.band(co2.p10, co2.p90, 0) if co2 else "–"
        return self.labels["uncertainty_text"].format(tce=fmt.band(tce.p10, tce.p90, 1),
                                                      p50=self.num(tce.p50, 1), co2=co2_text)


def render_plan(data: PlanData, lang: str = "zh", labels: Labels | None = None) -> bytes:
    """The contractor's plan of one estate as PDF bytes."""
    return PlanReport(data, labels or Labels.for_language(lang)).render()


__all__ = ["PlanReport", "render_plan"]
