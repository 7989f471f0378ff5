"""Keyboard accelerators: no letter is used twice within one menu, the menu
bar or one panel, in any language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QLabel, QMenu

from app.i18n import LANGUAGES

ACCELERATOR = re.compile(r"&([^&\s])")


def letters(texts: list[str]) -> list[str]:
    return [m.group(1).casefold() for text in texts for m in [ACCELERATOR.search(text.replace("&&", ""))] if m]


def clashes(texts: list[str]) -> set[str]:
    found = letters(texts)
    return {letter for letter in found if found.count(letter) > 1}


def menus(window) -> list[QMenu]:
    pending, seen = [a.menu() for a in window.menuBar().actions() if a.menu()], []
    while pending:
        menu = pending.pop()
        seen.append(menu)
        pending += [a.menu() for a in menu.actions() if a.menu()]
    return seen


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_no_accelerator_is_used_twice(window, model, language):
    model.set_language(language)
    bar = [a.text() for a in window.menuBar().actions()]
    assert clashes(bar) == set(), f"menu bar: {bar}"
    for menu in menus(window):
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert clashes(texts) == set(), f"{menu.title()}: {texts}"
    panel = [label.text() for label in window.settings_panel.findChildren(QLabel)]
    assert len(letters(panel)) >= 3 and clashes(panel) == set(), panel
    model.set_language("en")
