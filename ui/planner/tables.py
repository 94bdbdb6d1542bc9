"""The planner's tables: the saved plans, the plan year by year (with a total row), and the
estates that wait with their reasons."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from retrofit import i18n
from retrofit.planner.plan import PlanResult, SavedPlan, WaitingEstate
from ui.dashboard.panel import column_headers
from ui.format import number
from ui.i18n import QT_TRANSLATE_NOOP
from ui.results.panel import funding_label
from ui.tables import fill_table

translate = QCoreApplication.translate

PLAN_COLUMNS = (
    QT_TRANSLATE_NOOP("Planner", "Name"), QT_TRANSLATE_NOOP("Planner", "Version"),
    QT_TRANSLATE_NOOP("Planner", "Status"), QT_TRANSLATE_NOOP("Planner", "Saved"),
    QT_TRANSLATE_NOOP("Planner", "Saved [tce/a]"),
)
STATUS = {"draft": QT_TRANSLATE_NOOP("Planner", "draft"), "approved": QT_TRANSLATE_NOOP("Planner", "approved")}


def status_text(status: str) -> str:
    return translate("Planner", STATUS[status]) if status in STATUS else status


def saved_at(value: str | None) -> str:
    """``2025-11-28T14:05:33.1`` → ``2025-11-28 14:05``."""
    return str(value or "").replace("T", " ")[:16]


def reason_text(entry: WaitingEstate) -> str:
    """A waiting estate's reason in the current language (the plan keeps the message code and
    its values), else as the plan stored it."""
    if entry.code and i18n.has_message(entry.code):
        return i18n.message(entry.code, **entry.params)
    return entry.reason


class SavedPlansTable(QTableWidget):
    """The saved plans, newest first; each row carries its plan id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(PLAN_COLUMNS), parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.open_button, self.approve_button = QPushButton(), QPushButton()
        self.delete_button, self.save_button = QPushButton(), QPushButton()
        self.buttons = QHBoxLayout()
        for button in (self.open_button, self.approve_button, self.delete_button, self.save_button):
            self.buttons.addWidget(button)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([translate("Planner", c) for c in PLAN_COLUMNS])
        self.open_button.setText(translate("Planner", "Open"))
        self.approve_button.setText(translate("Planner", "Approve…"))
        self.delete_button.setText(translate("Planner", "Delete…"))
        self.save_button.setText(translate("Planner", "Save plan…"))
        self.open_button.setToolTip(translate("Planner", "Show the selected plan with its inputs"))
        self.approve_button.setToolTip(translate("Planner", "Approve the selected draft; an approved plan is locked"))
        self.delete_button.setToolTip(translate("Planner", "Delete the selected draft"))
        self.save_button.setToolTip(translate("Planner", "Save the shown plan as a draft (a new version when the "
                                                         "name exists)"))

    def fill(self, plans: list[SavedPlan], keep: int | None) -> None:
        self.blockSignals(True)
        self.setRowCount(len(plans))
        for i, plan in enumerate(reversed(plans)):          # the newest first
            cells = (plan.name, str(plan.revision), status_text(plan.status), saved_at(plan.created_at)[:10],
                     number(plan.totals.saved_tce, 0))
            tip = translate("Planner", "Saved on %1").replace("%1", saved_at(plan.created_at))
            if plan.approved:
                tip += "\n" + translate("Planner", "Approved on %1: locked").replace("%1", saved_at(plan.approved_at))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, plan.id)
                if j in (1, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(tip)
                self.setItem(i, j, item)
        self.clearSelection()
        if keep is not None:
            self.select_id(keep)
        self.blockSignals(False)

    def row_of(self, plan_id: int) -> int:
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == plan_id:
                return row
        return -1

    def select_id(self, plan_id: int) -> bool:
        row = self.row_of(plan_id)
        if row >= 0:
            self.selectRow(row)
        return row >= 0

    def selected_id(self) -> int | None:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        item = self.item(rows[0].row(), 0) if rows else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def fill_years(table: QTableWidget, plan: PlanResult) -> None:
    """One row a year and a bold total row: estates, households, area, budget, cost, each
    funding source that pays, savings."""
    sources = plan.sources()
    money = {s: f"funding_{s}_rmb" for s in sources}          # *_rmb: one money unit for the table
    headers = column_headers()
    headers.update({"estates": translate("Planner", "Estates"), "budget_rmb": translate("Planner", "Budget"),
                    "cost_rmb": translate("Planner", "Cost")})
    headers.update({money[s]: funding_label(s) for s in sources})
    columns = ["year", "estates", "households", "floor_area_m2", "budget_rmb", "cost_rmb", *money.values(),
               "saved_tce", "cumulative_saved_tce", "saved_tco2", "freed_capacity_mw"]
    rows = []
    for y in plan.years:
        row = {"year": y.year, "estates": len(y.estates), "households": y.households, "floor_area_m2": y.floor_area_m2,
               "budget_rmb": y.budget_rmb, "cost_rmb": y.cost_rmb, "saved_tce": y.saved_tce,
               "cumulative_saved_tce": y.cumulative_saved_tce, "saved_tco2": y.saved_tco2,
               "freed_capacity_mw": y.freed_capacity_mw}
        row.update({money[s]: y.funding.get(s, 0.0) for s in sources})
        rows.append(row)
    if rows:
        total: dict = {"year": translate("Planner", "Total")}
        for key in ("estates", "households", "floor_area_m2", "budget_rmb", "cost_rmb", *money.values(), "saved_tce",
                    "saved_tco2", "freed_capacity_mw"):
            total[key] = sum(r[key] for r in rows)
        total["cumulative_saved_tce"] = rows[-1]["cumulative_saved_tce"]
        rows.append(total)
    fill_table(table, rows, columns=columns, headers=headers)
    if rows:
        font = QFont(table.font())
        font.setBold(True)
        for j in range(table.columnCount()):
            item = table.item(len(rows) - 1, j)
            if item is not None:
                item.setFont(font)
        table.resizeColumnsToContents()


def fill_waiting(waiting: QListWidget, plan: PlanResult) -> int:
    """The estates that wait (reason in the current language) and those the budgets do not reach."""
    waiting.clear()
    for entry in plan.waiting:
        waiting.addItem(f"{entry.estate}: {reason_text(entry)}")
    for item in plan.not_scheduled:
        waiting.addItem(f"{item.estate}: {item.reason}")
    return waiting.count()
