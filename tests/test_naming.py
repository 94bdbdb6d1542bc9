"""Names in the order people read them: numbers by value."""
import pytest

from retrofit.domain.naming import natural_key


def test_numbers_in_names_sort_by_value():
    names = ["10号楼", "1号楼", "2号楼", "11号楼", "2-1号楼", "2号楼A", "甲1号楼"]
    assert sorted(names, key=natural_key) == ["1号楼", "2-1号楼", "2号楼", "2号楼A", "10号楼", "11号楼", "甲1号楼"]


def test_estate_names_with_numbers_inside():
    names = ["西新村6号小区", "西新村31号院", "西新村2号院", "西新村"]
    assert sorted(names, key=natural_key) == ["西新村", "西新村2号院", "西新村6号小区", "西新村31号院"]


@pytest.mark.parametrize(("a", "b"), [("B2", "b10"), ("", "1"), (None, "a"), ("1", "a"), ("Bldg 9", "bldg 10")])
def test_mixed_text_and_numbers_compare_without_errors(a, b):
    assert natural_key(a) < natural_key(b)


def test_equal_values_compare_equal_whatever_the_case():
    assert natural_key("Block 007") == natural_key("block 7")


def test_chinese_names_in_pinyin_order_with_numbers_by_value():
    from retrofit.domain.naming import load_pinyin, name_key

    load_pinyin()
    names = ["河北10号院", "河北2号院", "光明里", "东新村5号院", "丰和里12号院", "丰和里9号院", "八一5号院", "ABC小区"]
    assert sorted(names, key=name_key) == ["ABC小区", "八一5号院", "东新村5号院", "丰和里9号院", "丰和里12号院",
                                          "光明里", "河北2号院", "河北10号院"]
    assert sorted(["10号楼", "2号楼", "1号楼"], key=name_key) == ["1号楼", "2号楼", "10号楼"]
    assert name_key("河北") != name_key("荷北")                     # same sound, different names


@pytest.mark.parametrize(("query", "found"), [
    ("hb1", ["河北1号小区", "河北12号小区"]), ("hb12", ["河北12号小区"]), ("hebei", ["河北1号小区", "河北12号小区"]),
    ("He Bei", ["河北1号小区", "河北12号小区"]), ("bei1hao", ["河北1号小区"]), ("hbx", []),
    ("gml", ["光明里8号小区"]), ("guangm", ["光明里8号小区"]), ("changning", ["长宁里"]), ("zhangning", ["长宁里"]),
    ("cnl", ["长宁里"]), ("abc", ["ABC小区"]), ("zhx", []),
])
def test_names_are_found_by_pinyin_initials_or_syllables(query, found):
    from retrofit.domain.naming import load_pinyin, pinyin_matches, pinyin_query

    load_pinyin()
    names = ["河北1号小区", "河北12号小区", "光明里8号小区", "长宁里", "ABC小区"]
    assert [n for n in names if pinyin_matches(pinyin_query(query), n)] == found


def test_a_query_with_chinese_characters_or_only_digits_is_plain_text():
    from retrofit.domain.naming import pinyin_query

    assert pinyin_query("河北") is None and pinyin_query("12") is None and pinyin_query(" ") is None
    assert pinyin_query("He Bei'1") == "hebei1"


def test_keys_are_made_once_per_name(monkeypatch):
    from retrofit.domain import naming

    naming.load_pinyin()
    calls = []
    real = naming._pinyin["lazy"]
    monkeypatch.setitem(naming._pinyin, "lazy", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    names = [f"测试{i % 7}号楼" for i in range(7000)]
    sorted(names, key=naming.name_key)
    sorted(names, key=naming.name_key)
    assert sorted(calls) == sorted(set(names))                     # 7 conversions for 14,000 keys
