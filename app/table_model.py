"""A sortable Qt table model over a pandas DataFrame (no copy into widgets)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Formatter = Callable[[str, object, pd.Series], str]  # (column, value, row) -> text shown


class DataFrameModel(QAbstractTableModel):
    """Shows `frame`'s rows; headers and cell text come from the callers, so
    they follow the display language. Sorting reorders a view of the frame."""

    def __init__(
        self, frame: pd.DataFrame, headers: Sequence[str], formatter: Formatter, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        # A named index (the fact id) is a column to show; a plain row number is not.
        self._frame = frame.reset_index(drop=frame.index.name is None)
        self._headers = list(headers)
        self._formatter = formatter

    @property
    def frame(self) -> pd.DataFrame:
        """The rows in their current order (index columns included)."""
        return self._frame

    def set_presentation(self, headers: Sequence[str], formatter: Formatter) -> None:
        """New header and cell texts (after a language change)."""
        self._headers = list(headers)
        self._formatter = formatter
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._frame)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._frame.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self._frame.columns[index.column()]
        value = self._frame.iat[index.row(), index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._formatter(column, value, self._frame.iloc[index.row()])
        if role == Qt.ItemDataRole.UserRole:
            return None if pd.isna(value) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and pd.api.types.is_numeric_dtype(self._frame[column]):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        name = self._frame.columns[column]
        ascending = order == Qt.SortOrder.AscendingOrder
        self._frame = self._frame.sort_values(name, ascending=ascending, kind="stable", na_position="last")
        self.layoutChanged.emit()
