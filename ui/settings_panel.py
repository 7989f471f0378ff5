"""The settings panel: language, theme and reader text size, applied at once."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSignalBlocker
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from app.i18n import LANGUAGES
from app.model import AppModel
from app.settings import TEXT_SIZES, THEMES
from ui.accessible_names import name_buddy

THEME_NAMES = {
    "system": QT_TRANSLATE_NOOP("SettingsPanel", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("SettingsPanel", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsPanel", "Dark"),
}


class SettingsPanel(QWidget):
    """Edits the model's settings; every change is saved by the model."""

    def __init__(self, model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._group = QGroupBox(self)
        self.language_box = QComboBox(self._group)
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)  # each name in its own language
        self.theme_box = QComboBox(self._group)
        for code in THEMES:
            self.theme_box.addItem("", code)
        self.text_size_box = QSpinBox(self._group)
        self.text_size_box.setRange(TEXT_SIZES.start, TEXT_SIZES.stop - 1)
        self._language_label = QLabel(self._group)
        self._theme_label = QLabel(self._group)
        self._text_size_label = QLabel(self._group)
        for label, box in (
            (self._language_label, self.language_box),
            (self._theme_label, self.theme_box),
            (self._text_size_label, self.text_size_box),
        ):
            label.setBuddy(box)
        form = QFormLayout(self._group)
        form.addRow(self._language_label, self.language_box)
        form.addRow(self._theme_label, self.theme_box)
        form.addRow(self._text_size_label, self.text_size_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._group)
        layout.addStretch(1)

        self.language_box.currentIndexChanged.connect(lambda i: model.set_language(self.language_box.itemData(i)))
        self.theme_box.currentIndexChanged.connect(lambda i: model.set_theme(self.theme_box.itemData(i)))
        self.text_size_box.valueChanged.connect(model.set_text_size)
        model.languageChanged.connect(self._sync_from_model)
        model.themeChanged.connect(self._sync_from_model)
        model.textSizeChanged.connect(self._sync_from_model)
        self._sync_from_model()
        self.retranslate_ui()

    def _sync_from_model(self) -> None:
        # Blocked so that showing the model's value does not write it back.
        for box, value in ((self.language_box, self._model.language), (self.theme_box, self._model.theme)):
            with QSignalBlocker(box):
                box.setCurrentIndex(box.findData(value))
        with QSignalBlocker(self.text_size_box):
            self.text_size_box.setValue(self._model.text_size)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._group.setTitle(self.tr("Settings"))
        self._language_label.setText(self.tr("&Language:"))
        self._theme_label.setText(self.tr("&Theme:"))
        self._text_size_label.setText(self.tr("Reader te&xt size:"))
        self.text_size_box.setSuffix(self.tr(" pt"))
        for label in (self._language_label, self._theme_label, self._text_size_label):
            name_buddy(label)
        for index, code in enumerate(THEMES):
            self.theme_box.setItemText(index, self.tr(THEME_NAMES[code]))
