"""Database → export (CSV and XLSX, Chinese and English headers) → import into a new database
gives the same records back, with every field of the vocabulary at the edges of its range."""
from __future__ import annotations

import pytest
from vocab_records import edge_register

from retrofit.services.app import open_services  # noqa: E402


def _sorted(register):
    return (sorted(register.estates, key=lambda e: e.estate),
            sorted(register.buildings, key=lambda b: (b.estate, b.building)))


@pytest.mark.parametrize(("suffix", "lang"), [(".csv", "zh"), (".xlsx", "zh"), (".csv", "en"), (".xlsx", "en")])
def test_edges_of_every_range_come_back(db_url, tmp_path, suffix, lang):
    edges = edge_register()
    with open_services(db_url) as app:
        app.imports.commit_register(edges)
        stored = app.imports.register()
        assert _sorted(stored) == _sorted(edges)             # the database holds every edge as given
        path = tmp_path / f"export{suffix}"
        assert app.imports.export(path, lang=lang) == len(edges.buildings)
    with open_services(str(tmp_path / "second.sqlite")) as second:
        second.imports.commit(path)
        assert _sorted(second.imports.register()) == _sorted(edges)
