"""Estates and buildings: list, read, create, edit, delete. One transaction per call; every change
is validated field by field, written to the audit log (old → new) and published on the bus after
the commit. A stale ``expected_version`` raises ConcurrentEditError and changes nothing."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from retrofit.domain.errors import ConcurrentEditError, NotFoundError, ValidationError
from retrofit.services.dto import BuildingRow, EstateRow
from retrofit.services.events import BuildingsChanged, EstatesChanged
from retrofit.storage.db import lock_wait
from retrofit.storage.fields import BUILDING_SPECS, ESTATE_SPECS, check_building, validate_values
from retrofit.storage.models import Building, Estate
from retrofit.storage.repositories import (
    AuditRepository,
    BuildingRepository,
    EstateRepository,
    building_label,
    building_values,
    estate_values,
    set_building_value,
    set_estate_value,
)

if TYPE_CHECKING:
    from retrofit.services.app import AppServices

T = TypeVar("T")
#: How long an edit waits for another writer (a long import) before DatabaseBusyError, in ms:
#: short, so that the desktop app never hangs; the user can try again at once.
EDIT_WAIT_MS = 2_000


def estate_row(estate: Estate, count: int, area: float) -> EstateRow:
    v = estate_values(estate)
    return EstateRow(id=estate.id, estate=v["estate"], city=v["city"], district=v["district"],
                     subdistrict=v["subdistrict"], address=v["address"], year_completed=v["year_completed"],
                     households=v["households"], consent_rate=v["consent_rate"],
                     heat_supplier=v["heat_supplier"], metered_billing=v["metered_billing"],
                     building_count=count, floor_area_m2=area, version=estate.version, must_do=v["must_do"])


def building_row(building: Building, estate_name: str, city: str) -> BuildingRow:
    return BuildingRow(id=building.id, estate_id=building.estate_id,
                       values=building_values(building, estate_name, city), version=building.version)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value.value if hasattr(value, "value") else value


def _diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, list[Any]]:
    return {k: [_jsonable(old.get(k)), _jsonable(v)] for k, v in new.items() if old.get(k) != v}


class RecordService:
    """Implements :class:`retrofit.services.api.RecordService`."""

    def __init__(self, app: AppServices) -> None:
        self._app = app

    # -- transactions --------------------------------------------------------------------
    @contextmanager
    def _unit(self, what: Callable[[], str] = lambda: "") -> Iterator[Session]:
        """One transaction; infrastructure errors become domain errors. It waits at most
        :data:`EDIT_WAIT_MS` for another writer (then DatabaseBusyError, nothing changed)."""
        try:
            with lock_wait(EDIT_WAIT_MS), self._app.session_factory.begin() as session:
                yield session
        except StaleDataError as exc:
            raise ConcurrentEditError(what=what()) from exc
        except IntegrityError as exc:
            raise ValidationError("duplicate", field="estate/building", value=what() or str(exc.orig)) from exc

    def _read(self, fn: Callable[[Session], T]) -> T:
        with self._app.session_factory() as session:
            return fn(session)

    @staticmethod
    def _check_version(obj: Estate | Building, expected: int, label: str) -> None:
        if obj.version != expected:
            raise ConcurrentEditError(what=label)

    # -- estates -------------------------------------------------------------------------
    def list_estates(self) -> list[EstateRow]:
        return self._read(lambda s: [estate_row(*t) for t in EstateRepository(s).list_with_totals()])

    def get_estate(self, estate_id: int) -> EstateRow:
        def read(session: Session) -> EstateRow:
            rows = EstateRepository(session).list_with_totals([estate_id])
            if not rows:
                EstateRepository(session).get(estate_id)  # raises NotFoundError
            return estate_row(*rows[0])
        return self._read(read)

    def create_estate(self, values: Mapping[str, Any]) -> EstateRow:
        clean = validate_values(ESTATE_SPECS, dict(values), partial=False)
        label = f"{clean.get('estate')} ({clean.get('city')})"
        with self._unit(lambda: label) as session:
            estate = Estate()
            for key, value in clean.items():
                set_estate_value(estate, key, value)
            session.add(estate)
            session.flush()
            AuditRepository(session).add("edit", "estate", estate.id, label, _diff({}, clean))
            row = estate_row(estate, 0, 0.0)
        self._app.bus.publish(EstatesChanged((row.id,)))
        return row

    def update_estate(self, estate_id: int, expected_version: int, changes: Mapping[str, Any]) -> EstateRow:
        clean = validate_values(ESTATE_SPECS, dict(changes), partial=True)
        label = [f"estate {estate_id}"]
        with self._unit(lambda: label[0]) as session:
            estate = EstateRepository(session).get(estate_id)
            old = estate_values(estate)
            label[0] = f"{old['estate']} ({old['city']})"
            self._check_version(estate, expected_version, label[0])
            diff = _diff(old, clean)
            for key, value in clean.items():
                set_estate_value(estate, key, value)
            if diff:
                AuditRepository(session).add("edit", "estate", estate_id, label[0], diff)
            session.flush()
            row = estate_row(*EstateRepository(session).list_with_totals([estate_id])[0])
        self._app.bus.publish(EstatesChanged((estate_id,)))
        return row

    def delete_estate(self, estate_id: int, expected_version: int) -> None:
        label = [f"estate {estate_id}"]
        with self._unit(lambda: label[0]) as session:
            estate = EstateRepository(session).get(estate_id)
            old = estate_values(estate)
            label[0] = f"{old['estate']} ({old['city']})"
            self._check_version(estate, expected_version, label[0])
            session.delete(estate)
            AuditRepository(session).add("edit", "estate", estate_id, label[0],
                                         {k: [_jsonable(v), None] for k, v in old.items()})
        self._app.bus.publish(EstatesChanged((estate_id,)))

    # -- buildings -----------------------------------------------------------------------
    def list_buildings(self, estate_id: int | None = None) -> list[BuildingRow]:
        def read(session: Session) -> list[BuildingRow]:
            if estate_id is not None:
                EstateRepository(session).get(estate_id)
            return [building_row(*t) for t in BuildingRepository(session).list_with_estate(estate_id)]
        return self._read(read)

    def get_building(self, building_id: int) -> BuildingRow:
        return self._read(lambda s: building_row(*BuildingRepository(s).get_with_estate(building_id)))

    @staticmethod
    def _own_values(values: Mapping[str, Any], estate: Estate) -> dict[str, Any]:
        """Drop ``estate``/``city`` keys that name the building's own estate; others are errors."""
        out = dict(values)
        for key, current in (("estate", estate.name), ("city", estate.city)):
            if key in out:
                given = out.pop(key)
                if given is not None and str(given).strip() != current:
                    raise ValidationError("invalid_value", field=key, value=given)
        return out

    def create_building(self, estate_id: int, values: Mapping[str, Any]) -> BuildingRow:
        label = [f"estate {estate_id}"]
        with self._unit(lambda: label[0]) as session:
            estate = EstateRepository(session).get(estate_id)
            clean = validate_values(BUILDING_SPECS, self._own_values(values, estate), partial=False)
            check_building(clean)
            label[0] = building_label(estate.name, clean["building"])
            building = Building(estate_id=estate_id)
            for key, value in clean.items():
                set_building_value(building, key, value)
            session.add(building)
            session.flush()
            AuditRepository(session).add("edit", "building", building.id, label[0], _diff({}, clean))
            row = building_row(building, estate.name, estate.city)
        self._app.bus.publish(BuildingsChanged(estate_id, (row.id,)))
        return row

    def _apply(self, session: Session, building_id: int, expected: int, changes: Mapping[str, Any],
               label: list[str]) -> BuildingRow:
        building, estate_name, city = BuildingRepository(session).get_with_estate(building_id)
        label[0] = building_label(estate_name, building.name)
        self._check_version(building, expected, label[0])
        old = building_values(building, estate_name, city)
        diff = _diff(old, changes)
        check_building({**old, **changes})
        for key, value in changes.items():
            set_building_value(building, key, value)
        if diff:
            AuditRepository(session).add("edit", "building", building_id, label[0], diff)
        session.flush()
        return building_row(building, estate_name, city)

    def update_building(self, building_id: int, expected_version: int,
                        changes: Mapping[str, Any]) -> BuildingRow:
        clean = validate_values(BUILDING_SPECS, dict(changes), partial=True)
        label = [f"building {building_id}"]
        with self._unit(lambda: label[0]) as session:
            row = self._apply(session, building_id, expected_version, clean, label)
        self._app.bus.publish(BuildingsChanged(row.estate_id, (row.id,)))
        return row

    def bulk_update_buildings(self, versions: Mapping[int, int],
                              changes: Mapping[str, Any]) -> list[BuildingRow]:
        clean = validate_values(BUILDING_SPECS, dict(changes), partial=True)
        label = [""]
        with self._unit(lambda: label[0]) as session:
            rows = [self._apply(session, bid, ver, clean, label) for bid, ver in versions.items()]
        self._publish(rows)
        return rows

    def update_buildings(self, changes: Mapping[int, tuple[int, Mapping[str, Any]]]) -> list[BuildingRow]:
        """Different changes on many buildings ({building_id: (expected_version, changes)}) in one
        transaction: all or nothing (a block pasted into the table, a form). The buildings are
        read in one query and written in one flush (1,000 buildings: one statement each way)."""
        clean = {bid: (ver, validate_values(BUILDING_SPECS, dict(values), partial=True))
                 for bid, (ver, values) in changes.items()}
        label = [""]
        with self._unit(lambda: label[0]) as session:
            found = {b.id: (b, n, c) for b, n, c in BuildingRepository(session).list_with_estate(building_ids=clean)}
            audits = []
            for bid, (expected, values) in clean.items():
                if bid not in found:
                    raise NotFoundError(what=f"building {bid}")
                building, estate_name, city = found[bid]
                label[0] = building_label(estate_name, building.name)
                self._check_version(building, expected, label[0])
                old = building_values(building, estate_name, city)
                check_building({**old, **values})
                diff = _diff(old, values)
                for key, value in values.items():
                    set_building_value(building, key, value)
                if diff:
                    audits.append({"source": "edit", "entity": "building", "entity_id": bid, "label": label[0],
                                   "changes": diff})
            session.flush()
            AuditRepository(session).add_many(audits)
            rows = [building_row(*found[bid]) for bid in clean]
        self._publish(rows)
        return rows

    def _publish(self, rows: list[BuildingRow]) -> None:
        by_estate: dict[int, list[int]] = {}
        for row in rows:
            by_estate.setdefault(row.estate_id, []).append(row.id)
        for estate_id, ids in by_estate.items():
            self._app.bus.publish(BuildingsChanged(estate_id, tuple(ids)))

    def delete_building(self, building_id: int, expected_version: int) -> None:
        label = [f"building {building_id}"]
        with self._unit(lambda: label[0]) as session:
            building, estate_name, city = BuildingRepository(session).get_with_estate(building_id)
            label[0] = building_label(estate_name, building.name)
            self._check_version(building, expected_version, label[0])
            old = building_values(building, estate_name, city)
            estate_id = building.estate_id
            session.delete(building)
            AuditRepository(session).add("edit", "building", building_id, label[0],
                                         {k: [_jsonable(v), None] for k, v in old.items() if v is not None})
        self._app.bus.publish(BuildingsChanged(estate_id, (building_id,)))

    def audit_log(self, limit: int = 200) -> list[dict[str, Any]]:
        return self._read(lambda s: AuditRepository(s).latest(limit))
