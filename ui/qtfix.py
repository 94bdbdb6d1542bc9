"""A guard against a reference-count bug of PySide6 6.12.0: ``SignalInstance.emit`` returns
``True`` without taking a reference, so every emit from Python lowers ``True``'s count by one
and a long session (or a test run) ends in "Fatal Python error: bool_dealloc".

Importing this module checks for the bug once with a probe signal and, only if it is present,
wraps ``emit`` so that the missing reference is added. Every module of ``ui`` that declares
signals imports it; with a fixed PySide6 it does nothing.
"""
from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    probed = Signal()


def _emit_loses_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.probed.emit()
    return sys.getrefcount(True) < before - 4


def _install() -> bool:
    if getattr(SignalInstance.emit, "_retrofit_fixed", False) or not _emit_loses_a_reference():
        return False
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: object) -> object:
        result = original(self, *args)
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))   # the reference PySide forgot
        return result

    emit._retrofit_fixed = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]
    return True


INSTALLED = _install()
