"""The city's buildings as engine columns, kept in memory between calculations.

The first use loads every building in one query (:func:`retrofit.storage.load.load_columns`).
Afterwards a change notice only marks what is stale: the buildings of a changed estate are
re-read (a few rows), a changed database (import, demo) is re-read whole. Thread-safe.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable

import numpy as np
from sqlalchemy import Engine, func, select

from retrofit.storage.load import load_columns
from retrofit.storage.models import Building, Estate, MeasureOverride, MeterReadingRow, SettingRow, UserPackage

Columns = dict[str, np.ndarray]


def _concat(parts: list[Columns]) -> Columns:
    return {k: np.concatenate([p[k] for p in parts]) for k in parts[0]}


def _select(cols: Columns, mask: np.ndarray) -> Columns:
    return {k: v[mask] for k, v in cols.items()}


class CityColumns:
    """Cached columns of every stored building (see :func:`load_columns` for the format)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._cols: Columns | None = None
        self._stale_estates: set[int] = set()
        self._own_change = False
        self._fingerprint: tuple | None = None
        self.generation = 0                 #: bumps whenever the columns change

    def invalidate(self) -> None:
        """Everything is stale (an import, a new database)."""
        with self._lock:
            self._cols = None
            self._stale_estates.clear()
            self._own_change = True
            self.generation += 1

    def estates_changed(self, estate_ids: Iterable[int]) -> None:
        """The buildings (or the name/city) of these estates changed."""
        with self._lock:
            self._stale_estates.update(int(i) for i in estate_ids)
            self._own_change = True
            self.generation += 1

    def fingerprint(self) -> tuple:
        """Counts and latest change times of the records and settings: differs when anyone,
        in any process, changed them."""
        parts = [select(func.count(), func.max(m.updated_at)).select_from(m)
                 for m in (Building, Estate, SettingRow, MeasureOverride, UserPackage, MeterReadingRow)]
        with self._engine.connect() as connection:
            return tuple(v for stmt in parts for v in connection.execute(stmt).one())

    def changed_elsewhere(self) -> bool:
        """True (once) when another process changed the records or settings since the last
        look; the cached columns are then dropped."""
        current = self.fingerprint()
        with self._lock:
            foreign = (self._fingerprint is not None and current != self._fingerprint
                       and not self._own_change)
            if foreign:
                self._cols = None
                self._stale_estates.clear()
                self.generation += 1
            self._fingerprint = current
            self._own_change = False
        return foreign

    def note_own_change(self) -> None:
        """This process changed the settings or the whole database (not an estate)."""
        with self._lock:
            self._own_change = True

    def get(self) -> Columns:
        """Every building's columns, fresh."""
        with self._lock:
            if self._cols is None:
                self._cols = load_columns(self._engine)
                self._stale_estates.clear()
            elif self._stale_estates:
                self._cols = self._refresh(self._cols, sorted(self._stale_estates))
                self._stale_estates.clear()
            return self._cols

    def _refresh(self, cols: Columns, estate_ids: list[int]) -> Columns:
        keep = ~np.isin(cols["estate_id"], estate_ids)
        parts = [_select(cols, keep)]
        for estate_id in estate_ids:
            parts.append(load_columns(self._engine, estate_id=estate_id))
        return _concat(parts)

    def subset(self, *, estate_id: int | None = None, building_ids: Iterable[int] | None = None) -> Columns:
        """The columns of one estate's buildings, or of the given buildings (in the given order)."""
        cols = self.get()
        if building_ids is not None:
            wanted = np.fromiter((int(i) for i in building_ids), dtype=np.int64)
            order = np.argsort(cols["id"], kind="stable")
            pos = np.searchsorted(cols["id"], wanted, sorter=order)
            pos = np.clip(pos, 0, max(len(order) - 1, 0))
            found = order[pos] if len(order) else np.empty(0, dtype=np.int64)
            ok = (cols["id"][found] == wanted) if len(order) else np.zeros(len(wanted), dtype=bool)
            return _select(cols, found[ok])
        if estate_id is not None:
            return _select(cols, cols["estate_id"] == int(estate_id))
        return cols
