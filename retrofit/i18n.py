"""Messages of the core in Chinese (default) and English, without Qt.

The language is, in order: the ``lang`` argument, :func:`set_language`, the ``RETROFIT_LANG``
environment variable, then Chinese. Each module that raises errors registers its message
templates here with :func:`register`; a template uses ``str.format`` placeholders.
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

from retrofit.domain.catalogue import MEASURE_BY_KEY
from retrofit.domain.vocabulary import label_of

if TYPE_CHECKING:
    from retrofit.domain.errors import CellError

LANGUAGES = ("zh", "en")
_current: str | None = None

MESSAGES: dict[str, dict[str, str]] = {
    "error": {"zh": "出错了", "en": "An error occurred"},
    "invalid_value": {"zh": "字段“{field}”的值“{value}”无效", "en": "Invalid value '{value}' for field '{field}'"},
    "not_found": {"zh": "未找到：{what}", "en": "Not found: {what}"},
    "concurrent_edit": {
        "zh": "“{what}”已被其他用户修改，您的修改未保存。请刷新后重试。",
        "en": "'{what}' was changed by someone else since you opened it; your change was not saved. "
              "Reload and try again.",
    },
    "input_file_errors": {
        "zh": "文件 {file} 有 {count} 处错误，未做任何修改：",
        "en": "{file} has {count} error(s); nothing was changed:",
    },
    "cancelled": {"zh": "已取消，未做任何修改", "en": "Cancelled; nothing was changed"},
    "more_errors": {"zh": "……另有 {count} 处错误", "en": "... and {count} more error(s)"},
    "cell": {
        "zh": "{file} 第 {row} 行，“{column}”列，值“{value}”：{reason}",
        "en": "{file}, row {row}, column '{column}', value '{value}': {reason}",
    },
}


def register(messages: dict[str, dict[str, str]]) -> None:
    """Add message templates ``{code: {"zh": ..., "en": ...}}``; both languages are required."""
    for code, texts in messages.items():
        missing = set(LANGUAGES) - set(texts)
        if missing:
            raise ValueError(f"message {code!r} lacks {sorted(missing)}")
        MESSAGES[code] = texts


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


#: Words that messages take as parameters (``kind`` of a wrong value), in both languages.
_WORDS = {"number": "数字", "whole number": "整数", "text": "文字", "yes/no": "是/否", "date": "日期"}


def _readable(params: dict[str, object], lang: str) -> dict[str, object]:
    """``field`` as its label (never a key such as ``floor_area_m2``) and ``kind`` in words."""
    out = dict(params)
    if isinstance(out.get("field"), str):
        key = str(out["field"])
        out["field"] = MEASURE_BY_KEY[key].label(lang) if key in MEASURE_BY_KEY else label_of(key, lang)
    if lang == "zh" and isinstance(out.get("kind"), str):
        out["kind"] = _WORDS.get(str(out["kind"]), out["kind"])
    return out


def message(code: str, lang: str | None = None, **params: object) -> str:
    """The message for ``code`` in the language in force, with ``params`` filled in (a field
    named by its key is shown with its label)."""
    texts = MESSAGES.get(code)
    if texts is None:
        return f"{code} {params}" if params else code
    lang = language(lang)
    template = texts[lang]
    params = _readable(params, lang)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return f"{template} {params}"


def cell_error_message(error: CellError, lang: str | None = None) -> str:
    """'file, row r, column c, value v: reason' for one bad cell."""
    reason = message(error.code, lang, **error.params)
    return message("cell", lang, file=error.file, row=error.row, column=error.column,
                   value=error.value, reason=reason)
