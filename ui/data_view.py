"""The data behind the charts: the article's facts and the official yearly
series as sortable tables, each row with its source, exportable as CSV.

pandas (through app.facts and app.table_model) is imported only once the
tables are loaded, after the window has painted.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog, QGroupBox, QHBoxLayout, QHeaderView, QMessageBox, QPushButton, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from app.files import WriteError, write_atomically
from app.i18n import format_exact, format_number
from app.model import AppModel

if TYPE_CHECKING:
    import pandas as pd

    from app.table_model import DataFrameModel

HEADERS = {
    "id": QT_TRANSLATE_NOOP("DataView", "Fact"),
    "value": QT_TRANSLATE_NOOP("DataView", "Value"),
    "unit": QT_TRANSLATE_NOOP("DataView", "Unit"),
    "period": QT_TRANSLATE_NOOP("DataView", "Period"),
    "kind": QT_TRANSLATE_NOOP("DataView", "Kind"),
    "derivation": QT_TRANSLATE_NOOP("DataView", "Computed as"),
    "source": QT_TRANSLATE_NOOP("DataView", "Source"),
    "year": QT_TRANSLATE_NOOP("DataView", "Year"),
    "indicator": QT_TRANSLATE_NOOP("DataView", "Indicator"),
    "growth_pct": QT_TRANSLATE_NOOP("DataView", "Stated growth (%)"),
    "status": QT_TRANSLATE_NOOP("DataView", "Status"),
    "url": QT_TRANSLATE_NOOP("DataView", "Address"),
}
INDICATORS = {
    "total_trade": QT_TRANSLATE_NOOP("DataView", "Total trade"),
    "exports": QT_TRANSLATE_NOOP("DataView", "Exports"),
    "imports": QT_TRANSLATE_NOOP("DataView", "Imports"),
    "belt_and_road_trade": QT_TRANSLATE_NOOP("DataView", "Trade with Belt and Road countries"),
}
TABLES = {
    "facts": QT_TRANSLATE_NOOP("DataView", "Figures in the article"),
    "official": QT_TRANSLATE_NOOP("DataView", "Official yearly series"),
}


class DataView(QWidget):
    """Both tables, built on the model's DataFrames once they are loaded."""

    statusMessage = Signal(str)

    def __init__(self, model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.tables: dict[str, DataFrameModel] = {}
        self.views: dict[str, QTableView] = {}
        self._groups: dict[str, QGroupBox] = {}
        self._buttons: dict[str, QPushButton] = {}
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        for name in TABLES:
            group = QGroupBox(splitter)
            view = QTableView(group)
            view.setSortingEnabled(True)
            view.setAlternatingRowColors(True)
            view.setWordWrap(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.horizontalHeader().setStretchLastSection(True)
            button = QPushButton(group)
            button.clicked.connect(lambda _checked=False, n=name: self.export_csv(n))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            layout = QVBoxLayout(group)
            layout.addWidget(view, 1)
            layout.addLayout(row)
            self.views[name], self._groups[name], self._buttons[name] = view, group, button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        model.tablesChanged.connect(self._on_tables_changed)
        model.languageChanged.connect(self._present)
        self.retranslate_ui()

    def _frames(self) -> dict[str, pd.DataFrame]:
        return {"facts": self._model.facts, "official": self._model.official}

    def _on_tables_changed(self) -> None:
        from app.table_model import DataFrameModel

        for name, frame in self._frames().items():
            table = DataFrameModel(frame, [], self._cell, self)
            table.set_presentation(self._headers(table.frame.columns), self._cell)
            self.tables[name] = table
            self.views[name].setModel(table)
        for view in self.views.values():
            view.resizeColumnsToContents()

    def _cell(self, column: str, value: object, row) -> str:
        from app.facts import kind_name, unit_name

        language = self._model.language
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return ""
        if column == "value":  # the official series is in billions of CNY
            return format_exact(float(value), row.get("unit", "bn_cny"), language)
        if column == "growth_pct":
            return format_number(float(value), language)
        if column in ("kind", "status"):
            return kind_name(str(value))
        if column == "unit":
            return unit_name(str(value))
        if column == "indicator" and value in INDICATORS:
            return self.tr(INDICATORS[value])
        return str(value)

    def _headers(self, columns) -> list[str]:
        return [self.tr(HEADERS[column]) if column in HEADERS else str(column) for column in columns]

    def _present(self) -> None:
        for table in self.tables.values():
            table.set_presentation(self._headers(table.frame.columns), self._cell)

    def export_csv(self, name: str = "facts") -> str:
        """Ask where, then write the table as UTF-8 CSV; returns a status sentence."""
        frame = self._frames()[name]
        if frame is None:
            return ""
        suggested = self._model.export_folder / f"{self._model.bundle.id}-{name}.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export data as CSV"), str(suggested), "CSV (*.csv)")
        if not path:
            return ""
        from app.facts import table_csv

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
        for name, group in self._groups.items():
            group.setTitle(self.tr(TABLES[name]))
            self._buttons[name].setText(self.tr("Export as CSV…"))
        self._present()
