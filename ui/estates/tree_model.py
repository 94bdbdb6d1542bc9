"""The estates tree: an "all buildings" entry, then districts, then estates; and its filter.

Search matches a substring of the estate's name, address or one of its building numbers
(Chinese is matched as text, case-insensitively for Latin letters), or the pinyin of the name or
address (``hb1`` and ``hebei`` find 河北1号小区; :func:`retrofit.domain.naming.pinyin_matches`).
Filters: mode, package, planned year, consent below the programme threshold, missing data.
Districts and estates are listed in pinyin order with numbers by value (the proxy sorts with
:func:`retrofit.domain.naming.name_key`, cached per name).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from retrofit.domain.naming import name_key, natural_key, pinyin_matches, pinyin_query
from retrofit.services.dto import BuildingRow, EstateRow
from ui.format import integer

translate = QCoreApplication.translate


ESTATE_ID_ROLE = Qt.ItemDataRole.UserRole + 10
KIND_ROLE = Qt.ItemDataRole.UserRole + 11
ALL, DISTRICT, ESTATE = "all", "district", "estate"
#: Inputs whose absence counts as "missing data" (the engine then uses typical defaults).
KEY_INPUTS = ("structure", "wall_u", "window_u", "roof_u", "wwr")
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass
class EstateFacts:
    """What the filters need to know about one estate's buildings."""

    text: str = ""                                 # name, address and building numbers, casefolded
    names: tuple[str, ...] = ()                    # name and address, as written (pinyin search)
    modes: set[str] = field(default_factory=set)
    packages: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    missing: bool = False
    consent: float | None = None


def estate_facts(estates: Sequence[EstateRow], buildings: Iterable[BuildingRow]) -> dict[int, EstateFacts]:
    facts = {e.id: EstateFacts(text=" ".join(filter(None, [e.estate, e.address, e.subdistrict])).casefold(),
                               names=tuple(filter(None, [e.estate, e.address])), consent=e.consent_rate)
             for e in estates}
    names: dict[int, list[str]] = defaultdict(list)
    for b in buildings:
        f = facts.get(b.estate_id)
        if f is None:
            continue
        v = b.values
        names[b.estate_id].append(str(v.get("building") or ""))
        f.modes.add(v.get("mode") or "retrofit")
        f.packages.add(v.get("package") or "usual")
        if v.get("planned_year") is not None:
            f.years.add(int(v["planned_year"]))
        f.missing = f.missing or any(v.get(k) is None for k in KEY_INPUTS)
    for estate_id, parts in names.items():
        facts[estate_id].text += " " + " ".join(parts).casefold()
    return facts


def build_tree(model: QStandardItemModel, estates: Sequence[EstateRow]) -> None:
    """Fill ``model`` with the tree (keeps the model object, so views stay connected)."""
    model.clear()
    retranslate_tree(model)
    root = model.invisibleRootItem()
    all_item = QStandardItem(translate("EstateTree", "All buildings"))
    all_item.setData(ALL, KIND_ROLE)
    total = QStandardItem(integer(sum(e.building_count for e in estates)))
    root.appendRow([all_item, _count_item(total)])
    by_district: dict[str, list[EstateRow]] = defaultdict(list)
    for e in estates:
        by_district[e.district or translate("EstateTree", "(no district)")].append(e)
    for district in sorted(by_district, key=natural_key):
        d_item = QStandardItem(district)
        d_item.setData(DISTRICT, KIND_ROLE)
        d_item.setEditable(False)
        rows = sorted(by_district[district], key=lambda e: natural_key(e.estate))
        count = QStandardItem(integer(sum(e.building_count for e in rows)))
        root.appendRow([d_item, _count_item(count)])
        for e in rows:
            item = QStandardItem(e.estate)
            item.setData(ESTATE, KIND_ROLE)
            item.setData(e.id, ESTATE_ID_ROLE)
            item.setToolTip(e.address or e.estate)
            d_item.appendRow([item, _count_item(QStandardItem(integer(e.building_count)))])
    for item in _all_items(model):
        item.setEditable(False)


def retranslate_tree(model: QStandardItemModel) -> None:
    """Header and "all buildings" texts in the current language."""
    model.setHorizontalHeaderLabels([translate("EstateTree", "Estate"),
                                     translate("EstateTree", "Buildings")])
    first = model.item(0, 0)
    if first is not None and first.data(KIND_ROLE) == ALL:
        first.setText(translate("EstateTree", "All buildings"))


