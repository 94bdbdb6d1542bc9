"""Messages of the core in Chinese (default) and English, without Qt.

The language is, in order: the ``lang`` argument, :func:`set_language`, the ``RETROFIT_LANG``
environment variable, then Chinese. The texts are the gettext catalogues of the ``retrofit``
domain, ``resources/locale/<zh_CN|en>/LC_MESSAGES/retrofit.mo`` (compiled from the ``.po`` files
next to them; see docs/development.md, "Translations"): the msgid is the message's stable code,
the text a ``str.format`` template. Every code is in both catalogues (the tests of
``tests/i18n`` find the codes the code base uses); an unknown code is logged and shown as itself.
"""
from __future__ import annotations

import logging
import os
import re
from typing import TYPE_CHECKING

from resources import translations
from retrofit.domain.catalogue import MEASURE_BY_KEY
from retrofit.domain.vocabulary import label_of

if TYPE_CHECKING:
    from retrofit.domain.errors import CellError

LANGUAGES = ("zh", "en")
#: gettext domain of the core's messages.
DOMAIN = "retrofit"
_current: str | None = None
_log = logging.getLogger(__name__)


def template(code: str, lang: str | None = None) -> str | None:
    """The text of ``code`` in the language in force, before its placeholders are filled in;
    None for an unknown code."""
    if not code:                         # msgid "" is the catalogue's header
        return None
    try:
        return translations(DOMAIN, language(lang)).gettext(code)
    except KeyError:
        return None


def has_message(code: str) -> bool:
    """Whether ``code`` has a text (a code stored by an older version may not)."""
    return template(code, "zh") is not None


def set_language(lang: str | None) -> None:
    """Set the process-wide language (``"zh"`` or ``"en"``; ``None`` resets)."""
    global _current
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {LANGUAGES}")
    _current = lang


def language(lang: str | None = None) -> str:
    """The language in force for ``lang`` (see the module docstring)."""
    for candidate in (lang, _current, os.environ.get("RETROFIT_LANG")):
        if candidate:
            short = candidate.lower()[:2]
            if short in LANGUAGES:
                return short
    return "zh"


def kind_code(kind: str) -> str:
    """The msgid of the words for the ``kind`` of a wrong value: "whole number" → ``kind_whole_number``."""
    return "kind_" + re.sub(r"[^a-z]+", "_", kind)


def _readable(params: dict[str, object], lang: str) -> dict[str, object]:
    """``field`` as its label (never a key such as ``floor_area_m2``) and ``kind`` in words
    (the text of :func:`kind_code`)."""
    out = dict(params)
    if isinstance(out.get("field"), str):
        key = str(out["field"])
        out["field"] = MEASURE_BY_KEY[key].label(lang) if key in MEASURE_BY_KEY else label_of(key, lang)
    if isinstance(out.get("kind"), str):
        out["kind"] = template(kind_code(str(out["kind"])), lang) or out["kind"]
    return out


def message(code: str, lang: str | None = None, **params: object) -> str:
    """The message for ``code`` in the language in force, with ``params`` filled in (a field
    named by its key is shown with its label)."""
    lang = language(lang)
    text = template(code, lang)
    if text is None:
        _log.warning("no text for message code %r (%s)", code, lang)
        return f"{code} {params}" if params else code
    params = _readable(params, lang)
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return f"{text} {params}"


def cell_error_message(error: CellError, lang: str | None = None) -> str:
    """'file, row r, column c, value v: reason' for one bad cell."""
    reason = message(error.code, lang, **error.params)
    return message("cell", lang, file=error.file, row=error.row, column=error.column,
                   value=error.value, reason=reason)
