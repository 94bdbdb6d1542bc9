"""The app's editors come from the field vocabulary: ranges, kinds, labels and choices equal the
database's, in Chinese and English."""
import datetime as dt

from retrofit import i18n
from retrofit.domain.vocabulary import BUILDING_BY_KEY
from retrofit.storage.fields import BUILDING_SPECS
from ui.buildings.delegates import parse_date_text
from ui.fields import BUILDING_FIELDS, ESTATE_FIELDS, choice_label


def test_editor_ranges_are_the_stored_ranges():
    for spec in BUILDING_FIELDS:
        if spec.key in BUILDING_SPECS and spec.kind in ("int", "float"):
            stored = BUILDING_SPECS[spec.key]
            assert (spec.minimum, spec.maximum) == (stored.low, stored.high), spec.key
    assert {s.key for s in BUILDING_FIELDS} == set(BUILDING_BY_KEY) - {"estate", "city"}
    assert [s.key for s in ESTATE_FIELDS][:2] == ["estate", "city"]


def test_labels_and_choices_follow_the_language():
    by_key = {s.key: s for s in BUILDING_FIELDS}
    try:
        i18n.set_language("zh")
        assert by_key["status"].title() == "实施状态" and by_key["floor_area_m2"].title() == "建筑面积 [m²]"
        assert by_key["works_start"].title() == "开工日期" and by_key["actual_cost_rmb"].title() == "实际投资 [元]"
        assert [choice_label(c) for c in by_key["status"].choices] == ["计划", "设计", "施工", "竣工"]
        assert choice_label("usual") == "常规" and choice_label("我的方案") == "我的方案"
        i18n.set_language("en")
        assert by_key["status"].title() == "Status" and by_key["contractor"].title() == "Contractor"
        assert choice_label("completed") == "Completed" and choice_label("advanced") == "Advanced"
    finally:
        i18n.set_language(None)
    assert by_key["status"].kind == "enum" and by_key["works_completed"].kind == "date"


def test_dates_are_typed_as_registers_write_them():
    assert parse_date_text("2010/4/15") == dt.date(2010, 4, 15)
    assert parse_date_text("2010年4月") == dt.date(2010, 4, 1)
    assert parse_date_text("  ") is None
    try:
        parse_date_text("明年")
    except ValueError:
        pass
    else:
        raise AssertionError("not a date")


def test_the_building_form_edits_the_works(qtbot):
    from PySide6.QtWidgets import QComboBox, QLineEdit

    from ui.forms import FieldForm

    values = {"building": "1号楼", "year_built": 1980, "storeys": 5, "floor_area_m2": 3000.0, "households": 60,
              "status": "construction", "works_start": dt.date(2012, 4, 1)}
    form = FieldForm(BUILDING_FIELDS, values)
    qtbot.addWidget(form)
    status = form.editors["status"]
    assert isinstance(status, QComboBox) and status.currentData() == "construction"
    assert [status.itemData(i) for i in range(status.count())] == [None, "planned", "design", "construction",
                                                                   "completed"]
    start = form.editors["works_start"]
    assert isinstance(start, QLineEdit) and start.text() == "2012-04-01"
    status.setCurrentIndex(status.findData("completed"))
    form.editors["works_completed"].setText("2012年10月")
    form.editors["actual_cost_rmb"].setText("1234567.5")
    assert form.changes() == {"status": "completed", "works_completed": dt.date(2012, 10, 1),
                              "actual_cost_rmb": 1234567.5}

