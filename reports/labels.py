"""The words of the reports, in Chinese and English.

``reports`` cannot use ``retrofit.i18n`` or Qt, so the texts live here and the caller chooses
the language (``Labels.for_language("zh")``), optionally overriding single texts. Templates use
``str.format`` placeholders.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from reports.texts_en import EN
from reports.texts_zh import ZH

TEXTS: Mapping[str, Mapping[str, str]] = MappingProxyType({"zh": ZH, "en": EN})


@dataclass(frozen=True, slots=True)
class Labels:
    """Texts of one language. ``labels["key"]`` raises ``KeyError`` for an unknown key."""

    lang: str
    texts: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def for_language(cls, lang: str = "zh", overrides: Mapping[str, str] | None = None) -> Labels:
        if lang not in TEXTS:
            raise ValueError(f"unknown report language {lang!r}; use one of {sorted(TEXTS)}")
        texts = dict(TEXTS[lang])
        texts.update(overrides or {})
        return cls(lang, MappingProxyType(texts))

    def __getitem__(self, key: str) -> str:
        return self.texts[key]

    def get(self, key: str, default: str) -> str:
        return self.texts.get(key, default)

    def name(self, kind: str, key: str) -> str:
        """The display name of a key: ``name("mode", "rebuild")`` → "拆改建"; unknown keys (a
        user package, a new measure) print as they are."""
        return self.texts.get(f"{kind}_{key}", key)
