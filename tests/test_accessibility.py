"""Accessibility: the keyboard moves across a chart's points and selects
their facts, each chart reads as words and as a table, every action and
control has a name in every language, and the desktop's high-contrast and
large-text settings are followed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QMenu, QScrollArea, QWidget

from app.charts import kind_name
from app.i18n import LANGUAGES
from ui import theme
from ui.accessible_names import label_name
from ui.chart_focus import point_outline

RIGHT, LEFT, HOME, END = Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Home, Qt.Key.Key_End


def accessible(widget, what=QAccessible.Text.Name) -> str:
    """What assistive technology reads of `widget`, through Qt's interface."""
    return QAccessible.queryAccessibleInterface(widget).text(what)


@pytest.fixture()
def card(window, qtbot):
    """The trade-volume chart (2017 derived, 2018 estimate), with the focus."""
    card = window.charts.cards["trade_volume"]
    card.setFocus()
    qtbot.waitUntil(card.hasFocus)
    return card


# -- the keyboard in a chart ------------------------------------------------------
def test_tab_reaches_every_chart(window, qtbot):
    window.reader.browser.setFocus()
    reached = set()
    for _ in range(60):
        widget = QApplication.focusWidget()
        reached.add(widget.objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert {f"chart_{chart_id}" for chart_id in window.charts.cards} <= reached


def test_arrow_keys_move_across_the_bars_and_say_each_value(card, qtbot):
    assert accessible(card) == "Foreign trade volume"
    said = []
    for key in (RIGHT, RIGHT, RIGHT, LEFT, END, HOME):
        qtbot.keyClick(card, key)
        said.append(accessible(card))
    first = "Foreign trade volume — 2017: ≈242B, Derived (computed)"
    second = "Foreign trade volume — 2018: 310B, Estimate"
    # The last Right stays on the last bar and says it again.
    assert said == [first, second, second, first, second, first]
    assert card.current_point == 0


def test_the_current_point_is_outlined_while_the_card_has_focus(card, qtbot, window):
    qtbot.keyClick(card, RIGHT)
    qtbot.keyClick(card, RIGHT)
    card.grab()  # the view's transform is brought up to date when it is painted
    view = card.plot.getPlotItem().getViewBox()
    outline = point_outline(card.mark, card.spec, view, card.current_point)
    bar = card.mark.items[1]
    assert outline.contains(view.childGroup.mapRectToParent(bar.rect).center())
    # The outline's top edge, in the card's pixels: dashes of the text colour.
    top_left = card.plot.mapTo(card, card.plot.mapFromScene(view.mapToScene(outline.topLeft())))
    ink = QColor(theme.colors(window._model.theme).text)

    def dashes() -> int:
        image = card.grab().toImage()
        row = range(top_left.x() + 2, top_left.x() + int(outline.width()) - 2)
        return sum(QColor(image.pixel(x, top_left.y())) == ink for x in row)

    assert dashes() > outline.width() / 4
    window.reader.browser.setFocus()
    qtbot.waitUntil(lambda: not card.hasFocus())
    assert dashes() == 0


def test_a_gap_is_said_to_have_no_figure_and_selects_nothing(window, model, qtbot):
    card = window.charts.cards["official_context"]
    card.setFocus()
    for key in (HOME, RIGHT):
        qtbot.keyClick(card, key)
    assert accessible(card).endswith(f"2015: n/a, {kind_name('missing')}")
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert model.selected_fact == ""


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_enter_selects_the_fact_of_the_current_point(card, model, qtbot, key):
    qtbot.keyClick(card, END)
    qtbot.keyClick(card, key)
    assert model.selected_fact == "trade_total_2018"
    assert card.highlighted_facts == ["trade_total_2018"]


# -- each chart in words and as a table ------------------------------------------
def test_a_chart_is_named_by_its_title_and_described_by_its_values(window, model):
    for spec in model.chart_specs():
        card = window.charts.cards[spec.id]
        assert accessible(card) == spec.title
        described = accessible(card, QAccessible.Text.Description)
        assert all(point.label in described for point in spec.points)
    assert accessible(window.charts.cards["trade_volume"], QAccessible.Text.Description) == (
        "Values in Yuan (CNY): 2017: ≈242B, Derived (computed); 2018: 310B, Estimate"
    )


def test_the_words_follow_the_display_language_and_keep_the_point(window, card, model, qtbot):
    qtbot.keyClick(card, END)
    model.set_language("fr")
    spec = next(s for s in model.chart_specs() if s.id == "trade_volume")
    card = window.charts.cards["trade_volume"]  # (the French one)
    assert card.hasFocus()
    assert accessible(card).startswith(spec.title + " — 2018")
    assert accessible(card).endswith(kind_name("estimate")) and kind_name("estimate") != "Estimate"
    assert spec.points[1].label in accessible(card, QAccessible.Text.Description)


def test_ctrl_t_shows_the_chart_as_a_table(card, qtbot):
    from ui.chart_table_dialog import ChartTableDialog

    qtbot.keyClick(card, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ChartTableDialog)
    assert dialog.rows() == [
        ("2017", "≈242B", "Derived (computed)", card.spec.points[0].source),
        ("2018", "310B", "Estimate", card.spec.points[1].source),
    ]
    assert card.spec.points[1].source.startswith("Article, paragraph 1")
    assert accessible(dialog.table) == "Foreign trade volume"
    assert card.table_action in card.actions()  # in the card's context menu
    dialog.close()


def test_the_table_of_a_series_has_a_row_per_year_gaps_included(window):
    dialog = window.charts.cards["official_context"].show_table()
    rows = dialog.rows()
    assert [row[0] for row in rows] == ["2014", "2015", "2016", "2017", "2018", "2018", "2019", "2020", "2021"]
    assert rows[1] == ("2015", "n/a", "No confirmed figure", "")
    assert rows[4][2] == "Final (statistics bureau)" and rows[4][3].startswith("Hunan 2018 statistical")
    dialog.close()


def test_ctrl_t_is_no_other_action_s_shortcut(window):
    keys = QKeySequence("Ctrl+T")
    card_actions = {action for card in window.charts.cards.values() for action in card.actions()}
    others = [a for w in [window, *window.findChildren(QWidget)] for a in w.actions() if a not in card_actions]
    assert all(keys not in action.shortcuts() for action in others)


# -- a name for every action and control, in every language ---------------------
def controls(root: QWidget) -> list[QWidget]:
    """The visible widgets of `root` that take focus: its controls (a spin
    box's or combo box's own line edit is part of it)."""
    return [
        widget
        for widget in [root, *root.findChildren(QWidget)]
        if widget.isVisible()
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.focusProxy() is None
        and not isinstance(widget.parent(), (QAbstractSpinBox, QComboBox))
        and not isinstance(widget, QMenu)
    ]


def unnamed(root: QWidget, known_gaps: tuple[QWidget, ...] = ()) -> list[str]:
    return [
        f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}"
        for widget in controls(root)
        if not accessible(widget) and widget not in known_gaps
    ]


