"""Fixtures of the report tests: sample data and PDF reading helpers."""
from __future__ import annotations

import io

import pytest
import report_samples as samples
from pypdf import PdfReader


@pytest.fixture
def plan_data():
    return samples.plan_data()


@pytest.fixture
def summary_data():
    return samples.summary_data()


@pytest.fixture
def programme_data():
    return samples.programme_data()


class Pdf:
    """A rendered PDF read back with pypdf."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.reader = PdfReader(io.BytesIO(data))
        self.pages = [p.extract_text() for p in self.reader.pages]
        self.text = "\n".join(self.pages)
        # pypdf may split a line; compare without whitespace too
        self.flat = "".join(self.text.split())

    def fonts(self) -> list[dict]:
        found = []
        for page in self.reader.pages:
            for font in page["/Resources"].get("/Font", {}).values():
                found.append(font.get_object())
        return found

    def contains(self, text: str) -> bool:
        return text in self.text or "".join(text.split()) in self.flat


@pytest.fixture(scope="session")
def labels():
    """Report texts per language with the catalogue's measure names: ``labels["zh"]``."""
    return {lang: samples.labels(lang) for lang in ("zh", "en")}


@pytest.fixture
def read_pdf():
    return Pdf


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    """Services over a small city in a real SQLite database (estates in three districts)."""
    from report_city import make_city

    app = make_city(tmp_path_factory.mktemp("city") / "city.sqlite")
    yield app
    app.close()
