"""The bundled CJK font subsets: registration and each language's family order.

The app never relies on a system font: every language draws with the
bundled subsets, in an order that gives Chinese, Japanese and Korean
their own glyph forms (the three share code points, not shapes).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from app import paths
from app.errors import ViewerError

FONT_DIR = paths.fonts_dir()
FONT_FILES = {
    "Latin": "ViewerSans-Regular.ttf",
    "SC": "ViewerSansSC-Regular.otf",
    "JP": "ViewerSansJP-Regular.otf",
    "KR": "ViewerSansKR-Regular.otf",
}
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


def register_fonts() -> None:
    """Add the bundled fonts to Qt's font database (once per process)."""
    if set(FAMILY.values()) <= set(QFontDatabase.families()):
        return
    for file_name in [*FONT_FILES.values(), *BOLD_FONT_FILES.values()]:
        path = FONT_DIR / file_name
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            raise FontError("cannot load the bundled font", path)


def families(language: str) -> list[str]:
    """The font families for `language`, best first."""
    return [FAMILY[region] for region in FAMILY_ORDER[language]]


def font_for(language: str, point_size: float | None = None) -> QFont:
    font = QFont()
    font.setFamilies(families(language))
    if point_size:
        font.setPointSizeF(point_size)
    return font
