"""The words of the reports, in Chinese and English.

``reports`` cannot use ``retrofit.i18n`` or Qt: the texts are the gettext catalogues of the
``reports`` domain, ``resources/locale/<zh_CN|en>/LC_MESSAGES/reports.mo`` (compiled from the
``.po`` files next to them; see docs/development.md, "Translations"), read with the standard
library. The msgid is the text's stable key; templates use ``str.format`` placeholders. The caller
chooses the language (``Labels.for_language("zh")``), optionally overriding single texts.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from resources import LOCALES, translations

#: gettext domain of the reports' texts.
DOMAIN = "reports"


@dataclass(frozen=True, slots=True)
class Labels:
    """Texts of one language: ``texts`` (overrides: the catalogue's measure and package names
    ...) before the catalogue. ``labels["key"]`` raises ``KeyError`` for an unknown key."""

    lang: str
    texts: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def for_language(cls, lang: str = "zh", overrides: Mapping[str, str] | None = None) -> Labels:
        if lang not in LOCALES:
            raise ValueError(f"unknown report language {lang!r}; use one of {sorted(LOCALES)}")
        return cls(lang, MappingProxyType(dict(overrides or {})))

    def __getitem__(self, key: str) -> str:
        if key in self.texts:
            return self.texts[key]
        if not key:                      # msgid "" is the catalogue's header
            raise KeyError(key)
        return translations(DOMAIN, self.lang).gettext(key)

    def get(self, key: str, default: str) -> str:
        try:
            return self[key]
        except KeyError:
            return default

    def name(self, kind: str, key: str) -> str:
        """The display name of a key: ``name("mode", "rebuild")`` → "拆改建"; unknown keys (a
        user package, a new measure) print as they are."""
        return self.get(f"{kind}_{key}", key)
