"""Progress and cancellation for long work, without Qt.

A long service method takes ``progress: Progress | None`` and ``cancel: CancelToken | None``.
It calls ``progress(done, total, text)`` now and then and checks ``cancel.raise_if_cancelled()``;
cancelling raises :class:`Cancelled` and the method's transaction rolls back.
"""
from __future__ import annotations

import threading
from collections.abc import Callable

Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The user cancelled; nothing was changed."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def no_progress(done: int, total: int, text: str = "") -> None:
    """A progress callback that does nothing."""
