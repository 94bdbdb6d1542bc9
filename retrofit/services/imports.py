"""Import and export of registers (filled in below)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from retrofit.services.app import AppServices


class ImportService:
    def __init__(self, app: AppServices) -> None:
        self._app = app
