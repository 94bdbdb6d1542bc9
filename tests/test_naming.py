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
