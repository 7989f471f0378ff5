"""Renders a chart to PNG, JPEG, SVG or PDF and writes it atomically.

The image is drawn by the same ChartCard the window shows, laid out at the
target size and painted straight onto the target device: raster images at
their full pixel size through a device pixel ratio (never a stretched small
render), SVG through QSvgGenerator (text stays text), PDF through QPdfWriter
(one vector page with embedded font subsets).
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import html
import io
import re
from pathlib import Path

from fontTools.ttLib import TTFont
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QPoint, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter, QRegion
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from app.export_options import ExportOptions
from app.files import write_atomically
from app.charts import ChartSpec
from app.fonts import BOLD_FONT_FILES, FAMILY, FONT_DIR, FONT_FILES, font_for
from app.units import format_tick
from ui import theme
from ui.charts import ChartCard

APP_NAME = "Hunan Trade Viewer"
FONT_MIME = {".otf": "font/otf", ".ttf": "font/ttf"}


def export_card(spec: ChartSpec, language: str, options: ExportOptions) -> ChartCard:
    """A chart card laid out for export: light theme, at the logical size."""
    colors = theme.LIGHT
    if options.transparent:
        colors = dataclasses.replace(colors, base="transparent")
    card = ChartCard(spec.id, for_export=True)
    card.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    card.show_spec(spec, colors, font_for(language, 10), lambda value: format_tick(value, spec.unit, language))
    card.title.setVisible(options.include_title)
    card.source.setVisible(options.include_footer)
    card.source.set_full_text(f"{spec.source_line} · {APP_NAME}")
    card.resize(options.width, options.height)
    card.show()
    # Layout requests (widgets and pyqtgraph's scene) are posted events.
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        card.layout().activate()
    return card


def _paint(card: QWidget, device, transparent: bool) -> None:
    painter = QPainter(device)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    flags = QWidget.RenderFlag.DrawChildren
    if not transparent:
        painter.fillRect(QRect(0, 0, card.width(), card.height()), QColor("white"))
    card.render(painter, QPoint(), QRegion(), flags)
    painter.end()


def render_chart(spec: ChartSpec, language: str, options: ExportOptions) -> bytes:
    """The file's bytes for `spec` in `language` with `options`."""
    options = options.checked()
    card = export_card(spec, language, options)
    try:
        if options.format in ("png", "jpg"):
            return _render_raster(card, options)
        if options.format == "svg":
            return _render_svg(card, spec, options)
        return _render_pdf(card, spec, options)
    finally:
        card.close()
        card.deleteLater()


def _render_raster(card: ChartCard, options: ExportOptions) -> bytes:
    width, height = options.pixel_size
    image_format = QImage.Format.Format_ARGB32_Premultiplied if options.transparent else QImage.Format.Format_RGB32
    image = QImage(width, height, image_format)
    image.setDevicePixelRatio(options.scale)
    image.fill(QColor(0, 0, 0, 0) if options.transparent else QColor("white"))
    _paint(card, image, options.transparent)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG" if options.format == "png" else "JPEG", 92 if options.format == "jpg" else -1)
    return bytes(data)


def _render_svg(card: ChartCard, spec: ChartSpec, options: ExportOptions) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(options.width, options.height))
    generator.setViewBox(QRect(0, 0, options.width, options.height))
    generator.setResolution(96)  # the screen's: point sizes become the same pixel sizes as on screen
    generator.setTitle(spec.title)
    generator.setDescription(f"{spec.source_line} · {APP_NAME}")
    _paint(card, generator, options.transparent)
    svg = bytes(data).decode("utf-8")
    # Qt states the size in millimetres; a browser should show it at its pixel size.
    svg = re.sub(r'(<svg\b[^>]*?)width="[^"]*" height="[^"]*"',
                 rf'\1width="{options.width}px" height="{options.height}px"', svg, count=1)
    return embed_fonts(svg).encode("utf-8")


def embed_fonts(svg: str) -> str:
    """Add @font-face rules with subsets of the bundled fonts (regular and
    bold) holding just the characters the SVG's text uses, so it draws the
    same in a browser on a machine with no CJK font."""
    needed: dict[tuple[str, bool], set[str]] = {}
    text_elements = re.findall(r'font-family="([^"]*)"[^>]*?font-weight="(\d+)"[^>]*>([^<]*)</text>', svg)
    for family_list, weight, text in text_elements:
        families = [f for f in family_list.split(",") if f in _REGION_OF]
        for char in set(html.unescape(text).strip()):
            family = next((f for f in families if ord(char) in _cmap(f)), None)
            if family:
                needed.setdefault((family, int(weight) >= 600), set()).add(char)
    rules = [_font_face(family, bold, chars) for (family, bold), chars in sorted(needed.items())]
    if not rules:
        return svg
    style = '<defs><style type="text/css">\n' + "\n".join(rules) + "\n</style></defs>\n"
    return re.sub(r"(<svg\b[^>]*>\s*)", lambda m: m.group(1) + style, svg, count=1)


_REGION_OF = {family: region for region, family in FAMILY.items()}


@functools.cache
def _cmap(family: str) -> frozenset[int]:
    with TTFont(FONT_DIR / FONT_FILES[_REGION_OF[family]], lazy=True) as font:
        return frozenset(font.getBestCmap())


def _font_face(family: str, bold: bool, chars: set[str]) -> str:
    path = FONT_DIR / (BOLD_FONT_FILES if bold else FONT_FILES)[_REGION_OF[family]]
    from fontTools import subset  # ~0.3 s to import, and only SVG needs it

    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    stream = io.BytesIO()
    # The context closes the font's file (load_font leaves it open).
    with subset.load_font(str(path), options) as font:
        subsetter = subset.Subsetter(options)
        subsetter.populate(text="".join(chars))
        subsetter.subset(font)
        font.save(stream)
    encoded = base64.b64encode(stream.getvalue()).decode("ascii")
    return (f"@font-face {{ font-family: '{family}'; font-weight: {700 if bold else 400}; "
            f"src: url(data:{FONT_MIME[path.suffix]};base64,{encoded}); }}")


def _render_pdf(card: ChartCard, spec: ChartSpec, options: ExportOptions) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(96)  # one logical pixel is one device pixel (0.75 pt)
    writer.setPageSize(QPageSize(QSizeF(options.width * 0.75, options.height * 0.75), QPageSize.Unit.Point))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setTitle(spec.title)
    writer.setCreator(APP_NAME)
    _paint(card, writer, False)
    return bytes(data)


def export_chart(spec: ChartSpec, language: str, options: ExportOptions, path: Path) -> None:
    write_atomically(path, render_chart(spec, language, options))
