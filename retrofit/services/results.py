"""Results over the stored records: :func:`retrofit.estimate.estimate_columns` on the cached
columns of the city (:class:`retrofit.storage.city_cache.CityColumns`), with the stored settings
and the user's catalogue. Change notices on the bus mark only what is stale, so a recalculation
after an edit re-reads one estate, not the city.

numpy, the engine and the cached columns are imported when first needed (in the background work
of the app), not with this module: opening a database and showing the window do not wait for
them."""
from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from retrofit.domain.errors import ValidationError
from retrofit.domain.settings import Settings
from retrofit.services.dashboard import GROUP_KEYS, NET_KEYS, CityDashboard, GroupFigures, ModeShare
from retrofit.services.dto import BuildingResult, ResultSummary
from retrofit.services.events import BuildingsChanged, DatabaseReplaced, EstatesChanged, MetersChanged, SettingsChanged
from retrofit.storage.db import bulk_work
from retrofit.storage.models import Estate
from retrofit.storage.repositories import EstateRepository

if TYPE_CHECKING:
    import numpy as np

    from retrofit.estimate import Estimate
    from retrofit.services.app import AppServices
    from retrofit.storage.city_cache import CityColumns, Columns


_MAX_NOTICES = 200


def _per_building(est: Estimate) -> dict[str, np.ndarray]:
    """The estimate's per-building output columns, with the freed capacity also in MW (for groups)."""
    cols = est.building_columns()
    cols["freed_capacity_mw"] = cols["freed_capacity_kw"] / 1e3
    return cols


#: Inputs of the engine (:class:`calc.inputs.BuildingInputs`) by the field they fill where the
#: building's own value is missing: the construction defaults a table shows as values.
_CONSTRUCTION_INPUTS = {"wall_u": "wall_u", "window_u": "window_u", "roof_u": "roof_u", "floor_u": "floor_u",
                        "wwr": "window_wall_ratio", "air_change_h": "air_change"}


def _construction_used(est: Estimate) -> dict[str, list[float]]:
    """The U-values, window-to-wall ratio and air change the engine used per building (the
    building's own value, or the construction default of its structure, era and climate)."""
    import numpy as np  # lazy: not when a database is opened

    n = len(est)
    return {key: np.broadcast_to(np.asarray(getattr(est.inputs, name), dtype=float), (n,)).tolist()
            for key, name in _CONSTRUCTION_INPUTS.items()}


def funding_split(est: Estimate) -> dict[str, float]:
    """Who pays (``retrofit.funding.building_split`` summed over the buildings). [RMB]"""
    from retrofit.funding import building_split, money_inputs  # lazy: not when a database is opened

    return {k: float(v.sum()) for k, v in building_split(money_inputs(est), est.settings).items()}


def _totals(est: Estimate) -> dict[str, float]:
    totals = est.totals()
    area = totals.get("floor_area_m2", 0.0)
    if area:
        totals["coal_before_kgce_m2"] = totals["coal_before_tce"] * 1000.0 / area
        totals["coal_after_kgce_m2"] = totals["coal_after_tce"] * 1000.0 / area
    return totals


def summary_of(est: Estimate, ids: np.ndarray, *, with_buildings: bool = True) -> ResultSummary:
    """A :class:`ResultSummary` of an estimate (buildings in the order of ``ids``)."""
    with bulk_work():
        return _summary_of(est, ids, with_buildings)


