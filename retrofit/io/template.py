"""The empty import template: a buildings sheet with every column (estate-level columns at the
end) and a second sheet explaining each column (key, Chinese header, unit, required, default,
allowed values)."""
from __future__ import annotations

import csv
from os import PathLike
from pathlib import Path

from retrofit.files import atomic_write, save_workbook
from retrofit.io.columns import BUILDING_COLUMNS, ESTATE, Column

#: The sheets of a register workbook by language: estates, buildings, the explanation.
SHEETS = {"zh": ("小区", "楼栋", "说明"), "en": ("estates", "buildings", "columns")}


def sheet_language(lang: str) -> str:
    """``lang`` if a register can be written in it, else ValueError."""
    if lang not in SHEETS:
        raise ValueError(f"unknown language {lang!r}; use 'zh' or 'en'")
    return lang

_TITLES = {
    "zh": ("列名", "键", "中文列名", "单位", "必填", "默认值", "允许值", "说明"),
    "en": ("Header", "Key", "Chinese header", "Unit", "Required", "Default", "Allowed values", "Notes"),
}
_NOTES = {
    "zh": {"estate": "同一城市、区内唯一", "building": "如“3号楼”；同一小区内唯一",
           "city": "气候表中的城市（中文或英文名）；同一小区的楼栋须相同",
           "wwr": "0–0.9，可写 30%", "consent_rate": "0–1，可写 85%；同一小区的楼栋须相同",
           "added_storeys": "仅“加层改造”，最多 2 层", "mode": "空 = 节能改造",
           "package": "basic 基础 / usual 常规 / advanced 深度 或自定义方案名；中文名按键保存",
           "status": "空 = 计划", "works_completed": "不早于开工日期；竣工的楼栋必填",
           "indoor_temp_before_c": "改造前实测室内温度（方法 §8）", "measured_gj_m2": "采暖季楼栋热表供热量 ÷ 面积",
           "actual_cost_rmb": "元，可写“12.5万”",
           "year_completed": "小区的建成年份", "estate_households": "小区总户数；空 = 楼栋户数之和",
           "_estate": "小区级字段：同一小区的各行须一致", "_after": "已知改造设计时填写，覆盖方案给出的值"},
    "en": {"estate": "unique within a city and district", "building": "e.g. 3号楼; unique within its estate",
           "city": "a city of the climate table (Chinese or English); the same for all buildings of an estate",
           "wwr": "0–0.9; 30% is read too", "consent_rate": "0–1; 85% is read too; the same for an estate's buildings",
           "added_storeys": "add_storey only, at most 2", "mode": "empty = retrofit",
           "package": "basic / usual / advanced or a user package name; Chinese names are stored by key",
           "status": "empty = planned", "works_completed": "not before works start; needed for completed",
           "indoor_temp_before_c": "measured indoor temperature before the works (method §8)",
           "measured_gj_m2": "the season's heat at the building meter ÷ floor area",
           "actual_cost_rmb": "RMB; 12.5万 is read as 125,000",
           "year_completed": "the estate's year of completion",
           "estate_households": "households of the estate; empty = sum of its buildings",
           "_estate": "estate-level: the same on every row of an estate",
           "_after": "when the retrofit design is known; overrides the package"},
}


def _note(c: Column, lang: str) -> str:
    notes = _NOTES[lang]
    if c.key in notes:
        return notes[c.key]
    if c.key.endswith("_after") or c.key.endswith("_after_h"):
        return notes["_after"]
    return notes["_estate"] if c.target == ESTATE else ""


def explain_rows(lang: str = "zh") -> list[tuple[str, ...]]:
    """One row per template column: header, key, Chinese header, unit, required, default,
    allowed values, notes."""
    yes, no = ("是", "否") if lang == "zh" else ("yes", "no")
    rows: list[tuple[str, ...]] = []
    for c in BUILDING_COLUMNS:
        required = yes if c.required else no
        rows.append((c.header(lang), c.key, c.header("zh"), c.unit, required, c.default(lang), c.allowed(lang),
                     _note(c, lang)))
    return rows


def write_template(path: str | PathLike, lang: str = "zh") -> None:
    """Write the empty import template (``.xlsx``: with the explanation sheet; ``.csv``: the
    header row only, UTF-8 with BOM)."""
    path, lang = Path(path), sheet_language(lang)
    if path.suffix.lower() == ".csv":
        with atomic_write(path, "w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f).writerow([c.header(lang) for c in BUILDING_COLUMNS])
        return
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise ValueError(f"cannot write {path.suffix or path.name!r}; use .xlsx or .csv")
    _write_xlsx_template(path, lang, SHEETS[lang])


def _write_xlsx_template(path: Path, lang: str, names: tuple[str, str, str]) -> None:
    from openpyxl import Workbook  # lazy: openpyxl takes most of a second to load; only for workbooks
    from openpyxl.styles import Font, PatternFill  # lazy: openpyxl takes most of a second to load; only for workbooks
    from openpyxl.utils import get_column_letter  # lazy: openpyxl takes most of a second to load; only for workbooks
    from openpyxl.worksheet.datavalidation import (
        DataValidation,  # lazy: openpyxl takes most of a second to load; only for workbooks
    )

    wb = Workbook()
    ws = wb.active
    ws.title = names[1]
    ws.append([c.header(lang) for c in BUILDING_COLUMNS])
    required_fill = PatternFill("solid", fgColor="FFF2CC")
    for i, c in enumerate(BUILDING_COLUMNS, 1):
        cell = ws.cell(row=1, column=i)
        cell.font = Font(bold=True)
        if c.required:
            cell.fill = required_fill
        ws.column_dimensions[get_column_letter(i)].width = max(10, len(cell.value) * (2 if lang == "zh" else 1.1))
        choices = _choices(c, lang)
        if choices:
            dv = DataValidation(type="list", formula1=f'"{",".join(choices)}"', allow_blank=True)
            ws.add_data_validation(dv)
            dv.add(f"{get_column_letter(i)}2:{get_column_letter(i)}5000")
    ws.freeze_panes = "A2"
    info = wb.create_sheet(names[2])
    info.append(list(_TITLES[lang]))
    for cell in info[1]:
        cell.font = Font(bold=True)
    for row in explain_rows(lang):
        info.append(list(row))
    for i, width in enumerate((24, 22, 24, 12, 8, 22, 48, 48), 1):
        info.column_dimensions[get_column_letter(i)].width = width
    save_workbook(wb, path)


def _choices(c: Column, lang: str) -> list[str]:
    if c.kind == "bool":
        return ["是", "否"] if lang == "zh" else ["yes", "no"]
    return [ch.zh if lang == "zh" else ch.value for ch in c.spec.choices]


def markdown_table() -> str:
    """The register columns as a Markdown table (``docs/registers.md`` holds it; a test keeps
    the two the same): key, headers, kind, unit, range, longest text, required, default and the
    other headers read."""
    lines = ["| Key | Chinese header | English | Kind | Unit | Range / values | Required | Default | Also read as |",
             "|---|---|---|---|---|---|---|---|---|"]
    for c in BUILDING_COLUMNS:
        f = c.spec
        values = c.allowed("en").replace("|", "/")
        if f.kind == "year" and f.high == -1:
            values = f"{int(f.low or 0)}–this year"
        aliases = ", ".join(f"`{a}`" for a in c.aliases)
        lines.append(f"| `{c.key}` | {c.zh} | {f.en} | {f.kind} | {f.unit} | {values} | "
                     f"{'yes' if f.required else ''} | {f.default('en')} | {aliases} |")
    return "\n".join(lines)
