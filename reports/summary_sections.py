"""Sections of the residents' letter (mixed into :class:`reports.summary.SummaryReport`): when
and how the works touch daily life, who pays, comfort and the bill, coal saved, whom to ask."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from reports import fmt
from reports.base import BaseReport, Name
from reports.data import SummaryData

#: Which plain-words reason explains a measure (by the start of its key).
WHY = (("wall_", "why_wall"), ("window_", "why_window"), ("roof_", "why_roof"),
       ("basement_", "why_basement"), ("stairwell", "why_stairwell"), ("metering", "why_metering"),
       ("network_", "why_network"), ("source_", "why_source"))
#: The month the works start (after the heating season).
START_MONTH = 4


def about(value: float) -> float:
    """A figure as people say it: two significant digits from 100 on (792 → 790, 110,665 →
    110,000), whole numbers below."""
    if value < 100:
        return float(round(value))
    digits = int(math.floor(math.log10(value))) - 1
    return float(round(value, -digits))


class LetterSections(BaseReport):
    """The sections after "what is done" (see the module docstring)."""

    data: SummaryData

    if TYPE_CHECKING:                                   # provided by the report
        def _modes(self) -> list[str]: ...
        def _chart(self, width: float) -> Any: ...

    def _reasons(self) -> list[str]:
        keys: list[str] = []
        measures = [m for b in self.data.buildings if b.mode in ("retrofit", "add_storey") for m in b.measures]
        for prefix, key in WHY:
            if any(m.startswith(prefix) for m in measures) and key not in keys:
                keys.append(key)
        return keys + [f"why_{m}" for m in ("add_storey", "rebuild") if m in self._modes()]

    # -- when, and daily life -------------------------------------------------------------------
    def _when(self) -> list:
        d, lb = self.data, self.labels
        if d.year is None:
            story = [self.para(lb["sum_when_unknown"])]
        elif d.year_past:
            story = [self.para(lb["sum_when_past"].format(year=d.year))]
        else:
            story = [self.para(lb[f"sum_when_{m}"].format(year=d.year, months=d.works_months.get(m, 0),
                                                          back=self._back_year(m)))
                     for m in self._modes()]
        modes = self._modes()
        for mode in modes:
            shown = [mode, "add_storey"] if mode == "retrofit" and "add_storey" in modes else [mode]
            names = [b.name for b in self.data.buildings if b.mode in shown]
            heading = "sum_life_both" if len(shown) > 1 else f"sum_life_{mode}"
            story.append(self.para(self.markup(lb[heading], buildings=self._names(names)), "H2"))
            story += [self.bullet(self.markup(lb[key], months=d.works_months.get(mode, 0),
                                              years=self.num(d.works_months.get(mode, 0) / 12, 0)))
                      for key in self._life_keys(mode, general="retrofit" not in modes or mode == "retrofit")]
        return story

    def _name(self, name: str) -> Name:
        return Name(name)

    def _names(self, names: list[str]):
        """Names of buildings, or "all 16 blocks" when they are every block in the programme."""
        everyone = [b.name for b in self.data.buildings if b.mode != "none"]
        if len(names) > 3 and sorted(names) == sorted(everyone):
            return self.labels["sum_all_buildings"].format(n=len(names))
        return [Name(n) for n in names]

    def _back_year(self, mode: str) -> int:
        d = self.data
        return (d.year or 0) + (START_MONTH - 1 + d.works_months.get(mode, 0)) // 12

    def _life_keys(self, mode: str, general: bool = True) -> list[str]:
        """What the works of ``mode`` mean for daily life; ``general`` adds what every energy
        retrofit brings (scaffolding, windows, meters, hours), said once per letter."""
        measures = {m for b in self.data.buildings if b.mode in ("retrofit", "add_storey") for m in b.measures}
        if mode == "rebuild":
            return ["life_move_out", "life_temporary", "life_how_long", "life_move_back"]
        keys = ["life_top_floor", "life_roof_noise", "life_new_flats"] if mode == "add_storey" else []
        if not general:
            return keys
        keys += ["life_scaffold"]
        if any(m.startswith("window_") for m in measures):
            keys.append("life_windows")
        if any(m.startswith("metering") for m in measures):
            keys.append("life_meters")
        return keys + ["life_hours"]

    # -- money ------------------------------------------------------------------------------
    def _money_unit(self) -> float:
        return 10_000.0 if self.lang == "zh" else 1_000_000.0

    def _chart_colour(self):
        return colors.HexColor("#1f4e79")

    def _rounded_money(self, rmb: float) -> float:
        """An estate's money in 万元 (zh) or RMB million (en) as people say it: :func:`about`
        from 10 on, one decimal below (RMB 0.4 million, not 0)."""
        value = rmb / self._money_unit()
        return about(value) if value >= 10 else round(value, 1)

    def _estate_money(self, value: float, digits: int | None = None) -> str:
        """A rounded amount (:meth:`_rounded_money`) with its unit: "约 3,000 万元" / "RMB 30 million"."""
        if digits is None:
            digits = 0 if value >= 10 or value == round(value) else 1
        return self.labels["sum_money"].format(value=self.num(value, digits))

    def _pay(self, width: float) -> list:
        d, lb = self.data, self.labels
        total, residents = self._rounded_money(d.cost_rmb), self._rounded_money(d.residents_rmb)
        story = [self.para(lb["sum_pay_total"].format(     # the rest is the difference of the figures shown
            total=self._estate_money(total), per=fmt.yuan(about(d.cost_rmb / d.households) if d.households else 0,
                                                          self.lang),
            residents=self._estate_money(residents),
            rest=self._estate_money(round(total - residents, 1), 0 if residents == round(residents) else 1)))]
        story += [Spacer(1, 1 * mm), KeepTogether([self._chart(width)])]
        story.append(self.para(lb["sum_rule"].format(cap=self.num(d.resident_cap_rmb_m2))))
        for rate in d.rates:
            names = self._names(list(rate.buildings))
            if rate.rate_rmb_m2 <= 0:
                story.append(self.bullet(self.markup(lb["sum_rate_none"], buildings=names)))
                continue
            examples = self.sep().join(lb["sum_rate_example"].format(area=self.num(f.area_m2),
                                                                      pay=fmt.yuan(f.resident_rmb, self.lang))
                                       for f in rate.flats)
            story.append(self.bullet(self.markup(lb["sum_rate"], buildings=names, rate=self.num(rate.rate_rmb_m2),
                                                 examples=examples)))
        story += [self.para(lb["sum_average"].format(flat=self.num(d.average_flat_m2),
                                                     pay=fmt.yuan(about(d.residents_rmb / d.households)
                                                                  if d.households else 0, self.lang))),
                  self.para(lb["sum_payment"]), self.para(lb["sum_help"])]
        return story

    # -- comfort and the bill ---------------------------------------------------------------------
    def _living(self) -> list:
        d, lb = self.data, self.labels
        story = [lb[f"sum_comfort_{m}"] for m in self._modes()]
        if d.heat_cut_share is not None and d.heat_cut_share > 0.005:
            story.append(lb["sum_heat_cut"].format(share=fmt.percent(round(d.heat_cut_share * 20) / 20)))
        if d.indoor_before_c is not None and d.indoor_after_c is not None:
            story.append(lb["sum_comfort_temp"].format(before=self.num(d.indoor_before_c),
                                                       after=self.num(d.indoor_after_c)))
        out = [self.para(t) for t in story]
        if not d.metered_billing:
            return out + [self.para(lb["sum_bill_area"].format(tariff=self.num(d.area_tariff_rmb_m2)))]
        out.append(self.para(lb["sum_bill_metered"]))
        for rate in d.rates[:1]:
            out += [self.bullet(lb["sum_bill_example"].format(area=self.num(f.area_m2),
                                                              before=fmt.yuan(about(f.bill_before_rmb), self.lang),
                                                              after=fmt.yuan(about(f.bill_after_rmb), self.lang)))
                    for f in rate.flats]
        return out

    # -- coal saved -----------------------------------------------------------------------------
    def _saving(self) -> list:
        d, lb = self.data, self.labels
        raw = d.saved_tce * d.raw_coal_t_per_tce
        story = [self.para(lb["sum_saving_text"].format(
            tce=self.num(about(d.saved_tce)), raw=self.num(about(raw)), trucks=self.num(about(raw / d.truck_load_t)),
            co2=self.num(about(d.saved_tco2)), trees=self.num(about(d.saved_tco2 * 1000 / d.tree_kg_co2_a))))]
        if d.saved_tce_band is not None:
            story.append(self.para(lb["sum_band"].format(low=self.num(about(d.saved_tce_band.p10)),
                                                         high=self.num(about(d.saved_tce_band.p90)))))
        if d.mostly_defaults:
            story.append(self.para(lb["sum_typical"]))
        n = d.new_load
        if n is not None and n.coal_tce > 0.5:
            story.append(self.para(lb["sum_new_load"].format(tce=self.num(about(n.coal_tce)),
                                                             net=self.num(about(n.net_saved_tce)))))
        return story

    # -- whom to ask, and who writes ---------------------------------------------------------------
    def _contact(self) -> list:
        d, lb, c = self.data, self.labels, self.data.contact
        office = c.office or lb["sum_office_default"].format(city=d.city)
        supplier = self.markup(lb["sum_supplier"], supplier=self._name(d.heat_supplier)) if d.heat_supplier else ""
        text = self.markup(lb["sum_contact"], office=self._name(office), person=c.person or lb["blank"],
                           phone=c.phone or lb["blank"], supplier=supplier)
        date = d.doc.date
        when = date
        if len(date) >= 10:
            month = int(date[5:7])
            when = lb["sum_date"].format(y=int(date[:4]), m=month, d=int(date[8:10]),
                                         month=lb["sum_months"].split(",")[month - 1])
        return [Spacer(1, 3 * mm), self.para(text), Spacer(1, 4 * mm),
                self.para(self.markup("{office}", office=self._name(office)), "Sender"), self.para(when, "Sender"),
                Spacer(1, 2 * mm),
                self.para(lb["sum_footnote"].format(raw=self.num(d.raw_coal_t_per_tce, 1), truck=self.num(d.truck_load_t),
                                                    tree=self.num(d.tree_kg_co2_a, 1)), "Small")]
