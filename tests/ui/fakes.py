"""A small in-memory implementation of the service interfaces (retrofit/services/api.py) for
presenter and widget tests. Its "results" use a toy formula so that edits visibly change them;
integration tests use the real services."""
from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from retrofit.domain.errors import CellError, ConcurrentEditError, InputFileError, NotFoundError, ValidationError
from retrofit.domain.records import BUILDING_FIELDS
from retrofit.domain.settings import Settings
from retrofit.services.dashboard import CityDashboard, GroupFigures, ModeShare, ProgrammeProgress
from retrofit.services.dto import BuildingResult, BuildingRow, ChangeSummary, EstateRow, ResultSummary
from retrofit.services.events import BuildingsChanged, ChangeBus, EstatesChanged, SettingsChanged

_EFFECT = {"basic": 0.9, "usual": 0.6, "advanced": 0.45}


class FakeRecords:
    def __init__(self, bus: ChangeBus) -> None:
        self.bus = bus
        self.estates: dict[int, dict[str, Any]] = {}
        self.buildings: dict[int, BuildingRow] = {}
        self.estate_versions: dict[int, int] = {}
        self.log: list[dict[str, Any]] = []

    def _estate_row(self, estate_id: int) -> EstateRow:
        e = self.estates[estate_id]
        bs = [b for b in self.buildings.values() if b.estate_id == estate_id]
        return EstateRow(id=estate_id, estate=e["estate"], city=e["city"], district=e.get("district"),
                         subdistrict=None, address=e.get("address"), year_completed=None,
                         households=e.get("households"), consent_rate=e.get("consent_rate"),
                         heat_supplier=None, metered_billing=None, building_count=len(bs),
                         floor_area_m2=float(sum(b.values["floor_area_m2"] for b in bs)),
                         version=self.estate_versions[estate_id])

    def list_estates(self) -> list[EstateRow]:
        return [self._estate_row(i) for i in sorted(self.estates)]

    def get_estate(self, estate_id: int) -> EstateRow:
        if estate_id not in self.estates:
            raise NotFoundError(what=f"estate {estate_id}")
        return self._estate_row(estate_id)

    def list_buildings(self, estate_id: int | None = None) -> list[BuildingRow]:
        return [b for _, b in sorted(self.buildings.items()) if estate_id is None or b.estate_id == estate_id]

    def get_building(self, building_id: int) -> BuildingRow:
        if building_id not in self.buildings:
            raise NotFoundError(what=f"building {building_id}")
        return self.buildings[building_id]

    def create_estate(self, values: Mapping[str, Any]) -> EstateRow:
        new_id = max(self.estates, default=0) + 1
        self.estates[new_id] = dict(values)
        self.estate_versions[new_id] = 1
        self.bus.publish(EstatesChanged((new_id,)))
        return self._estate_row(new_id)

    def update_estate(self, estate_id: int, expected_version: int, changes: Mapping[str, Any]) -> EstateRow:
        if self.estate_versions[estate_id] != expected_version:
            raise ConcurrentEditError(what=self.estates[estate_id]["estate"])
        self.estates[estate_id].update(changes)
        self.estate_versions[estate_id] += 1
        self.bus.publish(EstatesChanged((estate_id,)))
        return self._estate_row(estate_id)

    def delete_estate(self, estate_id: int, expected_version: int) -> None:
        del self.estates[estate_id]
        self.bus.publish(EstatesChanged((estate_id,)))

    def create_building(self, estate_id: int, values: Mapping[str, Any]) -> BuildingRow:
        new_id = max(self.buildings, default=0) + 1
        full = {k: None for k in BUILDING_FIELDS}
        full.update(values, estate=self.estates[estate_id]["estate"], city=self.estates[estate_id]["city"])
        self.buildings[new_id] = BuildingRow(id=new_id, estate_id=estate_id, values=full, version=1)
        self.bus.publish(BuildingsChanged(estate_id, (new_id,)))
        return self.buildings[new_id]

    def _validate(self, changes: Mapping[str, Any]) -> None:
        for key, value in changes.items():
            if key not in BUILDING_FIELDS:
                raise ValidationError(field=key, value=value)
            if key == "wall_u" and value is not None and not 0.05 <= float(value) <= 5:
                raise ValidationError(field=key, value=value)
            if key == "mode" and value is not None and value not in ("none", "retrofit", "add_storey", "rebuild"):
                raise ValidationError(field=key, value=value)

    def update_building(self, building_id: int, expected_version: int, changes: Mapping[str, Any]) -> BuildingRow:
        return self.bulk_update_buildings({building_id: expected_version}, changes)[0]

    def bulk_update_buildings(self, versions: Mapping[int, int], changes: Mapping[str, Any]) -> list[BuildingRow]:
        self._validate(changes)
        for bid, version in versions.items():
            if self.get_building(bid).version != version:
                raise ConcurrentEditError(what=self.buildings[bid].values["building"])
        out = []
        for bid in versions:
            old = self.buildings[bid]
            self.buildings[bid] = replace(old, values={**old.values, **changes}, version=old.version + 1)
            out.append(self.buildings[bid])
            self.log.append({"building_id": bid, "changes": dict(changes)})
        estate_id = out[0].estate_id if out else 0
        self.bus.publish(BuildingsChanged(estate_id, tuple(versions)))
        return out

    def update_buildings(self, changes: Mapping[int, tuple[int, Mapping[str, Any]]]) -> list[BuildingRow]:
        for bid, (version, values) in changes.items():
            self._validate(values)
            if self.get_building(bid).version != version:
                raise ConcurrentEditError(what=self.buildings[bid].values["building"])
        out = []
        for bid, (_, values) in changes.items():
            old = self.buildings[bid]
            self.buildings[bid] = replace(old, values={**old.values, **values}, version=old.version + 1)
            out.append(self.buildings[bid])
            self.log.append({"building_id": bid, "changes": dict(values)})
        for estate_id in dict.fromkeys(r.estate_id for r in out):
            self.bus.publish(BuildingsChanged(estate_id, tuple(r.id for r in out if r.estate_id == estate_id)))
        return out

    def delete_building(self, building_id: int, expected_version: int) -> None:
        estate_id = self.get_building(building_id).estate_id
        del self.buildings[building_id]
        self.bus.publish(BuildingsChanged(estate_id, (building_id,)))

    def audit_log(self, limit: int = 200) -> list[dict[str, Any]]:
        return self.log[-limit:]


