"""The reader: find, themes, text size, and the article as PDF."""

from __future__ import annotations

import io

import pandas as pd
from pypdf import PdfReader
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog


def test_find_counts_every_hunan_and_moves_between_them(window, qtbot):
    find = window.reader.find_bar
    window.find_action.trigger()
    assert find.isVisible()
    assert not find.close_button.icon().isNull()  # asked of the style when the bar first opens
    qtbot.keyClicks(find.edit, "Hunan")
    expected = window.reader.browser.toPlainText().lower().count("hunan")
    assert expected == 15  # title 1, publisher 2, body 12
    assert len(find.matches) == expected
    assert find.count.text() == f"1 of {expected}"
    first = window.reader.browser.textCursor().position()
    find.next()
    assert find.count.text() == f"2 of {expected}"
    assert window.reader.browser.textCursor().position() > first
    find.previous()
    find.previous()
    assert find.count.text() == f"{expected} of {expected}"
    selections = window.reader.browser.extraSelections()
    assert len(selections) == expected
    assert sum(s.format.background().color() == QColor("#ff9f1c") for s in selections) == 1
    window.clear_action.trigger()  # Escape closes the bar first
    assert not find.isVisible() and window.reader.browser.extraSelections() == []


def test_find_says_when_nothing_matches(window, qtbot):
    window.find_action.trigger()
    qtbot.keyClicks(window.reader.find_bar.edit, "Atlantis")
    assert window.reader.find_bar.count.text() == "No matches"


def test_dark_theme_darkens_reader_and_charts(window, model, qtbot):
    def brightness(widget) -> int:
        image = widget.grab().toImage()
        return QColor(image.pixel(5, 5)).value()

    card = window.charts.cards["growth_2018"]
    assert brightness(window.reader.browser.viewport()) > 240
    assert brightness(card.plot.viewport()) > 240
    model.set_theme("dark")
    assert brightness(window.reader.browser.viewport()) < 40
    assert brightness(card.plot.viewport()) < 40
    qtbot.waitUntil(lambda: window.palette().window().color().value() < 60)


def test_save_article_as_pdf_holds_its_title_date_and_source(window, tmp_path, monkeypatch):
    target = tmp_path / "article.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), "PDF (*.pdf)"))
    message = window.reader.save_pdf()
    assert message == f"Saved the article to {target}"
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    title = "“Belt and Road” Initiative Contributes to Hunan’s Rising Foreign Trade Volume"
    assert text.startswith(title + " January 16, 2019")
    assert text.count("Initiative") == 1  # the bold title is set once, not drawn twice
    assert "January 16, 2019" in text
    assert "4,630" in text
    assert reader.metadata.title.startswith("“Belt and Road” Initiative")


def test_csv_export_reads_back_as_the_facts_table(window, model, tmp_path, monkeypatch):
    target = tmp_path / "facts.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), "CSV (*.csv)"))
    assert window.data_view.export_csv("facts") == f"Saved the data to {target}"
    read = pd.read_csv(target, index_col="id", dtype={"period": str}, keep_default_na=False)
    pd.testing.assert_frame_equal(read, model.tables["facts"])


def test_data_tab_is_a_sortable_table_over_the_dataframe(window, model, qtbot):
    with qtbot.waitSignal(model.tablesChanged, timeout=30000):
        window.tabs.setCurrentWidget(window.data_view)  # shown: the tables load
    table = window.data_view.tables["official"]
    view = window.data_view.views["official"]
    assert table.rowCount() == len(model.tables["official"]) == 20
    columns = list(table.frame.columns)
    view.sortByColumn(columns.index("value"), Qt.SortOrder.DescendingOrder)
    assert table.index(0, columns.index("value")).data() == "598.85B CNY"
    assert table.index(0, columns.index("source")).data() == "Changsha Evening News, 2022-01-19"
    assert table.index(0, columns.index("indicator")).data() == "Total imports and exports"
    assert "index" not in columns
    assert table.headerData(columns.index("growth"), Qt.Orientation.Horizontal) == "Stated growth (%)"
    facts = window.data_view.tables["facts"]
    fact_columns = list(facts.frame.columns)
    assert window.data_view.views["facts"].isColumnHidden(fact_columns.index("id"))  # names, never ids
    assert facts.index(0, fact_columns.index("indicator")).data() == "Total imports and exports"
    model.set_language("zh")
    assert table.headerData(columns.index("source"), Qt.Orientation.Horizontal) == "来源"


from PySide6.QtCore import Qt  # noqa: E402


def test_an_article_in_another_language_keeps_its_own_fonts_under_a_display_language_header(window, model):
    """English under a Korean display language: the text in the English
    fonts (Latin quotes and apostrophes, not the CJK fonts' full-width ones),
    the date and publisher line in the Korean ones."""
    from pathlib import Path

    from app.fonts import families

    model.open_bundle(Path(__file__).parent / "bundles" / "synthetic-release")
    model.set_language("ko")
    QApplication.processEvents()
    assert window.reader.text_language == "en"
    document = window.reader.browser.document()
    assert document.defaultFont().families() == families("en")
    date_line = document.firstBlock().next()
    assert date_line.begin().fragment().charFormat().fontFamilies() == families("ko")
    body = document.lastBlock()
    assert body.begin().fragment().charFormat().fontFamilies() in (None, [], families("en"))


def test_a_measure_has_one_name_in_the_data_tab_and_the_import_review(window, model, qtbot):
    from ui.import_dialog import ReviewDialog

    with qtbot.waitSignal(model.tablesChanged, timeout=30000):
        window.tabs.setCurrentWidget(window.data_view)
    facts = window.data_view.tables["facts"]
    column = list(facts.frame.columns).index("measure")
    for language, growth in (("fr", "Taux de croissance"), ("ja", "伸び率")):
        model.set_language(language)
        shown = {facts.index(row, column).data() for row in range(facts.rowCount())}
        named = ReviewDialog._measure_names()
        assert growth in shown and named["growth"] == growth
        assert shown <= set(named.values())
    assert ReviewDialog._measure_names()["level"] == "実数"