def unnamed_actions(root: QWidget) -> list[str]:
    """Actions of `root` with no text (Qt's own, named _q_… or on widgets
    named qt_…, left out), and menu entries that assistive technology finds
    without a name."""
    widgets = [w for w in [root, *root.findChildren(QWidget)] if not w.objectName().startswith("qt_")]
    actions = [a for w in widgets for a in w.actions()]
    missing = [
        repr(a) for a in actions if not a.isSeparator() and not a.objectName().startswith("_q_") and not a.text()
    ]
    for menu in root.findChildren(QMenu):
        if menu.objectName().startswith("qt_"):
            continue
        entries = QAccessible.queryAccessibleInterface(menu)
        for index in range(entries.childCount()):
            entry = entries.child(index)
            if entry.role() != QAccessible.Role.Separator and not entry.text(QAccessible.Text.Name):
                missing.append(f"entry {index} of {menu.title()!r}")
    return missing


def chart_panel_scroll_area(window) -> QScrollArea:
    return window.charts.findChild(QScrollArea)


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_control_and_action_of_the_window_has_a_name(window, model, qtbot, language):
    model.set_language(language)
    model.load_tables()
    qtbot.waitUntil(lambda: bool(window.data_view.views))
    window.reader.find_bar.open_bar()
    gaps = (chart_panel_scroll_area(window),)  # see the test below
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert unnamed(window, gaps) == [], window.tabs.tabText(index)
    assert unnamed_actions(window) == []
    assert len(controls(window)) > 10


def test_the_chart_panel_s_scroll_area_has_a_name_or_takes_no_focus(window):
    assert unnamed(chart_panel_scroll_area(window)) == []


def dialogs(window, model) -> list[QWidget]:
    from ui.about_dialog import AboutDialog
    from ui.compare_view import CompareDialog
    from ui.export_dialog import ExportDialog
    from ui.shortcuts_dialog import ShortcutsDialog

    compare = CompareDialog(model, window)
    compare.load()
    return [
        ExportDialog(model, "trade_volume", window),
        ExportDialog(model, None, window),
        AboutDialog(model, window),
        ShortcutsDialog(window),
        compare,
        window.charts.cards["official_context"].show_table(),
    ]


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_control_of_every_dialog_has_a_name(window, model, qtbot, language):
    model.set_language(language)
    for dialog in dialogs(window, model):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__
        assert unnamed_actions(dialog) == [], type(dialog).__name__
        assert len(controls(dialog)) >= 2, type(dialog).__name__
        dialog.close()