class FakeSettings:
    def __init__(self, bus: ChangeBus) -> None:
        self.bus = bus
        self.settings = Settings()
        self.packages = {"basic": ["network_balancing", "metering_trv"],
                         "usual": ["wall_eps_80", "window_pvc_double", "metering_trv"],
                         "advanced": ["wall_eps_120", "window_lowe_ig", "metering_trv", "source_chp"]}
        self.measures = [{"key": "wall_eps_80", "cost_2010_cny": 130.0, "cost_today_cny": 220.0, "per": "m² wall"},
                         {"key": "window_pvc_double", "cost_2010_cny": 400.0, "cost_today_cny": 700.0,
                          "per": "m² window"}]

    def get(self) -> Settings:
        return self.settings

    def update(self, changes: Mapping[str, Any]) -> Settings:
        self.settings = self.settings.replace(**changes)
        self.bus.publish(SettingsChanged(tuple(changes)))
        return self.settings

    def apply_preset(self, name: str) -> Settings:
        from retrofit.services.settings_service import PRESETS

        return self.update(PRESETS[name])

    def list_packages(self) -> dict[str, list[str]]:
        return {k: list(v) for k, v in self.packages.items()}

    def list_measures(self) -> list[dict[str, Any]]:
        return [dict(m) for m in self.measures]

    def update_measure(self, key: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        measure = next(m for m in self.measures if m["key"] == key)
        measure.update(changes)
        return dict(measure)

    def save_package(self, name: str, measures: Sequence[str]) -> None:
        self.packages[name] = list(measures)


class FakeResults:
    def __init__(self, records: FakeRecords, settings: FakeSettings) -> None:
        self.records, self.settings = records, settings
        self.calls = 0

    def _one(self, b: BuildingRow, package: str | None = None) -> BuildingResult:
        v = b.values
        q_before = 10.0 + 12.0 * (v["wall_u"] if v["wall_u"] is not None else 1.6)
        mode = v["mode"] or "retrofit"
        q_after = q_before if mode == "none" else q_before * _EFFECT.get(package or v["package"] or "usual", 0.6)
        area = float(v["floor_area_m2"])
        saved = (q_before - q_after) * area * 0.0004
        notices = ("wall_u defaulted",) if v["wall_u"] is None else ()
        values = {"q_h_before_w_m2": q_before, "q_h_after_w_m2": q_after, "floor_area_m2": area,
                  "coal_before_kgce_m2": q_before * 0.8, "coal_after_kgce_m2": q_after * 0.8,
                  "saved_tce": saved, "saved_tco2": saved * self.settings.settings.co2_factor_t_tce,
                  "freed_capacity_kw": (q_before - q_after) * area / 1000, "cost_rmb": area * 300.0,
                  "households": v["households"]}
        return BuildingResult(b.id, v["estate"], v["building"], values, notices)

    def _summary(self, rows: Sequence[BuildingRow], package: str | None = None) -> ResultSummary:
        self.calls += 1
        res = tuple(self._one(b, package) for b in rows)
        def total(key: str) -> float:
            return float(sum(r.values[key] for r in res))
        area = total("floor_area_m2")
        saved = total("saved_tce")
        totals = {"floor_area_m2": area, "coal_before_tce": total("coal_before_kgce_m2") and
                  sum(r.values["coal_before_kgce_m2"] * r.values["floor_area_m2"] for r in res) / 1000,
                  "coal_after_tce": sum(r.values["coal_after_kgce_m2"] * r.values["floor_area_m2"] for r in res) / 1000,
                  "saved_tce": saved, "saved_tco2": total("saved_tco2"), "saved_tce_p10": saved * 0.8,
                  "saved_tce_p50": saved, "saved_tce_p90": saved * 1.2,
                  "freed_capacity_mw": total("freed_capacity_kw") / 1000, "extra_area_m2": 0.0,
                  "cost_rmb": total("cost_rmb"), "households": total("households")}
        cost = totals["cost_rmb"]
        funding = {"central_subsidy": cost * 0.3, "heat_utility": cost * 0.1, "residents": cost * 0.2,
                   "city_budget": cost * 0.4}
        return ResultSummary(totals=totals, buildings=res, funding=funding)

    def summarize(self, building_ids: Sequence[int] | None = None, *, estate_id: int | None = None,
                  uncertainty: bool = True) -> ResultSummary:
        if building_ids is not None:
            rows = [self.records.get_building(i) for i in building_ids]
        else:
            rows = self.records.list_buildings(estate_id)
        return self._summary(rows)

    def compare_packages(self, estate_id: int, packages: Sequence[str]) -> dict[str, ResultSummary]:
        rows = self.records.list_buildings(estate_id)
        return {p: self._summary(rows, p) for p in packages}

    def city_dashboard(self) -> CityDashboard:
        """No added floor area: the figures net of the new load are the gross ones."""
        t = self._summary(self.records.list_buildings()).totals
        totals = {**t, "saved_net_tce": t["saved_tce"], "saved_net_tco2": t["saved_tco2"],
                  "freed_capacity_net_mw": t["freed_capacity_mw"], "added_area_m2": 0.0, "new_load_tce": 0.0,
                  "new_load_mw": 0.0}
        shares = {"retrofit": 0.8, "add_storey": 0.1, "rebuild": 0.1}
        return CityDashboard(totals, {m: ModeShare(v, v * t["floor_area_m2"], 1) for m, v in shares.items()}, 0.3,
                             by_district=(GroupFigures("路南区", saved_tce=t["saved_tce"]),),
                             by_year=(GroupFigures(2009, saved_tce=t["saved_tce"]),))


class FakeImports:
    def __init__(self, records: FakeRecords) -> None:
        self.records = records
        self.committed = 0

    def _read(self, path: Path) -> list[dict[str, str]]:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
        errors = []
        for i, row in enumerate(rows, start=2):
            for col in ("floor_area_m2", "storeys"):
                try:
                    float(row.get(col, ""))
                except ValueError:
                    errors.append(CellError(path.name, i, col, row.get(col, ""), "invalid_value",
                                            {"field": col, "value": row.get(col, "")}))
        if errors:
            raise InputFileError(path.name, errors)
        return rows

    def preview(self, path: Path, mapping: Mapping[str, str] | None = None) -> tuple[ChangeSummary, list[str]]:
        rows = self._read(path)
        return ChangeSummary(inserted_buildings=len(rows)), [f"{c} -> {c}" for c in (rows[0] if rows else {})]

    def commit(self, path: Path, mapping: Mapping[str, str] | None = None, *, progress=None,
               cancel=None) -> ChangeSummary:
        rows = self._read(path)
        self.committed += 1
        return ChangeSummary(inserted_buildings=len(rows))

    def export(self, path: Path, *, progress=None) -> int:
        rows = self.records.list_buildings()
        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["estate", "building"])
            writer.writerows([[b.values["estate"], b.values["building"]] for b in rows])
        return len(rows)


