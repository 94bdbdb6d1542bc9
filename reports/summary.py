"""The residents' letter (``kind summary``): in plain words and 12-point type, what is done to each
building and when, what it means for daily life (moving out and back for a rebuild, the roof and
the top floor for an added storey), what a household pays by the size of its flat and who pays
the rest, comfort and the heating bill, the coal saved, the residents' say, and whom to ask.

Numbers are rounded as people say them (about 1,100 tonnes, about 110,000 trees); money in
whole hundreds of yuan, or in 万元 for the estate.
"""
from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from reports import fmt
from reports.base import BaseReport, Name
from reports.charts import LARGE, hbar_chart
from reports.data import DocInfo, SummaryBuilding, SummaryData
from reports.labels import Labels
from reports.summary_sections import LetterSections


class SummaryReport(LetterSections, BaseReport):
    """The letter (module docstring)."""

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
        sheet["H2"].fontSize, sheet["H2"].leading = 13, 18
        sheet["Title"].fontSize, sheet["Title"].leading = 22, 28
        sheet["Small"].fontSize, sheet["Small"].leading = 10, 14
        sheet.add(ParagraphStyle("Sender", parent=sheet["Body"], alignment=TA_RIGHT))
        return sheet

    def _story(self, width: float) -> list:
        lb = self.labels
        return [self.line(lb["sum_title"], "Title", estate=Name(self.data.estate)),
                self.para(self._subtitle(), "Subtitle"), self.para(self._intro()),
                *self.heading(lb["sum_what"], need=40 * mm), *self._what(),
                *self.heading(lb["sum_when"], need=40 * mm), *self._when(),
                *self.heading(lb["sum_pay"], need=30 * mm), *self._pay(width),
                *self.heading(lb["sum_living"], need=40 * mm), *self._living(),
                *self.heading(lb["sum_saving"], need=40 * mm), *self._saving(),
                KeepTogether([self.para(lb["sum_consent"], "H1"), *self._consent(width)]),
                KeepTogether(self._contact())]

    def _modes(self) -> list[str]:
        """The modes of the estate's buildings in the programme, in a fixed order."""
        present = {b.mode for b in self.data.buildings}
        return [m for m in ("rebuild", "add_storey", "retrofit") if m in present]

    def _subtitle(self) -> str:
        lb, modes = self.labels, self._modes()
        return lb["sum_subtitle"].format(modes=self.sep().join(lb[f"plain_mode_{m}"] for m in modes) or lb["mode_none"])

    def _intro(self) -> str:
        modes = self._modes()
        return self.labels[f"sum_intro_{modes[0]}"] if modes else self.labels["sum_intro_none"]

    # -- what -------------------------------------------------------------------------------
    def _groups(self) -> dict[tuple, list[SummaryBuilding]]:
        groups: dict[tuple, list[SummaryBuilding]] = {}
        for b in self.data.buildings:
            if b.mode != "none":
                groups.setdefault((b.mode, b.measures, b.added_storeys), []).append(b)
        return groups

    def _what(self) -> list:
        lb, story = self.labels, []
        for (mode, measures, added), members in self._groups().items():
            names = self._names([b.name for b in members])
            if isinstance(names, str):                       # "all 17 blocks" opens the line
                names = names[:1].upper() + names[1:]
            if mode == "rebuild":
                what = lb["sum_do_rebuild"]
            else:
                what = self.sep().join(lb.get(f"plain_{m}", lb.name("measure", m)) for m in measures)
                if mode == "add_storey":
                    storeys = lb["sum_storeys_1" if (added or 1) == 1 else "sum_storeys_n"].format(n=added)
                    what = lb["sum_do_add_storey"].format(storeys=storeys, measures=what)
            story.append(self.bullet(self.markup(lb["sum_building_line"], buildings=names,
                                                 mode=Name(lb[f"plain_mode_{mode}"]), measures=what)))
        out = [self.line(lb["sum_none"], estate=Name(self.data.estate))] if not story else story
        reasons = self._reasons()
        if reasons:
            out.append(self.para(lb["sum_why"] + lb["sum_why_sep"].join(lb[key] for key in reasons) + lb["sum_why_end"]))
        return out

    def _chart(self, width: float):
        d, lb = self.data, self.labels
        lines = [f for f in d.funding if f.amount_rmb > 0]
        values = [f.amount_rmb / self._money_unit() for f in lines]
        label_format = "%.1f" if values and min(values) < 10 else "%.0f"     # RMB 0.4 million, not 0
        return hbar_chart([lb.name("source", f.source) for f in lines], [values],
                          [lb["sum_chart"]], [self._chart_colour()], width=width * 0.95, font=self.font,
                          title=lb["sum_chart"], label_format=label_format, text=LARGE)

    def _row(self, cells: list, widths: list[float]) -> Table:
        """Blanks to fill in, side by side."""
        table = Table([cells], colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font),
                                   ("LEFTPADDING", (0, 0), (0, -1), 0)]))
        return table

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


def render_summary(data: SummaryData, lang: str = "zh", labels: Labels | None = None) -> bytes:
    """The residents' letter of one estate as PDF bytes."""
    return SummaryReport(data, labels or Labels.for_language(lang)).render()
