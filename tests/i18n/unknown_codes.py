"""A pytest plugin for the whole suite (``tests/conftest.py``): a test in which the core words a
message code that has no text (``retrofit.i18n`` logs it) fails, so a code built at run time
(``f"notice_{code}"``) that the catalogues lack is found by any test that shows it."""
from __future__ import annotations

import logging
from collections.abc import Generator

import pytest


class _Unknown(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(record.getMessage())


_unknown = _Unknown()


def pytest_configure(config: pytest.Config) -> None:
    logging.getLogger("retrofit.i18n").addHandler(_unknown)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    _unknown.texts.clear()
    result = yield
    if _unknown.texts:
        raise AssertionError("message codes without a text in resources/locale: " + "; ".join(_unknown.texts))
    return result
