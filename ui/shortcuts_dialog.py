"""Help → Keyboard shortcuts: every action of the window that has keys, with
the keys as this platform writes them, in the display language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.accessible_names import without_mnemonic


def plain_text(action: QAction) -> str:
    """The action's text as a reader sees it: no mnemonic, no trailing '…'."""
    return without_mnemonic(action.text()).rstrip("…").rstrip(".").strip()


def shortcut_text(action: QAction) -> str:
    return ", ".join(keys.toString(QKeySequence.SequenceFormat.NativeText) for keys in action.shortcuts())


class ShortcutsDialog(QDialog):
    """Lists the actions of `window` that have a shortcut; follows their
    texts and keys as they change (a language switch renames them)."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self._window = window
        self.table = QTableWidget(0, 2, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(480, 520)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The window renames its actions on a language switch, maybe after
        # this dialog has handled it: refill once the event loop turns.
        self._refill = QTimer(self, singleShot=True, interval=0)
        self._refill.timeout.connect(self._fill)
        for action in self.actions_with_keys():
            action.changed.connect(self._refill.start)
        self.retranslate_ui()

    def actions_with_keys(self) -> list[QAction]:
        """The window's actions that have a shortcut, in the order they were made."""
        actions = [action for action in self._window.findChildren(QAction) if not action.shortcut().isEmpty()]
        return list(dict.fromkeys(actions))

    def rows(self) -> list[tuple[str, str]]:
        """(action, keys) as the table shows them."""
        return [
            (self.table.item(row, 0).text(), self.table.item(row, 1).text()) for row in range(self.table.rowCount())
        ]

    def _fill(self) -> None:
        actions = self.actions_with_keys()
        self.table.setRowCount(len(actions))
        for row, action in enumerate(actions):
            for column, text in enumerate((plain_text(action), shortcut_text(action))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self._fill()
        self._refill.start()  # and again once the window has renamed its actions
