"""The article on paper: print with preview, and save as PDF.

Both print a copy of the reader's document in the output style: dark text
on white and the light theme's marks, whatever the window's theme (the
reader marks figures, and Qt colours links, from the theme on screen). The
pages are drawn here rather than by QTextDocument.print(), which paints
with the application's palette (its rules took the window's dark grey).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.i18n import app_name
from ui import theme

MARGINS_MM = QMarginsF(20, 18, 20, 18)


def output_document(document: QTextDocument) -> QTextDocument:
    """A copy of `document` (paging it must not touch the reader's layout)
    with every colour set from the output style: text dark, links and
    marked figures in the light theme's colours."""
    colors = theme.OUTPUT
    copy = document.clone()
    cursor = QTextCursor(copy)
    block = copy.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            old = fragment.charFormat()
            new = QTextCharFormat()
            new.setForeground(QColor(colors.accent if old.isAnchor() else colors.text))
            if old.hasProperty(QTextFormat.Property.BackgroundBrush):
                new.setBackground(QColor(colors.fact_link))
            cursor.setPosition(fragment.position())
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(new)
            fragments += 1
        block = block.next()
    return copy


def print_document(document: QTextDocument, printer: QPagedPaintDevice) -> None:
    """Print the output copy of `document`, page after page, each numbered."""
    copy = output_document(document)
    painter = QPainter(printer)
    if not painter.isActive():
        return
    layout = copy.documentLayout()
    layout.setPaintDevice(printer)  # laid out in the printer's resolution
    number_font = copy.defaultFont()
    number_height = QFontMetricsF(number_font, printer).height() * 2
    page = QSizeF(printer.width(), printer.height() - number_height)
    copy.setPageSize(page)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = theme.palette_of(theme.OUTPUT)
    for index in range(copy.pageCount()):
        if index:
            printer.newPage()
        view = QRectF(0, index * page.height(), page.width(), page.height())
        painter.save()
        painter.translate(0, -view.top())
        painter.setClipRect(view)
        context.clip = view
        layout.draw(painter, context)
        painter.restore()
        painter.setFont(number_font)
        painter.setPen(QColor(theme.OUTPUT.muted))
        painter.drawText(
            QRectF(0, page.height(), page.width(), number_height),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
            str(index + 1),
        )
    painter.end()


def article_pdf(document: QTextDocument, title: str) -> bytes:
    """The article as an A4 PDF with its text, title, date and source."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator(app_name())
    print_document(document, writer)
    return bytes(data)


def print_article(document: QTextDocument, parent: QWidget) -> None:
    """Show the print preview dialog; printing goes from there."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    preview = QPrintPreviewDialog(printer, parent)
    preview.paintRequested.connect(lambda target: print_document(document, target))
    preview.exec()
