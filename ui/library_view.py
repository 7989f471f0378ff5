"""The library list: every article the viewer knows (title, date, number of
figures), newest first, filterable; choosing one opens it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.errors import ViewerError
from app.i18n import format_date
from app.library import LibraryEntry
from app.model import AppModel

PATH_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class EntryItem(QTreeWidgetItem):
    """A row that sorts dates and counts by value, not by their words."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        mine, theirs = self.data(column, SORT_ROLE), other.data(column, SORT_ROLE)
        if mine is not None and theirs is not None:
            return mine < theirs
        return self.text(column).casefold() < other.text(column).casefold()


class LibraryView(QWidget):
    """Lists the model's library; Enter or a double click opens an article.

    The library's folders are read when the list is first shown, and again
    when it changes while shown: a large library costs nothing at start-up.
    """

    statusMessage = Signal(str)

    def __init__(self, model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._entries: list[LibraryEntry] = []
        self._stale = True  # the library changed since it was last read
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(3)
        self.list.setSortingEnabled(True)
        self.list.setAlternatingRowColors(True)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setStretchLastSection(False)
        self.list.itemActivated.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        model.libraryChanged.connect(self._on_library_changed)
        model.articleChanged.connect(self._mark_current)
        model.languageChanged.connect(self._show_titles)
        self.retranslate_ui()

    @property
    def shown_titles(self) -> list[str]:
        """The titles listed, top to bottom, filter applied (the library read
        first if it changed)."""
        if self._stale:
            self.refresh()
        items = [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]
        return [item.text(0) for item in items if not item.isHidden()]

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _on_library_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the library's folders again."""
        self._stale = False
        self._entries = self._model.library_entries()
        blocker = QSignalBlocker(self.list)
        self.list.clear()
        for entry in self._entries:
            item = EntryItem(self.list)
            item.setData(0, PATH_ROLE, str(entry.path))
            item.setData(1, SORT_ROLE, entry.published.isoformat())
            item.setData(2, SORT_ROLE, entry.figures)
            item.setText(2, str(entry.figures))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        del blocker
        self.list.sortItems(1, Qt.SortOrder.DescendingOrder)
        self._show_titles()
        self._mark_current()

    def _show_titles(self) -> None:
        language = self._model.language
        by_path = {str(entry.path): entry for entry in self._entries}
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            entry = by_path[item.data(0, PATH_ROLE)]
            item.setText(0, entry.title_in(language))
            item.setToolTip(0, entry.title_in(language))
            item.setText(1, format_date(entry.published, language))
        self._apply_filter(self.filter_edit.text())

    def _mark_current(self) -> None:
        current = str(self._model.bundle.path)
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            font = QFont(item.font(0))
            font.setBold(item.data(0, PATH_ROLE) == current)
            item.setFont(0, font)

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            haystack = " ".join(item.text(column) for column in range(3)).casefold()
            item.setHidden(bool(needle) and needle not in haystack)

    def _on_activated(self, item: QTreeWidgetItem) -> None:
        self.open_article(item.data(0, PATH_ROLE))

    def open_article(self, path: str) -> None:
        """Open the article at `path`; if it cannot be, say so and keep the current one."""
        try:
            self._model.open_bundle(path)
        except ViewerError as error:
            message = self.tr("The article could not be opened: %1").replace("%1", str(error))
            self.statusMessage.emit(message)
            from PySide6.QtWidgets import QMessageBox  # deferred: PySide builds dialog classes on import

            QMessageBox.warning(self, self.tr("Open article"), message)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter by title or date"))
        self.filter_edit.setAccessibleName(self.tr("Filter the library"))
        self.list.setHeaderLabels([self.tr("Title"), self.tr("Date"), self.tr("Figures")])
        self.list.setAccessibleName(self.tr("Articles in the library"))