def _summary_of(est: Estimate, ids: np.ndarray, with_buildings: bool) -> ResultSummary:
    if len(est) == 0:
        return ResultSummary(totals={k: 0.0 for k in ("floor_area_m2", "saved_tce", "saved_tco2",
                                                       "freed_capacity_mw", "cost_rmb", "extra_area_m2")})
    typical = est.typical_values_notice([f"{e} {b}" for e, b in zip(est.columns["estate"].tolist(),
                                                                     est.columns["building"].tolist(), strict=True)])
    notices_text = [typical.message()] if typical is not None else []
    buildings: list[BuildingResult] = []
    labels = list(zip(est.columns["estate"].tolist(), est.columns["building"].tolist(), strict=True))
    notices = [tuple(n.message() for n in per) for per in est.notices]
    for (estate, building), texts in zip(labels, notices, strict=True):
        notices_text.extend(f"{estate} {building}: {t}" for t in texts)
    if with_buildings:
        cols = {k: v.tolist() for k, v in _per_building(est).items()}
        extra = {"mode": est.modes.tolist(), "package": est.packages.tolist(), "households": est.households.tolist(),
                 "calibration_source": est.calibration_sources.tolist(),
                 "mostly_defaults": est.mostly_defaults.tolist(), **_construction_used(est)}
        names = list(cols) + list(extra)
        rows = zip(*cols.values(), *extra.values(), strict=True)
        for bid, (estate, building), texts, row in zip(ids.tolist(), labels, notices, rows, strict=True):
            buildings.append(BuildingResult(int(bid), estate, building, dict(zip(names, row, strict=True)), texts))
    return ResultSummary(totals=_totals(est), buildings=tuple(buildings), funding=funding_split(est),
                         notices=tuple(notices_text[:_MAX_NOTICES]))


class ResultService:
    """Implements :class:`retrofit.services.api.ResultService`."""

    def __init__(self, app: AppServices) -> None:
        self._app = app
        self._city: CityColumns | None = None
        self._lock = threading.Lock()
        self._settings: Settings | None = None
        self._city_estimate: tuple[int, Estimate] | None = None
        app.bus.subscribe(self._on_event)

    @property
    def city(self) -> CityColumns:
        """The cached columns of every building (made on first use)."""
        with self._lock:
            if self._city is None:
                from retrofit.storage.city_cache import CityColumns  # lazy: not when a database is opened

                self._city = CityColumns(self._app.engine)
            return self._city

    def _on_event(self, event: object) -> None:
        city = self._city                   # None: nothing cached yet, nothing to mark stale
        if city is not None:
            if isinstance(event, BuildingsChanged):
                city.estates_changed([event.estate_id])
            elif isinstance(event, EstatesChanged):
                city.estates_changed(event.estate_ids)
            elif isinstance(event, DatabaseReplaced):
                city.invalidate()
            if isinstance(event, (SettingsChanged, DatabaseReplaced)):
                city.note_own_change()
        if isinstance(event, (SettingsChanged, DatabaseReplaced, MetersChanged)):
            self._drop_settings()

    def _drop_settings(self) -> None:
        with self._lock:
            self._settings = None
            self._city_estimate = None

    def _check_elsewhere(self) -> None:
        """Another process (another user of a shared database) changed something: recompute."""
        if self.city.changed_elsewhere():
            self._drop_settings()
            self._app.settings.forget_catalogue()

    def _inputs(self) -> tuple[Settings, Any]:
        with self._lock:
            if self._settings is None:
                self._settings = self._app.settings.get()
            settings = self._settings
        return settings, self._app.settings.catalogue()

    def _estimate(self, cols: Columns, *, uncertainty: bool, settings: Settings | None = None) -> Estimate:
        from retrofit.estimate import estimate_columns  # lazy: not when a database is opened

        base, cat = self._inputs()
        cols = self._app.verification.calibrated(cols, settings or base)      # meters first (method §8)
        return estimate_columns(cols, settings or base, cat, uncertainty=uncertainty)

    def city_estimate(self) -> tuple[Columns, Estimate]:
        """The whole city's columns and estimate (no Monte Carlo), cached until a change."""
        cols = self.city.get()
        generation = self.city.generation
        with self._lock:
            cached = self._city_estimate
        if cached is not None and cached[0] == generation and len(cached[1]) == len(cols["id"]):
            return cols, cached[1]
        est = self._estimate(cols, uncertainty=False)
        with self._lock:
            self._city_estimate = (generation, est)
        return cols, est

    def _columns(self, building_ids: Sequence[int] | None, estate_id: int | None) -> Columns:
        if estate_id is not None:
            with self._app.session_factory() as session:
                EstateRepository(session).get(estate_id)       # NotFoundError for an unknown estate
        return self.city.subset(estate_id=estate_id, building_ids=building_ids)

    def summarize(self, building_ids: Sequence[int] | None = None, *, estate_id: int | None = None,
                  uncertainty: bool = True) -> ResultSummary:
        self._check_elsewhere()
        if building_ids is None and estate_id is None and not uncertainty:
            cols, est = self.city_estimate()
        else:
            cols = self._columns(building_ids, estate_id)
            if len(cols["id"]) == 0:
                return ResultSummary(totals=dict.fromkeys(GROUP_KEYS, 0.0))
            est = self._estimate(cols, uncertainty=uncertainty)
        return summary_of(est, cols["id"])

    def compare_packages(self, estate_id: int, packages: Sequence[str]) -> dict[str, ResultSummary]:
        """The estate with every building set to each package in turn (nothing is saved)."""
        import numpy as np  # lazy: not when a database is opened

        self._check_elsewhere()
        _, cat = self._inputs()
        for name in packages:
            if name not in cat.packages:
                raise ValidationError("unknown_package", field="package", value=name)
        cols = self._columns(None, estate_id)
        out = {}
        for name in packages:
            if len(cols["id"]) == 0:
                out[name] = ResultSummary(totals=dict.fromkeys(GROUP_KEYS, 0.0))
                continue
            variant = {**cols, "package": np.full(len(cols["id"]), name, dtype=object)}
            out[name] = summary_of(self._estimate(variant, uncertainty=True), cols["id"])
        return out

    def city_dashboard(self) -> CityDashboard:
        """City totals against the targets, mode shares (floor area) with the rebuild cap, and
        sums by district and by planned year."""
        import numpy as np  # lazy: not when a database is opened

        self._check_elsewhere()
        cols, est = self.city_estimate()
        settings, _ = self._inputs()
        with self._app.session_factory() as session:
            districts = dict(session.execute(select(Estate.id, Estate.district)).all())
        district = np.array([districts.get(int(i)) or "" for i in cols["estate_id"].tolist()], dtype=object)
        year = cols["planned_year"]
        year_key = np.where(np.isnan(year), -1, year).astype(int)
        if not len(est):
            totals = dict.fromkeys((*GROUP_KEYS, *NET_KEYS.values(), *_NEW_LOAD_KEYS), 0.0)
            return CityDashboard(totals, _mode_shares(np.empty(0, dtype=object), np.zeros(0)),
                                 settings.rebuild_cap_share)
        per = _per_building(est)
        by_year = _groups(year_key, per, cols)
        return CityDashboard(
            totals=_totals(est), mode_shares=_mode_shares(est.modes, per["floor_area_m2"]),
            rebuild_cap=settings.rebuild_cap_share, by_district=_groups(district, per, cols),
            by_year=tuple(replace(g, label=None if g.label == -1 else g.label) for g in by_year))


