"""Figures in the text and bars in the charts select the same fact, both ways."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt


def click_link(window, qtbot, fact_id: str) -> None:
    browser = window.reader.browser
    cursor = window.reader.fact_link_cursor(fact_id)
    cursor.setPosition(cursor.selectionStart() + 1)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    point = browser.cursorRect(cursor).center()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def click_bar(card, qtbot, x: float, y: float) -> None:
    view_box = card.plot.getPlotItem().getViewBox()
    scene_point = view_box.mapViewToScene(QPointF(x, y))
    point = card.plot.mapFromScene(scene_point)
    qtbot.mouseClick(card.plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))


def test_clicking_4630_selects_the_enterprises_fact_and_highlights_its_bar(window, model, qtbot):
    click_link(window, qtbot, "enterprises_2018")
    assert model.selected_fact == "enterprises_2018"
    card = window.charts.cards["enterprises"]
    assert card.highlighted_facts == ["enterprises_2018"]
    assert all(c.highlighted_facts == [] for name, c in window.charts.cards.items() if name != "enterprises")
    caption = window.charts.caption.text()
    assert caption.startswith(
        "Enterprises with foreign trade performance · 4,630 enterprises · Reported · 2018 · Article, paragraph 3"
    )


def test_a_derived_fact_says_how_it_was_computed(window, model):
    model.select_fact("trade_total_2017")
    assert window.charts.caption.text().startswith(
        "Total imports and exports · ≈242B CNY · Derived (computed): 310B / 1.28 · Between 241.25B and 243.14B"
    )
    assert window.charts.cards["trade_volume"].highlighted_facts == ["trade_total_2017"]


def test_clicking_a_bar_highlights_the_sentence_that_states_it(window, model, qtbot):
    card = window.charts.cards["enterprises"]
    click_bar(card, qtbot, 1, 2000)  # the 2018 bar
    assert model.selected_fact == "enterprises_2018"
    sentence = window.reader.highlighted_text
    assert "4,630" in sentence
    assert sentence.startswith("Statistics showed that there are 4,630 enterprises")
    model.set_language("zh")
    qtbot.waitUntil(lambda: "4630家" in window.reader.highlighted_text)
    assert model.selected_fact == "enterprises_2018"  # the selection survives the switch
    assert window.charts.cards["enterprises"].highlighted_facts == ["enterprises_2018"]


def test_clicking_beside_the_bars_selects_nothing(window, model, qtbot):
    click_bar(window.charts.cards["enterprises"], qtbot, 0.5, 4500)
    assert model.selected_fact == ""


def test_escape_clears_the_selection(window, model, qtbot):
    model.select_fact("hitech_share_2018")
    assert window.reader.highlighted_text
    window.clear_action.trigger()
    assert model.selected_fact == ""
    assert window.reader.highlighted_text == ""
    assert not window.charts.caption.isVisibleTo(window)
    assert window.clear_action.shortcut().toString() == "Esc"


def test_bar_tooltips_give_the_exact_value_kind_period_and_source(window, model, qtbot):
    tooltip = window.charts.cards["enterprises"].bar_items[0].toolTip()
    assert tooltip.splitlines()[:2] == ["2017: ≈3,964 enterprises", "Derived (computed): 4,630 / 1.168"]
    model.set_language("fr")
    tooltip = window.charts.cards["enterprises"].bar_items[1].toolTip()
    assert tooltip.splitlines()[:2] == ["2018\u00a0: 4\u202f630 entreprises", "Publié"]


def test_figures_can_be_activated_from_the_keyboard(window, model, qtbot):
    browser = window.reader.browser
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    qtbot.keyClick(browser, Qt.Key.Key_Tab)  # the link to the original page
    qtbot.keyClick(browser, Qt.Key.Key_Tab)  # the first figure: 310 billion CNY
    assert browser.textCursor().charFormat().anchorHref() == "fact:trade_total_2018"
    qtbot.keyClick(browser, Qt.Key.Key_Return)
    assert model.selected_fact == "trade_total_2018"
    assert window.charts.cards["trade_volume"].highlighted_facts == ["trade_total_2018"]
