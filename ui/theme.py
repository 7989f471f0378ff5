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


# The forms the desktop's high-contrast setting asks for: black on white or
# white on black, every text at full strength, marks and outlines darker
# (lighter) than in the themes above.
HIGH_CONTRAST_LIGHT = Colors(
    "#ffffff",
    "#ffffff",
    "#000000",
    "#1a1a1a",
    "#00379e",
    "#fff6b0",
    "#ffd23f",
    "#0b3d91",
    "#000000",
    "#8fb4e8",
    "#b3001b",
)
HIGH_CONTRAST_DARK = Colors(
    "#000000",
    "#000000",
    "#ffffff",
    "#ebebeb",
    "#8fcbff",
    "#14325c",
    "#7a5c00",
    "#7fbcff",
    "#ffffff",
    "#2b5d9c",
    "#ffb21a",
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


def prefers_high_contrast() -> bool:
    """Whether the desktop asks for high contrast (Qt 6.10 and newer say so
    on Windows, macOS and GNOME; elsewhere never)."""
    hints = QGuiApplication.styleHints()  # held: its accessibility hints live only as long as this wrapper
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def colors(theme: str) -> Colors:
    """The window's colours for a theme setting, in their high-contrast form
    when the desktop asks for it."""
    dark = resolve(theme) == "dark"
    if prefers_high_contrast():
        return HIGH_CONTRAST_DARK if dark else HIGH_CONTRAST_LIGHT
    return DARK if dark else LIGHT


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
