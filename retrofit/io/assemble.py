"""Rows to records: parse every mapped cell, check required values, duplicates and estate-level
values that disagree, and collect every error (nothing stops at the first)."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from retrofit.domain.checks import ILLEGAL, building_problems
from retrofit.domain.errors import CellError
from retrofit.domain.records import BuildingRecord, EstateRecord, Mode
from retrofit.io.columns import BUILDING, COLUMNS, ESTATE
from retrofit.io.layout import Header, is_total
from retrofit.io.messages import ImportNotice
from retrofit.io.office import OfficeLayout, footer_text, scale_of, unit_fits
from retrofit.io.sources import Table
from retrofit.io.values import BadValue, NumberParser, make_parser, shown, text_of

#: Characters after a leading ``'`` that the CSV writer added (see ``retrofit.io.export``).
FORMULA_QUOTED = frozenset("=+-@'")


class EstateBook:
    """Estate values as rows give them, with the row each came from."""

    def __init__(self) -> None:
        #: estate name → field → (value, sheet, row, text as written)
        self.values: dict[str, dict[str, tuple]] = {}
        #: estate name → its row on the estates sheet
        self.defined: dict[str, int] = {}
        #: (estate, building) → (sheet, row) where it was first read
        self.seen: dict[tuple[str, str], tuple[str, int]] = {}

    def records(self) -> list[EstateRecord]:
        out = []
        for estate, fields in self.values.items():
            kw = {name: v[0] for name, v in fields.items()}
            kw.setdefault("city", None)
            out.append(EstateRecord(estate=estate, **kw))
        return out


class RowReader:
    """Reads the data rows of one table in one layout (buildings or estates)."""

    def __init__(self, table: Table, header: Header, layout: str, book: EstateBook,
                 errors: list[CellError], notices: list[ImportNotice], this_year: int,
                 office: OfficeLayout | None = None) -> None:
        self.table, self.header, self.layout, self.book = table, header, layout, book
        self.errors, self.notices = errors, notices
        self.office = office or OfficeLayout()
        cols = COLUMNS[layout]
        self.plan = [(i, cols[k].name, cols[k].target != ESTATE or layout == ESTATE, cols[k].target != BUILDING,
                      self._parser(cols[k], this_year, text, self.office.units.get(i)), text)
                     for i, k, text in header.columns]
        self.width = max((p[0] for p in self.plan), default=-1) + 1
        self.parse_row = compile_row(self.plan, csv_text=table.info.get("format") == "csv")
        self.required = [(cols[k].name, text) for k in cols
                         if cols[k].required and k != "city" and (text := header.header_of(k))]
        self.required_names = frozenset(name for name, _ in self.required)
        self._check_units(header, cols)
        self.works = bool({"status", "works_start", "works_completed"} & {p[1] for p in self.plan})
        self.make = record_factory(BuildingRecord, {p[1] for p in self.plan} | {"city"})
        self.city_header = header.header_of("city") or cols["city"].header("zh")
        idx = {k: i for i, k, _ in header.columns}
        self.watch = sorted({0, idx.get("estate", 0), idx.get("building", 0)})
        self.numbers = [i for i, k, _ in header.columns if cols[k].required and cols[k].kind in ("int", "float", "year")]
        self.buildings: list[BuildingRecord] = []
        self.cityless: list[tuple[int, int]] = []      # (index in buildings, row)
        self.prefix = table.prefix

    def _check_units(self, header: Header, cols: dict) -> None:
        """A unit in the units row that does not fit its column is an error of that cell."""
        row = self.office.units_row or 0           # units are read only from a units row
        for i, key, text in header.columns:
            unit = self.office.units.get(i)
            if unit and not unit_fits(cols[key].kind, cols[key].unit, unit):
                self.errors.append(CellError(self.table.label, row, text, unit, "io_bad_unit", {"unit": unit}))

    @staticmethod
    def _parser(column, this_year: int, text: str, unit: str | None):  # noqa: ANN001, ANN205
        parse = make_parser(column, this_year)
        scale = scale_of(text, unit, column.unit) if column.unit in ("元", "m²") else 1.0
        if scale == 1.0:
            return parse
        number = cast(NumberParser, parse)           # a money or area column

        def scaled(value: object) -> float | None:
            x = number(value)
            return None if x is None else number(round(x * scale, 2))     # the range, checked again
        return scaled

    def _is_data(self, cells: list, footer: str) -> bool:
        """Whether a row whose first cell reads like a footer word (an estate named 审核 or
        电话局宿舍) is data after all: two or more of the required number columns hold a number,
        or, on a sheet without required numbers (estates), the word has no colon after it and
        every required column is filled."""
        n = len(cells)
        if self.numbers:
            filled = sum(1 for i in self.numbers if i < n and any(ch.isdigit() for ch in text_of(cells[i])[:40]))
            return filled >= min(2, len(self.numbers))
        required = [i for i, name, *_ in self.plan if name in self.required_names or name in ("estate", "city")]
        return ":" not in footer and "：" not in footer and all(i < n and text_of(cells[i]).strip() for i in required)

    def feed(self, number: int, cells: list) -> None:
        """Read one data row."""
        footer = footer_text(cells)
        if footer is not None and not self._is_data(cells, footer):
            if not self.office.footer_rows:
                self.notices.append(ImportNotice("io_footer_skipped",
                                                 {"sheet": self.prefix, "row": number, "text": footer[:60]}))
            self.office.footer_rows.append(number)
            return
        n = len(cells)
        for i in self.watch:
            if i < n and (total := is_total(cells[i])):
                self.notices.append(ImportNotice("io_totals_skipped",
                                                 {"sheet": self.prefix, "row": number, "text": total}))
                return
        if n < self.width:
            cells = cells + [None] * (self.width - n)
        kw, est, bad = self.parse_row(cells)
        ok = not bad
        for j, raw, exc in bad:
            self.errors.append(CellError(self.table.label, number, self.plan[j][5], shown(raw), exc.code, exc.params))
        if ok and not kw and not est:
            return                                       # a blank line
        if not self.required_names.issubset(kw):
            self._report_missing(number, kw, bad)
            ok = False
        if self.layout == ESTATE:
            self._estate_row(number, cells, kw, est)
        else:
            self._building_row(number, cells, kw, est, ok)

    def _report_missing(self, number: int, kw: dict, bad: list) -> None:
        for name, text in self.required:
            if name not in kw and not any(self.plan[j][1] == name for j, _, _ in bad):
                self.errors.append(CellError(self.table.label, number, text, "", "io_required", {}))

    def _take_estate_values(self, estate: str, number: int, cells: list, est: list) -> None:
        """The estate takes the row's estate-level values; a different earlier value is an error."""
        fields, sheet = self.book.values.setdefault(estate, {}), self.table.sheet
        for name, value, i, text in est:
            old = fields.get(name)
            if old is None:
                fields[name] = (value, sheet, number, text_of(cells[i]))
            elif old[0] != value:
                other = old[2] if old[1] == sheet else f"{old[1]}!{old[2]}"
                self.errors.append(CellError(self.table.label, number, text, text_of(cells[i]), "io_estate_conflict",
                                             {"other_row": other, "other_value": old[3]}))

    def _building_row(self, number: int, cells: list, kw: dict, est: list, ok: bool) -> None:
        estate, building = kw.get("estate"), kw.get("building")
        if estate is not None:
            self._take_estate_values(estate, number, cells, est)
        if estate is not None and building is not None:
            here = (self.table.sheet, number)
            first = self.book.seen.setdefault((estate, building), here)
            if first != here:
                other = first[1] if first[0] == here[0] else f"{first[0]}!{first[1]}"
                self.errors.append(CellError(self.table.label, number, self._header_text("building"),
                                             building, "io_duplicate_building", {"other_row": other}))
                ok = False
        if self.works and ("status" in kw or "works_completed" in kw or "works_start" in kw):
            for name, code, params in building_problems(kw):
                self.errors.append(CellError(self.table.label, number, self._header_of_field(name),
                                             shown(kw.get(name)), code, params))
                ok = False
        if kw.get("added_storeys") is not None and kw.get("mode") is not Mode.ADD_STOREY:
            self.errors.append(CellError(self.table.label, number, self._header_text("added_storeys"),
                                         str(kw["added_storeys"]), "io_added_storeys_mode", {}))
            ok = False
        if not ok:
            return
        if "city" not in kw:
            self.cityless.append((len(self.buildings), number))
            kw["city"] = None
        self.buildings.append(self.make(kw))

    def _header_text(self, key: str) -> str:
        """The header of a column the sheet has."""
        return self.header.header_of(key) or key

    def _header_of_field(self, name: str) -> str:
        for j, plan in enumerate(self.plan):
            if plan[1] == name:
                return self.plan[j][5]
        return COLUMNS[BUILDING][name].header("zh")

    def _estate_row(self, number: int, cells: list, kw: dict, est: list) -> None:
        estate = kw.get("estate")
        if estate is None:
            return
        first = self.book.defined.setdefault(estate, number)
        if first != number:
            self.errors.append(CellError(self.table.label, number, self._header_text("estate"), estate,
                                         "io_duplicate_estate", {"other_row": first}))
            return
        est = [e for e in est if e[0] != "estate"]
        self._take_estate_values(estate, number, cells, est)

    def finish(self) -> list[BuildingRecord]:
        """The buildings read, with the estate's city where the row had none."""
        for index, number in self.cityless:
            record = self.buildings[index]
            city = self.book.values.get(record.estate, {}).get("city")
            if city is None:
                self.errors.append(CellError(self.table.label, number, self.city_header, "", "io_city_required", {}))
            else:
                self.buildings[index] = dataclasses.replace(record, city=city[0])
        return self.buildings


