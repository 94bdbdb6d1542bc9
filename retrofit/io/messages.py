"""Messages of the register reader and writer (Chinese and English), registered on import."""
from __future__ import annotations

from dataclasses import dataclass, field

from retrofit import i18n

MESSAGES: dict[str, dict[str, str]] = {
    # Reasons of a bad cell (the "cell" template adds file, row, column and value).
    "io_not_number": {"zh": "不是数字", "en": "not a number"},
    "io_not_integer": {"zh": "应为整数", "en": "must be a whole number"},
    "io_out_of_range": {"zh": "应在 {range} 范围内", "en": "must be in the range {range}"},
    "io_bad_unit": {"zh": "单位“{unit}”不适用于此列", "en": "the unit '{unit}' does not fit this column"},
    "io_not_bool": {"zh": "应为 是/否（Y/N、yes/no、1/0）", "en": "must be yes/no (是/否, Y/N, 1/0)"},
    "io_bad_choice": {"zh": "应为以下之一：{choices}", "en": "must be one of: {choices}"},
    "io_required": {"zh": "必填项为空", "en": "required value is empty"},
    "io_city_required": {"zh": "城市为空，且该小区在文件中没有城市",
                         "en": "the city is empty and the estate has no city in the file"},
    "io_too_long": {"zh": "内容超过 {limit} 个字符", "en": "longer than {limit} characters"},
    "io_header_value": {"zh": "与本列的列名相同（表头合并到了数据行？）",
                        "en": "the same as the column's own header (a header merged down into the data?)"},
    "io_duplicate_building": {"zh": "同一小区的楼号与第 {other_row} 行重复",
                              "en": "the same estate and building as row {other_row}"},
    "io_duplicate_estate": {"zh": "小区与第 {other_row} 行重复", "en": "the same estate as row {other_row}"},
    "io_estate_conflict": {"zh": "同一小区在第 {other_row} 行的值为“{other_value}”，两处不一致",
                           "en": "row {other_row} gives '{other_value}' for the same estate; the values differ"},
    "io_added_storeys_mode": {"zh": "加层层数只适用于改造模式“加层改造”",
                              "en": "added storeys apply only to the mode add_storey (加层改造)"},
    "io_missing_column": {"zh": "缺少必填列“{header}”（{key}）", "en": "the required column '{header}' ({key}) is missing"},
    "io_duplicate_column": {"zh": "与“{other}”列是同一字段（{key}）", "en": "names the same field ({key}) as column '{other}'"},
    # Whole-file errors (InputFileError without cells).
    "io_file_missing": {"zh": "找不到文件 {file}", "en": "The file {file} does not exist"},
    "io_file_too_large": {"zh": "文件 {file} 有 {size_mb} MB，超过上限 {limit_mb} MB",
                          "en": "{file} is {size_mb} MB, more than the limit of {limit_mb} MB"},
    "io_too_many_rows": {"zh": "文件 {file} 超过 {limit} 行的上限", "en": "{file} has more than {limit} rows"},
    "io_too_many_columns": {"zh": "文件 {file} 第 {row} 行有 {columns} 列，超过上限 {limit} 列",
                            "en": "{file}, row {row} has {columns} columns, more than the limit of {limit}"},
    "io_zip_bomb": {"zh": "文件 {file} 解压后过大或压缩比异常（{detail}），已拒绝读取",
                    "en": "{file} would unpack too large or is compressed abnormally ({detail}); not read"},
    "io_bad_xlsx": {"zh": "文件 {file} 不是有效的表格文件（.xlsx、.xls、.ods）：{detail}",
                    "en": "{file} is not a valid spreadsheet (.xlsx, .xls, .ods): {detail}"},
    "io_too_many_cells": {"zh": "文件 {file} 的工作表共约 {cells} 个单元格，超过上限 {limit}（请删除多余的行列或另存为 CSV）",
                          "en": "{file}: its sheets span about {cells} cells, more than the limit of {limit} "
                                "(delete stray rows and columns, or save as CSV)"},
    "io_too_many_merges": {"zh": "文件 {file} 的合并单元格过多或过大（{merges} 处，上限 {limit}）",
                           "en": "{file} has too many or too large merged cells ({merges}; the limit is {limit})"},
    "io_bad_csv": {"zh": "文件 {file} 第 {row} 行无法读取：{detail}", "en": "{file}, row {row} cannot be read: {detail}"},
    "io_encoding": {"zh": "文件 {file} 的编码无法识别（支持 UTF-8、GBK/GB18030、UTF-16）",
                    "en": "The encoding of {file} is not recognised (UTF-8, GBK/GB18030 and UTF-16 are read)"},
    "io_other_encoding": {"zh": "文件 {file} 似乎是 {encoding} 编码，读出的文字不合理；请另存为 UTF-8 或 GBK 编码的 CSV",
                          "en": "{file} looks {encoding}-encoded and reads as implausible text; save it as CSV in "
                                "UTF-8 or GBK"},
    "io_unsupported": {"zh": "不支持的文件类型“{suffix}”，请使用 .xlsx、.xls、.ods 或 .csv",
                       "en": "Unsupported file type '{suffix}'; use .xlsx, .xls, .ods or .csv"},
    "io_sheet_repeated": {"zh": "工作表“{sheet}”与“{first}”是同一张表，只读取一次",
                          "en": "Sheet '{sheet}' is the same sheet as '{first}'; read once"},
    "io_no_header": {"zh": "文件 {file} 中找不到表头行（前 {rows} 行中没有可识别的列名，如“小区名称”“楼号”）",
                     "en": "{file}: no header row found (no known column names such as 'estate', 'building' "
                           "in the first {rows} rows)"},
    # Notices (soft findings returned with the register).
    "io_unknown_columns": {"zh": "{sheet}已忽略未识别的列：{columns}", "en": "{sheet}Ignored unknown columns: {columns}"},
    "io_totals_skipped": {"zh": "{sheet}第 {row} 行是合计行（“{text}”），已跳过",
                          "en": "{sheet}Row {row} is a totals row ('{text}'); skipped"},
    "io_layout_title": {"zh": "{sheet}表头上方有 {rows} 行标题，已跳过", "en": "{sheet}{rows} title row(s) above the header; skipped"},
    "io_layout_two_rows": {"zh": "{sheet}两行表头：第 {first} 行分组、第 {second} 行字段",
                           "en": "{sheet}Two header rows: groups in row {first}, fields in row {second}"},
    "io_layout_units": {"zh": "{sheet}第 {row} 行是单位行，已按其单位读取", "en": "{sheet}Row {row} gives the units; read with them"},
    "io_footer_skipped": {"zh": "{sheet}第 {row} 行起是签字、日期或备注（“{text}”），已跳过",
                          "en": "{sheet}Row {row} on holds signatures, dates or notes ('{text}'); skipped"},
    "io_no_rows": {"zh": "文件 {file} 中没有楼栋数据", "en": "{file} holds no buildings"},
    "io_progress": {"zh": "正在读取 {file}：第 {row} 行", "en": "Reading {file}: row {row}"},
}

i18n.register(MESSAGES)


@dataclass(frozen=True, slots=True)
class ImportNotice:
    """A soft finding of an import (an ignored column, a skipped totals row)."""

    code: str
    params: dict = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return i18n.message(self.code, lang, **self.params)
