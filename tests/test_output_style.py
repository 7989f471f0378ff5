"""Saved, copied and printed output: one light style whatever the window's
theme, and files that every renderer draws the way the app does."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app.charts import build_chart_specs
from app.export_options import ExportOptions

SVG = "{http://www.w3.org/2000/svg}"
# Mean absolute difference (0-255 lightness) between the app's own PNG of a
# chart and another program's rendering of its SVG or PDF, both shrunk to
# 100x63 greys. Measured on the built-in article in all five languages: a
# correct file gives 0.3-2.7 (45° hatching and glyph edges antialiased a
# little differently by Qt, librsvg and poppler; 0.3-0.6 for the charts
# without hatching); the SVG that QSvgGenerator wrote before (bars as blobs
# in librsvg) gives 51; an SVG whose text falls back to boxes gives 1.7-5.3.
SAME_DRAWING = 3.0
# SVG with its text as text, drawn by librsvg with whatever fonts the
# machine has (it ignores the embedded ones): the glyphs and their widths
# change with the fonts, up to 5.3 with no font at all; still far from 51.
SAME_GEOMETRY = 6.0


def tool(name: str) -> str:
    """The path of a command-line renderer; CI installs them (.ci/run)."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is not installed: .ci/run installs librsvg2-bin and poppler-utils")
        pytest.skip(f"{name} is not installed (Debian: apt-get install librsvg2-bin poppler-utils)")
    return path


