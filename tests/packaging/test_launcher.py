"""The entry point as a windowed program (no standard streams) and a start that fails."""
import argparse
import sys

import pytest

from ui import launcher


def test_a_windowed_program_gets_streams_that_accept_output(monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    launcher._ensure_streams()
    assert sys.stdout is not None and sys.stderr is not None
    print("nowhere")                                   # would raise AttributeError on None
    print("nowhere", file=sys.stderr)


def test_a_desktop_app_that_cannot_start_says_why_in_the_log(monkeypatch, tmp_path):
    import ui.app

    monkeypatch.setenv("RETROFIT_HOME", str(tmp_path / "数据"))

    def no_display(**_):
        raise RuntimeError("could not connect to display")

    monkeypatch.setattr(ui.app, "run", no_display)
    with pytest.raises(RuntimeError):
        launcher._start_gui(argparse.Namespace(db=None, lang=None))
    text = (tmp_path / "数据" / "retrofit.log").read_text(encoding="utf-8")
    assert "the desktop app did not start" in text and "RuntimeError: could not connect to display" in text
