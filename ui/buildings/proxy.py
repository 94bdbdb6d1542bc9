"""Sorting and filtering of the buildings table (sorts on raw values, not on display text)."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ui.buildings.table_model import SORT_ROLE

_Index = QModelIndex | QPersistentModelIndex


class BuildingFilterProxy(QSortFilterProxyModel):
    """Filters by a substring of the building name (and estate name in the city view)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._text = ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done by the source model (one pass over raw values); this proxy only
        filters and keeps the source order."""
        source = self.sourceModel()
        if column >= 0 and hasattr(source, "sort_rows"):
            source.sort_rows(column, order)
        else:
            super().sort(column, order)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._text:
            return True
        model = self.sourceModel()
        for key in ("building", "estate"):
            try:
                column = model.column_of(key)  # type: ignore[attr-defined]
            except KeyError:
                continue
            value = model.index(source_row, column, source_parent).data(Qt.ItemDataRole.DisplayRole)
            if value and self._text in str(value).casefold():
                return True
        return False

    def source_rows(self) -> list[int]:
        """The source rows in the order shown (filtered and sorted)."""
        return [self.mapToSource(self.index(r, 0)).row() for r in range(self.rowCount())]

    def snapshot_texts(self, columns: Sequence[int]) -> Callable[[], list[list[str]]]:
        """The shown texts of ``columns`` for every row shown, to be computed later (in a worker
        thread): the rows are taken now, their texts made when called."""
        model = self.sourceModel()
        rows = model.rows()                              # type: ignore[attr-defined]
        picked = [rows[i] for i in self.source_rows()]
        row_texts = model.row_texts                      # type: ignore[attr-defined]

        def texts() -> list[list[str]]:
            return [[line[c] for c in columns] for line in map(row_texts, picked)]
        return texts
