"""Values as a person types or pastes them into one field of the app (a form, a table cell, a
block pasted from Excel), and back to text for an editor or the clipboard.

The text is read by the register reader's cell parsers (:func:`retrofit.io.values.make_parser`:
``3,600``, ``1978年``, ``12.5万``, ``砖混``, ``是``, ``2010/4/15``), so a value reads the same
in a register file and in the app. One rule is the app's own: a share (a ``fraction`` field) is
typed in per cent. ``75``, ``75%`` and ``0.75`` all mean 75 %: a number above 1 without a per
cent sign is read as per cent, a number up to 1 as the share itself (``1`` = 100 %), and
``0.5%`` is half a per cent. Shares the app shows in per cent (``Field.percent``) are written
back as ``75%``, which Excel reads as 0.75; other fractions as they are (``0.35``).

A refused value raises :class:`EntryError`; its message names the field by its label and says
why (with the allowed range) in the language in force: ``层数：应在 1–40 范围内``.

Tab-separated text (Excel's clipboard format) is read by :func:`read_tsv` and written by
:func:`write_tsv` with the :mod:`csv` module (quotes around cells with tabs, line breaks or
quotes, as Excel writes them).
"""
from __future__ import annotations

import csv
import dataclasses
import datetime as _dt
import io
import math
import unicodedata
from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any, cast

from retrofit import i18n
from retrofit.domain.checks import ValueProblem, fold
from retrofit.domain.vocabulary import MODES, PACKAGES, STATUSES, STRUCTURES, THIS_YEAR, Field
from retrofit.io.columns import Column, normalize_header
from retrofit.io.values import BadValue, NumberParser, make_parser

_CHOICES = {c.value: c for group in (MODES, STRUCTURES, STATUSES, PACKAGES) for c in group}
_YES = {"zh": ("是", "否"), "en": ("yes", "no")}


class EntryError(ValueError):
    """A typed or pasted value that a field refuses: ``code`` and ``params`` make the reason;
    ``str()`` is :meth:`message`."""

    def __init__(self, field: Field, code: str, value: str = "", **params: object) -> None:
        super().__init__(code)
        self.field, self.code, self.value, self.params = field, code, value, params

    def reason(self, lang: str | None = None) -> str:
        return i18n.message(self.code, lang, **self.params)

    def message(self, lang: str | None = None) -> str:
        """``label: reason`` in the language in force."""
        return i18n.message("entry_problem", lang, label=self.field.label(i18n.language(lang)),
                            reason=self.reason(lang))

    def cell_message(self, row: str, lang: str | None = None) -> str:
        """``row, 'label', value 'v': reason`` for one cell of a pasted block."""
        return i18n.message("entry_cell", lang, row=row, label=self.field.label(i18n.language(lang)),
                            value=self.value, reason=self.reason(lang))

    def __str__(self) -> str:
        return self.message()


def share_range(field: Field) -> str:
    """The range of a share in per cent: ``(0 %, 100 %]``, ``0 %–90 %``."""
    low, high = _percent(field.low or 0.0), _percent(field.high if field.high is not None else 1.0)
    return f"({low} %, {high} %]" if field.low_open else f"{low} %–{high} %"


def _percent(x: float) -> str:
    return _plain_number(round(x * 100, 9))


def _plain_number(x: float) -> str:
    """``3600``, ``0.35``, ``12345678.5``: no exponent, no thousands separators, no trailing zeros."""
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.10f}".rstrip("0").rstrip(".")


