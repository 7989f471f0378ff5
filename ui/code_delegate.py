"""A table column of codes (a unit, a kind, a measure) shown by their names
in the display language and chosen from a list of them; the cell keeps the
code, which is what is checked and saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget


class CodeDelegate(QStyledItemDelegate):
    """`names` gives each allowed code's name, asked for at each paint, so a
    language switch shows the new names. A code it does not know (typed into
    a file, or set by a program) is shown as it is."""

    def __init__(self, names: Callable[[], dict[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = names

    def displayText(self, value, locale) -> str:  # noqa: N802 (Qt name)
        return self._names().get(str(value), str(value))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        box = QComboBox(parent)
        for code, name in self._names().items():
            box.addItem(name, code)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802 (Qt name)
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
