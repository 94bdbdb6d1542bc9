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


def test_qt_calls_from_python_keep_the_reference_count_of_none(qapp):
    """PySide6 6.12.0 drops a reference to None on every call of a method that returns nothing
    (``setText``, ``processEvents`` …), so a long session ends in "Fatal Python error:
    none_dealloc"; pyproject.toml excludes that release. This guards against such a build."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(500):
        label.setText(str(i))
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 20
