"""Import and export of registers (CSV, XLSX). An import is one transaction: every value is
checked first (all errors listed with row, column and value), then everything is written, or
nothing is (any error, a cancel or a crash rolls back)."""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from retrofit import i18n
from retrofit.domain.records import Register
from retrofit.domain.vocabulary import label_of
from retrofit.progress import CancelToken, Progress
from retrofit.services.dto import ChangeSummary
from retrofit.services.events import DatabaseReplaced
from retrofit.services.faults import writing
from retrofit.storage.db import take_write_lock
from retrofit.storage.importer import ImportPlan, apply_import, plan_import
from retrofit.storage.load import bulk_work, read_register

if TYPE_CHECKING:
    from retrofit.services.app import AppServices


def summary_of(plan: ImportPlan) -> ChangeSummary:
    return ChangeSummary(inserted_estates=len(plan.new_estates), updated_estates=len(plan.estate_updates),
                         inserted_buildings=len(plan.new_buildings),
                         updated_buildings=len(plan.building_updates),
                         unchanged_buildings=plan.unchanged_buildings)


def read_file(path: Path, mapping: Mapping[str, str | None] | None = None, *,
              progress: Progress | None = None, cancel: CancelToken | None = None) -> Register:
    """The register in ``path`` (``retrofit.io.registers.read_register``); InputFileError when
    any cell is bad."""
    from retrofit.io.registers import read_register as read  # lazy: not needed before the first window

    return read(Path(path), mapping, progress=progress, cancel=cancel)


def notices_of(register: Register, lang: str | None = None) -> list[str]:
    """The reader's messages as text: first what it found and skipped (title rows, two header
    rows, units row, totals, footer, unknown columns), then the header mapping with each field's
    label (``建筑面积(㎡) → 建筑面积 (floor_area_m2)``)."""
    out = [notice.message(lang) if hasattr(notice, "message") else str(notice)
           for notice in register.extra.get("notices", ()) or ()]
    for header, key in (register.extra.get("mapping") or {}).items():
        if key and header != key:
            field = "households" if key == "estate_households" else key
            out.append(f"{header} → {label_of(field, i18n.language(lang))} ({key})")
    return out


class ImportService:
    """Implements :class:`retrofit.services.api.ImportService`."""

    def __init__(self, app: AppServices) -> None:
        self._app = app

    def plan(self, register: Register) -> ImportPlan:
        """What ``register`` would change (InputFileError lists every bad value)."""
        with self._app.session_factory() as session:
            return plan_import(session, register)

    def preview(self, path: Path, mapping: Mapping[str, str | None] | None = None) -> tuple[ChangeSummary, list[str]]:
        register = read_file(path, mapping)
        return summary_of(self.plan(register)), notices_of(register)

    def commit_register(self, register: Register, *, progress: Progress | None = None,
                        cancel: CancelToken | None = None) -> tuple[ChangeSummary, ImportPlan]:
        """Write ``register`` in one transaction; DatabaseReplaced is published after the commit.

        The transaction takes the write lock before it plans: a second import at the same time
        waits, then plans against the first one's result (or raises DatabaseBusyError when the
        wait is too long). A full disk raises StorageError; nothing is written either way."""
        with writing(self._app, register.source):
            with self._app.session_factory.begin() as session:
                take_write_lock(session.connection())
                plan = plan_import(session, register)
                with bulk_work():
                    apply_import(session, plan, progress=progress,
                                 check_cancel=cancel.raise_if_cancelled if cancel else None)
        self._app.bus.publish(DatabaseReplaced())
        return summary_of(plan), plan

    def commit(self, path: Path, mapping: Mapping[str, str | None] | None = None, *,
               progress: Progress | None = None, cancel: CancelToken | None = None) -> ChangeSummary:
        register = read_file(path, mapping, progress=progress, cancel=cancel)
        return self.commit_register(register, progress=progress, cancel=cancel)[0]

    def register(self, estate_id: int | None = None) -> Register:
        """The stored records as a register (all, or one estate's)."""
        with self._app.session_factory() as session:
            register, ids = read_register(session, estate_id)
        return Register(register.estates, register.buildings, source=self._app.url,
                        extra={"building_ids": ids})

    def export(self, path: Path, *, progress: Progress | None = None, lang: str | None = None) -> int:
        """Write every estate and building to ``path`` (CSV or XLSX by its suffix) with
        ``retrofit.io.export.write_register``, headers in ``lang`` (default: the language in
        force); returns the number of buildings written."""
        from retrofit.io.export import write_register  # lazy: not needed before the first window

        register = self.register()
        return write_register(Path(path), register, lang=i18n.language(lang), progress=progress)
