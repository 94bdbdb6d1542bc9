"""A Qt-free change bus: services publish after a successful commit; any thread may publish."""
from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BuildingsChanged:
    estate_id: int
    building_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class EstatesChanged:
    estate_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class SettingsChanged:
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MetersChanged:
    """Meter readings of these estates changed (a meter register was imported)."""

    estate_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class DatabaseReplaced:
    """Everything changed (an import, a demo city, another database opened)."""


class ChangeBus:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[weakref.WeakMethod | Callable[[object], None]] = []

    def subscribe(self, callback: Callable[[object], None]) -> None:
        ref = weakref.WeakMethod(callback) if hasattr(callback, "__self__") else callback
        with self._lock:
            self._subscribers.append(ref)

    def publish(self, event: object) -> None:
        with self._lock:
            refs = list(self._subscribers)
        for ref in refs:
            callback = ref() if isinstance(ref, weakref.WeakMethod) else ref
            if callback is not None:
                callback(event)
