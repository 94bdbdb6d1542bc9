"""The service interfaces the front-ends (the Qt UI, the CLI) program against.

Each method is one user action and one transaction. Methods that take ``progress``/``cancel``
can run for long and are meant to be called from a worker thread (they open their own session).
Errors: :class:`retrofit.domain.errors.ValidationError`, ``NotFoundError``,
``ConcurrentEditError``, ``InputFileError``; :class:`retrofit.progress.Cancelled`.

:func:`retrofit.services.app.open_services` builds an :class:`AppServices` for a database URL.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from retrofit.domain.settings import Settings
from retrofit.planner.costs import CostCurve
from retrofit.planner.plan import PlanResult, SavedPlan
from retrofit.progress import CancelToken, Progress
from retrofit.services.dashboard import CityDashboard, ProgrammeProgress
from retrofit.services.dto import BuildingRow, ChangeSummary, EstateRow, ResultSummary
from retrofit.services.events import ChangeBus


class RecordService(Protocol):
    def list_estates(self) -> list[EstateRow]: ...
    def get_estate(self, estate_id: int) -> EstateRow: ...
    def list_buildings(self, estate_id: int | None = None) -> list[BuildingRow]:
        """The buildings of one estate, or of the whole city when ``estate_id`` is None."""
    def get_building(self, building_id: int) -> BuildingRow: ...
    def create_estate(self, values: Mapping[str, Any]) -> EstateRow: ...
    def update_estate(self, estate_id: int, expected_version: int, changes: Mapping[str, Any]) -> EstateRow: ...
    def delete_estate(self, estate_id: int, expected_version: int) -> None: ...
    def create_building(self, estate_id: int, values: Mapping[str, Any]) -> BuildingRow: ...
    def update_building(self, building_id: int, expected_version: int,
                        changes: Mapping[str, Any]) -> BuildingRow:
        """Set fields (data-dictionary keys; ``None`` = back to the default). Validates every value,
        writes an audit entry, bumps ``version``; raises ConcurrentEditError if the stored version
        is not ``expected_version``. Publishes BuildingsChanged."""
    def bulk_update_buildings(self, versions: Mapping[int, int],
                              changes: Mapping[str, Any]) -> list[BuildingRow]:
        """The same changes on many buildings ({building_id: expected_version}); all or nothing."""
    def update_buildings(self, changes: Mapping[int, tuple[int, Mapping[str, Any]]]) -> list[BuildingRow]:
        """Different changes on many buildings ({building_id: (expected_version, changes)});
        all or nothing, one transaction. Publishes BuildingsChanged per estate."""
    def delete_building(self, building_id: int, expected_version: int) -> None: ...
    def audit_log(self, limit: int = 200) -> list[dict[str, Any]]: ...


class ResultService(Protocol):
    def summarize(self, building_ids: Sequence[int] | None = None, *, estate_id: int | None = None,
                  uncertainty: bool = True) -> ResultSummary:
        """Before/after results, savings (with P10/P50/P90 when ``uncertainty``), freed capacity,
        cost and funding split for the given buildings, an estate, or the whole city (no args)."""
    def compare_packages(self, estate_id: int, packages: Sequence[str]) -> dict[str, ResultSummary]:
        """The estate's results with every building set to each package in turn (nothing saved)."""
    def city_dashboard(self) -> CityDashboard:
        """City totals against the programme targets, mode shares with the rebuild cap check,
        by district and by planned year."""


class SettingsService(Protocol):
    def get(self) -> Settings: ...
    def update(self, changes: Mapping[str, Any]) -> Settings: ...
    def apply_preset(self, name: str) -> Settings: ...
    def list_packages(self) -> dict[str, list[str]]: ...
    def list_measures(self) -> list[dict[str, Any]]:
        """Every measure (shipped, changed or the user's own: ``origin``) with its fields."""
    def update_measure(self, key: str, changes: Mapping[str, Any]) -> dict[str, Any]: ...
    def add_measure(self, values: Mapping[str, Any]) -> dict[str, Any]: ...
    def copy_measure(self, key: str) -> dict[str, Any]: ...
    def reset_measure(self, key: str) -> dict[str, Any]: ...
    def delete_measure(self, key: str) -> None: ...
    def package_origin(self, name: str) -> str: ...
    def save_package(self, name: str, measures: Sequence[str]) -> None: ...
    def reset_package(self, name: str) -> None: ...
    def delete_package(self, name: str) -> None:
        """Delete a package of the user's own; refused while buildings use it."""