class FakeVerification:
    """No meter readings: every building without readings, the programme still planned."""

    def __init__(self, records: FakeRecords) -> None:
        self._records = records

    def _totals(self) -> dict[str, Any]:
        n = len(self._records.list_buildings())
        return {"verified_buildings": 0, "buildings": n, "measured_saved_tce": 0.0, "predicted_saved_tce": 0.0,
                "realisation_rate": None, "under_performing": 0, "no_baseline_buildings": 0,
                "no_after_buildings": 0, "no_readings_buildings": n}

    def overview(self) -> dict[str, Any]:
        return {"totals": self._totals(), "estates": [
            {"estate_id": e.id, "estate": e.estate, "buildings": e.building_count, "verified": 0, "no_baseline": 0,
             "no_after": 0, "no_readings": e.building_count, "estate_meter": None, "measured_saved_tce": 0.0,
             "predicted_saved_tce": 0.0, "realisation_rate": None, "under_performing": 0}
            for e in self._records.list_estates()]}

    def estate_view(self, estate_id: int, lang: str | None = None) -> dict[str, Any]:
        return {"estate": self._records.get_estate(estate_id).estate, "buildings": [], "estate_meter": None,
                "series": [], "predicted_before_kgce_m2": None, "predicted_after_kgce_m2": None,
                "measured_saved_tce": 0.0, "predicted_saved_tce": 0.0, "realisation_rate": None}

    def progress(self, target_tce: float | None = None) -> ProgrammeProgress:
        area = sum(b["floor_area_m2"] for b in self._records.list_buildings())
        return ProgrammeProgress({"planned": area, "design": 0.0, "construction": 0.0, "completed": 0.0},
                                 programme_area_m2=area, years=(), target_tce=360_000.0)


