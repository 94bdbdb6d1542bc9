"""The verification report of one estate (``kind verification``), for the city and the heat
company: what the meters show before and after the works against what was predicted
(method.md §12), building by building and season by season.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from reports import fmt
from reports.base import BaseReport
from reports.data import DocInfo, VerificationData, VerifiedBuilding
from reports.labels import Labels
from reports.season_chart import season_chart


class VerificationReport(BaseReport):
    def __init__(self, data: VerificationData, labels: Labels) -> None:
        super().__init__(labels)
        self.data = data

    def title(self) -> str:
        sep = "：" if self.lang == "zh" else ": "
        return f"{self.labels['ver_title']}{sep}{self.data.estate}"

    def doc_info(self) -> DocInfo:
        return self.data.doc

    def _story(self, width: float) -> list:
        d, lb = self.data, self.labels
        where = "，".join(x for x in (d.city, d.district) if x) if self.lang == "zh" else ", ".join(
            x for x in (d.district, d.city) if x)
        story = [self.para(lb["ver_title"], "Title"), self.para(f"{d.estate}（{where}）" if self.lang == "zh"
                                                                  else f"{d.estate} ({where})", "Subtitle"),
                 *self._summary(width), *self._chart(width), *self._buildings(width), *self._findings(),
                 *self._seasons(width), CondPageBreak(40 * mm), self.para(lb["ver_method"], "H1"),
                 self.para(lb["ver_method_text"].format(days=self.num(d.climate.heating_days),
                                                        te=self.num(d.climate.mean_outdoor_temp_c, 1),
                                                        city=d.climate.city), "Small")]
        return story

    def _summary(self, width: float) -> list:
        d, lb = self.data, self.labels
        verified = [b for b in d.buildings if b.status == "verified"]
        done = sorted(b.works_completed for b in d.buildings if b.works_completed)
        contractors = sorted({b.contractor for b in d.buildings if b.contractor})
        actual = [b.actual_cost_rmb for b in d.buildings if b.actual_cost_rmb is not None]
        estimated = sum(b.estimated_cost_rmb or 0.0 for b in d.buildings)
        rate = d.measured_saved_tce / d.predicted_saved_tce if d.predicted_saved_tce > 0 else None
        pairs = [(lb["ver_buildings"], lb["ver_buildings_value"].format(
                     verified=len(verified), buildings=len(d.buildings),
                     area=self.num(sum(b.floor_area_m2 for b in d.buildings)))),
                 (lb["ver_completed"], f"{done[0]} – {done[-1]}" if done else lb["not_recorded"]),
                 (lb["ver_contractors"], ("、" if self.lang == "zh" else ", ").join(contractors) or lb["not_recorded"]),
                 (lb["ver_cost"], lb["ver_cost_value"].format(actual=fmt.money(sum(actual), self.lang),
                                                              estimated=fmt.money(estimated, self.lang))
                  if actual else lb["not_recorded"]),
                 (lb["ver_measured"], f"{self.num(d.measured_saved_tce, 1)} tce"),
                 (lb["ver_predicted"], f"{self.num(d.predicted_saved_tce, 1)} tce"),
                 (lb["ver_rate"], fmt.percent(rate, 0))]
        no_base = [b for b in d.buildings if b.status == "no_baseline" and b.q_after_kgce_m2 is not None
                   and b.predicted_after_kgce_m2]
        if no_base:
            ratio = sum(b.q_after_kgce_m2 or 0.0 for b in no_base) / sum(b.predicted_after_kgce_m2 or 0.0 for b in no_base)
            pairs.append((lb["ver_after_ratio"], lb["ver_after_ratio_value"].format(
                count=len(no_base), ratio=fmt.percent(ratio, 0))))
        if d.heat_supplier:
            pairs.append((lb["cover_supplier"], d.heat_supplier))
        return [self.para(lb["ver_summary"], "H1"), self.key_values(pairs, width), Spacer(1, 3 * mm)]

    def _names(self) -> dict[str, str]:
        lb = self.labels
        return {"before": lb["ver_kind_before"], "after": lb["ver_kind_after"], "overlap": lb["ver_kind_overlap"],
                "predicted_before": lb["ver_predicted_before"], "predicted_after": lb["ver_predicted_after"]}

    def _chart(self, width: float) -> list:
        d = self.data
        if not d.series:
            return [self.para(self.labels["ver_no_readings"])]
        chart = season_chart(d.series, d.predicted_before_kgce_m2, d.predicted_after_kgce_m2, self._names(),
                             width=width, height=62 * mm, font=self.font, title=self.labels["ver_chart"])
        return [KeepTogether([chart])]

    def _buildings(self, width: float) -> list:
        lb = self.labels
        header = [lb["col_building"], lb["ver_col_status"], lb["ver_col_seasons"], lb["ver_col_q_before"],
                  lb["ver_col_q_after"], lb["ver_col_pred_after"], lb["ver_col_measured"], lb["ver_col_predicted"],
                  lb["ver_col_rate"]]
        items = list(self.data.buildings)
        if self.data.estate_meter is not None:
            items.append(self.data.estate_meter)
        rows = [self._row(b) for b in items]
        w = (0.14, 0.13, 0.09, 0.1, 0.1, 0.1, 0.12, 0.12, 0.1)
        return [CondPageBreak(40 * mm), self.para(lb["ver_by_building"], "H1"),
                self.rows(header, rows, [width * x for x in w], right_from=2)]

    def _row(self, b: VerifiedBuilding) -> list[str]:
        lb = self.labels
        status = lb[f"ver_status_{b.status}"]
        if b.performance in ("under", "over"):
            status += " " + lb[f"ver_flag_{b.performance}"]
        before = sum(s.kind == "before" for s in b.seasons)
        after = sum(s.kind == "after" for s in b.seasons)
        return [b.name, status, f"{before} / {after}", self.num(b.q_before_kgce_m2, 1), self.num(b.q_after_kgce_m2, 1),
                self.num(b.predicted_after_kgce_m2, 1), self.num(b.measured_saved_tce, 1),
                self.num(b.predicted_saved_tce, 1), fmt.percent(b.realisation_rate, 0)]

    def _findings(self) -> list:
        lb = self.labels
        notes = [f"{b.name}：{n}" if self.lang == "zh" else f"{b.name}: {n}"
                 for b in (*self.data.buildings, *((self.data.estate_meter,) if self.data.estate_meter else ()))
                 for n in b.notices]
        if not notes:
            return []
        return [CondPageBreak(25 * mm), self.para(lb["ver_findings"], "H2"),
                *[self.bullet(n, "Small") for n in notes]]

    def _seasons(self, width: float) -> list:
        lb = self.labels
        header = [lb["col_building"], lb["ver_col_season"], lb["ver_col_kind"], lb["ver_col_q_metered"],
                  lb["ver_col_factor"], lb["ver_col_q_norm"]]
        items = [*self.data.buildings, *((self.data.estate_meter,) if self.data.estate_meter else ())]
        rows = [[b.name, s.season, lb[f"ver_kind_{s.kind}"], self.num(s.q_c_kgce_m2, 2), self.num(s.factor, 3),
                 self.num(s.q_c_norm_kgce_m2, 2)] for b in items for s in b.seasons]
        if not rows:
            return []
        w = (0.2, 0.16, 0.16, 0.16, 0.14, 0.18)
        return [CondPageBreak(40 * mm), self.para(lb["ver_seasons"], "H1"),
                self.rows(header, rows, [width * x for x in w], right_from=3)]


def render_verification(data: VerificationData, lang: str = "zh", labels: Labels | None = None) -> bytes:
    """The verification report of one estate as PDF bytes."""
    return VerificationReport(data, labels or Labels.for_language(lang)).render()
