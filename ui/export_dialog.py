"""The save dialog for one chart or all charts: format, size and scale,
background, title and footer, destination, and a live preview."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.charts import ChartSpec
from app.export_options import (
    FORMATS,
    MAX_SIZE,
    MIN_SIZE,
    RASTER_FORMATS,
    SCALES,
    SIZE_PRESETS,
    TRANSPARENT_FORMATS,
    ExportOptions,
    file_name,
)
from app.files import WriteError
from app.model import AppModel
from ui.accessible_names import name_buddy
from ui.export import default_text_as_outlines, export_chart, render_chart

PREVIEW_SIZE = (360, 225)


class ExportDialog(QDialog):
    """Saves one chart (chart_id) or, with chart_id None, every chart into a folder."""

    def __init__(self, model: AppModel, chart_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._specs = [s for s in model.chart_specs() if chart_id is None or s.id == chart_id]
        self._single = chart_id is not None
        self.saved: list[Path] = []
        options = model.export_options
        self.format_box = QComboBox(self)
        for code, name in FORMATS.items():
            self.format_box.addItem(name, code)
        self.format_box.setCurrentIndex(self.format_box.findData(options.format))
        self.preset_box = QComboBox(self)
        for width, height in SIZE_PRESETS:
            self.preset_box.addItem(f"{width} × {height}", (width, height))
        self.preset_box.addItem("", None)  # custom
        self.width_box, self.height_box = QSpinBox(self), QSpinBox(self)
        for box, value in ((self.width_box, options.width), (self.height_box, options.height)):
            box.setRange(MIN_SIZE, MAX_SIZE)
            box.setValue(value)
        self.scale_box = QComboBox(self)
        for scale in SCALES:
            self.scale_box.addItem(f"{scale}×", scale)
        self.scale_box.setCurrentIndex(self.scale_box.findData(options.scale))
        self.background_box = QComboBox(self)
        self.background_box.addItem("", False)
        self.background_box.addItem("", True)
        self.background_box.setCurrentIndex(1 if options.transparent else 0)
        self.title_box = QCheckBox(self)
        self.title_box.setChecked(options.include_title)
        self.footer_box = QCheckBox(self)
        self.footer_box.setChecked(options.include_footer)
        self.outline_box = QCheckBox(self)
        self.outline_box.setChecked(default_text_as_outlines(model.language))
        self.path_edit = QLineEdit(self)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self._browse)
        self.preview = QLabel(self)
        self.preview.setObjectName("exportPreview")
        self.preview.setFixedSize(*PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("#exportPreview { border: 1px solid palette(mid); }")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._build_layout()
        self._suggest_path(model.export_folder)
        self._preview_timer = QTimer(self, singleShot=True, interval=150)
        self._preview_timer.timeout.connect(self._update_preview)
        for signal in (
            self.format_box.currentIndexChanged,
            self.width_box.valueChanged,
            self.height_box.valueChanged,
            self.scale_box.currentIndexChanged,
            self.background_box.currentIndexChanged,
            self.title_box.toggled,
            self.footer_box.toggled,
        ):
            signal.connect(self._on_options_changed)
        self.preset_box.currentIndexChanged.connect(self._on_preset_chosen)
        self.retranslate_ui()
        self._on_options_changed()

    def _build_layout(self) -> None:
        size_row = QHBoxLayout()
        size_row.addWidget(self.preset_box, 1)
        size_row.addWidget(self.width_box)
        size_row.addWidget(QLabel("×", self))
        size_row.addWidget(self.height_box)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.form = QFormLayout()
        rows = (
            self.format_box,
            size_row,
            self.scale_box,
            self.background_box,
            self.title_box,
            self.footer_box,
            self.outline_box,
            path_row,
        )
        # QLabels with a buddy: their '&' marks the shortcut key (a text
        # given to addRow() would show the '&' itself).
        buddies = (
            self.format_box,
            self.preset_box,
            self.scale_box,
            self.background_box,
            self.title_box,
            self.footer_box,
            self.outline_box,
            self.path_edit,
        )
        self._labels = [QLabel(self) for _ in rows]
        for label, row, buddy in zip(self._labels, rows, buddies):
            label.setBuddy(buddy)
            self.form.addRow(label, row)
        top = QHBoxLayout()
        top.addLayout(self.form, 1)
        top.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)

    # -- options ---------------------------------------------------------------
    def options(self) -> ExportOptions:
        return ExportOptions(
            format=self.format_box.currentData(),
            width=self.width_box.value(),
            height=self.height_box.value(),
            scale=self.scale_box.currentData(),
            transparent=bool(self.background_box.currentData()),
            include_title=self.title_box.isChecked(),
            include_footer=self.footer_box.isChecked(),
        ).checked()

    @property
    def text_as_outlines(self) -> bool:
        """Whether a saved SVG's text is drawn as shapes."""
        return self.outline_box.isEnabled() and self.outline_box.isChecked()

    def _on_preset_chosen(self, index: int) -> None:
        size = self.preset_box.itemData(index)
        if size:
            self.width_box.setValue(size[0])
            self.height_box.setValue(size[1])

    def _on_options_changed(self) -> None:
        fmt = self.format_box.currentData()
        self.scale_box.setEnabled(fmt in RASTER_FORMATS)
        self.outline_box.setEnabled(fmt == "svg")
        can_be_transparent = fmt in TRANSPARENT_FORMATS
        self.background_box.model().item(1).setEnabled(can_be_transparent)
        if not can_be_transparent:
            self.background_box.setCurrentIndex(0)
        size = (self.width_box.value(), self.height_box.value())
        preset = SIZE_PRESETS.index(size) if size in SIZE_PRESETS else self.preset_box.count() - 1
        with QSignalBlocker(self.preset_box):
            self.preset_box.setCurrentIndex(preset)
        if self._single:
            path = Path(self.path_edit.text())
            self.path_edit.setText(str(path.with_suffix("." + fmt)))
        self._preview_timer.start()

    def _update_preview(self) -> None:
        preview = dataclasses.replace(self.options(), format="png", scale=1)
        image = QImage.fromData(render_chart(self._specs[0], self._model.language, preview))
        pixmap = QPixmap.fromImage(image).scaled(
            *PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.preview.setPixmap(pixmap)

    # -- destination -----------------------------------------------------------
    def _suggest_path(self, folder: Path) -> None:
        if self._single:
            name = file_name(self._specs[0].id, self.format_box.currentData(), self._model.language)
            self.path_edit.setText(str(folder / name))
        else:
            self.path_edit.setText(str(folder))

    def _browse(self) -> None:
        current = self.path_edit.text()
        if self._single:
            fmt = self.format_box.currentData()
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.windowTitle(),
                current,
                f"{FORMATS[fmt]} (*.{fmt})",
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
        else:
            chosen = QFileDialog.getExistingDirectory(self, self.windowTitle(), current)
        if chosen:
            self.path_edit.setText(chosen)

    def targets(self) -> list[tuple[ChartSpec, Path]]:
        """Where each chart will be written."""
        path = Path(self.path_edit.text()).expanduser()
        if self._single:
            return [(self._specs[0], path)]
        fmt = self.format_box.currentData()
        return [(spec, path / file_name(spec.id, fmt, self._model.language)) for spec in self._specs]

    # -- saving -----------------------------------------------------------------
    def save(self) -> None:
        """Write the files (asking before overwriting); stay open on failure."""
        options, targets = self.options(), self.targets()
        existing = [path for _, path in targets if path.exists()]
        if existing and not self._confirm_overwrite(existing):
            return
        if not self._single:
            try:
                targets[0][1].parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                self._fail(f"{error.strerror} ({targets[0][1].parent})")
                return
        progress = QProgressDialog(self.tr("Saving charts…"), self.tr("Cancel"), 0, len(targets), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        for done, (spec, path) in enumerate(targets):
            progress.setValue(done)
            if progress.wasCanceled():
                break
            try:
                export_chart(spec, self._model.language, options, path, text_as_outlines=self.text_as_outlines)
            except WriteError as error:
                progress.close()
                self._fail(str(error))
                return
        progress.setValue(len(targets))
        self._model.set_export_options(options, targets[0][1].parent)
        self.saved = [path for _, path in targets]
        self.accept()

    def _confirm_overwrite(self, existing: list[Path]) -> bool:
        names = ", ".join(path.name for path in existing[:3]) + ("…" if len(existing) > 3 else "")
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("%1 already exists. Replace it?", "", len(existing)).replace("%1", names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _fail(self, detail: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), self.tr("The chart could not be saved: %1").replace("%1", detail))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        title = self._specs[0].title if self._single else self.tr("all charts")
        self.setWindowTitle(self.tr("Save chart image: %1").replace("%1", title))
        texts = (
            self.tr("&Format:"),
            self.tr("Si&ze (pixels):"),
            self.tr("S&cale:"),
            self.tr("&Background:"),
            self.tr("Title:"),
            self.tr("Footer:"),
            self.tr("SVG text:"),
            self.tr("Save &to:") if self._single else self.tr("&Folder:"),
        )
        for label, text in zip(self._labels, texts):
            label.setText(text)
            name_buddy(label)
        self.width_box.setAccessibleName(self.tr("Width (pixels)"))
        self.height_box.setAccessibleName(self.tr("Height (pixels)"))
        self.preset_box.setItemText(self.preset_box.count() - 1, self.tr("Custom"))
        self.background_box.setItemText(0, self.tr("White"))
        self.background_box.setItemText(1, self.tr("Transparent (PNG, SVG)"))
        self.title_box.setText(self.tr("Include the chart title"))
        self.footer_box.setText(self.tr("Include the source and app name"))
        self.outline_box.setText(self.tr("Text as o&utlines"))
        self.outline_box.setToolTip(
            self.tr(
                "Draws the text as shapes: the SVG looks the same in every program, "
                "with or without its fonts, but its words cannot be selected or searched"
            )
        )
        self.browse_button.setText(self.tr("Bro&wse…"))
