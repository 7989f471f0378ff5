"""Table cells that keep a code (a unit, a kind, a measure, a period) and
show it by its name in the display language; a code from a short list is
chosen from it. The code is what is checked and saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget


class ShownByName(QStyledItemDelegate):
    """Shows each cell's code as `name(code)`, asked at each paint (a
    language switch shows the new names); edits the code as it is."""

    def __init__(self, name: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name

    def displayText(self, value, locale) -> str:  # noqa: N802 (Qt name)
        return self._name(str(value))


class CodeDelegate(ShownByName):
    """A code chosen from `names` (each allowed code's name); a code it does
    not know (set by a program) is shown as it is."""

    def __init__(self, names: Callable[[], dict[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(lambda code: names().get(code, code), parent)
        self._names = names

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
