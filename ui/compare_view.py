"""View → Compare across articles: one indicator over every release in the
library, as a line or bars; clicking a point opens that release at that
figure, and the chart saves like any other."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.bundle import localized
from app.charts import measure_name
from app.errors import ViewerError
from app.export_options import FORMATS, ExportOptions, file_name
from app.fonts import screen_font_for
from app.model import AppModel
from app.units import format_tick
from ui import theme
from ui.accessible_names import name_buddy

MEASURES = ("level", "growth")
MARKS = ("line", "bar")


class CompareDialog(QDialog):
    """Charts the chosen indicator across the model's library."""

    def __init__(self, model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._frame = None
        self._names: dict[str, dict] = {}
        self.spec = None
        self.indicator_box = QComboBox(self)
        self.measure_box = QComboBox(self)
        self.mark_box = QComboBox(self)
        for box, codes in ((self.measure_box, MEASURES), (self.mark_box, MARKS)):
            for code in codes:
                box.addItem("", code)
        self._form = QFormLayout()
        self._labels = [QLabel(self) for _ in range(3)]
        for label, box in zip(self._labels, (self.indicator_box, self.measure_box, self.mark_box), strict=True):
            label.setBuddy(box)
            self._form.addRow(label, box)
        self.status = QLabel(self)
        self.card = None
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_image)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(self._form)
        self._layout.addWidget(self.status)
        self._layout.addWidget(self.buttons)
        for box in (self.indicator_box, self.measure_box, self.mark_box):
            box.currentIndexChanged.connect(self._on_choice_changed)
        model.languageChanged.connect(self._redraw)
        model.libraryChanged.connect(self.load)
        self.resize(900, 560)
        self.retranslate_ui()
        if "pandas" in sys.modules:
            self.load()
        else:  # the model imports pandas off the UI thread, then builds its tables
            model.tablesChanged.connect(self.load, Qt.ConnectionType.SingleShotConnection)
            model.request_tables()

    def load(self) -> None:
        """Read the library into the table across articles and draw."""
        from app.compare import indicator_choices, library_table
        from ui.charts import ChartCard  # deferred: imports pyqtgraph

        self._frame, self._names = library_table(self._model.library)
        if self.card is None:
            self.card = ChartCard("compare", self)
            self.card.factClicked.connect(self._open_release)
            self.card.saveRequested.connect(lambda _id: self.save_image())
            self._layout.insertWidget(2, self.card, 1)
        blocker = QSignalBlocker(self.indicator_box)
        current = self.indicator_box.currentData()
        self.indicator_box.clear()
        for choice in indicator_choices(self._frame, self._names, self.measure_box.currentData() or "level"):
            self.indicator_box.addItem(choice.name(self._model.language), choice.id)
        if current is not None and self.indicator_box.findData(current) >= 0:
            self.indicator_box.setCurrentIndex(self.indicator_box.findData(current))
        del blocker
        self._redraw()

    def choose(self, indicator: str, measure: str = "level", mark: str = "line") -> None:
        """Show `indicator` (by id) with `measure` as `mark`."""
        for box, code in ((self.measure_box, measure), (self.mark_box, mark)):
            box.setCurrentIndex(box.findData(code))
        self.load()
        self.indicator_box.setCurrentIndex(self.indicator_box.findData(indicator))

    def _on_choice_changed(self) -> None:
        if self.sender() is self.measure_box:
            self.load()
        else:
            self._redraw()

    def _redraw(self) -> None:
        from app.compare import compare_spec

        indicator = self.indicator_box.currentData()
        if self._frame is None or self.card is None or indicator is None:
            self.status.setText(
                self.tr("Loading the library…")
                if self._frame is None
                else self.tr("No indicator is reported with this measure.")
            )
            return
        language = self._model.language
        for index in range(self.indicator_box.count()):
            key = self.indicator_box.itemData(index)
            self.indicator_box.setItemText(index, localized(self._names.get(key, {}), language) or key)
        self.spec = compare_spec(
            self._frame, self._names, indicator, language, self.measure_box.currentData(), self.mark_box.currentData()
        )
        self.status.setText("")
        self.card.show_spec(
            self.spec,
            theme.colors(self._model.theme),
            screen_font_for(language, 9),
            lambda value, unit=self.spec.unit: format_tick(value, unit, language),
        )

    def _open_release(self, point_id: str) -> None:
        path, _, fact_id = point_id.partition("#")
        try:
            if Path(path) != self._model.bundle.path:
                self._model.open_bundle(path)
            self._model.select_fact(fact_id)
        except (ViewerError, ValueError) as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))

    def save_image(self) -> str:
        """Ask where, then save the chart shown as PNG, JPEG, SVG or PDF."""
        if self.spec is None:
            return ""
        from ui.export import export_chart

        filters = ";;".join(f"{name} (*.{code})" for code, name in FORMATS.items())
        suggested = self._model.export_folder / file_name(self.spec.id, "png", self._model.language)
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save image"), str(suggested), filters)
        if not path:
            return ""
        fmt = Path(path).suffix.lstrip(".").lower()
        fmt = fmt if fmt in FORMATS else "png"
        try:
            export_chart(self.spec, self._model.language, ExportOptions(format=fmt), Path(path))
        except ViewerError as error:
            QMessageBox.warning(self, self.tr("Save image"), str(error))
            return str(error)
        return path

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Compare across articles"))
        for label, text in zip(
            self._labels, (self.tr("&Indicator:"), self.tr("&Measure:"), self.tr("&Draw as:")), strict=True
        ):
            label.setText(text)
            name_buddy(label)
        for index, measure in enumerate(MEASURES):
            self.measure_box.setItemText(index, measure_name(measure))
        for index, text in enumerate((self.tr("Line"), self.tr("Bars"))):
            self.mark_box.setItemText(index, text)
        self.save_button.setText(self.tr("&Save image…"))
        self._redraw()
