"""The dashboard's programme progress on the demo city (works completed 2008–2010, meters read)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QProgressBar

from ui.i18n import install_translators


def test_progress_by_status_by_year_and_the_verified_saving(window, services, qapp, qtbot):
    install_translators(qapp, "en")
    panel = window.dashboard
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.data is not None and panel.progress_box.data is not None, timeout=60000)
    box = panel.progress_box
    progress = services.verification.progress()
    completed = box.findChild(QProgressBar, "status_completed")
    assert completed.format() == "100.0 %" and box.findChild(QProgressBar, "status_planned").value() == 0
    assert box.area_chart.categories == ["2008", "2009", "2010"]
    planned = [v[0] for v in box.area_chart.values()]
    assert planned == pytest.approx([y.planned_area_m2 / 1e4 for y in progress.years])
    assert sum(planned) == pytest.approx(2200.0, rel=0.01)                    # 22 M m²
    measured = [v[1] for v in box.saving_chart.values()]
    assert measured == pytest.approx([y.cumulative_measured_saved_tce for y in progress.years])
    assert box.saving_chart.lines == [("Target", 360_000.0, box.saving_chart.lines[0][2])]
    assert f"Measured saving {measured[-1]:,.0f} tce/a ({100 * measured[-1] / 360_000:.1f} % of the target)" \
        in box.summary.text()
