"""Guards against known defects of the libraries the app is built on."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_keep_the_reference_count_of_none(qtbot):
    # PySide6 6.12.0 lost one reference to None per void call; on Python
    # 3.11, where None is not immortal, the app then crashed mid-session.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
        label.setStyleSheet("")
    assert sys.getrefcount(None) - before >= -5
