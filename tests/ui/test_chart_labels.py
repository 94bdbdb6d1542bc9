"""Labels under chart columns: never cut, whether they fit their slot or not."""
import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from ui.axis_chart import category_labels, label_rect


def test_season_labels_on_narrow_columns_are_whole_and_centred(qapp):
    fm = QFontMetricsF(QApplication.font())
    seasons = ["2006-2007", "2007-2008", "2008-2009", "2009-2010", "2010-2011"]
    slot = fm.horizontalAdvance("2006-2007") * 0.6                    # narrower than one label
    labels = category_labels(seasons, slot, fm.horizontalAdvance)
    assert labels == ["2006-2007", "", "2008-2009", "", "2010-2011"]
    for i, label in enumerate(labels):
        rect = label_rect(10.0 + i * slot, slot, fm.horizontalAdvance(label), 100.0, 14.0)
        assert rect.center().x() == pytest.approx(10.0 + (i + 0.5) * slot)     # centred on its column
        assert rect.width() >= fm.horizontalAdvance(label)            # as wide as its text
    wide = label_rect(0.0, 200.0, fm.horizontalAdvance("2008"), 0.0, 14.0)
    assert (wide.left(), wide.width()) == (0.0, 200.0)                # a label that fits: its slot
