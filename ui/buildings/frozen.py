"""A table whose first columns stay in place when it scrolls sideways (Qt's "Frozen Column"
example, for several columns): a second view over the same model and selection lies over the
left edge of the table and shows only those columns; row heights, column widths, vertical
scrolling, sorting and the selection are kept in step. Cells of the frozen columns are edited
in the overlay, where they can be seen.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

_Index = QModelIndex | QPersistentModelIndex


class FrozenColumnTable(QTableView):
    """A QTableView with :attr:`frozen` (a QTableView) showing its first ``count`` columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = 0
        self.frozen = QTableView(self)
        self.frozen.setObjectName("frozen_columns")
        self.frozen.verticalHeader().hide()
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setFrameShape(QTableView.Shape.NoFrame)
        self.frozen.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.frozen.horizontalHeader().setSortIndicatorShown(True)
        self.frozen.horizontalHeader().setSectionsClickable(True)
        self.frozen.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.viewport().stackUnder(self.frozen)
        self.horizontalHeader().sectionResized.connect(self._main_resized)
        self.verticalHeader().sectionResized.connect(lambda row, _old, new: self.frozen.setRowHeight(row, new))
        self.frozen.horizontalHeader().sectionResized.connect(self._frozen_resized)
        self.horizontalHeader().sortIndicatorChanged.connect(self._sort_shown)
        self.frozen.horizontalHeader().sectionClicked.connect(self._frozen_clicked)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.frozen.verticalScrollBar().rangeChanged.connect(self._follow)
        self.frozen.setHidden(True)

    # ----- set-up -----
    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        if model is not None:
            model.modelReset.connect(self._columns_changed)
            model.columnsInserted.connect(self._columns_changed)
            model.columnsRemoved.connect(self._columns_changed)
            model.layoutChanged.connect(self._columns_changed)

    def set_frozen_count(self, count: int) -> None:
        """Freeze the first ``count`` columns (0: none)."""
        self._count = count
        self._columns_changed()

    @property
    def frozen_count(self) -> int:
        return self._count

    def _columns_changed(self, *_: object) -> None:
        model = self.model()
        if model is None:
            return
        self.frozen.verticalHeader().setDefaultSectionSize(self.verticalHeader().defaultSectionSize())
        for column in range(model.columnCount()):
            self.frozen.setColumnHidden(column, column >= self._count)
            if column < self._count:
                self.frozen.setColumnWidth(column, self.columnWidth(column))
        self.frozen.setSelectionBehavior(self.selectionBehavior())
        self.frozen.setSelectionMode(self.selectionMode())
        self.frozen.setEditTriggers(self.editTriggers())
        self.frozen.setAlternatingRowColors(self.alternatingRowColors())
        self.frozen.setHidden(self._count == 0)
        self._place()

    def _main_resized(self, column: int, _old: int, new: int) -> None:
        if column < self._count and self.frozen.columnWidth(column) != new:
            self.frozen.setColumnWidth(column, new)
        self._place()

    def _frozen_resized(self, column: int, _old: int, new: int) -> None:
        if column < self._count and self.columnWidth(column) != new:
            self.setColumnWidth(column, new)

    def _frozen_clicked(self, column: int) -> None:
        header = self.horizontalHeader()
        ascending = Qt.SortOrder.AscendingOrder
        order = (Qt.SortOrder.DescendingOrder if header.sortIndicatorSection() == column
                 and header.sortIndicatorOrder() == ascending else ascending)
        self.sortByColumn(column, order)

    def _sort_shown(self, column: int, order: Qt.SortOrder) -> None:
        self.frozen.horizontalHeader().setSortIndicator(column, order)

    def _follow(self, *_: object) -> None:
        """The overlay laid out its rows anew: back to the table's scroll position."""
        self.frozen.verticalScrollBar().setValue(self.verticalScrollBar().value())

    def frozen_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(self._count) if not self.isColumnHidden(c))

    def _place(self) -> None:
        self.frozen.setGeometry(self.verticalHeader().width() + self.frameWidth(), self.frameWidth(),
                                self.frozen_width(), self.viewport().height() + self.horizontalHeader().height())

    # ----- Qt overrides -----
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if self._count:
            self._place()

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Moving left onto a column hidden under the frozen ones scrolls it into sight."""
        current = super().moveCursor(action, modifiers)
        if (action == QAbstractItemView.CursorAction.MoveLeft and current.column() >= self._count
                and self.visualRect(current).left() < self.frozen_width()):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + self.visualRect(current).left() - self.frozen_width())
        return current

    def scrollTo(self, index: _Index, hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible
                 ) -> None:
        if index.column() >= self._count:
            super().scrollTo(index, hint)
            rect = self.visualRect(index)
            if rect.left() < self.frozen_width():         # under the frozen columns: a little more
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() + rect.left() - self.frozen_width())
        else:
            self.frozen.scrollTo(index, hint)

    def edit(self, index: _Index, trigger: QAbstractItemView.EditTrigger | None = None,  # type: ignore[override]
             event: QEvent | None = None) -> bool | None:
        """A frozen column's cell is edited in the overlay (the table's own cell lies under it).
        Qt's two forms in one: ``edit(index)`` and ``edit(index, trigger, event)``, whose event
        may be None (PySide6's stubs say it may not)."""
        if trigger is None:
            return super().edit(index)                   # comes back here with AllEditTriggers
        if index.isValid() and index.column() < self._count and not self.frozen.isHidden():
            if trigger == QAbstractItemView.EditTrigger.AllEditTriggers or trigger & self.editTriggers():
                self.frozen.setCurrentIndex(index)
                self.frozen.setFocus()
                return self.frozen.edit(index, trigger, event)  # type: ignore[arg-type]
            return False
        return super().edit(index, trigger, event)  # type: ignore[arg-type]
