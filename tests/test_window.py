"""The main window: reader, charts and settings panel on one model."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_reader_shows_title_date_publisher_source_and_marked_figures(window):
    text = window.reader.browser.toPlainText()
    assert text.startswith("“Belt and Road” Initiative Contributes to Hunan’s Rising Foreign Trade Volume")
    assert "January 16, 2019 · Hunan Provincial Department of Commerce" in text
    assert "Original article" in text
    assert "Hunan’s import and export volume was estimated to exceed 310 billion CNY in 2018" in text
    html = window.reader.browser.toHtml()
    assert 'href="fact:enterprises_2018"' in html
    assert 'href="http://enghunan.gov.cn/Business/StatisticsUpdates/201901/t20190116_5261160.html"' in html
    assert "background-color:#e8f0fb" in html  # figures linked to facts are marked


def test_reader_refuses_resources_outside_the_bundle(window, tmp_path):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    url = QUrl.fromLocalFile(str(outside))
    assert window.reader.browser.loadResource(QTextDocument.ResourceType.HtmlResource, url) is None


def test_five_charts_with_titles_values_and_sources(window):
    cards = window.charts.cards
    assert list(cards) == ["trade_volume", "growth_2018", "enterprises", "product_structure", "official_context"]
    enterprises = cards["enterprises"]
    assert enterprises.title.text() == "Enterprises with foreign trade performance"
    assert [label.toPlainText() for label in enterprises.value_labels] == ["≈3,964", "4,630"]
    assert enterprises.source.full_text == (
        "Source: Hunan Provincial Department of Commerce, January 14, 2019; "
        "published by the Hunan Provincial Government website, January 16, 2019"
    )
    ticks = enterprises.plot.getPlotItem().getAxis("bottom")._tickLevels
    assert [label for _, label in ticks[0]] == ["2017", "2018"]
    context = cards["official_context"]
    assert [label.toPlainText() for label in context.value_labels].count("n/a") == 2


def test_settings_panel_writes_through_the_model_and_is_remembered(window, model, qtbot):
    panel = window.settings_panel
    panel.text_size_box.setValue(15)
    assert model.text_size == 15
    assert model.settings.text_size() == 15
    assert window.reader.browser.document().defaultFont().pointSize() == 15
    panel.theme_box.setCurrentIndex(panel.theme_box.findData("dark"))
    assert model.theme == "dark" and model.settings.theme() == "dark"


def test_model_changes_show_in_the_panel_without_writing_back(window, model):
    written = []
    model.textSizeChanged.connect(written.append)
    model.set_text_size(20)
    assert window.settings_panel.text_size_box.value() == 20
    assert written == [20]  # the panel showing 20 did not set it again


def test_splitter_sizes_are_remembered(window, model, qtbot, monkeypatch):
    """Kept once the splitter comes to rest, not at each step of the drag
    (each save writes the settings file)."""
    from ui.main_window import LAYOUT_SAVE_DELAY_MS, MainWindow

    saved = []
    set_layout = type(model.settings).set_layout
    monkeypatch.setattr(
        type(model.settings),
        "set_layout",
        lambda settings, name, state: saved.append(name) or set_layout(settings, name, state),
    )
    for position in (430, 420, 410, 400):  # a drag
        window._main.setSizes([position, 1400 - position])
        window._main.splitterMoved.emit(position, 1)
    assert saved == []
    assert window._layout_saver.interval() == LAYOUT_SAVE_DELAY_MS  # not the splitter's position
    qtbot.wait(LAYOUT_SAVE_DELAY_MS + 300)
    assert sorted(saved) == ["left", "main"]

    again = MainWindow(model)
    qtbot.addWidget(again)
    again.resize(1400, 900)
    again.show()
    assert abs(again._main.sizes()[0] - 400) <= 2


def test_keyboard_zoom_changes_text_size(window, model, qtbot):
    window.activateWindow()
    before = model.text_size
    window.larger_action.trigger()
    window.larger_action.trigger()
    window.smaller_action.trigger()
    assert model.text_size == before + 1
    assert window.reset_size_action.shortcut().toString() == "Ctrl+0"
    assert window.settings_action.isChecked()
    window.settings_action.trigger()
    assert not window.settings_panel.isVisibleTo(window)


def test_placeholder_before_charts(qtbot, model):
    from ui.chart_panel import ChartPanel

    panel = ChartPanel(model)
    qtbot.addWidget(panel)
    assert panel.currentWidget() is panel._placeholder
    assert panel._placeholder.text() == "Loading charts…"
    assert panel._placeholder.alignment() & Qt.AlignmentFlag.AlignCenter


def test_an_unreadable_settings_file_is_reported_in_the_status_bar(qtbot, application, bundle, tmp_path):
    from app.model import AppModel
    from app.settings import Settings
    from ui.main_window import MainWindow

    path = tmp_path / "settings.ini"
    path.write_text("[General\ntheme=dark\n")
    model = AppModel(Settings(path), bundle, "en")
    window = MainWindow(model)
    qtbot.addWidget(window)
    assert window.settings_problem.text().startswith(f"The settings file {path} could not be read")
    assert model.theme == "system"  # the defaults are used
