"""The UI's own preferences in QSettings: one defaults dict, typed reads, a path
that tests redirect. Method and money settings live in the database (``app.settings``)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from retrofit import paths

_DEFAULTS: dict[str, Any] = {
    "last_db_url": "",
    "recent_db_urls": "[]",
    "language": "zh",
    "import_mapping": "{}",
    "report_dir": "",
    "search_text": "",
}


def data_dir() -> Path:
    """The user's data folder (the databases, the log file, the UI settings); ``RETROFIT_HOME``
    overrides it (tests use a temporary folder)."""
    return paths.data_dir()


class AppSettings:
    """Typed access to the UI preferences, stored as an INI file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "ui.ini"
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str) -> Any:
        default = _DEFAULTS[key]
        return self._qs.value(key, default, type=type(default))

    def _set(self, key: str, value: Any) -> None:
        self._qs.setValue(key, value)
        self._qs.sync()

    @property
    def last_db_url(self) -> str:
        return str(self._get("last_db_url"))

    @last_db_url.setter
    def last_db_url(self, url: str) -> None:
        self._set("last_db_url", url)
        recent = [u for u in self.recent_db_urls if u != url]
        self._set("recent_db_urls", json.dumps([url, *recent][:8]))

    @property
    def recent_db_urls(self) -> list[str]:
        try:
            return [str(u) for u in json.loads(self._get("recent_db_urls"))]
        except (ValueError, TypeError):
            return []

    @property
    def language(self) -> str:
        lang = str(self._get("language"))
        return lang if lang in ("zh", "en") else "zh"

    @language.setter
    def language(self, lang: str) -> None:
        self._set("language", lang)

    @property
    def import_mapping(self) -> dict[str, str]:
        try:
            data = json.loads(self._get("import_mapping"))
        except (ValueError, TypeError):
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    @import_mapping.setter
    def import_mapping(self, mapping: dict[str, str]) -> None:
        self._set("import_mapping", json.dumps(mapping, ensure_ascii=False))

    @property
    def report_dir(self) -> str:
        return str(self._get("report_dir"))

    @report_dir.setter
    def report_dir(self, path: str) -> None:
        self._set("report_dir", path)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self._qs.value("window/geometry")
        state = self._qs.value("window/state")
        return (geometry if isinstance(geometry, QByteArray) else None,
                state if isinstance(state, QByteArray) else None)

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)
        self._qs.sync()
