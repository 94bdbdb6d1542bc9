"""The soft findings of the register reader (:class:`ImportNotice`); their texts, like the
reasons of a bad cell (``io_*``), are in the ``retrofit`` catalogue (:mod:`retrofit.i18n`)."""
from __future__ import annotations

from dataclasses import dataclass, field

from retrofit import i18n


@dataclass(frozen=True, slots=True)
class ImportNotice:
    """A soft finding of an import (an ignored column, a skipped totals row)."""

    code: str
    params: dict = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return i18n.message(self.code, lang, **self.params)
