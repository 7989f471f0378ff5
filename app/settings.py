"""The user's settings, kept with QSettings and checked when read."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QStandardPaths

from app.export_options import ExportOptionError, ExportOptions
from app.i18n import LANGUAGES

THEMES = ("system", "light", "dark")
TEXT_SIZES = range(9, 29)
DEFAULT_TEXT_SIZE = 12


def default_settings_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(folder) / "HunanTradeViewer" / "settings.ini"


class Settings:
    """Typed access to the settings file; invalid values read as defaults.

    `problem` is one sentence for the user when the file could not be used.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_settings_path()
        self.problem = ""
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)
        if self._store.status() != QSettings.Status.NoError:
            self._set_aside_unreadable_file()

    def _set_aside_unreadable_file(self) -> None:
        # Keep the user's file as it was, under another name, and start anew.
        kept = self.path.with_name(self.path.name + ".unreadable")
        try:
            shutil.copyfile(self.path, kept)
            self.path.unlink()
        except OSError:
            kept = self.path
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)
        self.problem = QCoreApplication.translate(
            "Settings", "The settings file %1 could not be read; defaults are used (your file is kept as %2)."
        ).replace("%1", str(self.path)).replace("%2", str(kept))

    def _choice(self, key: str, choices, default):
        value = self._store.value(key, default)
        return value if value in choices else default

    def language(self) -> str | None:
        """The chosen language, or None before the user has chosen one."""
        value = self._store.value("language")
        return value if value in LANGUAGES else None

    def theme(self) -> str:
        return self._choice("theme", THEMES, "system")

    def text_size(self) -> int:
        try:
            value = int(self._store.value("reader/text_size", DEFAULT_TEXT_SIZE))
        except (TypeError, ValueError):
            return DEFAULT_TEXT_SIZE
        return value if value in TEXT_SIZES else DEFAULT_TEXT_SIZE

    def layout(self, name: str) -> QByteArray | None:
        value = self._store.value(f"layout/{name}")
        return value if isinstance(value, QByteArray) else None

    def export_options(self) -> ExportOptions:
        """The options of the last saved chart image (defaults if unusable)."""
        defaults = ExportOptions()
        try:
            return ExportOptions(
                format=str(self._store.value("export/format", defaults.format)),
                width=int(self._store.value("export/width", defaults.width)),
                height=int(self._store.value("export/height", defaults.height)),
                scale=int(self._store.value("export/scale", defaults.scale)),
                transparent=self._store.value("export/transparent", "false") in (True, "true"),
                include_title=self._store.value("export/include_title", "true") in (True, "true"),
                include_footer=self._store.value("export/include_footer", "true") in (True, "true"),
            ).checked()
        except (TypeError, ValueError, ExportOptionError):
            return defaults

    def set_export_options(self, options: ExportOptions) -> None:
        for key, value in dataclasses.asdict(options).items():
            self._store.setValue(f"export/{key}", value)
        self._store.sync()

    def export_folder(self) -> Path | None:
        value = self._store.value("export/folder")
        return Path(value) if isinstance(value, str) and value else None

    def set_value(self, key: str, value) -> None:
        self._store.setValue(key, value)
        self._store.sync()

    def set_layout(self, name: str, state: QByteArray) -> None:
        self.set_value(f"layout/{name}", state)
