"""Atomic file writes: a file is written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QIODevice, QSaveFile

from app.errors import ViewerError


class WriteError(ViewerError):
    """A file could not be written: what failed and where."""


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through QSaveFile; on any failure the old file
    (if any) is left as it was and no partial file remains."""
    file = QSaveFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        raise WriteError(f"cannot write the file: {file.errorString()}", path)
    if file.write(data) != len(data) or not file.commit():
        error = file.errorString()
        file.cancelWriting()
        raise WriteError(f"cannot write the file: {error}", path)
