"""The import wizard with a meter register on the real services (the demo city): a reading of an
unknown building is listed and changes nothing; a clean register is imported in the background."""
from __future__ import annotations

from PySide6.QtWidgets import QWizard

from ui.imports.meters import MeterSource
from ui.imports.wizard import ImportWizard
from ui.tasks import TaskRunner

HEAD = "小区名称,楼号,采暖季,供热量(GJ),耗煤量(tce)\n"


def _wizard(services, app_settings, qtbot, path):
    wizard = ImportWizard(services, TaskRunner(), app_settings, source=MeterSource())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.preview
    return wizard


def test_meter_register_errors_then_import(services, app_settings, qtbot, tmp_path):
    pilot = next(e for e in services.records.list_estates() if e.estate == "河北1号小区")
    before = len(services.verification.readings(pilot.id))
    path = tmp_path / "计量.csv"
    path.write_text(HEAD + "河北1号小区,1号楼,2012-2013,900,\n河北1号小区,99号楼,2012-2013,900,\n", encoding="utf-8")
    wizard = _wizard(services, app_settings, qtbot, path)
    assert wizard.windowTitle() == MeterSource().texts()[0]
    page = wizard.preview
    assert [page.mapping.item(i, 0).text() for i in range(page.mapping.rowCount())] == [
        "小区名称", "楼号", "采暖季", "供热量(GJ)", "耗煤量(tce)"]
    assert not page.isComplete()
    assert [(r, c, v) for r, c, v, _ in page.error_rows] == [(3, "楼号", "99号楼")]
    path.write_text(HEAD + "河北1号小区,1号楼,2012-2013,900,\n河北1号小区,,2012-2013,,2100\n", encoding="utf-8")
    page.run_preview()
    assert page.isComplete(), page.result.text()
    assert "2" in page.result.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.commit_page.done, timeout=60000)
    summary = wizard.commit_page.summary
    assert (summary.inserted, summary.updated, summary.estates) == (2, 0, 1)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert len(services.verification.readings(pilot.id)) == before + 2
    assert app_settings.import_mapping == {}                        # meter columns are not remembered


def test_meter_fields_are_offered_by_label_and_unit_never_by_key():
    from retrofit import i18n
    from retrofit.domain.meters import METER_FIELDS

    source = MeterSource()
    before = i18n.language()
    i18n.set_language("zh")
    try:
        labels = [label for label, _ in source.keys()]
        assert labels[:4] == ["小区名称", "楼号", "采暖季", "供热量 [GJ]"]
        assert source.label("heat_mwh") == "供热量 [MWh]" and source.label("coal_tce") == "耗煤量 [tce]"
        assert len(set(labels)) == len(labels) and not any(f.key in t for f in METER_FIELDS if "_" in f.key for t in labels)
        i18n.set_language("en")
        labels = [label for label, _ in source.keys()]
        assert source.label("heat_gj") == "Heat delivered [GJ]" and source.label("season") == "Heating season"
        assert len(set(labels)) == len(labels) and not any(f.key in t for f in METER_FIELDS if "_" in f.key for t in labels)
    finally:
        i18n.set_language(before)
