"""The data behind the charts: the article's facts and each of its tables
as sortable tables, each row with its source, exportable as CSV.

pandas (through app.tables and app.table_model) is loaded, off the UI
thread, only when this view is first shown or a CSV is asked for.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bundle import localized
from app.charts import MEASURE_NAMES, kind_name, measure_name, value_in_words
from app.files import WriteError, write_atomically
from app.i18n import format_period
from app.model import AppModel
from app.units import UNITS, format_number, unit_name

if TYPE_CHECKING:
    from app.table_model import DataFrameModel

HEADERS = {
    "id": QT_TRANSLATE_NOOP("DataView", "Fact"),
    "indicator": QT_TRANSLATE_NOOP("DataView", "Indicator"),
    "measure": QT_TRANSLATE_NOOP("DataView", "Measure"),
    "value": QT_TRANSLATE_NOOP("DataView", "Value"),
    "unit": QT_TRANSLATE_NOOP("DataView", "Unit"),
    "period": QT_TRANSLATE_NOOP("DataView", "Period"),
    "kind": QT_TRANSLATE_NOOP("DataView", "Kind"),
    "derivation": QT_TRANSLATE_NOOP("DataView", "Computed as"),
    "quote": QT_TRANSLATE_NOOP("DataView", "As written"),
    "growth_of": QT_TRANSLATE_NOOP("DataView", "Growth of"),
    "source": QT_TRANSLATE_NOOP("DataView", "Source"),
    "growth": QT_TRANSLATE_NOOP("DataView", "Stated growth (%)"),
    "status": QT_TRANSLATE_NOOP("DataView", "Status"),
    "url": QT_TRANSLATE_NOOP("DataView", "Address"),
}
# Columns kept in the CSV but not shown: ids are for programs, not readers.
HIDDEN = ("id", "growth_of")


class DataView(QWidget):
    """The article's facts and each of its tables, built on the model's
    DataFrames once they are loaded (asked for when first shown)."""

    statusMessage = Signal(str)

    def __init__(self, model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.tables: dict[str, DataFrameModel] = {}
        self.views: dict[str, QTableView] = {}
        self._groups: dict[str, QGroupBox] = {}
        self._buttons: dict[str, QPushButton] = {}
        self._placeholder = QLabel(self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setEnabled(False)
        self._splitter = QSplitter(Qt.Orientation.Vertical, self)
        self._splitter.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._placeholder)
        layout.addWidget(self._splitter, 1)
        model.tablesChanged.connect(self._on_tables_changed)
        model.languageChanged.connect(self._present)
        self.retranslate_ui()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self._model.request_tables()

    def _add_group(self, name: str) -> None:
        group = QGroupBox(self._splitter)
        view = QTableView(group)
        view.setSortingEnabled(True)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().hide()
        button = QPushButton(group)
        button.clicked.connect(lambda _checked=False, n=name: self.export_csv(n))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        layout = QVBoxLayout(group)
        layout.addWidget(view, 1)
        layout.addLayout(row)
        self.views[name], self._groups[name], self._buttons[name] = view, group, button

    def _on_tables_changed(self) -> None:
        from app.table_model import DataFrameModel

        for group in self._groups.values():
            group.deleteLater()
        self.tables, self.views, self._groups, self._buttons = {}, {}, {}, {}
        for name, frame in (self._model.tables or {}).items():
            self._add_group(name)
            table = DataFrameModel(frame, [], self._cell, self)
            self.tables[name] = table
            self.views[name].setModel(table)
            for column, header in enumerate(table.frame.columns):
                self.views[name].setColumnHidden(column, header in HIDDEN or header.startswith("source_"))
        self._placeholder.hide()
        self._splitter.show()
        self.retranslate_ui()
        for view in self.views.values():
            view.resizeColumnsToContents()

    def _cell(self, column: str, value: object, row) -> str:
        bundle, language = self._model.bundle, self._model.language
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return ""
        if column == "value" and row.get("unit") in UNITS:
            indicator = bundle.indicators.get(str(row.get("indicator")))
            counted = localized(indicator.counted, language) if indicator else ""
            return value_in_words(
                float(value),
                str(row["unit"]),
                str(row.get("kind", row.get("status", ""))),
                str(row.get("derivation", "") or ""),
                counted,
                language,
            )
        if column == "source":  # in the display language where the bundle translates it
            translated = row.get(f"source_{language}")
            return str(translated) if isinstance(translated, str) and translated else str(value)
        if column == "growth":
            return format_number(float(value), language)
        if column in ("kind", "status"):
            return kind_name(str(value))
        if column == "period":
            return format_period(str(value), language)
        if column == "unit" and value in UNITS:
            return unit_name(str(value))
        if column == "measure" and value in MEASURE_NAMES:
            return measure_name(str(value))
        if column == "indicator" and value in bundle.indicators:
            return bundle.indicator_label(str(value), language, short=False)
        return str(value)

    def _headers(self, columns) -> list[str]:
        return [self.tr(HEADERS[column]) if column in HEADERS else str(column) for column in columns]

    def _present(self) -> None:
        for table in self.tables.values():
            table.set_presentation(self._headers(table.frame.columns), self._cell)

    def _table_title(self, name: str) -> str:
        if name == "facts":
            return self.tr("Figures in the article")
        return localized(self._model.bundle.tables[name].title, self._model.language)

    def export_csv(self, name: str = "facts") -> str:
        """Ask where, then write the table as UTF-8 CSV; returns a status sentence."""
        if self._model.tables is None:
            self._model.load_tables()
        frame = (self._model.tables or {}).get(name)
        if frame is None:
            return ""
        from PySide6.QtWidgets import QFileDialog, QMessageBox  # deferred: PySide builds dialog classes on import

        suggested = self._model.folder("csv") / f"{self._model.bundle.id}-{name}.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export data as CSV"), str(suggested), "CSV (*.csv)")
        if not path:
            return ""
        from app.tables import table_csv

        self._model.set_folder("csv", Path(path).parent)
        try:
            write_atomically(Path(path), table_csv(frame))
        except WriteError as error:
            message = self.tr("The data could not be saved: %1").replace("%1", str(error))
            QMessageBox.warning(self, self.tr("Export data as CSV"), message)
            return message
        message = self.tr("Saved the data to %1").replace("%1", path)
        self.statusMessage.emit(message)
        return message

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._placeholder.setText(self.tr("Loading the tables…"))
        for name, group in self._groups.items():
            group.setTitle(self._table_title(name))
            self._buttons[name].setText(self.tr("Export as CSV…"))
        self._present()
