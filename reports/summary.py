"""The residents' summary (``kind summary``): one or two pages in plain words and large type."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from reports import fmt
from reports.base import AFTER, BEFORE, BaseReport
from reports.charts import bar_chart
from reports.data import DocInfo, SummaryBuilding, SummaryData
from reports.labels import Labels

#: Which plain-words reason explains a measure (by the start of its key).
WHY = (("wall_", "why_wall"), ("window_", "why_window"), ("roof_", "why_roof"),
       ("basement_", "why_basement"), ("stairwell", "why_stairwell"), ("metering", "why_metering"),
       ("network_", "why_network"), ("source_", "why_source"))


class SummaryReport(BaseReport):
    """What is done and why, who pays, comfort and the bill, savings, consent."""

    base_size = 12.0
    margins = (20 * mm, 20 * mm, 20 * mm, 18 * mm)

    def __init__(self, data: SummaryData, labels: Labels) -> None:
        super().__init__(labels)
        self.data = data

    def title(self) -> str:
        return self.labels["sum_title"].format(estate=self.data.estate)

    def doc_info(self) -> DocInfo:
        return self.data.doc

    def _styles(self):
        sheet = super()._styles()
        sheet["H1"].fontSize, sheet["H1"].leading = 15, 20
        sheet["H1"].spaceBefore = 3 * mm
        sheet["Title"].fontSize, sheet["Title"].leading = 22, 28
        return sheet

    def _story(self, width: float) -> list:
        lb = self.labels
        return [self.para(self.title(), "Title"), self.para(lb["sum_subtitle"], "Subtitle"),
                self.para(lb["sum_intro"]),
                self.para(lb["sum_what"], "H1"), *self._what(),
                self.para(lb["sum_pay"], "H1"), *self._pay(width),
                self.para(lb["sum_living"], "H1"), *self._living(),
                KeepTogether([self.para(lb["sum_saving"], "H1"), *self._saving(width)]),
                KeepTogether([self.para(lb["sum_consent"], "H1"), *self._consent(width)]),
                Spacer(1, 3 * mm), self.para(self._contact()), self.para(self._footnote(), "Small")]

    # -- what and why -----------------------------------------------------------------------
    def _what(self) -> list:
        lb, sep = self.labels, self._sep()
        groups: dict[tuple, list[SummaryBuilding]] = {}
        for b in self.data.buildings:
            groups.setdefault((b.mode, b.measures, b.planned_year), []).append(b)
        story = []
        for (mode, measures, year), members in groups.items():
            names = sep.join(b.name for b in members)
            what = sep.join(lb.get(f"plain_{m}", lb.name("measure", m)) for m in measures)
            text = lb["sum_building_line"].format(
                buildings=names, year=str(year) if year else lb["sum_year_unknown"],
                mode=lb.name("mode", mode), measures=what[:1].upper() + what[1:])
            story.append(self.bullet(text))
        story.append(self.para(lb["sum_why"], "H2"))
        story += [self.bullet(lb[key]) for key in self._reasons()]
        return story

    def _reasons(self) -> list[str]:
        keys: list[str] = []
        modes = {b.mode for b in self.data.buildings}
        measures = [m for b in self.data.buildings for m in b.measures]
        for prefix, key in WHY:
            if any(m.startswith(prefix) for m in measures) and key not in keys:
                keys.append(key)
        keys += [f"why_{mode}" for mode in ("add_storey", "rebuild") if mode in modes]
        return keys

    def _sep(self) -> str:
        return "、" if self.lang == "zh" else ", "

    # -- money ------------------------------------------------------------------------------
    def _pay(self, width: float) -> list:
        d, lb = self.data, self.labels
        key = "sum_pay_text" if d.resident_pays_per_flat_rmb > 0 else "sum_pay_none"
        text = lb[key].format(flat=self.num(d.typical_flat_m2), cost=fmt.yuan(d.cost_per_flat_rmb, self.lang),
                              resident=fmt.yuan(d.resident_pays_per_flat_rmb, self.lang))
        others = [f for f in d.funding if f.source != "residents"]
        rows = [(lb.name("source", f.source), fmt.money(f.amount_rmb, self.lang)) for f in others]
        story = [self.para(text)]
        if rows:
            story += [Spacer(1, 1.5 * mm), self.key_values(rows, width * 0.8, ratio=0.5)]
        return story

    def _living(self) -> list:
        d, lb = self.data, self.labels
        story = [lb["sum_comfort"]]
        if d.heat_cut_share is not None and d.heat_cut_share > 0.005:
            story.append(lb["sum_heat_cut"].format(share=fmt.percent(d.heat_cut_share)))
        if d.indoor_before_c is not None and d.indoor_after_c is not None:
            story.append(lb["sum_comfort_temp"].format(before=self.num(d.indoor_before_c),
                                                       after=self.num(d.indoor_after_c)))
        flat = self.num(d.typical_flat_m2)
        if d.metered_billing:
            story.append(lb["sum_bill_metered"].format(flat=flat, before=fmt.yuan(d.bill_before_rmb, self.lang),
                                                       after=fmt.yuan(d.bill_after_rmb, self.lang)))
        else:
            story.append(lb["sum_bill_area"].format(flat=flat, bill=fmt.yuan(d.bill_before_rmb, self.lang)))
        return [self.para(t) for t in story]

    # -- savings ----------------------------------------------------------------------------
    def _saving(self, width: float) -> list:
        d, lb = self.data, self.labels
        trucks = d.saved_tce * d.raw_coal_t_per_tce / d.truck_load_t
        trees = d.saved_tco2 * 1000 / d.tree_kg_co2_a
        story = [self.para(lb["sum_saving_text"].format(tce=self.num(d.saved_tce), trucks=self.num(trucks),
                                                        co2=self.num(d.saved_tco2), trees=self.num(trees)))]
        if d.saved_tce_band and d.saved_tco2_band:
            story.append(self.para(lb["sum_band"].format(
                tce=fmt.band(d.saved_tce_band.p10, d.saved_tce_band.p90),
                co2=fmt.band(d.saved_tco2_band.p10, d.saved_tco2_band.p90))))
        if d.coal_before_tce is not None:
            story.append(self._chart(width))
        return story

    def _chart(self, width: float):
        d, lb = self.data, self.labels
        before = d.coal_before_tce or 0.0                # shown only when there is one
        return bar_chart([lb["before"], lb["after"]], [[before, before - d.saved_tce]],
                         [lb["sum_chart"]], [AFTER], width=width * 0.6, height=48 * mm, font=self.font,
                         title=lb["sum_chart"], label_format="%.0f", fill_by_category=[BEFORE, AFTER])

    # -- consent ----------------------------------------------------------------------------
    def _consent(self, width: float) -> list:
        d, lb = self.data, self.labels
        households = self.num(d.households)
        if d.consent_rate is None:
            line = lb["sum_consent_none"].format(households=households)
        else:
            line = lb["sum_consent_rate"].format(rate=fmt.percent(d.consent_rate), households=households)
        form = [self.para(part) for part in lb["sum_consent_form"].split("|")]
        sign = [self.para(part) for part in lb["sum_sign"].split("|")]
        return [self.para(line), Spacer(1, 2 * mm), self._row(form, [width / 3] * 3), Spacer(1, 5 * mm),
                self._row(sign, [width * 0.68, width * 0.32])]

    def _row(self, cells: list, widths: list[float]) -> Table:
        """Blanks to fill in, side by side."""
        table = Table([cells], colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font),
                                   ("LEFTPADDING", (0, 0), (0, -1), 0)]))
        return table

    def _contact(self) -> str:
        supplier = self.data.heat_supplier
        if supplier:
            supplier = f"（{supplier}）" if self.lang == "zh" else f" ({supplier})"
        return self.labels["sum_contact"].format(supplier=supplier)

    def _footnote(self) -> str:
        d = self.data
        return self.labels["sum_footnote"].format(raw=self.num(d.raw_coal_t_per_tce, 1),
                                                  truck=self.num(d.truck_load_t),
                                                  tree=self.num(d.tree_kg_co2_a, 1))


def render_summary(data: SummaryData, lang: str = "zh", labels: Labels | None = None) -> bytes:
    """The residents' summary of one estate as PDF bytes."""
    return SummaryReport(data, labels or Labels.for_language(lang)).render()