def greys(image: QImage) -> list[int]:
    small = image.convertToFormat(QImage.Format.Format_RGB32).scaled(
        100, 63, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    return [QColor(small.pixel(x, y)).lightness() for y in range(63) for x in range(100)]


def difference(a: QImage, b: QImage) -> float:
    assert a.size() == b.size()
    return sum(abs(x - y) for x, y in zip(greys(a), greys(b))) / (100 * 63)


def on_white(image: QImage) -> QImage:
    result = QImage(image.size(), QImage.Format.Format_RGB32)
    result.fill(QColor("white"))
    painter = QPainter(result)
    painter.drawImage(0, 0, image)
    painter.end()
    return result


@pytest.fixture()
def no_fonts(tmp_path) -> dict[str, str]:
    """An environment in which librsvg finds no font at all."""
    config = tmp_path / "fonts.conf"
    config.write_text(f'<?xml version="1.0"?><fontconfig><cachedir>{tmp_path / "cache"}</cachedir></fontconfig>')
    return dict(os.environ, FONTCONFIG_FILE=str(config))


def rsvg(svg: bytes, path: Path, env: dict | None = None) -> QImage:
    path.with_suffix(".svg").write_bytes(svg)
    subprocess.run(
        [
            tool("rsvg-convert"),
            "--background-color",
            "white",
            str(path.with_suffix(".svg")),
            "-o",
            str(path.with_suffix(".png")),
        ],
        check=True,
        env=env,
        capture_output=True,
        timeout=60,
    )
    return QImage(str(path.with_suffix(".png")))


def pdftoppm(pdf: bytes, path: Path, resolution: int = 96) -> QImage:
    path.with_suffix(".pdf").write_bytes(pdf)
    subprocess.run(
        [tool("pdftoppm"), "-png", "-r", str(resolution), "-singlefile", str(path.with_suffix(".pdf")), str(path)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return QImage(str(path.with_suffix(".png")))


# -- one output style ------------------------------------------------------------------


@pytest.mark.parametrize("transparent", [False, True])
def test_a_saved_png_is_the_same_whatever_the_window_theme(model, bundle, transparent):
    from ui.export import render_chart

    options = ExportOptions(format="png", scale=1, transparent=transparent)
    images = {}
    try:
        for theme in ("light", "dark"):
            model.set_theme(theme)  # the window's palette follows
            images[theme] = [
                QImage.fromData(render_chart(spec, "en", options)) for spec in build_chart_specs(bundle, "en")
            ]
    finally:
        model.set_theme("system")
    for light, dark in zip(images["light"], images["dark"]):
        if transparent:
            assert light.pixelColor(1, 1).alpha() == 0
            light, dark = on_white(light), on_white(dark)
        assert light == dark
        # Text stays dark on a transparent background too: the title's ink.
        title = [QColor(light.pixel(x, y)).lightness() for x in range(200, 600) for y in range(5, 25)]
        assert min(title) < 70


def test_the_article_pdf_is_dark_text_on_white_in_both_themes(window, model, tmp_path):
    from ui.article_output import article_pdf

    pages = {}
    try:
        for theme in ("light", "dark"):
            model.set_theme(theme)
            pdf = article_pdf(window.reader.browser.document(), "title")
            pages[theme] = pdftoppm(pdf, tmp_path / theme, resolution=50)
    finally:
        model.set_theme("system")
    assert pages["light"] == pages["dark"]
    lightness = [
        QColor(pages["dark"].pixel(x, y)).lightness()
        for x in range(pages["dark"].width())
        for y in range(pages["dark"].height())
    ]
    assert min(lightness) < 70  # dark text
    assert sum(value < 128 for value in lightness) / len(lightness) < 0.1  # no dark boxes


# -- SVG and PDF drawn alike everywhere ----------------------------------------------------


def check_svg_geometry(svg: bytes, width: int, height: int) -> int:
    """Every shape in output pixels: no transform on a shape, no effect a
    renderer may ignore, no coordinate outside the page; the hatching at 45°."""
    root = ET.fromstring(svg)
    assert b"vector-effect" not in svg
    assert not any(g.get("transform") for g in root.iter(f"{SVG}g"))
    diagonal = 0
    for path in root.iter(f"{SVG}path"):
        numbers = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?", path.get("d"))]
        if path.get("transform") is None:
            assert all(-10 <= v <= max(width, height) + 10 for v in numbers), path.get("d")[:80]
        if (
            len(numbers) == 4
            and abs((numbers[2] - numbers[0]) + (numbers[3] - numbers[1])) < 0.02
            and numbers[2] != numbers[0]
        ):
            diagonal += 1  # one rising hatch line: dx == -dy
    return diagonal


@pytest.mark.parametrize("language", ["en", "zh", "ko"])
def test_svg_with_text_as_outlines_draws_in_librsvg_as_the_png_without_any_font(
    model, bundle, language, tmp_path, no_fonts
):
    from ui.export import render_chart

    model.set_language(language)
    hatched = 0
    for spec in build_chart_specs(bundle, language):
        png = QImage.fromData(render_chart(spec, language, ExportOptions(format="png", scale=1)))
        svg = render_chart(spec, language, ExportOptions(format="svg"), text_as_outlines=True)
        assert b"<text" not in svg and b"@font-face" not in svg
        assert spec.title.encode() in svg  # the words stay: <title> and aria-label
        hatched += check_svg_geometry(svg, 800, 500)
        drawn = rsvg(svg, tmp_path / spec.id, no_fonts)
        assert difference(png, drawn) < SAME_DRAWING, spec.id
    assert hatched > 40  # three charts have a hatched (derived) bar


@pytest.mark.parametrize("language", ["en", "zh"])
def test_svg_with_text_draws_in_librsvg_with_the_shapes_of_the_png(model, bundle, language, tmp_path):
    from ui.export import render_chart

    model.set_language(language)
    for spec in build_chart_specs(bundle, language):
        png = QImage.fromData(render_chart(spec, language, ExportOptions(format="png", scale=1)))
        svg = render_chart(spec, language, ExportOptions(format="svg"))
        check_svg_geometry(svg, 800, 500)
        families = {t.get("font-family") for t in ET.fromstring(svg).iter(f"{SVG}text")}
        assert families and all(f.endswith(", sans-serif") and "'Noto Sans" in f for f in families)
        assert difference(png, rsvg(svg, tmp_path / spec.id)) < SAME_GEOMETRY, spec.id


@pytest.mark.parametrize("language", ["en", "zh"])
def test_pdf_draws_in_poppler_as_the_png(model, bundle, language, tmp_path):
    from ui.export import render_chart

    model.set_language(language)
    for spec in build_chart_specs(bundle, language):
        png = QImage.fromData(render_chart(spec, language, ExportOptions(format="png", scale=1)))
        page = pdftoppm(render_chart(spec, language, ExportOptions(format="pdf")), tmp_path / spec.id)
        assert page.size() == png.size()
        assert difference(png, page) < SAME_DRAWING, spec.id


def test_the_footer_names_the_app_in_the_chart_language(model, bundle):
    from ui.export import export_card

    model.set_language("zh")
    spec = build_chart_specs(bundle, "zh")[0]
    card = export_card(spec, "zh", ExportOptions())
    try:
        assert card.source.full_text.startswith(spec.saved_source_line)
        assert "Hunan Trade Viewer" not in card.source.full_text
        assert "鼠标" not in build_chart_specs(bundle, "zh")[4].saved_source_line  # nothing to hover in a file
    finally:
        card.deleteLater()


def test_a_saved_image_does_not_ask_to_hover(bundle):
    spec = next(s for s in build_chart_specs(bundle, "en") if s.id == "official_context")
    assert "hover a bar" in spec.source_line  # the window's line: its bars have tooltips
    assert spec.saved_source_line.startswith("Sources: official releases 2014–2021, one for each year; estimate: ")
    assert "hover" not in spec.saved_source_line
