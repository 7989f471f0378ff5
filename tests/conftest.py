"""Shared fixtures: offscreen Qt, a private settings folder, model and window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from app.bundle import DEFAULT_BUNDLE, load_bundle  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def private_config(tmp_path_factory):
    """Keep the user's real settings out of every test."""
    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("config"))


@pytest.fixture(scope="session")
def bundle():
    return load_bundle(DEFAULT_BUNDLE)


@pytest.fixture()
def application(qapp):
    """The QApplication set up as main.py sets it up (style, fonts)."""
    from ui.application import create_application

    return create_application()


@pytest.fixture()
def settings(tmp_path):
    from app.settings import Settings

    return Settings(tmp_path / "settings.ini")


@pytest.fixture()
def model(application, settings, bundle):
    from app.model import AppModel
    from ui.application import connect_application

    model = AppModel(settings, bundle, "en")
    model.translator = connect_application(application, model)
    yield model
    model.set_language("en")  # leave no translator installed for the next test


@pytest.fixture()
def window(qtbot, model):
    """The main window, shown, with its charts loaded."""
    from ui.main_window import MainWindow

    window = MainWindow(model)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.charts.chartsReady):
        window.load_charts()
    return window
