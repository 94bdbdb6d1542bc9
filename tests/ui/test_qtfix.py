import sys

from PySide6.QtCore import QObject, Signal

import ui.qtfix  # noqa: F401


class _Emitter(QObject):
    happened = Signal(int)


def test_emit_keeps_the_reference_count_of_true():
    emitter = _Emitter()
    emitter.happened.connect(lambda value: None)
    before = sys.getrefcount(True)
    for i in range(200):
        emitter.happened.emit(i)
    assert sys.getrefcount(True) >= before - 5
