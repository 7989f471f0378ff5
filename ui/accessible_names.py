"""Accessible names taken from what the window shows: a form's label,
without its shortcut mark and its colon, names the field it labels."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QLabel

# A mnemonic: "文件(&F)" loses "(&F)", "&Open" its "&", and "&&" stays one "&".
_CJK_MNEMONIC = re.compile(r"\s*\(&[^&]\)")
_MNEMONIC = re.compile(r"&(&?)")


def without_mnemonic(text: str) -> str:
    """`text` as a reader sees it: no shortcut mark."""
    return _MNEMONIC.sub(r"\1", _CJK_MNEMONIC.sub("", text))


def label_name(text: str) -> str:
    """A form label as a name: '&Format:' gives 'Format', 'Langue :' gives 'Langue'."""
    return without_mnemonic(text).strip().rstrip(":：").strip()


def name_buddy(label: QLabel) -> None:
    """Name the field `label` is the buddy label of after the label's text,
    in the display language: without it Windows and macOS name a combo box
    by the choice it shows (Qt on Linux always does, then reads the label
    through its relation). A button keeps the name its own text gives it."""
    buddy = label.buddy()
    if buddy is not None and not isinstance(buddy, QAbstractButton):
        buddy.setAccessibleName(label_name(label.text()))
