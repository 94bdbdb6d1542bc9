"""The only place where the core's change notices become Qt signals.

Services publish on the :class:`retrofit.services.events.ChangeBus` from any thread; the bridge
lives in the GUI thread and re-emits them as signals, which Qt queues across threads.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from retrofit.services.events import (
    BuildingsChanged,
    ChangeBus,
    DatabaseReplaced,
    EstatesChanged,
    MetersChanged,
    SettingsChanged,
)


class ChangeBridge(QObject):
    buildings_changed = Signal(int, list)    # estate id, building ids
    estates_changed = Signal(list)           # estate ids
    settings_changed = Signal(list)          # keys
    database_replaced = Signal()
    meters_changed = Signal(list)            # estate ids

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        bus.subscribe(self._on_event)

    def _on_event(self, event: object) -> None:     # may run on a worker thread
        if isinstance(event, BuildingsChanged):
            self.buildings_changed.emit(event.estate_id, list(event.building_ids))
        elif isinstance(event, EstatesChanged):
            self.estates_changed.emit(list(event.estate_ids))
        elif isinstance(event, SettingsChanged):
            self.settings_changed.emit(list(event.keys))
        elif isinstance(event, DatabaseReplaced):
            self.database_replaced.emit()
        elif isinstance(event, MetersChanged):
            self.meters_changed.emit(list(event.estate_ids))
