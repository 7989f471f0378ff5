"""AppModel: each signal once per real change, never on a no-op."""

from __future__ import annotations

import pytest

from app.model import AppModel


@pytest.fixture()
def plain_model(qapp, settings, bundle):
    return AppModel(settings, bundle, "en")


@pytest.mark.parametrize(
    ("signal", "setter", "first", "second"),
    [
        ("languageChanged", "set_language", "zh", "fr"),
        ("themeChanged", "set_theme", "dark", "light"),
        ("textSizeChanged", "set_text_size", 16, 14),
        ("factSelected", "select_fact", "enterprises_2018", ""),
    ],
)
def test_signal_once_per_real_change_and_none_on_no_op(plain_model, signal, setter, first, second):
    received = []
    getattr(plain_model, signal).connect(received.append)
    set_value = getattr(plain_model, setter)
    set_value(first)
    set_value(first)  # no-op
    set_value(second)
    set_value(second)  # no-op
    assert received == [first, second]


def test_charts_need_no_tables_and_tables_change_once_per_load(plain_model):
    received = []
    plain_model.tablesChanged.connect(lambda: received.append(1))
    assert len(plain_model.chart_specs()) == 5
    assert plain_model.tables is None
    plain_model.load_tables()
    assert received == [1]
    assert plain_model.tables["facts"].loc["enterprises_2018", "value"] == 4630
    assert list(plain_model.tables) == ["facts", "official"]


def test_tables_are_built_from_pandas_imported_off_the_ui_thread(plain_model, qtbot):
    with qtbot.waitSignal(plain_model.tablesChanged, timeout=30000):
        plain_model.request_tables()
    assert plain_model.tables["official"].shape[0] == 20


def test_bad_values_are_refused_without_a_signal(plain_model):
    received = []
    plain_model.languageChanged.connect(received.append)
    with pytest.raises(ValueError):
        plain_model.set_language("xx")
    with pytest.raises(ValueError):
        plain_model.select_fact("no_such_fact")
    assert received == [] and plain_model.language == "en"


def test_opening_a_broken_bundle_keeps_the_current_article(plain_model, tmp_path):
    from app.bundle import BundleError

    received = []
    plain_model.articleChanged.connect(lambda: received.append(1))
    with pytest.raises(BundleError):
        plain_model.open_bundle(tmp_path)
    assert received == []
    assert plain_model.bundle.id == "hunan-2018-foreign-trade"


def test_language_choice_is_saved_but_a_one_run_override_is_not(qapp, settings, bundle):
    AppModel(settings, bundle, "ja")
    assert settings.language() is None
    AppModel(settings, bundle, "ja").set_language("ko")
    assert settings.language() == "ko"
    assert AppModel(settings, bundle).language == "ko"


def test_following_the_system_redraws_when_the_desktop_scheme_changes(plain_model):
    received = []
    plain_model.themeChanged.connect(received.append)
    plain_model.set_theme("system")
    received.clear()
    plain_model.system_theme_changed()
    assert received == ["system"]
    plain_model.set_theme("dark")
    received.clear()
    plain_model.system_theme_changed()  # a fixed theme does not follow
    assert received == []
