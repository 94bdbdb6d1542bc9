"""The import wizard on the real services: a broken file lists its errors and changes nothing."""
import csv
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWizard

from ui.imports.wizard import ImportWizard
from ui.tasks import TaskRunner


def _export_csv(services, tmp_path: Path) -> Path:
    path = tmp_path / "register.csv"
    assert services.imports.export(path) > 7000
    return path


def _break(path: Path) -> Path:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    header = rows[0]
    area = next(i for i, h in enumerate(header) if h.startswith("建筑面积") or h == "floor_area_m2")
    storeys = next(i for i, h in enumerate(header) if h.startswith("层数") or h == "storeys")
    rows[3][area] = "三千"
    rows[5][storeys] = "-2"
    broken = path.with_name("broken.csv")
    with open(broken, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows[:40])
    return broken


def _wizard(services, app_settings, qtbot, path):
    wizard = ImportWizard(services, TaskRunner(), app_settings)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    assert wizard.file_page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.preview
    return wizard


def test_broken_file_lists_errors_and_changes_nothing(services, app_settings, qtbot, tmp_path, monkeypatch):
    broken = _break(_export_csv(services, tmp_path))
    before = (len(services.records.audit_log(10_000)), services.records.list_buildings(None))
    wizard = _wizard(services, app_settings, qtbot, broken)
    page = wizard.preview
    assert not page.isComplete()                                  # no way to commit
    assert page.errors.isVisible() and page.errors.rowCount() == 2
    rows = {(r, c) for r, c, _v, _reason in page.error_rows}
    assert {r for r, _ in rows} == {4, 6}                          # spreadsheet row numbers
    values = {v for _r, _c, v, _reason in page.error_rows}
    assert values == {"三千", "-2"}
    out = tmp_path / "errors.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.export.click()
    with open(out, encoding="utf-8-sig") as fh:
        assert len(list(csv.reader(fh))) == 3
    assert (len(services.records.audit_log(10_000)), services.records.list_buildings(None)) == before


def test_mapping_is_remembered_and_a_clean_file_commits(services, app_settings, qtbot, tmp_path):
    path = _export_csv(services, tmp_path)
    wizard = _wizard(services, app_settings, qtbot, path)
    page = wizard.preview
    assert page.isComplete(), page.result.text()
    assert page.mapping.rowCount() > 20
    remarks = page.headers.index("备注") if "备注" in page.headers else None
    assert remarks is None                                         # the export has none; add a choice:
    combo = page.mapping.cellWidget(len(page.headers) - 1, 2)
    combo.setCurrentIndex(combo.findData("-"))                     # ignore the last column
    page.run_preview()
    assert app_settings.import_mapping == {}                       # nothing remembered before the import
    wizard.next()
    qtbot.waitUntil(lambda: wizard.commit_page.done, timeout=60000)
    assert wizard.commit_page.summary.unchanged_buildings > 7000    # the city's own export: no change
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert app_settings.import_mapping == {page.headers[-1]: "-"}  # remembered after the import


def test_the_wheel_scrolls_the_list_and_never_changes_a_choice(services, app_settings, qtbot, tmp_path):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    wizard = _wizard(services, app_settings, qtbot, _export_csv(services, tmp_path))
    combo = wizard.preview.mapping.cellWidget(3, 2)
    before = combo.currentIndex()
    for delta in (-120, 120, -120):
        event = QWheelEvent(QPointF(5, 5), QPointF(combo.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, delta),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(combo, event)
    assert combo.currentIndex() == before


def test_a_remembered_mapping_never_hides_a_usual_column(services, app_settings, qtbot, tmp_path):
    from ui.imports.mapping import AUTO, read_columns

    path = _export_csv(services, tmp_path)
    header = {g.key: g.header for g in read_columns(path)}
    building, area = header["building"], header["floor_area_m2"]
    app_settings.import_mapping = {building: "-", area: "households", "备注": "floor_area_m2"}
    wizard = _wizard(services, app_settings, qtbot, path)
    chosen = wizard.preview.chosen()
    assert chosen[building] == AUTO and chosen[area] == AUTO
    assert wizard.preview.isComplete(), wizard.preview.result.text()