class FakeServices:
    """An AppServices with a small city: two districts, three estates, eight buildings."""

    def __init__(self) -> None:
        self.url = "memory://fake"
        self.bus = ChangeBus()
        self.records = FakeRecords(self.bus)
        self.settings = FakeSettings(self.bus)
        self.results = FakeResults(self.records, self.settings)
        self.imports = FakeImports(self.records)
        self.verification = FakeVerification(self.records)
        self.closed = False
        self._seed()

    def _seed(self) -> None:
        estates = [("河北小区", "路南区", 0.9), ("光明里", "路南区", 0.5), ("新华西里", "路北区", 0.8)]
        for n, (name, district, consent) in enumerate(estates):
            estate = self.records.create_estate({"estate": name, "city": "唐山", "district": district,
                                                 "consent_rate": consent, "address": f"{district}{n + 1}号"})
            for k in range(3 if n < 2 else 2):
                self.records.create_building(estate.id, {
                    "building": f"{k + 1}号楼", "year_built": 1980 + k, "storeys": 5 + k,
                    "floor_area_m2": 3000.0 + 100 * k, "households": 60, "structure": "brick_concrete",
                    "wall_u": 1.6 if k != 1 else None, "planned_year": 2009 + k})

    def close(self) -> None:
        self.closed = True
