"""The import wizard for a meter register (计量数据, data dictionary): the same pages as the
register import, with the meter columns, the meter service's preview and commit."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from retrofit.services.api import AppServices
from ui.imports.wizard import RegisterSource

translate = QCoreApplication.translate


def meter_summary_text(s: Any) -> str:
    return translate("ImportWizard", "New readings: %1, changed readings: %2, unchanged readings: %3 (%4 estates)").replace(
        "%1", str(s.inserted)).replace("%2", str(s.updated)).replace("%3", str(s.unchanged)).replace(
        "%4", str(s.estates))


class MeterSource(RegisterSource):
    remember = False                    # meter headers are few and fixed: nothing to remember

    def texts(self) -> tuple[str, str, str]:
        return (translate("ImportWizard", "Import meter register"),
                translate("ImportWizard", "Choose a meter register"),
                translate("ImportWizard", "A CSV or Excel file with one row per building (or estate meter) and "
                                          "heating season: heat in GJ or MWh, or coal in tce."))

    def read_columns(self, path: Path) -> list:
        from retrofit.io.meters import detect_meter_columns

        return detect_meter_columns(path)

    def keys(self) -> list[tuple[str, str]]:
        from retrofit.domain.meters import METER_FIELDS

        return [(self.label(f.key), f.key) for f in METER_FIELDS]

    def label(self, key: str) -> str:
        """A meter key as the wizard offers it: its label in the language in force with its unit
        (``供热量 [GJ]``, ``Heat delivered [MWh]``), never the key."""
        from retrofit import i18n
        from retrofit.domain.meters import METER_BY_KEY
        from ui.fields import unit_text

        field = METER_BY_KEY.get(key)
        if field is None:
            return key
        text = field.zh if i18n.language() == "zh" else field.en
        return f"{text} [{unit_text(field.unit)}]" if field.unit else text

    def preview(self, services: AppServices, path: Path, mapping: dict | None) -> tuple[Any, list[str]]:
        register = services.verification.read(path, mapping)
        notices = [n.message() if hasattr(n, "message") else str(n) for n in register.extra.get("notices", ())]
        return services.verification.plan(register), notices

    def commit(self, services: AppServices, path: Path, mapping: dict | None, progress, cancel) -> Any:  # noqa: ANN001
        return services.verification.commit(path, mapping, progress=progress, cancel=cancel)

    def summary_text(self, summary: Any) -> str:
        return meter_summary_text(summary)