def labels_of(widget: QWidget) -> list[str]:
    """The texts of the labels assistive technology finds for `widget`."""
    found = QAccessible.queryAccessibleInterface(widget).relations(QAccessible.RelationFlag.Label)
    return [label.text(QAccessible.Text.Name) for label, _ in found]


def test_a_field_is_named_after_its_label_not_after_what_it_shows(window, model, qtbot):
    from ui.export_dialog import ExportDialog

    # Windows and macOS read a combo box's name; Linux reads its value, then its label.
    panel = window.settings_panel
    assert [panel.language_box.accessibleName(), panel.theme_box.accessibleName()] == ["Language", "Theme"]
    assert "Language:" in labels_of(panel.language_box)
    dialog = ExportDialog(model, "trade_volume", window)
    qtbot.addWidget(dialog)
    assert [dialog.format_box.accessibleName(), accessible(dialog.width_box), accessible(dialog.height_box)] == [
        "Format",
        "Width (pixels)",
        "Height (pixels)",
    ]
    model.set_language("fr")
    qtbot.waitUntil(lambda: panel.language_box.accessibleName() != "Language")  # on Qt's LanguageChange
    assert panel.language_box.accessibleName() == label_name(labels_of(panel.language_box)[0]) == "Langue"


@pytest.mark.parametrize(
    "text, name",
    [("&Format:", "Format"), ("Reader te&xt size:", "Reader text size"), ("Langue\u202f:", "Langue"),
     ("格式(&F)：", "格式"), ("形式(&F):", "形式"), ("Save && close", "Save & close")],
)  # fmt: skip
def test_label_names_drop_the_shortcut_mark_and_the_colon(text, name):
    assert label_name(text) == name


# -- the desktop's high-contrast and large-text settings -------------------------
def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(name: str) -> float:
        color = QColor(name)
        channels = [c / 255 for c in (color.red(), color.green(), color.blue())]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_system_is_asked_whether_it_wants_high_contrast(application):
    assert theme.prefers_high_contrast() is False  # the offscreen platform never asks for it


@pytest.mark.parametrize("name", ["light", "dark"])
def test_high_contrast_colours_are_stronger_than_the_theme_s(application, monkeypatch, name):
    normal = theme.colors(name)
    monkeypatch.setattr(theme, "prefers_high_contrast", lambda: True)
    strong = theme.colors(name)
    assert strong is (theme.HIGH_CONTRAST_DARK if name == "dark" else theme.HIGH_CONTRAST_LIGHT)
    assert contrast(strong.text, strong.base) >= 18 > contrast(normal.text, normal.base)
    assert contrast(strong.muted, strong.base) >= 12 > contrast(normal.muted, normal.base)
    assert contrast(strong.accent, strong.base) >= 7
    assert contrast(strong.selected_bar, strong.base) >= 4.5
    assert contrast(strong.bar, strong.base) >= 3 and contrast(strong.bar_final, strong.base) >= 3
    assert theme.output_colors() == theme.LIGHT  # saved output keeps its one style


def test_a_change_of_the_contrast_setting_redraws_the_window_whatever_the_theme(window, model, monkeypatch, qtbot):
    model.set_theme("light")
    hints = QGuiApplication.styleHints()
    assert hints.accessibility().receivers(SIGNAL("contrastPreferenceChanged(Qt::ContrastPreference)")) >= 1
    card = window.charts.cards["trade_volume"]
    monkeypatch.setattr(theme, "prefers_high_contrast", lambda: True)
    try:
        with qtbot.waitSignal(model.themeChanged):
            model.system_contrast_changed()
        black = QColor(theme.HIGH_CONTRAST_LIGHT.text)
        assert QApplication.palette().color(QPalette.ColorRole.Text) == black
        assert card.palette().color(QPalette.ColorRole.Text) == black
    finally:
        monkeypatch.undo()
        model.system_contrast_changed()
    assert QApplication.palette().color(QPalette.ColorRole.Text) == QColor(theme.LIGHT.text)


@pytest.mark.parametrize("system, charts", [(9.0, 9.0), (18.0, 18.0), (7.0, 9.0)])
def test_chart_text_grows_with_the_system_s_text_size(application, system, charts):
    from app.fonts import font_for, screen_font_for

    before = application.font()
    try:
        larger = QFont(before)
        larger.setPointSizeF(system)
        application.setFont(larger)
        assert screen_font_for("en", 9).pointSizeF() == pytest.approx(charts)
        assert screen_font_for("en", 9 * 1.2).pointSizeF() == pytest.approx(charts * 1.2)
        assert font_for("en", 10).pointSizeF() == 10  # saved output keeps its sizes
    finally:
        application.setFont(before)
