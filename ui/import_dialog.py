"""The review of an imported article: the reader checks the figures found
beside the text (include or exclude each, correct its indicator, unit,
period and kind, add a figure the finder missed by selecting it in the
text) before the bundle is written into the library (ui.import_task reads
the page and opens this dialog)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QLocale, QPoint, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QColor, QFontMetricsF, QKeySequence, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.bundle import MEASURES
from app.charts import kind_name, measure_name
from app.errors import ViewerError
from app.glossary import load_glossary
from app.i18n import format_period
from app.importing.figures import FoundFigure
from app.importing.pipeline import ReadArticle, save_article
from app.importing.proposals import glossary_term
from app.importing.selection import (
    SelectionRefused,
    article_text,
    figure_at,
    figure_from_selection,
    text_position,
    with_figure,
)
from app.model import AppModel
from app.units import UNITS, format_number, format_value, unit_name
from ui import theme
from ui.code_delegate import CodeDelegate, ShownByName
from ui.import_messages import error_text

COLUMNS = ("quote", "indicator", "term", "of", "value", "unit", "period", "kind", "measure")
# What a figure the text states can be; "derived" is for the values the
# import computes from them (a stated one marked so would fail the bundle's check).
STATED_KINDS = ("reported", "estimate")
EDITABLE = {"indicator", "unit", "period", "kind", "measure"}


class ReviewDialog(QDialog):
    """The release's title, publisher and date as the page gives them, to
    check; the article beside a table of the figures found; Add as figure
    turns the text's selection into a row; Import writes the bundle of the
    figures left included. The charts cite the publisher and the date as
    their source, so a release is not imported without a publisher, and a
    date the page does not give is shown as proposed."""

    def __init__(self, model: AppModel, read: ReadArticle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._read = dataclasses.replace(read, figures=list(read.figures))  # rows, in the table's order
        self._glossary = load_glossary()
        self._note: tuple[str, int] = ("", -1)  # what the last Add as figure did, and its row
        self.saved_path = ""
        article = read.article
        self.title_edit = QLineEdit(article.title, self)
        self.publisher_edit = QLineEdit(article.publisher, self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        published = article.date or dt.date.today()
        self.date_edit.setDate(QDate(published.year, published.month, published.day))
        self.date_note = QLabel(self)  # when the page gives no date
        self.date_note.setVisible(article.date is None)
        self.date_edit.dateChanged.connect(lambda _date: self.date_note.hide())
        self.details = QFormLayout()
        self.details_labels = [QLabel(self) for _ in range(3)]
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.date_note)
        date_row.addStretch(1)
        for label, field in zip(self.details_labels, (self.title_edit, self.publisher_edit, self.date_edit)):
            label.setBuddy(field)
        self.details.addRow(self.details_labels[0], self.title_edit)
        self.details.addRow(self.details_labels[1], self.publisher_edit)
        self.details.addRow(self.details_labels[2], date_row)
        if not article.publisher:  # the one detail the reader must give
            self.publisher_edit.setFocus()
        self.text = QTextBrowser(self)
        self.text.setPlainText(article_text(read.article))
        self._lay_out_tables()
        self.text.cursorPositionChanged.connect(self._on_text_clicked)
        self.text.selectionChanged.connect(self._on_text_selection_changed)
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text.customContextMenuRequested.connect(self._on_text_menu_requested)
        self.add_action = QAction(self)
        self.add_action.setShortcut(QKeySequence("Ctrl+M"))
        self.add_action.setEnabled(False)
        self.add_action.triggered.connect(self.add_selected_figure)
        self.addAction(self.add_action)
        self.add_button = QToolButton(self)
        self.add_button.setDefaultAction(self.add_action)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.table = QTableWidget(len(read.figures), len(COLUMNS), self)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._on_row_selected)
        # Units, kinds and measures by their names, chosen from lists, and
        # periods as readers write them; the cells keep the codes.
        for name, names in (("unit", self._unit_names), ("kind", self._kind_names), ("measure", self._measure_names)):
            self.table.setItemDelegateForColumn(COLUMNS.index(name), CodeDelegate(names, self.table))
        period = ShownByName(lambda code: format_period(code, self._model.language) if code else "", self.table)
        self.table.setItemDelegateForColumn(COLUMNS.index("period"), period)
        for row, figure in enumerate(read.figures):
            self._fill_row(row, figure)
        text_pane = QWidget(self)
        text_layout = QVBoxLayout(text_pane)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self.text, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.note, 1)
        text_layout.addLayout(add_row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(text_pane)
        splitter.addWidget(self.table)
        splitter.setSizes([420, 620])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.details)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 680)
        self.retranslate_ui()

    def _lay_out_tables(self) -> None:
        """Each table of figures in the text stands in columns: the bar
        between two cells becomes a tab to the next column's stop. The text
        keeps its length, so every figure keeps its place in it."""
        metrics = QFontMetricsF(self.text.font())
        gap = metrics.horizontalAdvance("   ")
        document = self.text.document()
        for paragraph, grid in self._read.article.grids.items():
            start = text_position(self._read.article, paragraph, 0)
            columns = max(len(row) for row in grid.rows)
            widths = [
                max(metrics.horizontalAdvance(row[c]) for row in grid.rows if c < len(row)) for c in range(columns)
            ]
            stops, x = [], 0.0
            for width in widths[:-1]:
                x += width + gap
                stops.append(QTextOption.Tab(x, QTextOption.TabType.LeftTab))
            for spans in grid.spans():
                cursor = QTextCursor(document)
                cursor.setPosition(start + spans[0][0])
                block = cursor.blockFormat()
                block.setTabPositions(stops)
                cursor.setBlockFormat(block)
                for _, end in spans[:-1]:  # " | " after the cell: its bar becomes a tab
                    cursor.setPosition(start + end + 1)
                    cursor.setPosition(start + end + 2, QTextCursor.MoveMode.KeepAnchor)
                    cursor.insertText("\t")

    def _term_box(self, figure: FoundFigure) -> QComboBox:
        """The glossary term the figure maps to, which the reader may change;
        the first entry keeps the text's own words, untranslated."""
        language = self._model.language
        box = QComboBox(self.table)
        box.addItem(self.tr("(the text's words, untranslated)"), "")
        for term in sorted(self._glossary.terms.values(), key=lambda t: t.name(language)):
            box.addItem(term.name(language), term.id)
        box.setCurrentIndex(max(0, box.findData(glossary_term(figure, self._glossary))))
        # Read by screen readers with the row: which figure's term this is.
        box.setAccessibleName(self.tr("Glossary term of %1").replace("%1", figure.quote))
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
            "value": (
                format_value(figure.value, figure.unit, language)
                if figure.unit in UNITS
                else format_number(figure.value, language)
            ),
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
        return text_position(self._read.article, figure.paragraph, figure.start)

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
            self._on_text_selection_changed()

    def _on_text_clicked(self) -> None:
        cursor = self.text.textCursor()
        if cursor.hasSelection():
            return  # a drag goes on selecting; Add as figure reads the selection
        row = figure_at(self._read, cursor.position(), cursor.position())
        if row >= 0:
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        """Select `row` alone: selectRow() would add to the selection while a
        modifier key is held (Ctrl or Shift, in the extended selection mode)."""
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.setCurrentCell(row, 0, flags)

    def _on_text_selection_changed(self) -> None:
        self.add_action.setEnabled(self.text.textCursor().hasSelection())

    def text_menu(self) -> QMenu:
        """The text's context menu: the standard entries, then Add as figure."""
        menu = self.text.createStandardContextMenu()
        menu.addSeparator()
        menu.addAction(self.add_action)
        return menu

    def _on_text_menu_requested(self, position: QPoint) -> None:
        menu = self.text_menu()
        menu.exec(self.text.viewport().mapToGlobal(position))
        menu.deleteLater()

    def add_selected_figure(self) -> None:
        """Add the text's selection as a figure the finder missed, read by
        the finder's rules; a selection over a figure in the table selects
        its row (including it again if it was excluded). The note under the
        text says what happened, or why the selection is not a figure."""
        cursor = self.text.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        row = figure_at(self._read, start, end) if start != end else -1
        if row >= 0:
            quote = self.table.item(row, COLUMNS.index("quote"))
            self._set_note("included" if quote.checkState() != Qt.CheckState.Checked else "found", row)
            quote.setCheckState(Qt.CheckState.Checked)
            self._select_row(row)
            return
        try:
            figure = figure_from_selection(self._read, start, end)
        except SelectionRefused as refused:
            self._set_note(refused.reason)
            return
        self._read, row = with_figure(self._read, figure)
        self.table.insertRow(row)
        self._fill_row(row, self._read.figures[row])
        self._set_note("added" if figure.unit else "added_without_unit", row)
        self.table.setCurrentCell(row, COLUMNS.index("indicator"))
        self.table.setFocus()

    def _set_note(self, what: str, row: int = -1) -> None:
        self._note = (what, row)
        self._show_note()

    def _show_note(self) -> None:
        what, row = self._note
        notes = {
            "": "",
            "added": self.tr("Added as row %1."),
            "added_without_unit": self.tr("Added as row %1: the text gives it no unit, so choose one."),
            "found": self.tr("That figure is already in the table, row %1."),
            "included": self.tr("That figure is row %1, and is included again."),
            "no_number": self.tr("The selection holds no number, so it cannot be a figure."),
            "several_numbers": self.tr("The selection holds more than one number: select one figure at a time."),
            "several_paragraphs": self.tr("The selection runs over more than one paragraph: select one figure."),
        }
        self.note.setText(notes[what].replace("%1", str(row + 1)))

    def accepted_terms(self) -> list[str]:
        """The glossary term chosen for each included figure ('' for none)."""
        box_of = lambda row: self.table.cellWidget(row, COLUMNS.index("term"))  # noqa: E731
        return [
            box_of(row).currentData()
            for row in range(self.table.rowCount())
            if self.table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def accepted_figures(self) -> list[FoundFigure]:
        """The included figures with the reader's corrections, each growth
        rate linked to its level among them (or to none if that one was
        excluded); ValueError names the first correction not allowed."""
        rows = [
            row for row in range(self.table.rowCount()) if self.table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]
        index_of = {row: index for index, row in enumerate(rows)}
        accepted = []
        for row in rows:
            figure = self._read.figures[row]
            edited = {name: self.table.item(row, COLUMNS.index(name)).text().strip() for name in EDITABLE}
            for name, allowed in (("unit", UNITS), ("kind", STATED_KINDS), ("measure", MEASURES)):
                if edited[name] not in allowed:
                    raise ValueError(
                        self.tr("Row %1: '%2' is not a known %3.")
                        .replace("%1", str(row + 1))
                        .replace("%2", edited[name])
                        .replace("%3", self.table.horizontalHeaderItem(COLUMNS.index(name)).text())
                    )
            accepted.append(dataclasses.replace(figure, **edited, growth_of=index_of.get(figure.growth_of, -1)))
        return accepted

    def release(self) -> ReadArticle:
        """The article read, with the title, publisher and date as they stand
        in the dialog."""
        article = self._read.article
        date = self.date_edit.date()
        edited = dataclasses.replace(
            article,
            title=self.title_edit.text().strip() or article.title,
            publisher=self.publisher_edit.text().strip(),
            date=dt.date(date.year(), date.month(), date.day()),
        )
        return dataclasses.replace(self._read, article=edited)

    def save(self) -> None:
        if not self.publisher_edit.text().strip():
            QMessageBox.warning(
                self,
                self.tr("Import article"),
                self.tr("Name the publisher of this release: its charts cite it as their source."),
            )
            self.publisher_edit.setFocus()
            return
        try:
            figures = self.accepted_figures()
            path, _proposal = save_article(
                self.release(), self._model.library.user_folder, figures, self.accepted_terms()
            )
        except (ValueError, ViewerError) as error:
            message = error_text(error) if isinstance(error, ViewerError) else str(error)
            QMessageBox.warning(self, self.tr("Import article"), message)
            return
        self.saved_path = str(path)
        self.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @staticmethod
    def _unit_names() -> dict[str, str]:
        return {code: unit_name(code) for code in UNITS}

    @staticmethod
    def _kind_names() -> dict[str, str]:
        return {kind: kind_name(kind) for kind in STATED_KINDS}

    @staticmethod
    def _measure_names() -> dict[str, str]:
        return {measure: measure_name(measure) for measure in MEASURES}

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Review the figures found"))
        for label, text in zip(
            self.details_labels, (self.tr("&Title:"), self.tr("&Publisher:"), self.tr("Publi&shed:"))
        ):
            label.setText(text)
        self.publisher_edit.setPlaceholderText(self.tr("Not named on the page: who published this release?"))
        self.date_note.setText(self.tr("The page gives no date: today's is proposed."))
        # The language's short date, with the year in full (Korean's has two digits).
        short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        self.date_edit.setDisplayFormat(short if "yyyy" in short else short.replace("yy", "yyyy"))
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
        self.add_action.setText(self.tr("&Add as figure"))
        self.add_action.setToolTip(self.tr("Add the selected number as a figure the finder missed (Ctrl+M)"))
        self._show_note()
        self.table.setAccessibleName(self.tr("Figures found"))
        self.table.viewport().update()  # the units, kinds and measures by their new names
