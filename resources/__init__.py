"""Data shipped with Retrofit Planner: reference tables, fonts, translations, icons.

This package holds data only. Code reads it through :func:`path`, and the gettext catalogues
of ``locale/`` through :func:`translations`.
"""
from __future__ import annotations

import gettext
from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType

#: The catalogues' locale of each language of the app.
LOCALES: Mapping[str, str] = MappingProxyType({"zh": "zh_CN", "en": "en"})


def path(*parts: str) -> Path:
    """Return the filesystem path of a shipped resource, e.g. ``path("data", "climate.csv")``."""
    return Path(str(files(__name__).joinpath(*parts)))


class _Missing(gettext.NullTranslations):
    """The catalogues' fallback: a msgid a catalogue lacks raises ``KeyError`` (the standard
    library would return the msgid itself, which cannot be told from a text equal to it)."""

    def gettext(self, message: str) -> str:
        raise KeyError(message)


@cache
def translations(domain: str, lang: str) -> gettext.NullTranslations:
    """The compiled catalogue ``locale/<locale>/LC_MESSAGES/<domain>.mo`` of ``lang`` ("zh" or
    "en"), read once per process; ``gettext`` of a msgid it lacks raises ``KeyError``."""
    found = gettext.translation(domain, str(path("locale")), languages=[LOCALES[lang]])
    found.add_fallback(_Missing())
    return found
