"""The centre panel: the buildings table with a filter box and bulk actions."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ui.buildings.delegates import FieldDelegate, choices_for
from ui.buildings.excel import Refused, TableEditing
from ui.buildings.form import BuildingFormDialog, building_check
from ui.buildings.frozen import FrozenColumnTable
from ui.buildings.presenter import BuildingsPresenter
from ui.buildings.table_model import ID_ROLE
from ui.fields import BUILDING_BY_KEY, BUILDING_FIELDS
from ui.forms import FormDialog
from ui.tables import selected_ranges

translate = QCoreApplication.translate


class BuildingsPanel(QWidget):
    selection_changed = Signal(list)          # selected building ids
    status_message = Signal(str)              # why an edit was refused, for the status bar

    def __init__(self, presenter: BuildingsPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.works_dialog: QDialog | None = None     # the works dialog while it is open
        self.title = QLabel()
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(presenter.proxy.set_text)
        self.bulk = QToolButton()
        self.bulk.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.bulk.setMenu(self._bulk_menu())
        self.form_button = QToolButton()
        self.form_button.clicked.connect(self.open_form)
        self.table = self._make_table()
        self.editing = TableEditing(self.table, presenter, self._report, self)
        self._steady_row_numbers()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.filter, 1)
        top.addWidget(self.bulk)
        top.addWidget(self.form_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        presenter.loaded.connect(self._on_loaded)
        presenter.edit_kept.connect(self._reopen, Qt.ConnectionType.QueuedConnection)
        self.retranslate()

    def _make_table(self) -> FrozenColumnTable:
        table = FrozenColumnTable(self)
        table.setModel(self.presenter.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setDefaultSectionSize(96)
        for view in (table, table.frozen):
            delegate = FieldDelegate(self.presenter.model.field, self.presenter.packages, view)
            delegate.refused.connect(self._refused)
            view.setItemDelegate(delegate)
        table.selectionModel().selectionChanged.connect(self._on_selection)
        table.frozen.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.frozen.customContextMenuRequested.connect(table.customContextMenuRequested)
        return table

    def sheet_name(self) -> str:
        """The name of an export of the table: the estate's, or "All buildings"."""
        if self.presenter.estate_id is None:
            return translate("BuildingsPanel", "All buildings")
        rows = self.presenter.model.rows()
        return str(rows[0].values.get("estate") or "") if rows else translate("MainWindow", "Buildings")

    def _refused(self, text: str) -> None:
        """A typed value was not saved: say why, at the cell and in the status bar."""
        rect = self.table.visualRect(self.table.currentIndex())
        QToolTip.showText(self.table.viewport().mapToGlobal(rect.bottomLeft()), text, self.table)
        self.status_message.emit(text)

    def _report(self, refused: Refused) -> None:
        """A paste or fill down refused as a whole: every bad cell named."""
        box = QMessageBox(QMessageBox.Icon.Warning, translate("BuildingsPanel", "Nothing was changed"),
                          refused.head(), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("refused_box")
        box.setInformativeText("\n".join(refused.lines[:12]) + ("\n…" if len(refused.lines) > 12 else ""))
        if len(refused.lines) > 12:
            box.setDetailedText("\n".join(refused.lines))
        self.status_message.emit(refused.head())
        box.exec() if QApplication.platformName() != "offscreen" else box.show()

    def _bulk_menu(self) -> QMenu:
        menu = QMenu(self)
        self.act_mode = QAction(menu)
        self.act_package = QAction(menu)
        self.act_year = QAction(menu)
        self.act_works = QAction(menu)
        self.act_mode.triggered.connect(lambda: self.ask_and_set("mode"))
        self.act_package.triggered.connect(lambda: self.ask_and_set("package"))
        self.act_year.triggered.connect(lambda: self.ask_and_set("planned_year"))
        self.act_works.triggered.connect(self.edit_works)
        for act in (self.act_mode, self.act_package, self.act_year, self.act_works):
            menu.addAction(act)
        return menu

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(translate("BuildingsPanel", "Filter buildings…"))
        self.bulk.setText(translate("BuildingsPanel", "Set for selection"))
        self.bulk.setToolTip(translate("BuildingsPanel",
                                       "Set mode, package, planned year or the works for all selected buildings"))
        self.form_button.setText(translate("BuildingsPanel", "Edit form…"))
        self.form_button.setToolTip(translate("BuildingsPanel",
                                              "Edit the current building in a form (F2 edits a cell)"))
        self.act_mode.setText(translate("BuildingsPanel", "Mode…"))
        self.act_package.setText(translate("BuildingsPanel", "Package…"))
        self.act_year.setText(translate("BuildingsPanel", "Planned year…"))
        self.act_works.setText(translate("BuildingsPanel", "Works: status, dates, cost, contractor…"))
        self.editing.retranslate()
        self._update_title()
        self.presenter.model.clear_text_cache()
        self.presenter.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                                    max(0, self.presenter.model.columnCount() - 1))
        self.fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_title(self) -> None:
        n = self.presenter.model.rowCount()
        if self.presenter.estate_id is None:
            text = translate("BuildingsPanel", "All buildings: %Ln", None, n)
        else:
            text = translate("BuildingsPanel", "Buildings: %Ln", None, n)
        self.title.setText(text)

    def _reopen(self, building_id: int, key: str) -> None:
        """An edit the database could not take yet: the cell's editor opens again with the
        typed value, so that Enter saves it (or Esc leaves it, marked, in the cell)."""
        model = self.presenter.model
        row = model.row_of(building_id)
        if row < 0:
            return
        index = self.presenter.proxy.mapFromSource(model.index(row, model.column_of(key)))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def _on_loaded(self) -> None:
        self._update_title()
        self._steady_row_numbers()
        self.fit_columns()
        self.table.set_frozen_count(self.presenter.model.column_of("building") + 1)
        self._on_selection()

    def _steady_row_numbers(self) -> None:
        """Room for five-digit row numbers from the start. Otherwise the row-number column widens
        when the whole city's 7,000 rows arrive, the column headers move right, and Qt leaves a
        piece of the old header painted over the results panel."""
        header = self.table.verticalHeader()
        digits = max(5, len(str(self.presenter.model.rowCount())))
        header.setMinimumWidth(header.fontMetrics().horizontalAdvance("9" * digits) + 12)

    def fit_columns(self) -> None:
        """Column widths from the header texts (cheap even for the whole city)."""
        header, fm = self.table.horizontalHeader(), self.table.fontMetrics()
        model = self.presenter.model
        for column in range(model.columnCount()):
            spec = model.field(column)
            texts = [str(model.headerData(column, Qt.Orientation.Horizontal) or "")]
            if spec is not None:
                texts += [label for label, _ in choices_for(spec, self.presenter.packages)]
            minimum = 150 if spec is None else 72          # the estate column of the city view
            widest = max(fm.horizontalAdvance(t) for t in texts)
            header.resizeSection(column, max(minimum, min(220, widest + 28)))

    def selected_ids(self) -> list[int]:
        """The buildings with a selected cell, in the table's order (read from the selection's
        ranges: selecting the whole city does not list 280,000 cells)."""
        rows: set[int] = set()
        for rng in selected_ranges(self.table):
            rows.update(range(rng.top(), rng.bottom() + 1))
        proxy = self.presenter.proxy
        return [int(proxy.index(r, 0).data(ID_ROLE)) for r in sorted(rows)]

    def select_ids(self, ids: list[int]) -> None:
        sel = self.table.selectionModel()
        sel.clearSelection()
        model = self.presenter.model
        for bid in ids:
            source_row = model.row_of(bid)
            if source_row < 0:
                continue
            index = self.presenter.proxy.mapFromSource(model.index(source_row, 0))
            sel.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)

    def _on_selection(self, *_: object) -> None:
        self.selection_changed.emit(self.selected_ids())

    def ask_and_set(self, key: str) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        spec = BUILDING_BY_KEY[key]
        label = spec.title()
        if key == "planned_year":
            year, ok = QInputDialog.getInt(self, label, label, 2026, int(spec.minimum or 2000),
                                           int(spec.maximum or 2100))
            if ok:
                self.presenter.set_field(ids, key, year)
            return
        options = choices_for(spec, self.presenter.packages)
        labels = [text for text, _ in options]
        text, ok = QInputDialog.getItem(self, label, label, labels, 1, False)
        if ok:
            self.presenter.set_field(ids, key, options[labels.index(text)][1])

    def edit_works(self) -> None:
        """Status, dates, actual cost and contractor for the selected buildings (one undo step)."""
        from ui.buildings.works import works_dialog

        dialog = works_dialog(self.presenter, self.selected_ids(), self)
        if dialog is not None:
            self.works_dialog = dialog               # reachable while open (tests)
            dialog.exec()
            self.works_dialog = None

    def new_building(self) -> None:
        """A form for a new building of the current estate; it stays open until saved."""
        if self.presenter.estate_id is None:
            return
        dialog = FormDialog(translate("BuildingsPanel", "New building"), BUILDING_FIELDS, {},
                            self.presenter.packages, self, apply=self.presenter.add_building,
                            check=building_check({}), new=True)
        if dialog.exec() and dialog.saved is not None:
            self.select_ids([dialog.saved.id])

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.presenter.estate_id is None:
            return
        answer = QMessageBox.question(self, translate("BuildingsPanel", "Delete buildings"), translate(
            "BuildingsPanel", "Delete %Ln building(s)? (Undo brings them back.)", None, len(ids)))
        if answer == QMessageBox.StandardButton.Yes:
            self.presenter.delete_buildings(ids)

    def open_form(self) -> None:
        """The current building in a form; the form stays open until its changes are saved."""
        ids = self.selected_ids()
        if not ids:
            return
        row = self.presenter.model.row_by_id(ids[0])
        if row is None:
            return
        dialog = BuildingFormDialog(row, self.presenter.packages(), self,
                                    apply=lambda changes: self.presenter.save_form(row.id, changes),
                                    check=building_check(row.values), defaults=self.presenter.model.defaults_of(row.id))
        dialog.exec()
