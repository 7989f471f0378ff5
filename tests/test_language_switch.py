"""Live language switch in one running window: every part follows at once."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtWidgets import QDialogButtonBox

from app.bundle import localized
from app.i18n import I18N_DIR

AMOUNTS = {"en": "310B", "zh": "3,100亿", "fr": "310\u00a0Md", "ko": "3,100억", "ja": "3,100億"}
CANCEL = {"en": "Cancel", "zh": "取消", "fr": "Annuler", "ko": "취소", "ja": "キャンセル"}


def translation(language: str, context: str, source: str) -> str:
    if language == "en":
        return source
    tree = ET.parse(I18N_DIR / f"hunan_viewer_{language}.ts")
    for ctx in tree.iter("context"):
        if ctx.find("name").text == context:
            for message in ctx.iter("message"):
                if message.find("source").text == source:
                    return message.find("translation").text
    raise KeyError(source)


def first_sentence(markdown: str) -> str:
    plain = re.sub(r"\[([^\]]*)\]\(fact:[^)]*\)", r"\1", markdown)
    return re.split(r"(?<=[.。])", plain.strip(), maxsplit=1)[0][:30]


def test_switching_languages_relabels_everything_and_keeps_the_place(window, model, qtbot, bundle):
    bar = window.reader.browser.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    window.charts.cards["enterprises"].setFocus()
    seen_titles = set()
    for language in ["en", "zh", "fr", "ko", "ja", "en"]:
        model.set_language(language)
        menu_title = translation(language, "MainWindow", "&File")
        qtbot.waitUntil(lambda: window.file_menu.title() == menu_title)  # noqa: B023 (awaited here)
        title = translation(language, "MainWindow", "Hunan Trade Viewer")
        assert window.windowTitle() == f"{title} — {localized(bundle.title, language)}"
        seen_titles.add(window.windowTitle())
        assert window.save_all_action.text() == translation(language, "MainWindow", "Save &all charts…")
        assert first_sentence(bundle.texts[language]) in window.reader.browser.toPlainText()
        card = window.charts.cards["trade_volume"]
        assert card.title.text() == localized(bundle.charts[0].title, language)
        # toPlainText() gives French no-break spaces back as plain spaces.
        assert card.value_labels[1].toPlainText() == AMOUNTS[language].replace("\u00a0", " ")
        assert card.spec.points[1].label == AMOUNTS[language]
        assert window.settings_panel.language_box.currentData() == language
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == CANCEL[language]
        assert abs(bar.value() / bar.maximum() - 0.5) < 0.1  # the reading position is kept
        assert window.charts.current_chart == "enterprises"  # and the selected chart
    assert len(seen_titles) == 5


def test_translation_banner_offers_the_official_english_text(window, model, qtbot):
    assert not window.reader._banner.isVisibleTo(window)
    model.set_language("zh")
    qtbot.waitUntil(lambda: window.reader._banner.isVisibleTo(window))
    assert "“一带一路”倡议" in window.reader.browser.toPlainText()
    window.reader._original_button.click()
    assert "“Belt and Road” Initiative" in window.reader.browser.toPlainText()
    assert window.reader.text_language == "en"
    window.reader._original_button.click()
    assert window.reader.text_language == "zh"
