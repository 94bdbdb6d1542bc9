"""Background work on QThreadPool that reports only through signals.

A :class:`Task` wraps one service call ``operation(progress, cancel) -> result``. The operation
runs on a pool thread and must not touch widgets; its progress, result, error or cancellation
come back to the GUI thread as queued signals. :class:`TaskRunner` keeps running tasks alive
and can show a progress dialog with a Cancel button.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from retrofit.progress import Cancelled, CancelToken

translate = QCoreApplication.translate


Operation = Callable[[Callable[[int, int, str], None], CancelToken], Any]


class TaskSignals(QObject):
    progressed = Signal(int, int, str)     # done, total, text
    succeeded = Signal(object)
    failed = Signal(object)                # the exception
    cancelled = Signal()
    finished = Signal()                    # always last


class Task(QRunnable):
    """One core operation on the thread pool. Pass ids and plain values, never widgets."""

    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self.cancel_token = CancelToken()
        self._operation = operation

    def cancel(self) -> None:
        self.cancel_token.cancel()

    def _progress(self, done: int, total: int, text: str = "") -> None:
        self.signals.progressed.emit(int(done), int(total), str(text))

    def run(self) -> None:                 # on a pool thread
        try:
            self.cancel_token.raise_if_cancelled()
            result = self._operation(self._progress, self.cancel_token)
        except Cancelled:
            self._emit(self.signals.cancelled)
        except Exception as exc:           # reported through `failed`, never swallowed
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.succeeded, result)
        finally:
            self._emit(self.signals.finished)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:               # the receiver side is gone (the app is closing)
            pass


class _Relay(QObject):
    """Hands a task's answer to its callbacks in the GUI thread, as long as the runner lives: the
    relay is the runner's child, so answers still queued when the runner (and its window) is
    deleted are dropped with it instead of reaching callbacks of deleted widgets."""

    def __init__(self, runner: QObject, on_success: Callable[[Any], None] | None,
                 on_failure: Callable[[BaseException], None] | None, on_cancel: Callable[[], None] | None) -> None:
        super().__init__(runner)
        self._on_success, self._on_failure, self._on_cancel = on_success, on_failure, on_cancel

    def succeeded(self, result: object) -> None:
        if self._on_success is not None:
            self._on_success(result)

    def failed(self, exc: object) -> None:
        if self._on_failure is not None:
            self._on_failure(exc)  # type: ignore[arg-type]

    def cancelled(self) -> None:
        if self._on_cancel is not None:
            self._on_cancel()


class TaskRunner(QObject):
    """Starts tasks, keeps a reference until they finish, optionally with a progress dialog."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()

    @property
    def running(self) -> int:
        return len(self._running)

    def start(self, operation: Operation, *, on_success: Callable[[Any], None] | None = None,
              on_failure: Callable[[BaseException], None] | None = None,
              on_cancel: Callable[[], None] | None = None,
              dialog_parent: QWidget | None = None, title: str = "") -> Task:
        task = Task(operation)
        relay = task.relay = _Relay(self, on_success, on_failure, on_cancel)  # type: ignore[attr-defined]
        task.signals.succeeded.connect(relay.succeeded, Qt.ConnectionType.QueuedConnection)
        task.signals.failed.connect(relay.failed, Qt.ConnectionType.QueuedConnection)
        task.signals.cancelled.connect(relay.cancelled, Qt.ConnectionType.QueuedConnection)
        if dialog_parent is not None:
            _attach_dialog(task, dialog_parent, title)
        self._running.add(task)
        task.signals.finished.connect(lambda t=task: self._done(t), Qt.ConnectionType.QueuedConnection)
        self.busy_changed.emit(True)
        self._pool.start(task)
        return task

    def _done(self, task: Task) -> None:
        self._running.discard(task)
        try:
            task.relay.deleteLater()  # type: ignore[attr-defined]
        except RuntimeError:                       # deleted with the runner already
            pass
        if not self._running:
            Task._emit(self.busy_changed, False)   # the runner's window may be gone (closed meanwhile)

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)


def _attach_dialog(task: Task, parent: QWidget, title: str) -> QProgressDialog:
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title or translate("Tasks", "Working"))
    dialog.setLabelText(title or translate("Tasks", "Working…"))
    dialog.setCancelButtonText(translate("Tasks", "Cancel"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setRange(0, 0)

    def on_progress(done: int, total: int, text: str) -> None:
        dialog.setRange(0, max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)
        if text:
            dialog.setLabelText(text)

    task.signals.progressed.connect(on_progress, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(task.cancel)
    task.signals.finished.connect(dialog.deleteLater, Qt.ConnectionType.QueuedConnection)
    task.signals.finished.connect(dialog.hide, Qt.ConnectionType.QueuedConnection)
    task.dialog = dialog  # type: ignore[attr-defined]
    return dialog
