"""Help → About: the version, the licences of everything the viewer runs on
and ships (libraries, fonts), and where the open article's data come from."""

from __future__ import annotations

import html
import platform

from PySide6.QtCore import QEvent, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.bundle import localized
from app.i18n import format_date
from app.licenses import Dependency, app_license, app_version, runtime_dependencies
from app.model import AppModel

LINK_SCHEMES = ("http", "https", "file")


def _link(url: str, text: str | None = None) -> str:
    """An anchor for a web address, else the text alone (escaped either way)."""
    shown = html.escape(text if text is not None else url)
    if not url.startswith(("https://", "http://", "file://")):
        return shown
    return f'<a href="{html.escape(url, quote=True)}">{shown}</a>'


class AboutDialog(QDialog):
    """What the viewer is, what it is built on and under which licences, and
    the sources of the open article's figures."""

    def __init__(self, model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._dependencies: list[Dependency] = runtime_dependencies()
        self._version = app_version()
        self.icon = QLabel(self)
        self.icon.setPixmap(QPixmap(str(paths.icon_path(64))))
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.browser = QTextBrowser(self)
        # Links open in the system's browser or viewer, never inside the dialog.
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._open_link)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 640)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        model.articleChanged.connect(self.retranslate_ui)
        self.retranslate_ui()

    @staticmethod
    def _open_link(url: QUrl) -> None:
        if url.scheme() in LINK_SCHEMES:
            QDesktopServices.openUrl(url)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("About Hunan Trade Viewer"))
        name = self.tr("Hunan Trade Viewer")
        version = self.tr("Version %1").replace("%1", self._version)
        summary = self.tr(
            "Reads statistics releases beside charts of their figures, in five languages, and keeps a "
            "library of them. Every figure comes from the article or from an official release, each "
            "with its source; estimates and values the viewer computes are marked as such."
        )
        licence = self.tr("Licence: %1").replace("%1", app_license())
        self.heading.setText(
            f"<h2>{html.escape(name)}</h2>"
            f"<p>{html.escape(version)} · Qt {qVersion()} · Python {platform.python_version()}</p>"
            f"<p>{html.escape(summary)}</p><p>{html.escape(licence)}</p>"
        )
        self.browser.setHtml(self._sources_html() + self._software_html() + self._fonts_html())
        self.browser.setAccessibleName(self.tr("Data sources, libraries and fonts"))

    def _sources_html(self) -> str:
        bundle, language = self._model.bundle, self._model.language
        heading = self.tr("Data sources")
        publisher = f"{localized(bundle.publisher, language)}, {format_date(bundle.published, language)}"
        parts = [
            f"<h3>{html.escape(heading)}</h3>",
            f"<p><b>{html.escape(localized(bundle.title, language))}</b><br>"
            f"{html.escape(publisher)}<br>{_link(bundle.source_url)}</p>",
        ]
        for table in bundle.tables.values():
            sources = dict.fromkeys((row.source, row.url) for row in table.rows)
            items = "".join(f"<li>{html.escape(source)}<br>{_link(url)}</li>" for source, url in sources)
            parts.append(f"<p><b>{html.escape(localized(table.title, language))}</b></p><ul>{items}</ul>")
        return "".join(parts)

    def _software_html(self) -> str:
        heading = self.tr("Libraries")
        intro = self.tr("The viewer runs on these libraries, each under its own licence:")
        columns = (self.tr("Library"), self.tr("Version"), self.tr("Licence"))
        header = "".join(f"<th align='left'>{html.escape(text)}</th>" for text in columns)
        rows = "".join(
            f"<tr><td>{_link(d.url, d.name)}</td><td>{html.escape(d.version)}</td>"
            f"<td>{html.escape(d.license)}</td></tr>"
            for d in self._dependencies
        )
        return (
            f"<h3>{html.escape(heading)}</h3><p>{html.escape(intro)}</p>"
            f"<table cellspacing='0' cellpadding='3'><tr>{header}</tr>{rows}</table>"
        )

    def _fonts_html(self) -> str:
        heading = self.tr("Fonts")
        text = self.tr(
            "Subsets of Noto Sans and Noto Sans CJK SC, JP and KR, under the SIL Open Font License 1.1 (OFL-1.1)."
        )
        licence = paths.font_licence_file()
        return (
            f"<h3>{html.escape(heading)}</h3><p>{html.escape(text)}<br>"
            f"{_link(QUrl.fromLocalFile(str(licence)).toString(), str(licence))}</p>"
        )