def _store(j: int, i: int, name: str, to_kw: bool, to_est: bool, indent: str) -> list[str]:
    out = [f"{indent}kw[{name!r}] = v"] if to_kw else []
    if to_est:
        out.append(f"{indent}est.append(({name!r}, v, {i}, T{j}))")
    return out or [f"{indent}pass"]


def _generic(j: int, i: int, name: str, to_kw: bool, to_est: bool, indent: str) -> list[str]:
    return [f"{indent}try:", f"{indent}    v = P{j}(raw)", f"{indent}except BadValue as exc:",
            f"{indent}    bad.append(({j}, raw, exc))", f"{indent}else:", f"{indent}    if v is not None:",
            *_store(j, i, name, to_kw, to_est, indent + "        ")]


def _text(j: int, i: int, name: str, to_kw: bool, to_est: bool, csv_text: bool, canonical: bool) -> list[str]:
    """Text cells inline: strip, check the length and characters, store (no call for the common
    case). In CSV files a leading ``'`` that protects ``= + - @ '`` from spreadsheet formulas is
    removed. Any problem goes through the column's parser for its message."""
    unquote = ["            if v[0] == \"'\" and v[1:2] in QUOTED:", "                v = v[1:]"] if csv_text else []
    store = ([" " * 16 + f"v = C{j}(v)"] if canonical else []) + _store(j, i, name, to_kw, to_est, " " * 16)
    return ["    if raw.__class__ is str:", "        v = raw.strip()", "        if v:", *unquote,
            f"            if v == T{j}:",
            f"                bad.append(({j}, raw, BadValue('io_header_value')))",
            f"            elif len(v) > L{j} or ILLEGAL(v) is not None:",
            *_generic(j, i, name, to_kw, to_est, " " * 16),
            "            else:", *store,
            "    elif raw is not None:", *_generic(j, i, name, to_kw, to_est, " " * 8)]


