"""Renders a chart to PNG, JPEG, SVG or PDF and writes it atomically.

The image is drawn by the same ChartCard the window shows, laid out at the
target size in the output style (light, whatever the window's theme) and
painted straight onto the target device: raster images at their full pixel
size through a device pixel ratio (never a stretched small render), SVG
through QSvgGenerator, PDF through QPdfWriter (one vector page with
embedded font subsets).

QSvgGenerator writes what pyqtgraph paints in data coordinates under the
view's huge scale, with `vector-effect="non-scaling-stroke"`; librsvg and
others ignore that effect and draw blobs. The SVG is therefore rewritten
with every shape in output coordinates, and its text either kept as text
(the fonts embedded, with common fallbacks named) or, on request, turned
into outlines so that it draws the same everywhere.
"""

from __future__ import annotations

import base64
import functools
import html
import io
import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import shiboken6
from fontTools.ttLib import TTFont
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPoint,
    QPointF,
    QRect,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QImage, QPageSize, QPainter, QPainterPath, QPdfWriter, QRegion, QTransform
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsView, QWidget

from app.charts import ChartSpec
from app.export_options import ExportOptions
from app.files import write_atomically
from app.fonts import BOLD_FONT_FILES, FAMILY, FONT_DIR, FONT_FILES, font_for
from app.i18n import LANGUAGES, app_name
from app.units import format_tick
from ui import theme
from ui.charts import ChartCard

FONT_MIME = {".otf": "font/otf", ".ttf": "font/ttf"}
# Named after the embedded fonts, for programs that ignore @font-face
# (librsvg, many converters): the same designs where installed, then the
# systems' usual fonts for each script.
FALLBACK_FAMILIES = {
    "Latin": ("Noto Sans", "DejaVu Sans", "Arial"),
    "SC": ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC"),
    "JP": ("Noto Sans CJK JP", "Source Han Sans JP", "Yu Gothic", "Hiragino Sans"),
    "KR": ("Noto Sans CJK KR", "Source Han Sans KR", "Malgun Gothic", "Apple SD Gothic Neo"),
}
SVG_NS, XLINK_NS = "http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)
SVG_DPI = 96  # QSvgGenerator's resolution: point sizes become the screen's pixel sizes
EXPORT_PLOT_MIN_HEIGHT = 60  # pixels of plot, axis included, in the smallest images


def export_card(spec: ChartSpec, language: str, options: ExportOptions) -> ChartCard:
    """A chart card laid out for export in the output style, at the logical size."""
    card = ChartCard(spec.id, for_export=True)
    card.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    # The view's background cache would reach a vector file as a bitmap.
    card.plot.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
    card.show_spec(
        spec,
        theme.output_colors(options.transparent),
        font_for(language, 10),
        lambda value: format_tick(value, spec.unit, language),
    )
    card.title.setVisible(options.include_title)
    card.source.setVisible(options.include_footer)
    card.source.set_full_text(f"{spec.saved_source_line} · {app_name()}")
    # In a small image the plot gives way, never the title or the source.
    card.plot.setMinimumHeight(EXPORT_PLOT_MIN_HEIGHT)
    card.resize(options.width, options.height)
    # Laid out, never painted but by render(): a card shown off screen would
    # be painted for each round of posted events.
    card.setUpdatesEnabled(False)
    card.show()
    # Layout requests (widgets and pyqtgraph's scene) are posted events; the
    # wrapped labels and the label placement each ask for one more round.
    for _ in range(6):
        QCoreApplication.sendPostedEvents()
        card.layout().activate()
    card.setUpdatesEnabled(True)  # (render() draws nothing of a card that may not paint)
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


def default_text_as_outlines(language: str) -> bool:
    """Whether a saved SVG's text is best turned into outlines: in every
    language. Few programs read the fonts an SVG embeds (librsvg and Inkscape
    do not): they draw its text in a font of their own, wider or narrower
    than the chart was laid out for, and no font of theirs may cover CJK.
    Text kept as text stays a choice, for editing."""
    return language in LANGUAGES


def render_chart(spec: ChartSpec, language: str, options: ExportOptions, *, text_as_outlines: bool = False) -> bytes:
    """The file's bytes for `spec` in `language` with `options`;
    `text_as_outlines` (SVG only) draws the text as shapes."""
    options = options.checked()
    card = export_card(spec, language, options)
    try:
        if options.format in ("png", "jpg"):
            return _render_raster(card, options)
        if options.format == "svg":
            return _render_svg(card, spec, options, text_as_outlines)
        return _render_pdf(card, spec, options)
    finally:
        # Deleted at once, not with deleteLater(): the command line and the
        # save dialog export chart after chart without a pass of the event
        # loop, which would keep every card alive until they finish.
        card.close()
        shiboken6.delete(card)


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


