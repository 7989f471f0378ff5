"""Light and dark themes for the window, the reader and the charts, and the
one output style that saved, copied and printed output is drawn in."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True)
class Colors:
    window: str
    base: str
    text: str
    muted: str
    accent: str
    fact_link: str
    highlight: str
    bar: str
    bar_final: str
    bar_estimate: str
    selected_bar: str


LIGHT = Colors(
    "#f4f5f7",
    "#ffffff",
    "#1f2328",
    "#5b6470",
    "#1f5fa8",
    "#e8f0fb",
    "#ffd76a",
    "#2f6db5",
    "#173f73",
    "#9cc3ee",
    "#e8590c",
)
DARK = Colors(
    "#202225",
    "#17181a",
    "#e6e6e6",
    "#a4acb6",
    "#7fb2ff",
    "#24364f",
    "#8a6d12",
    "#5b9be6",
    "#a9ccf5",
    "#2d5a8c",
    "#ffa94d",
)


# Files, the clipboard and paper get the light colours whatever the window's
# theme: a saved chart must not change with the screen it was saved from.
OUTPUT = LIGHT


def output_colors(transparent: bool = False) -> Colors:
    """The output style; with a transparent background, the text stays dark
    so that it reads on the light pages most images are placed on."""
    if transparent:
        return replace(OUTPUT, window="transparent", base="transparent")
    return OUTPUT


def resolve(theme: str) -> str:
    """'light' or 'dark' for a theme setting ('system' follows the desktop)."""
    if theme != "system":
        return theme
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def colors(theme: str) -> Colors:
    return DARK if resolve(theme) == "dark" else LIGHT


def palette(theme: str) -> QPalette:
    return palette_of(colors(theme))


def palette_of(c: Colors) -> QPalette:
    """A complete palette drawn from `c`, so that nothing painted with it
    falls back to the application's palette (the window's theme): the
    shades (light, mid, dark...) are derived from `c` too."""
    p = QPalette(QColor(c.window), QColor(c.window))
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.window,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.window,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.ToolTipBase: c.base,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.base,
    }
    for role, value in roles.items():
        p.setColor(role, QColor(value))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(c.muted))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(c.muted))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(c.muted))
    return p