def compile_row(plan: list[tuple], csv_text: bool = False) -> Callable[[list], tuple[dict, list, list]]:
    """One function that parses a row with the plan's per-column parsers, unrolled (no loop, no
    per-cell dispatch): returns ``(building or estate fields, estate-level values, bad cells)``.

    ``plan`` items are ``(index, field, to_record, to_estate, parser, header text)``.
    """
    lines = ["def parse_row(cells):", "    kw = {}", "    est = []", "    bad = []"]
    namespace: dict = {"BadValue": BadValue, "QUOTED": FORMULA_QUOTED, "ILLEGAL": ILLEGAL.search}
    for j, (i, name, to_kw, to_est, parse, text) in enumerate(plan):
        if not name.isidentifier():
            raise ValueError(f"bad field name {name!r}")
        namespace[f"P{j}"], namespace[f"T{j}"] = parse, text
        lines.append(f"    raw = cells[{int(i)}]")
        limit = getattr(parse, "text_limit", None)
        if limit is not None:
            namespace[f"L{j}"], namespace[f"C{j}"] = limit, getattr(parse, "canonical", None)
            lines += _text(j, int(i), name, to_kw, to_est, csv_text, hasattr(parse, "canonical"))
        else:
            lines += ["    if raw is not None and raw != '':", *_generic(j, int(i), name, to_kw, to_est, " " * 8)]
    lines.append("    return kw, est, bad")
    exec("\n".join(lines), namespace)  # noqa: S102 - source built above from field names only
    return namespace["parse_row"]


if TYPE_CHECKING:
    from _typeshed import DataclassInstance

R = TypeVar("R", bound="DataclassInstance")


def record_factory(cls: type[R], present: set[str] | None = None) -> Callable[[dict[str, Any]], R]:
    """A constructor of ``cls`` from a dict of its fields (missing fields ``None``), for the
    millions of rows of a big register: it sets the slots directly, about 40 % faster than
    ``cls(**kw)``; fields outside ``present`` (the columns a sheet does not have) are set to
    ``None`` without a look-up. Plain ``cls(**kw)`` is used when the class validates in
    ``__post_init__``, has defaults other than ``None`` or is not a slotted dataclass."""
    fields = dataclasses.fields(cls)
    plain = ("__post_init__" in vars(cls) or "__slots__" not in vars(cls)
             or any(f.default is not None and f.default is not dataclasses.MISSING for f in fields)
             or any(f.default_factory is not dataclasses.MISSING for f in fields))
    if plain:
        return lambda kw: cls(**kw)
    namespace: dict = {"new": object.__new__, "cls": cls}
    lines = ["def make(kw):", "    o = new(cls)", "    g = kw.get"]
    for f in fields:
        if not f.name.isidentifier():
            return lambda kw: cls(**kw)
        namespace[f"S_{f.name}"] = vars(cls)[f.name].__set__
        value = f"g({f.name!r})" if present is None or f.name in present else "None"
        lines.append(f"    S_{f.name}(o, {value})")
    lines.append("    return o")
    exec("\n".join(lines), namespace)  # noqa: S102 - source built above from field names only
    return namespace["make"]


make_building = record_factory(BuildingRecord)