class EntryParser:
    """Reads the text typed into one field; ``packages`` (names) limits a package field to the
    known packages. Calling it returns the value to store (``None`` for an empty text) or raises
    :class:`EntryError`."""

    def __init__(self, field: Field, packages: Sequence[str] | None = None, this_year: int | None = None) -> None:
        self.field = field
        self._year = this_year or _dt.date.today().year
        self._parse: Callable[[object], object] = make_parser(Column(field.key, field.zh, field), self._year)
        if field.kind == "fraction":
            unbounded = dataclasses.replace(field, low=None, high=None, low_open=False)
            self._number = cast(NumberParser, make_parser(Column(field.key, field.zh, unbounded), self._year))
        self._packages = None if packages is None else {fold(str(p)): str(p) for p in packages}
        if self._packages is not None:
            for choice in PACKAGES:              # a shipped package by any of its names
                if choice.value in self._packages.values():
                    for name in (choice.zh, choice.en, *choice.aliases):
                        self._packages.setdefault(fold(name), choice.value)

    def __call__(self, text: object) -> Any:
        field = self.field
        shown = "" if text is None else str(text).strip()
        if not shown:
            if field.required:
                raise EntryError(field, "io_required", shown)
            return None
        try:
            value = self._share(shown) if field.kind == "fraction" else self._parse(shown)
        except (BadValue, ValueProblem) as exc:
            raise EntryError(field, exc.code, shown, **exc.params) from None
        if isinstance(value, Enum):
            value = value.value
        if field.kind == "package" and self._packages is not None:
            known = self._packages.get(fold(str(value)))
            if known is None:
                names = "、".join(_label(p, i18n.language()) for p in dict.fromkeys(self._packages.values()))
                raise EntryError(field, "entry_unknown_package", shown, choices=names)
            value = known
        return value

    def _share(self, text: str) -> float | None:
        x = self._number(text)                  # the number as written: 75% → 0.75, 75 → 75
        if x is None:
            return None
        if x > 1 and not unicodedata.normalize("NFKC", text).rstrip().endswith("%"):
            x /= 100                             # 75 means 75 %
        try:
            return cast("float | None", self._parse(x))
        except BadValue as exc:
            if exc.code == "io_out_of_range":
                raise BadValue("io_out_of_range", range=share_range(self.field)) from None
            raise

    def range_text(self) -> str:
        """The allowed values in words (for a tooltip): the range, the choices, or ''."""
        field = self.field
        if field.kind == "fraction":
            return share_range(field)
        if field.numeric:
            return Column(field.key, field.zh, field).range_text(self._year)
        return ""


def parse_entry(field: Field, text: object, packages: Sequence[str] | None = None) -> Any:
    """The value of ``text`` typed into ``field`` (see :class:`EntryParser`)."""
    return EntryParser(field, packages)(text)


def _label(value: str, lang: str) -> str:
    choice = _CHOICES.get(value)
    if choice is None:
        return value
    return choice.en if lang == "en" else choice.zh


def entry_text(field: Field, value: Any, lang: str | None = None) -> str:
    """A stored value as it is typed (an editor's text, a copied cell): shares the app shows in
    per cent as ``75%`` (other fractions as they are: ``0.35``), choices and shipped packages by
    their label, yes/no as ``是``/``否``, dates as ``2010-04-15``, numbers without thousands
    separators or exponent. Reads back unchanged."""
    if value is None:
        return ""
    lang = i18n.language(lang)
    kind = field.kind
    if kind == "fraction" and field.percent:
        return _percent(float(value)) + "%"
    if kind in ("choice", "package"):
        return _label(str(getattr(value, "value", value)), lang)
    if kind == "bool":
        return _YES[lang][0 if value else 1]
    if kind == "date":
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    if kind in ("int", "year"):
        return str(int(value))
    if isinstance(value, float):
        return "" if math.isnan(value) else _plain_number(value)
    return str(value)


def year_high(field: Field, this_year: int | None = None) -> float | None:
    """The upper bound of a field, the current year for a year that cannot lie in the future."""
    return (this_year or _dt.date.today().year) if field.high == THIS_YEAR else field.high


# --- tab-separated text (the clipboard of spreadsheets) -------------------------------------------

def read_tsv(text: str) -> list[list[str]]:
    """The cells of tab-separated text, rows of equal length; the line break after the last row
    (Excel ends with one) does not make an empty row."""
    rows = list(csv.reader(io.StringIO(text.replace("\r\n", "\n").replace("\r", "\n")), delimiter="\t"))
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]


def write_tsv(rows: Sequence[Sequence[str]]) -> str:
    """Tab-separated text as spreadsheets copy it (``\\r\\n`` after every row)."""
    out = io.StringIO()
    csv.writer(out, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    return out.getvalue()


def header_names(field: Field) -> set[str]:
    """Every header that names ``field`` (key, both labels, register header and aliases),
    compared in their normalised form (:func:`retrofit.io.columns.normalize_header`)."""
    names = {field.key, field.zh, field.en, field.label("zh"), *field.aliases}
    return {normalize_header(n) for n in names} - {""}
