"""Importing an article: the page is read off the UI thread with progress
and a Cancel button, then reviewed (ui.import_dialog), written into the
library and opened."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from app.errors import ViewerError
from app.importing.errors import ImportCancelled
from app.importing.pipeline import read_article
from app.model import AppModel
from ui.import_dialog import ReviewDialog
from ui.import_messages import error_text


class ImportTask(QObject):
    """Reads a source on another thread; its signals arrive on the UI thread."""

    progressed = Signal(int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, source: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.cancelled = False

    def start(self) -> None:
        threading.Thread(target=self._run, name="import-article", daemon=True).start()

    def _run(self) -> None:
        try:
            result = read_article(self.source, lambda: self.cancelled, self.progressed.emit)
        except ImportCancelled:
            self.failed.emit("")
        except ViewerError as error:
            self.failed.emit(error_text(error))
        else:
            self.finished.emit(result)


def import_article(model: AppModel, source: str, parent: QWidget) -> str:
    """Read `source` with progress, let the reader review it, write it into
    the library and open it; returns a status sentence."""
    task = ImportTask(source, parent)
    progress = QProgressDialog(parent)
    progress.setWindowTitle(QProgressDialog.tr("Import article"))
    progress.setLabelText(source)
    progress.setRange(0, 100)
    progress.setMinimumDuration(300)
    outcome: dict[str, object] = {}
    progress.canceled.connect(lambda: setattr(task, "cancelled", True))
    task.progressed.connect(lambda percent, _what: progress.setValue(percent))
    task.finished.connect(lambda read: (outcome.setdefault("read", read), progress.reset()))
    task.failed.connect(lambda message: (outcome.setdefault("error", message), progress.reset()))
    task.start()
    progress.exec()
    task.deleteLater()
    if "read" not in outcome:
        error = str(outcome.get("error", ""))
        if error:
            QMessageBox.warning(parent, progress.windowTitle(), error)
        return error
    review = ReviewDialog(model, outcome["read"], parent)  # type: ignore[arg-type]
    if review.exec() != QDialog.DialogCode.Accepted:
        return ""
    model.refresh_library()
    model.open_bundle(review.saved_path)
    return review.saved_path
