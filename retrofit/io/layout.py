"""Where the header row is, which column holds which key, and which rows are totals."""
from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from retrofit.domain.errors import CellError
from retrofit.io.columns import COLUMNS, ESTATE, match_header, normalize_header
from retrofit.io.sources import Row
from retrofit.io.values import text_of

#: Words that mark a totals row (compared after NFKC, lower case, without spaces or colons).
TOTAL_WORDS = frozenset({"合计", "总计", "小计", "总合计", "全部合计", "共计", "汇总", "total", "totals",
                         "grandtotal", "subtotal", "sum"})
_TOTAL_FIRST = frozenset("tTsSgGｔＴｓＳｇＧ")


def is_total(value: object) -> str | None:
    """The text of a totals marker cell (``合计``, ``总计`` ...), else ``None``."""
    if type(value) is not str or len(value) > 20:
        return None
    if "计" not in value and "汇总" not in value and value.lstrip()[:1] not in _TOTAL_FIRST:
        return None
    folded = "".join(unicodedata.normalize("NFKC", value).lower().split()).strip(":：")
    return value.strip() if folded in TOTAL_WORDS else None


@dataclass(frozen=True, slots=True)
class Header:
    """The header row of a table: ``columns`` lists ``(index, key, header text)``."""

    row: int
    columns: tuple[tuple[int, str, str], ...]
    unknown: tuple[str, ...]
    errors: tuple[CellError, ...]

    def header_of(self, key: str) -> str | None:
        for _, k, text in self.columns:
            if k == key:
                return text
        return None


def resolve_mapping(mapping: Mapping[str, str | None] | None, layout: str) -> dict[str, str | None]:
    """The user's ``{header text: key}`` overrides, normalized; keys of the other layout are
    ignored there, unknown keys are a programming error."""
    if not mapping:
        return {}
    other = {k for cols in COLUMNS.values() for k in cols}
    out: dict[str, str | None] = {}
    for header, key in mapping.items():
        if key and key not in other:
            raise ValueError(f"unknown register key {key!r} for header {header!r}")
        out[normalize_header(header)] = key if key in COLUMNS[layout] else None
        out[str(header).strip()] = out[normalize_header(header)]
    return out


def _key_of(cell: object, layout: str, overrides: dict[str, str | None]) -> str | None:
    text = text_of(cell).strip()
    if not text:
        return None
    if text in overrides:
        return overrides[text]
    norm = normalize_header(text)
    if norm in overrides:
        return overrides[norm]
    return match_header(text, layout)


def score_row(cells: list, layout: str, overrides: dict[str, str | None]) -> int:
    """How many distinct known keys a row names."""
    return len({k for k in (_key_of(c, layout, overrides) for c in cells) if k})


def best_header_row(head: list[Row], layout: str, overrides: dict[str, str | None]) -> tuple[int, int]:
    """``(score, index into head)`` of the row naming the most keys (the first of equals)."""
    best = (0, -1)
    for i, (_, cells) in enumerate(head):
        s = score_row(cells, layout, overrides)
        if s > best[0]:
            best = (s, i)
    return best


def read_header(label: str, number: int, cells: list, layout: str,
                overrides: dict[str, str | None]) -> Header:
    """The key of every column of the header row; duplicate keys are errors."""
    columns: list[tuple[int, str, str]] = []
    unknown: list[str] = []
    errors: list[CellError] = []
    seen: dict[str, str] = {}
    for index, cell in enumerate(cells):
        text = text_of(cell).strip()
        if not text:
            continue
        key = _key_of(cell, layout, overrides)
        if key is None:
            unknown.append(text)
        elif key in seen:
            errors.append(CellError(label, number, text, text, "io_duplicate_column",
                                    {"other": seen[key], "key": key}))
        else:
            seen[key] = text
            columns.append((index, key, text))
    return Header(number, tuple(columns), tuple(unknown), tuple(errors))


def missing_columns(label: str, header: Header, required: tuple[str, ...], layout: str) -> list[CellError]:
    """One error per required column the header lacks."""
    present = {k for _, k, _ in header.columns}
    out = []
    for key in required:
        if key not in present:
            col = COLUMNS[layout][key]
            out.append(CellError(label, header.row, col.header("zh"), "", "io_missing_column",
                                 {"header": col.header("zh"), "key": key}))
    return out


def required_keys(layout: str, *, city: bool = True) -> tuple[str, ...]:
    keys = tuple(c.key for c in COLUMNS[layout].values() if c.required)
    if layout != ESTATE and not city:
        keys = tuple(k for k in keys if k != "city")
    return keys
