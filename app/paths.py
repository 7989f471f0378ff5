"""Where the app's resources are, found from the installed code, never from
the current directory.

In a checkout the folder is `resources/` beside `app/`; the wheel carries
the same folder as `hunan_trade_viewer_resources/` beside `app/` in
site-packages (a plain `resources/` there could clash with another
distribution's). Standard library only: the command line and the importer
use it without Qt.
"""

from __future__ import annotations

from pathlib import Path

APP_ID = "hunan-trade-viewer"  # the command, the .desktop file and the icon's name
INSTALLED_RESOURCES = "hunan_trade_viewer_resources"
ICON_SIZES = (16, 32, 48, 64, 128, 256)

_ROOT = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The folder that holds articles, fonts, i18n, icons and the glossary."""
    installed = _ROOT / INSTALLED_RESOURCES
    return installed if installed.is_dir() else _ROOT / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def articles_dir() -> Path:
    """The built-in article bundles."""
    return resources_dir() / "articles"


def glossary_file() -> Path:
    return resources_dir() / "glossary.toml"


def icons_dir() -> Path:
    """A hicolor icon theme folder: `scalable/apps/` and `NxN/apps/`."""
    return resources_dir() / "icons" / "hicolor"


def icon_path(size: int | None = None) -> Path:
    """The application icon: the SVG, or the PNG of `size` pixels (one of ICON_SIZES)."""
    if size is None:
        return icons_dir() / "scalable" / "apps" / f"{APP_ID}.svg"
    if size not in ICON_SIZES:
        raise ValueError(f"no {size}px icon (sizes: {', '.join(map(str, ICON_SIZES))})")
    return icons_dir() / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def desktop_file() -> Path:
    return resources_dir() / "desktop" / f"{APP_ID}.desktop"


def font_licence_file() -> Path:
    """The SIL Open Font License of the bundled Noto subsets."""
    return fonts_dir() / "OFL.txt"


def checkout_pyproject() -> Path | None:
    """pyproject.toml when running from a checkout (not installed), else None."""
    path = _ROOT / "pyproject.toml"
    return path if path.is_file() and not (_ROOT / INSTALLED_RESOURCES).is_dir() else None
