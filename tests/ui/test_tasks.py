import threading

from PySide6.QtCore import QThreadPool

from ui.tasks import Task, TaskRunner


def test_task_reports_progress_and_result(qtbot):
    def operation(progress, cancel):
        for done in range(1, 4):
            cancel.raise_if_cancelled()
            progress(done, 3, "step")
        return "ok"

    task, seen = Task(operation), []
    task.signals.progressed.connect(lambda d, t, s: seen.append((d, t)))
    with qtbot.waitSignal(task.signals.succeeded, timeout=5000) as blocker:
        QThreadPool.globalInstance().start(task)
    assert blocker.args == ["ok"]
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_task_can_be_cancelled(qtbot):
    started, release = threading.Event(), threading.Event()

    def operation(progress, cancel):
        started.set()
        release.wait(5)
        cancel.raise_if_cancelled()
        return "not reached"

    runner, outcome = TaskRunner(), []
    task = runner.start(operation, on_success=outcome.append, on_cancel=lambda: outcome.append("cancelled"))
    assert started.wait(5)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=5000)
    qtbot.waitUntil(lambda: runner.running == 0, timeout=5000)


def test_task_errors_arrive_as_signals(qtbot):
    runner, failures = TaskRunner(), []
    runner.start(lambda progress, cancel: 1 / 0, on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ZeroDivisionError)


def test_a_task_that_ends_after_its_runner_was_deleted_is_quiet(qtbot):
    """A window (and its runner) closed while a task still runs: the task's end is not an error."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication

    release = threading.Event()
    runner = TaskRunner()
    task = runner.start(lambda progress, cancel: release.wait(10))
    finished = []
    task.signals.finished.connect(lambda: finished.append(True))
    shiboken6.delete(runner)                       # the window closed
    release.set()
    qtbot.waitUntil(lambda: bool(finished), timeout=10000)
    QCoreApplication.processEvents()               # the runner's queued _done runs now, without error


def test_an_answer_still_queued_when_its_window_closes_reaches_no_deleted_widget(qtbot):
    """A result queued for a presenter of a window that is deleted before the event loop runs
    again is dropped with the window's runner, not handed to the deleted presenter."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QObject

    window = QObject()
    runner = TaskRunner(window)
    received = []
    runner.start(lambda progress, cancel: 42, on_success=received.append)
    assert runner.wait(10000)                          # the answer is queued, not yet delivered
    shiboken6.delete(window)                           # the window (and its runner) closed
    QCoreApplication.processEvents()
    assert received == []
