"""Find in the article: a bar under the text with a match count, next and
previous, and every match highlighted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget


class FindBar(QWidget):
    """Searches a text browser's document; emits the highlights to draw."""

    highlightsChanged = Signal(list)
    """The extra selections marking the matches (the current one stronger)."""

    def __init__(self, browser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._browser = browser
        self.matches: list[QTextCursor] = []
        self.current = -1
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.search)
        self.edit.returnPressed.connect(self.next)
        self.count = QLabel(self)
        self.previous_button = QToolButton(self)
        self.previous_button.clicked.connect(self.previous)
        self.previous_button.setShortcut(QKeySequence.StandardKey.FindPrevious)
        self.next_button = QToolButton(self)
        self.next_button.clicked.connect(self.next)
        self.next_button.setShortcut(QKeySequence.StandardKey.FindNext)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.hide()
        self.retranslate_ui()

    def open_bar(self) -> None:
        if self.close_button.icon().isNull():
            # Asked of the style when first needed: PySide builds the QStyle
            # class and its large enums on first use.
            from PySide6.QtWidgets import QStyle

            self.close_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self.search()

    def close_bar(self) -> bool:
        """Hide the bar and its highlights; False if it was not open."""
        if not self.isVisible():
            return False
        self.hide()
        self.matches, self.current = [], -1
        self.highlightsChanged.emit([])
        self._browser.setFocus()
        return True

    def search(self) -> None:
        """Find every match of the text (case-insensitive) in the document."""
        text = self.edit.text()
        document: QTextDocument = self._browser.document()
        self.matches = []
        cursor = QTextCursor(document)
        while text:
            cursor = document.find(text, cursor)
            if cursor.isNull():
                break
            self.matches.append(QTextCursor(cursor))
        self.current = 0 if self.matches else -1
        self._show_current()

    def next(self) -> None:
        if self.matches:
            self.current = (self.current + 1) % len(self.matches)
            self._show_current()

    def previous(self) -> None:
        if self.matches:
            self.current = (self.current - 1) % len(self.matches)
            self._show_current()

    def _show_current(self) -> None:
        selections = []
        for index, match in enumerate(self.matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = match
            selection.format = QTextCharFormat()
            selection.format.setBackground(QColor("#ff9f1c" if index == self.current else "#ffe58a"))
            selection.format.setForeground(QColor("#000000"))
            selections.append(selection)
        self.highlightsChanged.emit(selections)
        if self.current >= 0:
            cursor = QTextCursor(self.matches[self.current])
            cursor.clearSelection()
            self._browser.setTextCursor(cursor)
            self._browser.ensureCursorVisible()
        self._update_count()

    def _update_count(self) -> None:
        if not self.edit.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(
                self.tr("%1 of %2").replace("%1", str(self.current + 1)).replace("%2", str(len(self.matches)))
            )

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Return and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.previous()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find in the article"))
        self.edit.setAccessibleName(self.tr("Find in the article"))
        self.previous_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.close_button.setText(self.tr("Close"))  # read by screen readers; the button shows an icon
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self._update_count()
