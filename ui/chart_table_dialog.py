"""A chart read as a table: category, value, kind and source of each point,
in the display language, for whoever would rather read than look."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.chart_words import table_rows
from app.charts import ChartSpec

COLUMNS = 4  # category, value, kind, source


class ChartTableDialog(QDialog):
    """The points of `spec` as a read-only table, left to right."""

    def __init__(self, spec: ChartSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.unit = QLabel(self)
        self.unit.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.unit.setBuddy(self.table)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 360)
        self._fill()
        self.retranslate_ui()

    def rows(self) -> list[tuple[str, ...]]:
        """The table's text, row by row, as shown."""
        return [
            tuple(self.table.item(row, column).text() for column in range(COLUMNS))
            for row in range(self.table.rowCount())
        ]

    def _fill(self) -> None:
        rows = table_rows(self.spec)
        self.table.setRowCount(len(rows))
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == COLUMNS - 1:  # a long source is cut at the column's edge
                    item.setToolTip(text)
                self.table.setItem(row, column, item)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        # The rows are in the language the spec was built in; the dialog is
        # window-modal, so the language cannot change under it.
        self.setWindowTitle(self.tr("Chart as a table: %1").replace("%1", self.spec.title))
        self.unit.setText(self.tr("Values in %1").replace("%1", self.spec.unit_label))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Category"), self.tr("Value"), self.tr("Kind"), self.tr("Source")]
        )
        self.table.setAccessibleName(self.spec.title)
