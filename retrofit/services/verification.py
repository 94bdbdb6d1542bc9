"""Meter registers and the verification of the programme against them (``method.md`` §12).

:class:`VerificationService` (``app.verification``) imports meter registers (one transaction,
all or nothing, an audit entry), exports them, gives every estimate the measured level of each
building before the works (§8: :meth:`VerificationService.calibrated`, used by the results and
the reports), and verifies the city, an estate, and the programme's progress for the dashboard.
"""
from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from retrofit import i18n
from retrofit.domain.meters import MeterReading, MeterRegister
from retrofit.domain.targets import TARGETS
from retrofit.progress import CancelToken, Progress
from retrofit.services.dashboard import ProgrammeProgress
from retrofit.services.events import BuildingsChanged, DatabaseReplaced, EstatesChanged, MetersChanged, SettingsChanged
from retrofit.services.faults import writing
from retrofit.storage.db import take_write_lock
from retrofit.storage.meters import apply_meter_import, load_reading_columns, plan_meter_import, read_readings
from retrofit.storage.models import AuditEntry
from retrofit.storage.repositories import os_user
from retrofit.verification import meter_levels, verify_columns, with_meter_levels

if TYPE_CHECKING:
    import numpy as np

    from retrofit.domain.settings import Settings
    from retrofit.services.app import AppServices
    from retrofit.verification import Verified

#: Works statuses in programme order.
WORKS_STATUSES = ("planned", "design", "construction", "completed")


@dataclass(frozen=True, slots=True)
class MeterSummary:
    """What a meter import changed (or would change)."""

    inserted: int
    updated: int
    unchanged: int
    estates: int


