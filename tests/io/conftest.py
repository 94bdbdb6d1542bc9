"""Fixtures of the register tests: messy files built with openpyxl and the csv module."""
from __future__ import annotations

from pathlib import Path

import pytest
from io_builders import write_xlsx

from retrofit import i18n


@pytest.fixture
def lang():
    """Set the message language for one test; reset afterwards."""
    yield i18n.set_language
    i18n.set_language(None)


@pytest.fixture
def messy_xlsx(tmp_path: Path) -> Path:
    """A register as municipal offices keep it: two title rows, a merged estate cell, blank lines,
    a remarks column, Chinese headers with units, a totals row, trailing empty columns."""
    rows = [
        ["哈尔滨市南岗区既有住宅节能改造楼栋台账"],
        ["填报单位：南岗区住建局", None, None, None, "填报日期：2026年3月"],
        [" 小区名称 ", "楼栋号", "所在城市", "建成年代", "结构形式", "层数（层）", "建筑面积（m²）", "户数", "窗墙比",
         "楼梯间采暖", "改造模式", "居民同意率", "备注", None, None],
        ["幸福里小区", "1号楼", "哈尔滨", "1985年", "砖混", 6, "3,600", 72, "30%", "是", "节能改造", "85%", "临街"],
        [None, "2号楼", "哈尔滨", 1986, "大板", "６", "3600㎡", 60, 0.3, "N", "加层改造", 0.85],
        [None, "3号楼", None, "1987", "frame", 5.0, "3 600", "48", None, "yes", "rebuild", None],
        [],
        ["和平小区", "1", "Harbin", 1990, "brick_concrete", 4, 2400.5, 32, None, None, None, None],
        ["合计", None, None, None, None, None, 13200.5, 212],
    ]
    return write_xlsx(tmp_path / "南岗区台账.xlsx", {"楼栋台账": rows}, {"楼栋台账": ["A1:M1", "A4:A6"]})
