"""The user's settings, kept with QSettings and checked when read."""

from __future__ import annotations

import dataclasses
import re
import shutil
import tempfile
import weakref
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QStandardPaths, QTimer

from app.export_options import ExportOptionError, ExportOptions
from app.i18n import LANGUAGES

THEMES = ("system", "light", "dark")
TEXT_SIZES = range(9, 29)
DEFAULT_TEXT_SIZE = 12
# How long a choice made with set_value_soon() waits to be written: a burst
# of them (languages tried in turn, a text size stepped up) is written once.
WRITE_DELAY_MS = 500
# A value QSettings decodes with QDataStream. The app never writes one, and a
# crafted one aborts the process: '@Variant(\0\0\0\xb\x80\0\0\0)' is a
# QStringList of 2^31 strings, and Qt dies of std::bad_alloc on every start.
# ('@@' is how QSettings escapes a string that starts with '@'.)
DATASTREAM_VALUE = re.compile(rb"(?<!@)@(?:Variant|DateTime)\(")


def _readable_as_settings(path: Path) -> bool:
    """False when `path` is there but is not a text file QSettings can read:
    a directory, unreadable, NUL bytes or not UTF-8 (Qt 6 reads INI as UTF-8),
    or holding a value Qt would decode as binary (see DATASTREAM_VALUE)."""
    if not (path.exists() or path.is_symlink()):
        return True  # a first run: nothing to read
    try:
        data = path.read_bytes()
        data.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return b"\0" not in data and not DATASTREAM_VALUE.search(data)


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
        self._soon: dict[str, object] = {}  # set, to be written by _writer
        self._writer: QTimer | None = None
        # QSettings reads most garbage without complaint (random bytes become
        # keys, a directory reads as empty), so look at the file first.
        if not _readable_as_settings(self.path):
            self._set_aside_unreadable_file()
            return
        # Writes are atomic: QSettings.sync() writes through QSaveFile (a
        # temporary file renamed over the old one). A failed write (read-only
        # folder) only sets status() and keeps the values for this run.
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)
        if self._store.status() != QSettings.Status.NoError:
            self._set_aside_unreadable_file()

    def _set_aside_unreadable_file(self) -> None:
        # Keep the user's file (or whatever is in its place) as it was, under
        # another name, and start anew with the defaults.
        kept = self.path.with_name(self.path.name + ".unreadable")
        number = 1
        while kept.exists() or kept.is_symlink():  # never replace an earlier one
            kept = self.path.with_name(f"{self.path.name}.unreadable.{number}")
            number += 1
        try:
            self.path.rename(kept)
            store_path = self.path
        except OSError:
            # Cannot move it: leave it untouched and keep this run's settings
            # in a private temporary folder instead.
            kept = self.path
            folder = tempfile.mkdtemp(prefix="HunanTradeViewer-")
            weakref.finalize(self, shutil.rmtree, folder, True)
            store_path = Path(folder) / self.path.name
        self._store = QSettings(str(store_path), QSettings.Format.IniFormat)
        self.problem = (
            QCoreApplication.translate(
                "Settings", "The settings file %1 could not be read; defaults are used (your file is kept as %2)."
            )
            .replace("%1", str(self.path))
            .replace("%2", str(kept))
        )

    def _value(self, key: str, default=None):
        """The stored value, or `default` when PySide cannot convert what the
        file holds (an '@Variant(...)' of a type such as char16_t raises)."""
        if key in self._soon:
            return self._soon[key]
        try:
            return self._store.value(key, default)
        except (RuntimeError, TypeError, ValueError):
            return default

    def _choice(self, key: str, choices, default):
        value = self._value(key, default)
        return value if value in choices else default

    def language(self) -> str | None:
        """The chosen language, or None before the user has chosen one."""
        value = self._value("language")  # 'en, zh' in the file reads as a list
        return value if isinstance(value, str) and value in LANGUAGES else None

    def theme(self) -> str:
        return self._choice("theme", THEMES, "system")

    def text_size(self) -> int:
        try:
            value = int(self._value("reader/text_size", DEFAULT_TEXT_SIZE))
        except (TypeError, ValueError, OverflowError):  # OverflowError: a stored infinite double
            return DEFAULT_TEXT_SIZE
        return value if value in TEXT_SIZES else DEFAULT_TEXT_SIZE

    def layout(self, name: str) -> QByteArray | None:
        value = self._value(f"layout/{name}")
        return value if isinstance(value, QByteArray) else None

    def export_options(self) -> ExportOptions:
        """The options of the last saved chart image (defaults if unusable)."""
        defaults = ExportOptions()
        try:
            return ExportOptions(
                format=str(self._value("export/format", defaults.format)),
                width=int(self._value("export/width", defaults.width)),
                height=int(self._value("export/height", defaults.height)),
                scale=int(self._value("export/scale", defaults.scale)),
                transparent=self._value("export/transparent", "false") in (True, "true"),
                include_title=self._value("export/include_title", "true") in (True, "true"),
                include_footer=self._value("export/include_footer", "true") in (True, "true"),
            ).checked()
        except (TypeError, ValueError, OverflowError, ExportOptionError):
            return defaults

    def set_export_options(self, options: ExportOptions) -> None:
        for key, value in dataclasses.asdict(options).items():
            self._store.setValue(f"export/{key}", value)
        self._store.sync()

    def export_folder(self) -> Path | None:
        value = self._value("export/folder")
        return Path(value) if isinstance(value, str) and value else None

    def set_value(self, key: str, value) -> None:
        """Set `key` and write the file at once."""
        self._soon.pop(key, None)
        self._store.setValue(key, value)
        self._store.sync()

    def set_value_soon(self, key: str, value) -> None:
        """Set `key` now and write the file within WRITE_DELAY_MS, or when
        the application quits: the write (a new file made, flushed to disk
        and renamed over the old one, a few milliseconds and more on a busy
        disk) then comes after the change the user is watching, once for
        a burst of them. A crash in between loses only this choice."""
        app = QCoreApplication.instance()
        if app is None:  # no event loop to write it later
            self.set_value(key, value)
            return
        self._soon[key] = value
        if self._writer is None:
            self._writer = QTimer(singleShot=True, interval=WRITE_DELAY_MS)
            self._writer.timeout.connect(self.flush)
            app.aboutToQuit.connect(self.flush)
        self._writer.start()

    def flush(self) -> None:
        """Write what set_value_soon() has set, now."""
        if self._writer is not None:
            self._writer.stop()
        if self._soon:
            soon, self._soon = self._soon, {}
            for key, value in soon.items():
                self._store.setValue(key, value)
            self._store.sync()

    def set_layout(self, name: str, state: QByteArray) -> None:
        self.set_value(f"layout/{name}", state)

    def recent_articles(self) -> list[str]:
        """Paths of the articles opened last, newest first."""
        value = self._value("library/recent", [])
        values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [v for v in values if isinstance(v, str) and v]

    def last_article(self) -> Path | None:
        value = self._value("library/last")
        return Path(value) if isinstance(value, str) and value else None

    def folder(self, purpose: str) -> Path | None:
        """The folder last used for `purpose` ('csv', 'pdf', 'open', 'import')."""
        value = self._value(f"folders/{purpose}")
        return Path(value) if isinstance(value, str) and value and Path(value).is_dir() else None