def _render_svg(card: ChartCard, spec: ChartSpec, options: ExportOptions, text_as_outlines: bool) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(options.width, options.height))
    generator.setViewBox(QRect(0, 0, options.width, options.height))
    generator.setResolution(SVG_DPI)
    generator.setTitle(spec.title)
    generator.setDescription(f"{spec.saved_source_line} · {app_name()}")
    _paint(card, generator, options.transparent)
    root = ET.fromstring(bytes(data))
    # Qt states the size in millimetres; a browser should show it at its pixel size.
    root.set("width", f"{options.width}px")
    root.set("height", f"{options.height}px")
    flatten(root)
    if text_as_outlines:
        outline_text(root)
    else:
        embed_fonts(root)
    return b'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + ET.tostring(
        root, encoding="utf-8", xml_declaration=False
    )


# -- SVG geometry in output coordinates ------------------------------------------


def _tag(name: str) -> str:
    return f"{{{SVG_NS}}}{name}"


SHAPES = {_tag(name) for name in ("rect", "path", "polyline", "polygon", "line", "ellipse", "circle")}
NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[A-Za-z]")


def _matrix(text: str | None) -> QTransform:
    if not text:
        return QTransform()
    values = [float(v) for v in re.findall(NUMBER, text) if not v.isalpha()]
    return QTransform(*values) if text.startswith("matrix") and len(values) == 6 else QTransform()


def _svg_matrix(t: QTransform) -> str:
    return f"matrix({t.m11():g},{t.m12():g},{t.m21():g},{t.m22():g},{t.dx():g},{t.dy():g})"


def _shape_path(element: ET.Element) -> QPainterPath:
    """The outline of an SVG shape as QSvgGenerator writes them."""
    get = lambda name: float(element.get(name, 0))  # noqa: E731
    path = QPainterPath()
    kind = element.tag.split("}")[1]
    if kind == "rect":
        path.addRect(get("x"), get("y"), get("width"), get("height"))
    elif kind in ("ellipse", "circle"):
        rx, ry = (get("r"), get("r")) if kind == "circle" else (get("rx"), get("ry"))
        path.addEllipse(QPointF(get("cx"), get("cy")), rx, ry)
    elif kind == "line":
        path.moveTo(get("x1"), get("y1"))
        path.lineTo(get("x2"), get("y2"))
    elif kind in ("polyline", "polygon"):
        values = [float(v) for v in re.findall(NUMBER, element.get("points", ""))]
        for index in range(0, len(values) - 1, 2):
            (path.lineTo if index else path.moveTo)(values[index], values[index + 1])
        if kind == "polygon":
            path.closeSubpath()
    else:
        tokens = re.findall(NUMBER, element.get("d", ""))
        command, index = "M", 0
        while index < len(tokens):
            if tokens[index].isalpha():
                command = tokens[index].upper()
                index += 1
                if command == "Z":
                    path.closeSubpath()
                continue
            count = {"M": 2, "L": 2, "C": 6}.get(command, 2)
            values = [float(v) for v in tokens[index : index + count]]
            index += count
            if command == "C" and len(values) == 6:
                path.cubicTo(*values)
            elif len(values) == 2:
                (path.moveTo if command == "M" else path.lineTo)(*values)
                command = "L" if command == "M" else command
    return path


def _path_data(path: QPainterPath) -> str:
    """SVG path data for `path`, to a hundredth of a pixel."""
    parts, index = [], 0
    start = None
    while index < path.elementCount():
        element = path.elementAt(index)
        if element.isMoveTo():
            parts.append(f"M{element.x:.2f},{element.y:.2f}")
            start = (element.x, element.y)
        elif element.isLineTo():
            parts.append(f"L{element.x:.2f},{element.y:.2f}")
        else:  # a curve: this point and the two data points after it
            points = [path.elementAt(index + k) for k in range(3)]
            parts.append("C" + " ".join(f"{p.x:.2f},{p.y:.2f}" for p in points))
            index += 2
        index += 1
        at_end = index >= path.elementCount() or path.elementAt(index).isMoveTo()
        last = path.elementAt(index - 1)
        if at_end and start and (last.x, last.y) == start and len(parts) > 1 and not parts[-1].startswith("M"):
            parts.append("Z")
    return " ".join(parts)


def flatten(root: ET.Element) -> None:
    """Give every shape its coordinates in output pixels: each group's
    transform goes into the shapes' points (text and images carry it
    themselves), and strokes get their width in output pixels, so that no
    renderer needs `vector-effect`."""
    for group in root.iter(_tag("g")):
        transform = _matrix(group.get("transform"))
        group.attrib.pop("transform", None)
        scale = math.sqrt(abs(transform.determinant())) or 1.0
        for element in list(group):
            if element.tag in SHAPES:
                cosmetic = element.attrib.pop("vector-effect", "none") == "non-scaling-stroke"
                path = transform.map(_shape_path(element))
                attributes = {
                    k: v
                    for k, v in element.attrib.items()
                    if k
                    not in (
                        "x",
                        "y",
                        "width",
                        "height",
                        "d",
                        "points",
                        "cx",
                        "cy",
                        "rx",
                        "ry",
                        "r",
                        "x1",
                        "y1",
                        "x2",
                        "y2",
                    )
                }
                element.tag, element.attrib = _tag("path"), attributes
                element.set("d", _path_data(path))
                if not cosmetic and abs(scale - 1) > 1e-9 and group.get("stroke", "none") != "none":
                    element.set("stroke-width", f"{float(group.get('stroke-width', 1)) * scale:g}")
                    if group.get("stroke-dasharray"):
                        dashes = [float(v) * scale for v in re.findall(NUMBER, group.get("stroke-dasharray"))]
                        element.set("stroke-dasharray", ",".join(f"{v:g}" for v in dashes))
            elif not transform.isIdentity():
                own = _matrix(element.get("transform"))
                element.set("transform", _svg_matrix(own * transform))