#: The totals of the new load that the dashboard shows (``Estimate.totals``).
_NEW_LOAD_KEYS = ("added_area_m2", "new_load_tce", "new_load_mw")


def _mode_shares(modes: np.ndarray, area: np.ndarray) -> dict[str, ModeShare]:
    """Each mode's share of the floor area: of the programme's for the modes of works, of the whole
    stock for ``none``."""
    from calc.inputs import MODES  # lazy: not when a database is opened

    total = float(area.sum())
    programme = float(area[modes != "none"].sum())
    shares = {}
    for mode in MODES:
        sel = modes == mode
        a = float(area[sel].sum())
        base = total if mode == "none" else programme
        shares[mode] = ModeShare(share=a / base if base else 0.0, floor_area_m2=a, buildings=int(sel.sum()))
    return shares


def _groups(keys: np.ndarray, per: dict[str, np.ndarray], cols: Columns) -> tuple[GroupFigures, ...]:
    import numpy as np  # lazy: not when a database is opened

    if len(keys) == 0:
        return ()
    labels, group = np.unique(keys, return_inverse=True)
    group = group.ravel()
    sums = {k: np.bincount(group, weights=per[k], minlength=len(labels)) for k in GROUP_KEYS}
    households = np.bincount(group, weights=np.nan_to_num(cols["households"]), minlength=len(labels))
    counts = np.bincount(group, minlength=len(labels))
    return tuple(GroupFigures(label, buildings=int(counts[i]), households=float(households[i]),
                              **{k: float(v[i]) for k, v in sums.items()})
                 for i, label in enumerate(labels.tolist()))