def set_counts(model: QStandardItemModel, counts: Mapping[int, int]) -> None:
    """New building counts of some estates ({estate id: count}); the districts' and the city's
    totals follow. Only the count cells change: the tree keeps its selection and expansion."""
    root = model.invisibleRootItem()
    total = 0
    for r in range(root.rowCount()):
        district = root.child(r, 0)
        if district.data(KIND_ROLE) != DISTRICT:
            continue
        subtotal = 0
        for i in range(district.rowCount()):
            estate, count = district.child(i, 0), district.child(i, 1)
            estate_id = estate.data(ESTATE_ID_ROLE)
            if estate_id in counts and count.text() != str(counts[estate_id]):
                count.setText(str(counts[estate_id]))
            subtotal += int(count.text() or 0)
        _set_text(root.child(r, 1), str(subtotal))
        total += subtotal
    first = root.child(0, 0)
    if first is not None and first.data(KIND_ROLE) == ALL:
        _set_text(root.child(0, 1), str(total))


def _set_text(item: QStandardItem | None, text: str) -> None:
    if item is not None and item.text() != text:
        item.setText(text)


def _count_item(item: QStandardItem) -> QStandardItem:
    item.setTextAlignment(_RIGHT)
    return item


def _all_items(model: QStandardItemModel) -> Iterable[QStandardItem]:
    stack = [model.invisibleRootItem()]
    while stack:
        parent = stack.pop()
        for r in range(parent.rowCount()):
            for c in range(parent.columnCount()):
                child = parent.child(r, c)
                if child is not None:
                    yield child
                    stack.append(child)


@dataclass
class EstateFilter:
    text: str = ""
    mode: str | None = None
    package: str | None = None
    year: int | None = None
    consent_below: float | None = None          # the threshold when "consent below" is on
    missing_only: bool = False

    def active(self) -> bool:
        return bool(self.text or self.mode or self.package or self.year or self.consent_below is not None
                    or self.missing_only)

    def __post_init__(self) -> None:
        self._folded = self.text.casefold()
        self._pinyin = pinyin_query(self.text)

    def accepts(self, f: EstateFacts) -> bool:
        if self.text and self._folded not in f.text and not (
                self._pinyin and any(pinyin_matches(self._pinyin, name) for name in f.names)):
            return False
        if self.mode and self.mode not in f.modes:
            return False
        if self.package and self.package not in f.packages:
            return False
        if self.year and self.year not in f.years:
            return False
        if self.consent_below is not None and not (f.consent is not None and f.consent < self.consent_below):
            return False
        return not self.missing_only or f.missing


class EstateFilterProxy(QSortFilterProxyModel):
    """Filters the tree (:class:`EstateFilter`) and sorts it: "all buildings" first, then the
    districts and their estates by :func:`name_key` (pinyin order once pypinyin is loaded;
    :meth:`resort` then)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.criteria = EstateFilter()
        self._facts: dict[int, EstateFacts] = {}

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        super().setSourceModel(model)
        self.sort(0, Qt.SortOrder.AscendingOrder)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        if left.data(KIND_ROLE) == ALL or right.data(KIND_ROLE) == ALL:
            return left.data(KIND_ROLE) == ALL and right.data(KIND_ROLE) != ALL
        return name_key(left.data(Qt.ItemDataRole.DisplayRole)) < name_key(right.data(Qt.ItemDataRole.DisplayRole))

    def resort(self) -> None:
        """Sort and filter again (pypinyin has been loaded: pinyin order, pinyin search)."""
        self.invalidate()
        self.sort(0, Qt.SortOrder.AscendingOrder)

    def set_facts(self, facts: Mapping[int, EstateFacts]) -> None:
        self.beginFilterChange()
        self._facts = dict(facts)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def facts(self) -> dict[int, EstateFacts]:
        return self._facts

    def set_criteria(self, criteria: EstateFilter) -> None:
        self.beginFilterChange()
        self.criteria = criteria
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        kind = index.data(KIND_ROLE)
        if kind == ALL:
            return True
        if kind == DISTRICT:
            return not self.criteria.active()
        facts = self._facts.get(index.data(ESTATE_ID_ROLE))
        return facts is None and not self.criteria.active() or facts is not None and self.criteria.accepts(facts)
