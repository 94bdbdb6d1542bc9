"""The bill of quantities of an estate plan: every building's lines with a subtotal, then the
estate's summary by line (quantities and costs summed over the buildings) with the charges on
top. Quantities are estimates from the records, to be confirmed by a survey."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reports import fmt
from reports.base import BaseReport
from reports.data import BuildingPlan, MeasureLine, PlanData


@dataclass(frozen=True, slots=True)
class SummedLine:
    """One line of the estate's summary: a measure or work summed over the buildings."""

    key: str
    unit: str
    quantity: float
    cost_rmb: float
    buildings: int

    @property
    def unit_cost_rmb(self) -> float:
        """The cost per unit over the buildings (their average where they differ)."""
        return self.cost_rmb / self.quantity if self.quantity else 0.0


def building_lines(b: BuildingPlan) -> tuple[MeasureLine, ...]:
    """A building's lines of the bill: measures and new construction, then site work."""
    return (*b.measures, *b.site_lines)


def estate_lines(buildings: Sequence[BuildingPlan]) -> tuple[SummedLine, ...]:
    """The lines of every building summed by line and unit, in the order first met."""
    sums: dict[tuple[str, str], list[float]] = {}
    for b in buildings:
        for line in building_lines(b):
            entry = sums.setdefault((line.key, line.unit), [0.0, 0.0, 0])
            entry[0] += line.quantity
            entry[1] += line.cost_rmb
            entry[2] += 1
    return tuple(SummedLine(key, unit, q, c, int(n)) for (key, unit), (q, c, n) in sums.items())


class BillSections(BaseReport):
    """The two bill sections of :class:`reports.plan.PlanReport` (mixed in)."""

    data: PlanData

    def _line_name(self, key: str) -> str:
        return self.labels.get(f"line_{key}", self.labels.name("measure", key))

    def _bill_buildings(self, width: float) -> list:
        """Every building's lines and subtotal; a building going on to the next page is
        repeated there, marked continued."""
        lb = self.labels
        header = [lb["col_building"], lb["col_item"], lb["col_detail"], lb["col_quantity"], lb["col_unit"],
                  lb["col_unit_cost"], lb["col_cost"]]
        rows: list[list[str]] = []
        for b in self.data.buildings:
            lines = building_lines(b)
            for i, m in enumerate(lines):
                rows.append([b.name if i == 0 else "", self._line_name(m.key), m.detail, self.num(m.quantity),
                             lb[f"unit_{m.unit}"], self.num(m.unit_cost_rmb), self.money_col(m.cost_rmb)])
            if not lines:
                rows.append([b.name, lb.name("mode", b.mode), "", "", "", "", self.money_col(0.0)])
            elif len(lines) > 1:
                rows.append(["", lb["subtotal"], "", "", "", "", self.money_col(b.works_rmb)])
        w = [0.09, 0.32, 0.22, 0.10, 0.07, 0.09, 0.11]
        return [*self.heading(lb["sec_bill"]), self.para(lb["bill_note"], "Small"),
                self.rows(header, rows, [width * x for x in w], right_from=3, carry=0)]

    def _bill_estate(self, width: float) -> list:
        """The estate's lines summed over the buildings, the charges and the total."""
        d, lb = self.data, self.labels
        header = [lb["col_item"], lb["col_buildings"], lb["col_quantity"], lb["col_unit"], lb["col_unit_cost"],
                  lb["col_cost"]]
        lines = estate_lines(d.buildings)
        rows = [[self._line_name(s.key), self.num(s.buildings), self.num(s.quantity), lb[f"unit_{s.unit}"],
                 self.num(s.unit_cost_rmb), self.money_col(s.cost_rmb)] for s in lines]
        works = sum(s.cost_rmb for s in lines)
        rows.append([lb["bill_works"], "", "", "", "", self.money_col(works)])
        for c in d.charges:
            rows.append([lb[f"charge_{c.key}"].format(rate=fmt.percent(c.rate, 1)), "", self.money_col(c.base_rmb),
                         lb["unit_base"], "", self.money_col(c.amount_rmb)])
        rows.append([lb["bill_total"], "", "", "", "", self.money_col(d.bill_total_rmb)])
        w = [0.40, 0.09, 0.14, 0.09, 0.13, 0.15]
        return [*self.heading(lb["sec_bill_estate"]), self.para(lb["bill_estate_note"], "Small"),
                self.rows(header, rows, [width * x for x in w], right_from=1, total_row=True)]
