"""The article on paper: print with preview, and save as PDF."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

APP_NAME = "Hunan Trade Viewer"
MARGINS_MM = QMarginsF(20, 18, 20, 18)


def article_pdf(document: QTextDocument, title: str) -> bytes:
    """The article as an A4 PDF with its text, title, date and source."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    document.clone().print_(writer)  # a copy: paging must not touch the reader's layout
    return bytes(data)


def print_article(document: QTextDocument, parent: QWidget) -> None:
    """Show the print preview dialog; printing goes from there."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    preview = QPrintPreviewDialog(printer, parent)
    preview.paintRequested.connect(lambda target: document.clone().print_(target))
    preview.exec()
