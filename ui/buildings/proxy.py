"""Sorting and filtering of the buildings table (sorts on raw values, not on display text)."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from retrofit.domain.naming import pinyin_matches, pinyin_query
from ui.buildings.table_model import SORT_ROLE

_Index = QModelIndex | QPersistentModelIndex


class BuildingFilterProxy(QSortFilterProxyModel):
    """Filters by a part of the building number or the estate's name (city view), as text or as
    pinyin (``hb1`` finds the buildings of 河北1号小区)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._text = ""
        self._pinyin: str | None = None
        self._seen: dict[str, bool] = {}          # name → matches the pinyin query (once per name)
        self._keys: list[str] = []                # building, and estate in the city view
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done by the source model (one pass over raw values); this proxy only
        filters and keeps the source order."""
        source = self.sourceModel()
        if column >= 0 and hasattr(source, "sort_rows"):
            self.sorted_by = (column, order)
            source.sort_rows(column, order)
        else:
            self.sorted_by = None
            super().sort(column, order)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self._pinyin = pinyin_query(text)
        self._seen = {}
        self._keys = self._name_keys()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _name_keys(self) -> list[str]:
        """The building number, and the estate's name where the table shows it (city view)."""
        model = self.sourceModel()
        keys = []
        for key in ("building", "estate"):
            try:
                model.column_of(key)  # type: ignore[attr-defined]
            except KeyError:
                continue
            keys.append(key)
        return keys

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        # The names are read from the model directly (no index per cell, no texts of the other
        # columns): a keystroke over the city's 7,000 rows took 0.17 s of CPU through indexes,
        # the first one 1.1 s as it made every row's texts.
        if not self._text:
            return True
        name_at = self.sourceModel().name_at  # type: ignore[attr-defined]
        for key in self._keys:
            value = name_at(source_row, key)
            if not value:
                continue
            if self._text in value.casefold() or self._pinyin is not None and self._pinyin_hit(value):
                return True
        return False

    def _pinyin_hit(self, name: str) -> bool:
        hit = self._seen.get(name)
        if hit is None:
            hit = self._seen[name] = pinyin_matches(self._pinyin or "", name)
        return hit

    def source_rows(self) -> list[int]:
        """The source rows in the order shown (the source model sorts; this proxy only filters)."""
        if not self._text:
            return list(range(self.sourceModel().rowCount()))
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
