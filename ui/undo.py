"""Undo commands for changes that are saved at once."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from retrofit.domain.errors import RetrofitError


class SavedCommand(QUndoCommand):
    """A change that was saved before the command was pushed: the first ``redo()`` is skipped,
    then redo and undo save again through the service. A refused save (someone else changed the
    record meanwhile) goes to ``on_error`` and drops the command from the stack."""

    def __init__(self, text: str, on_error: Callable[[BaseException], None] | None) -> None:
        super().__init__(text)
        self._on_error = on_error
        self._applied = True

    def _forward(self) -> None:
        raise NotImplementedError

    def _backward(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._forward()

    def undo(self) -> None:
        self._backward()

    def _refused(self, exc: RetrofitError) -> None:
        if self._on_error is None:
            raise exc
        self._on_error(exc)
        self.setObsolete(True)
