"""The composition root of the core: :func:`open_services` builds every service for one database.

Used by the desktop app and by the CLI. The database is migrated to the newest schema when it is
opened (an older SQLite file is backed up first; ``app.upgrade`` reports it). Opened with
``read_only=True`` (the commands that only read) nothing is created, migrated or written.
A file or server that is not our database raises :class:`~retrofit.domain.errors.StorageError`
before anything is changed.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from retrofit.domain.errors import StorageError
from retrofit.services.events import ChangeBus
from retrofit.services.records import RecordService
from retrofit.services.results import ResultService
from retrofit.services.settings_service import SettingsService
from retrofit.storage.db import make_engine, make_session_factory, resolve_url, sqlite_path
from retrofit.storage.faults import domain_error
from retrofit.storage.migrate import HEAD_REVISION, UpgradeReport, require_current, upgrade_to_head
from retrofit.storage.sqlite_file import check_sqlite_file

if TYPE_CHECKING:
    from retrofit.services.imports import ImportService


class AppServices:
    """Every service over one database. Attributes: ``url``, ``bus``, ``engine``,
    ``session_factory``, ``upgrade``, ``read_only``; services ``records``, ``results``, ``settings``, and
    (created on first use, so that opening a database does not import what they need)
    ``imports``, ``reports``, ``plans`` and ``verification``."""

    def __init__(self, url: str, engine: Engine, upgrade: UpgradeReport, read_only: bool = False) -> None:
        self.url = url
        self.engine = engine
        self.upgrade = upgrade
        self.read_only = read_only
        self.session_factory: sessionmaker[Session] = make_session_factory(engine)
        self.bus = ChangeBus()
        self._lock = threading.Lock()
        self._lazy: dict[str, Any] = {}
        self.records: RecordService = RecordService(self)
        self.settings: SettingsService = SettingsService(self)
        self.results: ResultService = ResultService(self)

    @property
    def imports(self) -> ImportService:
        """:class:`retrofit.services.imports.ImportService` for this database."""
        with self._lock:
            if "imports" not in self._lazy:
                from retrofit.services.imports import ImportService  # lazy: made on first use

                self._lazy["imports"] = ImportService(self)
            return self._lazy["imports"]

    @property
    def reports(self) -> Any:
        """:class:`retrofit.services.reporting.ReportingService` for this database."""
        with self._lock:
            if "reports" not in self._lazy:
                from retrofit.services.reporting import ReportingService  # lazy: made on first use

                self._lazy["reports"] = ReportingService(self)
            return self._lazy["reports"]

    @property
    def verification(self) -> Any:
        """:class:`retrofit.services.verification.VerificationService` for this database."""
        with self._lock:
            if "verification" not in self._lazy:
                from retrofit.services.verification import VerificationService  # lazy: made on first use

                self._lazy["verification"] = VerificationService(self)
            return self._lazy["verification"]

    @property
    def plans(self) -> Any:
        """:class:`retrofit.services.planning.PlanningService` for this database."""
        with self._lock:
            if "plans" not in self._lazy:
                from retrofit.services.planning import PlanningService  # lazy: made on first use

                self._lazy["plans"] = PlanningService(self)
            return self._lazy["plans"]

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> AppServices:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"AppServices({self.engine.url.render_as_string(hide_password=True)!r})"


def open_services(url: str | None = None, *, read_only: bool = False) -> AppServices:
    """Open the database at ``url`` (None: ``RETROFIT_DB``, then the user's default SQLite file;
    a plain path is a SQLite file), create or upgrade its schema, and build the services.

    ``read_only``: the database must exist, be ours and be at the newest schema; it is opened
    so that nothing can be written (a read-only file or folder is fine)."""
    resolved = resolve_url(url)
    path = sqlite_path(resolved)
    if path is not None:
        check_sqlite_file(path, reading=read_only)
    try:
        engine = make_engine(resolved, read_only=read_only)
    except OSError as exc:       # the SQLite file's folder cannot be made
        raise StorageError("db_cannot_open", where=str(path), reason=exc.strerror or str(exc)) from exc
    except ArgumentError as exc:  # not a database URL SQLAlchemy knows
        raise StorageError("db_cannot_open", where=resolved, reason=str(exc)) from exc
    try:
        if read_only:
            require_current(engine)
            report = UpgradeReport(HEAD_REVISION, HEAD_REVISION, None)
        else:
            report = upgrade_to_head(engine)
    except Exception:
        engine.dispose()
        raise
    return AppServices(resolved, engine, report, read_only)


__all__ = ["AppServices", "domain_error", "open_services"]