class ImportService(Protocol):
    def preview(self, path: Path, mapping: Mapping[str, str | None] | None = None) -> tuple[ChangeSummary, list[str]]:
        """Read and validate the file; return what would change and the detected header mapping
        messages. Raises InputFileError (every bad cell) and changes nothing."""
    def commit(self, path: Path, mapping: Mapping[str, str | None] | None = None, *,
               progress: Progress | None = None, cancel: CancelToken | None = None) -> ChangeSummary: ...
    def export(self, path: Path, *, progress: Progress | None = None) -> int: ...


class ReportService(Protocol):
    def render(self, estate_ids: Sequence[int] | None, kind: str, lang: str, out_dir: Path, *,
               progress: Progress | None = None, cancel: CancelToken | None = None) -> list[Path]:
        """kind: plan | summary | programme. ``None`` estates = all. Returns the PDF paths."""


class PlanService(Protocol):
    def solve(self, inputs: Mapping[str, Any], *, progress: Progress | None = None,
              cancel: CancelToken | None = None) -> PlanResult:
        """The programme plan for the inputs (``to_dict()``: the ``retrofit plan --json``
        document); with ``cancel``, in a worker process that Cancel stops."""
    def save(self, name: str, inputs: Mapping[str, Any], result: PlanResult) -> int:
        """Store a plan as a draft; a new version when the name exists. Returns its id."""
    def update(self, plan_id: int, expected_version: int, inputs: Mapping[str, Any],
               result: PlanResult) -> SavedPlan:
        """Replace a draft's inputs and result (``PlanLockedError`` once approved)."""
    def get(self, plan_id: int) -> SavedPlan:
        """One saved plan with its inputs and result."""
    def cost_curve(self, result: PlanResult | None = None) -> CostCurve:
        """The cost curve of the estates of a plan, or of every estate as recorded."""
    def list_plans(self) -> list[SavedPlan]:
        """Every saved plan, oldest first."""
    def approve(self, plan_id: int, expected_version: int) -> None:
        """Approve a draft; from then on it is locked."""
    def delete(self, plan_id: int, expected_version: int) -> None:
        """Delete a draft (``PlanLockedError`` once approved)."""


class VerificationService(Protocol):
    """Meter registers and the verification against them (:mod:`retrofit.services.verification`)."""

    def read(self, path: Path, mapping: Mapping[str, str | None] | None = None, *,
             progress: Progress | None = None, cancel: CancelToken | None = None) -> Any:
        """The meter register in ``path`` (InputFileError when any cell is bad)."""
    def plan(self, register: Any) -> Any:
        """What importing a meter register would change (MeterSummary); nothing is written."""
    def commit(self, path: Path, mapping: Mapping[str, str | None] | None = None, *,
               progress: Progress | None = None, cancel: CancelToken | None = None) -> Any:
        """Import a meter register in one transaction (MeterSummary)."""
    def export(self, path: Path, *, lang: str | None = None) -> int:
        """Write every stored reading to a meter register; the number of rows."""
    def overview(self) -> dict[str, Any]:
        """The city: ``totals`` and one line per estate (``estates``)."""
    def estate_view(self, estate_id: int, lang: str | None = None) -> dict[str, Any]:
        """One estate: its buildings, estate meter, season series and predicted levels."""
    def progress(self, target_tce: float | None = None) -> ProgrammeProgress:
        """Floor area by works status and by year; cumulative measured and predicted saving."""


class AppServices(Protocol):
    @property
    def url(self) -> str: ...
    @property
    def bus(self) -> ChangeBus: ...
    @property
    def records(self) -> RecordService: ...
    @property
    def results(self) -> ResultService: ...
    @property
    def settings(self) -> SettingsService: ...
    @property
    def imports(self) -> ImportService: ...
    @property
    def reports(self) -> ReportService: ...
    @property
    def plans(self) -> PlanService: ...
    @property
    def verification(self) -> VerificationService: ...

    def close(self) -> None: ...
