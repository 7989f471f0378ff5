"""Importing an article: the page is read off the UI thread with progress
and a Cancel button, then the reader reviews the figures found beside the
text (include or exclude each, correct its indicator, unit, period and
kind) before the bundle is written into the library and opened."""

from __future__ import annotations

import dataclasses
import threading

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.bundle import FACT_KINDS, MEASURES
from app.errors import ViewerError
from app.glossary import load_glossary
from app.importing.errors import ImportCancelled
from app.importing.figures import FoundFigure
from app.importing.pipeline import ReadArticle, read_article, save_article
from app.importing.proposals import glossary_term
from app.model import AppModel
from app.units import UNITS, format_value
from ui import theme

COLUMNS = ("quote", "indicator", "term", "of", "value", "unit", "period", "kind", "measure")
EDITABLE = {"indicator", "unit", "period", "kind", "measure"}


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
            self.failed.emit(str(error))
        else:
            self.finished.emit(result)


class ReviewDialog(QDialog):
    """The article beside a table of the figures found; Import writes the
    bundle of the figures left included."""

    def __init__(self, model: AppModel, read: ReadArticle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._read = read
        self._glossary = load_glossary()
        self.saved_path = ""
        self.text = QTextBrowser(self)
        self.text.setPlainText("\n\n".join(read.article.paragraphs))
        self.text.cursorPositionChanged.connect(self._on_text_clicked)
        self.table = QTableWidget(len(read.figures), len(COLUMNS), self)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._on_row_selected)
        for row, figure in enumerate(read.figures):
            self._fill_row(row, figure)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.text)
        splitter.addWidget(self.table)
        splitter.setSizes([420, 620])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 640)
        self.retranslate_ui()

    def _term_box(self, figure: FoundFigure) -> QComboBox:
        """The glossary term the figure maps to, which the reader may change;
        the first entry keeps the text's own words, untranslated."""
        language = self._model.language
        box = QComboBox(self.table)
        box.addItem(self.tr("(the text's words, untranslated)"), "")
        for term in sorted(self._glossary.terms.values(), key=lambda t: t.name(language)):
            box.addItem(term.name(language), term.id)
        box.setCurrentIndex(max(0, box.findData(glossary_term(figure, self._glossary))))
        return box

    def _fill_row(self, row: int, figure: FoundFigure) -> None:
        language = self._model.language
        match = self._glossary.match(figure.indicator) if figure.indicator else None
        place_id = (match.place or match.partner) if match else None
        place = self._glossary.places.get(place_id) or self._glossary.partners.get(place_id) if place_id else None
        texts = {
            "quote": figure.quote,
            "indicator": figure.indicator,
            "unit": figure.unit,
            "period": figure.period,
            "kind": figure.kind,
            "measure": figure.measure,
            "term": "",
            "of": place.name(language) if place else "",
            "value": format_value(figure.value, figure.unit, language),
        }
        for column, name in enumerate(COLUMNS):
            item = QTableWidgetItem(texts[name])
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if name in EDITABLE:
                flags |= Qt.ItemFlag.ItemIsEditable
            if name == "quote":
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setCheckState(Qt.CheckState.Checked)
            item.setFlags(flags)
            self.table.setItem(row, column, item)
        self.table.setCellWidget(row, COLUMNS.index("term"), self._term_box(figure))

    def _offset(self, figure: FoundFigure) -> int:
        paragraphs = self._read.article.paragraphs
        return sum(len(p) + 2 for p in paragraphs[: figure.paragraph]) + figure.start

    def _on_row_selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        selections = []
        for row in sorted(rows):
            figure = self._read.figures[row]
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(self._offset(figure))
            cursor.setPosition(self._offset(figure) + len(figure.quote), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = QTextCharFormat()
            selection.format.setBackground(QColor(theme.colors(self._model.theme).highlight))
            selections.append(selection)
        self.text.setExtraSelections(selections)
        if selections:
            blocker = QSignalBlocker(self.text)
            self.text.setTextCursor(QTextCursor(selections[0].cursor))
            del blocker

    def _on_text_clicked(self) -> None:
        position = self.text.textCursor().position()
        for row, figure in enumerate(self._read.figures):
            if self._offset(figure) <= position <= self._offset(figure) + len(figure.quote):
                self.table.selectRow(row)
                return

    def accepted_terms(self) -> list[str]:
        """The glossary term chosen for each included figure ('' for none)."""
        box_of = lambda row: self.table.cellWidget(row, COLUMNS.index("term"))  # noqa: E731
        return [
            box_of(row).currentData()
            for row in range(self.table.rowCount())
            if self.table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def accepted_figures(self) -> list[FoundFigure]:
        """The included figures with the reader's corrections; ValueError
        names the first correction that is not allowed."""
        accepted = []
        for row, figure in enumerate(self._read.figures):
            if self.table.item(row, 0).checkState() != Qt.CheckState.Checked:
                continue
            edited = {name: self.table.item(row, COLUMNS.index(name)).text().strip() for name in EDITABLE}
            for name, allowed in (("unit", UNITS), ("kind", FACT_KINDS), ("measure", MEASURES)):
                if edited[name] not in allowed:
                    raise ValueError(
                        self.tr("Row %1: '%2' is not a known %3.")
                        .replace("%1", str(row + 1))
                        .replace("%2", edited[name])
                        .replace("%3", self.table.horizontalHeaderItem(COLUMNS.index(name)).text())
                    )
            accepted.append(dataclasses.replace(figure, **edited))
        return accepted

    def save(self) -> None:
        try:
            figures = self.accepted_figures()
            path, _proposal = save_article(self._read, self._model.library.user_folder, figures, self.accepted_terms())
        except (ValueError, ViewerError) as error:
            QMessageBox.warning(self, self.tr("Import article"), str(error))
            return
        self.saved_path = str(path)
        self.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Review the figures found"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Figure"),
                self.tr("Indicator"),
                self.tr("Glossary term"),
                self.tr("Of"),
                self.tr("Value"),
                self.tr("Unit"),
                self.tr("Period"),
                self.tr("Kind"),
                self.tr("Measure"),
            ]
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.text.setAccessibleName(self.tr("Article text"))
        self.table.setAccessibleName(self.tr("Figures found"))


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
