"""Rules on single values and on a building as a whole that every path applies alike (import,
edit, storage): text the database and the XLSX writer can hold, dates as Chinese registers write
them, package names stored by their key, and the works dates against the status.

Each rule returns a message code (its texts in the ``retrofit`` catalogue) with its parameters,
or raises :class:`ValueProblem`; the callers turn them into their own errors (a cell of a file,
a field of a form).
"""
from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from retrofit.domain.vocabulary import MODES, PACKAGES, REBUILD_RULES, STATUSES, STRUCTURES, Choice


class ValueProblem(Exception):
    """A value that breaks a rule: ``code`` and ``params`` make the reason."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


# --- text -----------------------------------------------------------------------------------

#: Characters that XML 1.0 (and so an XLSX file) cannot hold, NUL (PostgreSQL cannot store it),
#: and lone surrogates (not encodable as UTF-8). Tab, line feed and carriage return are allowed.
ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def text_problem(text: str, max_length: int | None) -> tuple[str, dict[str, Any]] | None:
    """Why ``text`` cannot be stored (code, params), or None."""
    bad = ILLEGAL.search(text)
    if bad is not None:
        return "text_control", {"char": f"U+{ord(bad.group()):04X}"}
    if max_length is not None and len(text) > max_length:
        return "text_too_long", {"length": len(text), "limit": max_length}
    return None


def has_illegal(texts: list[str]) -> bool:
    """Whether any of ``texts`` holds a character :func:`text_problem` refuses (one pass)."""
    return ILLEGAL.search("".join(texts)) is not None


# --- choices and packages ---------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u2009\u202f\u3000']+")


def fold(text: str) -> str:
    """The comparable form of a word: NFKC, lower case, no spaces, ``-`` as ``_``."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text).lower()).replace("-", "_")


def choice_table(choices: tuple[Choice, ...]) -> dict[str, str]:
    """Every spelling of every choice (folded) → its stored key."""
    table: dict[str, str] = {}
    for c in choices:
        for name in (c.value, c.value.replace("_", " "), c.zh, c.en, *c.aliases):
            table[fold(name)] = c.value
    return table


CHOICE_TABLES = {"structure": choice_table(STRUCTURES), "mode": choice_table(MODES),
                 "status": choice_table(STATUSES), "rebuild_rule": choice_table(REBUILD_RULES)}
_PACKAGES = choice_table(PACKAGES)


@lru_cache(maxsize=4096)
def canonical_package(name: str) -> str:
    """A package name as stored: the key of a shipped package for any of its names (常规 →
    ``usual``), a user package's name as written (stripped). Cached: a register repeats a few
    names over many rows."""
    return _PACKAGES.get(fold(name), name.strip())


# --- dates ------------------------------------------------------------------------------------

_EXCEL_EPOCH = _dt.date(1899, 12, 30)
_DATE = re.compile(r"(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(?:(\d{1,2})\s*日?)?|月)?)?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")


def parse_date(value: object) -> _dt.date | None:
    """A date from a cell or a typed text: a date or datetime, an Excel date serial, or text as
    Chinese registers write it (``2010-04-15``, ``2010/4/15``, ``2010.4.15``, ``2010年4月15日``,
    ``20100415``; ``2010年4月`` and ``2010-04`` are the month's 1st). ``None`` for an empty value;
    :class:`ValueProblem` ``bad_date`` otherwise."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, bool):
        raise ValueProblem("bad_date")
    if isinstance(value, (int, float)):
        return _serial(float(value))
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not text:
        return None
    m = _DATE.fullmatch(text) or _COMPACT.fullmatch(text)
    if m is None:
        if re.fullmatch(r"\d{5}(?:\.\d+)?", text):
            return _serial(float(text))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ][\d:.]+", text):
            return parse_date(text[:10])
        raise ValueProblem("bad_date")
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    if m.re is _DATE and m.group(2) is None:
        raise ValueProblem("bad_date")          # a bare year is no date
    try:
        return _dt.date(year, month, day)
    except ValueError:
        raise ValueProblem("bad_date") from None


def _serial(x: float) -> _dt.date:
    """An Excel (1900 system) date serial; a time of day is dropped."""
    if not 1 <= x < 2_958_466:
        raise ValueProblem("bad_date")
    return _EXCEL_EPOCH + _dt.timedelta(days=int(x))


def check_date(value: _dt.date, low: float | None, high: float | None) -> None:
    """Raise ``date_out_of_range`` unless ``value`` lies within the years ``low``–``high``."""
    if (low is not None and value.year < low) or (high is not None and value.year > high):
        raise ValueProblem("date_out_of_range", low=int(low or 0), high=int(high or 9999))


# --- a building as a whole --------------------------------------------------------------------

def building_problems(values: Mapping[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(field, code, params) of every rule across fields the building breaks: the works cannot
    be completed before they started, and a completed building needs its completion date."""
    out: list[tuple[str, str, dict[str, Any]]] = []
    start, completed = values.get("works_start"), values.get("works_completed")
    if start is not None and completed is not None and completed < start:
        out.append(("works_completed", "works_order", {"start": start.isoformat(), "completed": completed.isoformat()}))
    status = values.get("status")
    if status is not None and str(getattr(status, "value", status)) == "completed" and completed is None:
        out.append(("works_completed", "works_completed_needed", {}))
    return out
