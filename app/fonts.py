"""The bundled CJK font subsets: registration and each language's family order.

The app never relies on a system font: every language draws with the
bundled subsets, in an order that gives Chinese, Japanese and Korean
their own glyph forms (the three share code points, not shapes).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from app import paths
from app.errors import ViewerError

FONT_DIR = paths.fonts_dir()
FONT_FILES = {
    "Latin": "ViewerSans-Regular.ttf",
    "SC": "ViewerSansSC-Regular.otf",
    "JP": "ViewerSansJP-Regular.otf",
    "KR": "ViewerSansKR-Regular.otf",
}
# The application font's size the window's charts were laid out for: a
# larger one (the desktop's large-text setting) makes their text larger.
DESIGN_POINT_SIZE = 9.0
# The same families in bold, so headings are real bold (a synthesized bold
# is drawn twice into PDFs, which doubles their text).
BOLD_FONT_FILES = {region: name.replace("-Regular", "-Bold") for region, name in FONT_FILES.items()}
FAMILY = {"Latin": "Viewer Sans", "SC": "Viewer Sans SC", "JP": "Viewer Sans JP", "KR": "Viewer Sans KR"}
# Latin text first in a Latin font: the CJK fonts draw quotes full-width.
FAMILY_ORDER = {
    "en": ("Latin", "SC", "JP", "KR"),
    "fr": ("Latin", "SC", "JP", "KR"),
    "zh": ("SC", "JP", "KR"),
    "ja": ("JP", "SC", "KR"),
    "ko": ("KR", "SC", "JP"),
}


class FontError(ViewerError):
    """A bundled font could not be loaded."""


_registered: list[int] = []  # the font database's ids of the bundled fonts, once added


def register_fonts() -> None:
    """Add the bundled fonts to Qt's font database (once per process)."""
    if _registered:  # not asked of the database: listing its families takes milliseconds
        return
    added = []
    for file_name in [*FONT_FILES.values(), *BOLD_FONT_FILES.values()]:
        path = FONT_DIR / file_name
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise FontError("cannot load the bundled font", path)
        added.append(font_id)
    _registered.extend(added)


def families(language: str) -> list[str]:
    """The font families for `language`, best first."""
    return [FAMILY[region] for region in FAMILY_ORDER[language]]


def font_for(language: str, point_size: float | None = None) -> QFont:
    font = QFont()
    font.setFamilies(families(language))
    if point_size:
        font.setPointSizeF(point_size)
    return font


def text_scale() -> float:
    """How much larger than designed the desktop wants text: the application
    font's point size (the system's, unless set in pixels) over
    DESIGN_POINT_SIZE; never below 1."""
    size = QGuiApplication.font().pointSizeF()
    return max(1.0, size / DESIGN_POINT_SIZE) if size > 0 else 1.0


def screen_font_for(language: str, point_size: float) -> QFont:
    """font_for on screen: `point_size` grown with the desktop's text size.
    Saved and printed output keeps font_for's fixed sizes."""
    return font_for(language, point_size * text_scale())