class VerificationService:
    def __init__(self, app: AppServices) -> None:
        self._app = app
        self._lock = threading.Lock()
        self._readings: dict[str, np.ndarray] | None = None
        self._generation = 0
        self._verified: dict[tuple, Verified] | None = None
        app.bus.subscribe(self._on_event)

    def _on_event(self, event: object) -> None:
        with self._lock:
            if isinstance(event, (MetersChanged, DatabaseReplaced, BuildingsChanged, EstatesChanged)):
                self._readings = None if isinstance(event, (MetersChanged, DatabaseReplaced, EstatesChanged)) \
                    else self._readings
                self._generation += 1
            if isinstance(event, SettingsChanged):
                self._generation += 1
            self._verified = None

    # -- meter registers ----------------------------------------------------------------------
    def read(self, path: Path, mapping: Mapping[str, str | None] | None = None, *, progress: Progress | None = None,
             cancel: CancelToken | None = None) -> MeterRegister:
        """The meter register in ``path`` (InputFileError when any cell is bad)."""
        from retrofit.io.meters import read_meter_register  # lazy: not needed before the first window

        return read_meter_register(Path(path), mapping, progress=progress, cancel=cancel)

    def plan(self, register: MeterRegister) -> MeterSummary:
        """What importing ``register`` would change; nothing is written (InputFileError for a
        reading of an unknown estate or building)."""
        with self._app.session_factory() as session:
            plan = plan_meter_import(session, register)
        return MeterSummary(len(plan.inserts), len(plan.updates), plan.unchanged, len(plan.estates))

    def commit_register(self, register: MeterRegister, *, progress: Progress | None = None,
                        cancel: CancelToken | None = None) -> MeterSummary:
        """Import ``register`` in one transaction with an audit entry; MetersChanged is published
        after the commit."""
        with writing(self._app, getattr(register, "source", "")), self._app.session_factory.begin() as session:
            take_write_lock(session.connection())
            plan = plan_meter_import(session, register)
            apply_meter_import(session, plan, check_cancel=cancel.raise_if_cancelled if cancel else None)
            summary = MeterSummary(len(plan.inserts), len(plan.updates), plan.unchanged, len(plan.estates))
            session.add(AuditEntry(user_name=os_user(), source="import", entity="meter_register", entity_id=None,
                                   label=plan.source[:400], changes={"inserted": summary.inserted,
                                                                     "updated": summary.updated,
                                                                     "unchanged": summary.unchanged}))
        if progress is not None:
            progress(1, 1, plan.source)
        self._app.bus.publish(MetersChanged(tuple(sorted(plan.estates))))
        return summary

    def commit(self, path: Path, mapping: Mapping[str, str | None] | None = None, *,
               progress: Progress | None = None, cancel: CancelToken | None = None) -> MeterSummary:
        return self.commit_register(self.read(path, mapping, progress=progress, cancel=cancel), progress=progress,
                                    cancel=cancel)

    def readings(self, estate_id: int | None = None) -> list[MeterReading]:
        """The stored readings (all, or one estate's)."""
        with self._app.session_factory() as session:
            return read_readings(session, estate_id)

    def export(self, path: Path, *, lang: str | None = None) -> int:
        """Write every stored reading to a meter register (CSV or XLSX); returns the rows."""
        from retrofit.io.meters import write_meter_register  # lazy: not needed before the first window

        return write_meter_register(Path(path), self.readings(), lang=i18n.language(lang))

    # -- calibration (method §8) --------------------------------------------------------------
    def reading_columns(self) -> dict[str, np.ndarray]:
        """Every stored reading as columns (cached until the next change)."""
        with self._lock:
            cached = self._readings
        if cached is not None:
            return cached
        with self._app.session_factory() as session:
            cols = load_reading_columns(session)
        with self._lock:
            self._readings = cols
        return cols

    def calibrated(self, columns: Mapping[str, np.ndarray], settings: Settings) -> Mapping[str, np.ndarray]:
        """``columns`` (stored buildings, with ``id``) with the measured level of each building from
        its meters' seasons before the works as the first calibration source."""
        readings = self.reading_columns()
        if len(readings["season"]) == 0 or len(columns["id"]) == 0:
            return columns
        return with_meter_levels(columns, meter_levels(columns, readings, settings))

    def levels_of(self, building_ids: Any, settings: Settings) -> np.ndarray | None:
        """The measured level of the meters of stored buildings (in the order of ``building_ids``,
        NaN where none), or None without any reading: the ``meter_kgce_m2`` of
        :func:`retrofit.estimate.estimate` for the paths that estimate from records."""
        import numpy as np

        from retrofit.verification import meter_levels

        readings = self.reading_columns()
        if not len(readings["season"]):
            return None
        cols = self._app.results.city.get()
        levels = dict(zip(cols["id"].tolist(), meter_levels(cols, readings, settings).tolist(), strict=True))
        return np.array([levels.get(i, np.nan) for i in building_ids], dtype=float)

    def calibrated_register(self, register: Any, building_ids: Any, settings: Settings) -> Any:
        """Stored building records (``building_ids`` in their order) with the measured level of
        their meters as ``measured_kgce_m2`` where the meters give one (method §8, first source),
        for the planner, which estimates from records of its own."""
        import dataclasses

        import numpy as np

        levels = self.levels_of(building_ids, settings) if register.buildings else None
        if levels is None:
            return register
        buildings = tuple(b if np.isnan(level) else dataclasses.replace(b, measured_kgce_m2=float(level))
                          for b, level in zip(register.buildings, levels.tolist(), strict=True))
        return dataclasses.replace(register, buildings=buildings)

    # -- verification -------------------------------------------------------------------------
    def verify(self, *, estate_id: int | None = None, uncertainty: bool = False) -> Verified:
        """The verification of the city (cached until a change, with and without the Monte Carlo
        band that gives the P10–P90 flags) or of one estate."""
        results = self._app.results
        results._check_elsewhere()
        key = (self._generation, results.city.generation, uncertainty)
        with self._lock:
            cached = dict(self._verified or {})
        if estate_id is None and key in cached:
            return cached[key]
        settings, catalogue = results._inputs()
        cols = results.city.subset(estate_id=estate_id) if estate_id is not None else results.city.get()
        done = verify_columns(cols, self.reading_columns(), settings, catalogue, uncertainty=uncertainty)
        if estate_id is None:
            with self._lock:
                self._verified = {k: v for k, v in (self._verified or {}).items() if k[:2] == key[:2]} | {key: done}
        return done

    def estate_view(self, estate_id: int, lang: str | None = None) -> dict[str, Any]:
        """One estate for the verification view: its buildings (the ``retrofit verify`` rows, with
        the P10–P90 flag), its estate meter, the season series with the predicted levels, and
        the counted totals."""
        from retrofit.verification.report_data import estate_data  # lazy: not needed before the first window

        estate = self._app.records.get_estate(estate_id)
        verified = self.verify(estate_id=estate_id, uncertainty=True)
        data = estate_data(verified, estate.estate, lang=lang, district=estate.district or "",
                           heat_supplier=estate.heat_supplier or "")
        rows = verified.building_rows(lang)
        meters = verified.estate_rows(lang)
        return {"estate": estate.estate, "buildings": rows, "estate_meter": meters[0] if meters else None,
                "series": [{"season": p.season, "class": p.kind, "q_c_norm_kgce_m2": p.q_c_norm_kgce_m2}
                           for p in data.series],
                "predicted_before_kgce_m2": data.predicted_before_kgce_m2,
                "predicted_after_kgce_m2": data.predicted_after_kgce_m2,
                "measured_saved_tce": data.measured_saved_tce, "predicted_saved_tce": data.predicted_saved_tce,
                "realisation_rate": (data.measured_saved_tce / data.predicted_saved_tce
                                     if data.predicted_saved_tce > 0 else None),
                "report_data": data}

    def overview(self) -> dict[str, Any]:
        """The city: totals and one line per estate (buildings, verified, measured and predicted
        saving, realisation rate, buildings without a baseline or without seasons after)."""
        from retrofit.services.verification_views import estate_lines  # lazy: not needed before the first window

        verified = self.verify(uncertainty=True)
        return {"totals": verified.totals(), "estates": estate_lines(verified, self._app.results.city.get())}

    def progress(self, target_tce: float | None = None) -> ProgrammeProgress:
        """The programme's progress for the dashboard: floor area by works status, floor area by
        year (planned and completed), and the cumulative measured saving against the target next
        to the predicted one."""
        from retrofit.services.verification_views import progress_of  # lazy: not needed before the first window

        verified = self.verify()
        return progress_of(verified, self._app.results.city.get(),
                           TARGETS.saved_tce if target_tce is None else target_tce)