# -- SVG text ---------------------------------------------------------------------------


def _text_elements(root: ET.Element):
    """(parent, index, text element, inherited attributes) for every text."""
    for group in root.iter(_tag("g")):
        for index, element in enumerate(list(group)):
            if element.tag == _tag("text"):
                yield group, index, element, {**group.attrib, **element.attrib}


def _families(attribute: str) -> list[str]:
    return [name.strip().strip("'\"") for name in attribute.split(",") if name.strip()]


def outline_text(root: ET.Element) -> None:
    """Replace every <text> with the outlines of its glyphs, drawn with the
    bundled fonts exactly as Qt draws them; the words stay as aria-label."""
    device = QImage(1, 1, QImage.Format.Format_ARGB32)  # a device at the SVG's resolution
    device.setDotsPerMeterX(round(SVG_DPI / 0.0254))
    device.setDotsPerMeterY(round(SVG_DPI / 0.0254))
    for parent, index, element, attributes in _text_elements(root):
        text = element.text or ""
        font = QFont()
        font.setFamilies(_families(attributes.get("font-family", "")))
        font.setPointSizeF(float(attributes.get("font-size", 12)) * 72 / SVG_DPI)
        font.setWeight(QFont.Weight(int(attributes.get("font-weight", 400))))
        font.setItalic(attributes.get("font-style") == "italic")
        path = QPainterPath()
        path.addText(QPointF(float(element.get("x", 0)), float(element.get("y", 0))), QFont(font, device), text)
        outline = ET.Element(
            _tag("path"),
            {
                "d": _path_data(path),
                "fill": attributes.get("fill", "#000000"),
                "fill-opacity": attributes.get("fill-opacity", "1"),
                "stroke": "none",
                "fill-rule": "nonzero",
                "aria-label": text.strip(),
            },
        )
        if element.get("transform"):
            outline.set("transform", element.get("transform"))
        parent.remove(element)
        parent.insert(index, outline)
    for group in root.iter(_tag("g")):  # no text is left to use a font
        for name in ("font-family", "font-size", "font-weight", "font-style"):
            group.attrib.pop(name, None)


def embed_fonts(root: ET.Element) -> None:
    """Add @font-face rules with subsets of the bundled fonts (regular and
    bold) holding just the characters the SVG's text uses, so it draws the
    same in a browser on a machine with no CJK font; name fallback fonts
    after them for programs that ignore @font-face."""
    needed: dict[tuple[str, bool], set[str]] = {}
    for _, _, element, attributes in _text_elements(root):
        families = [f for f in _families(attributes.get("font-family", "")) if f in _REGION_OF]
        bold = int(attributes.get("font-weight", 400)) >= 600
        for char in set(html.unescape(element.text or "").strip()):
            family = next((f for f in families if ord(char) in _cmap(f)), None)
            if family:
                needed.setdefault((family, bold), set()).add(char)
    for element in root.iter():
        if element.get("font-family"):
            element.set("font-family", _with_fallbacks(_families(element.get("font-family"))))
    rules = [_font_face(family, bold, chars) for (family, bold), chars in sorted(needed.items())]
    if rules:
        defs = ET.Element(_tag("defs"))
        style = ET.SubElement(defs, _tag("style"), {"type": "text/css"})
        style.text = "\n" + "\n".join(rules) + "\n"
        root.insert(0, defs)


def _with_fallbacks(families: list[str]) -> str:
    names = list(families)
    for family in families:
        names += [name for name in FALLBACK_FAMILIES.get(_REGION_OF.get(family, ""), ()) if name not in names]
    return ", ".join(f"'{name}'" for name in names) + ", sans-serif"


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
    return (
        f"@font-face {{ font-family: '{family}'; font-weight: {700 if bold else 400}; "
        f"src: url(data:{FONT_MIME[path.suffix]};base64,{encoded}); }}"
    )


def _render_pdf(card: ChartCard, spec: ChartSpec, options: ExportOptions) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(96)  # one logical pixel is one device pixel (0.75 pt)
    writer.setPageSize(QPageSize(QSizeF(options.width * 0.75, options.height * 0.75), QPageSize.Unit.Point))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setTitle(spec.title)
    writer.setCreator(app_name())
    _paint(card, writer, False)
    return bytes(data)


def export_chart(
    spec: ChartSpec, language: str, options: ExportOptions, path: Path, *, text_as_outlines: bool = False
) -> None:
    write_atomically(path, render_chart(spec, language, options, text_as_outlines=text_as_outlines))
