"""An exception escaping a slot: one dialog, the traceback in a log file,
and the window goes on with what it had."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox


def test_an_exception_in_a_slot_is_shown_and_logged(window, model, monkeypatch, tmp_path):
    from ui import application

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(application, "log_path", lambda: tmp_path / "logs" / "viewer.log")
    saved_hook = sys.excepthook
    application.install_exception_hook(window)
    try:
        try:
            raise RuntimeError("the slot failed")
        except RuntimeError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = saved_hook
    log = (tmp_path / "logs" / "viewer.log").read_text(encoding="utf-8")
    assert "RuntimeError: the slot failed" in log and "Traceback" in log
    assert len(shown) == 1 and "the slot failed" in shown[0] and str(tmp_path / "logs" / "viewer.log") in shown[0]
    assert window.isVisible() and list(window.charts.cards)[0] == "trade_volume"  # nothing torn down
