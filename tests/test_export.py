"""Saved chart images: sizes, pixels, text, fonts, pages, and safe writes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSaveFile
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage

from app.export_options import ExportOptions

ROOT = Path(__file__).resolve().parent.parent
CHARTS = ["trade_volume", "growth_2018", "enterprises", "product_structure", "official_context"]
TITLES = {"en": "Foreign trade volume", "zh": "外贸进出口额"}


def export(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    return subprocess.run(
        [sys.executable, "main.py", "--export-charts", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def run_export(tmp_path_factory, language: str, fmt: str, *more: str):
    folder = tmp_path_factory.mktemp(f"{language}-{fmt}") / "new folder"
    result = export(
        folder.parent, str(folder), "--format", fmt, "--lang", language, "--scale", "2", "--size", "640x400", *more
    )
    return language, fmt, folder, result


@pytest.fixture(scope="module", params=["en", "zh"])
def raster(request, tmp_path_factory):
    return {fmt: run_export(tmp_path_factory, request.param, fmt) for fmt in ("png", "jpg")}


@pytest.fixture(scope="module", params=["en", "zh"])
def svg(request, tmp_path_factory):
    """SVGs with their text as text (outlines are the default)."""
    return run_export(tmp_path_factory, request.param, "svg", "--no-text-as-outlines")


@pytest.fixture(scope="module", params=["en", "zh"])
def pdf(request, tmp_path_factory):
    return run_export(tmp_path_factory, request.param, "pdf")


def check_one_file_per_chart(exported) -> None:
    language, fmt, folder, result = exported
    assert result.returncode == 0, result.stderr
    expected = [str(folder / f"{chart}.{fmt}") for chart in CHARTS]
    assert result.stdout.splitlines() == expected
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{c}.{fmt}" for c in CHARTS)


def test_one_file_per_chart_and_each_path_printed_png_jpg(raster):
    check_one_file_per_chart(raster["png"])
    check_one_file_per_chart(raster["jpg"])


def test_one_file_per_chart_and_each_path_printed_svg(svg):
    check_one_file_per_chart(svg)


def test_one_file_per_chart_and_each_path_printed_pdf(pdf):
    check_one_file_per_chart(pdf)


def bundled_font_covers(text: str, language: str) -> bool:
    from app.fonts import families

    fonts = [QFontMetrics(QFont(family)) for family in families(language)]
    return all(any(m.inFontUcs4(ord(ch)) for m in fonts) for ch in text if not ch.isspace())


@pytest.mark.parametrize("fmt", ["png", "jpg"])
def test_raster_images_have_the_full_pixel_size_a_white_background_and_content(application, raster, fmt):
    language, fmt, folder, result = raster[fmt]
    assert result.returncode == 0, result.stderr
    for chart in CHARTS:
        image = QImage(str(folder / f"{chart}.{fmt}"))
        assert (image.width(), image.height()) == (1280, 800)
        corner = image.pixelColor(2, 2)
        assert (corner.red(), corner.green(), corner.blue()) >= (250, 250, 250)
        colours = {image.pixel(x, y) for x in range(0, 1280, 9) for y in range(0, 800, 9)}
        assert len(colours) > 40
    assert bundled_font_covers(TITLES[language], language)


def test_svg_is_sized_xml_with_the_title_as_text_and_its_fonts(svg):
    language, fmt, folder, _ = svg
    root = ET.parse(folder / "trade_volume.svg").getroot()
    assert root.get("viewBox") == "0 0 640 400"
    assert root.get("width") and root.get("height")
    texts = [t.text.strip() for t in root.iter("{http://www.w3.org/2000/svg}text") if t.text]
    assert TITLES[language] in texts
    assert "2017" in texts and "2018" in texts
    style = "".join(s.text for s in root.iter("{http://www.w3.org/2000/svg}style"))
    family = "Viewer Sans SC" if language == "zh" else "Viewer Sans"
    assert f"font-family: '{family}'; font-weight: 400; src: url(data:font/" in style
    assert f"font-family: '{family}'; font-weight: 700; src: url(data:font/" in style  # the bold title


@pytest.mark.parametrize("language", ["en", "fr", "zh", "ko"])
def test_svg_text_is_outlined_by_default_in_every_language(tmp_path_factory, language):
    _, _, folder, result = run_export(tmp_path_factory, language, "svg", "--charts", "growth_2018")
    assert result.returncode == 0, result.stderr
    root = ET.parse(folder / "growth_2018.svg").getroot()
    assert not list(root.iter("{http://www.w3.org/2000/svg}text"))
    assert len(list(root.iter("{http://www.w3.org/2000/svg}path"))) > 20  # bars, axes and, outlined, the glyphs


def test_pdf_is_one_page_with_embedded_fonts(pdf):
    language, fmt, folder, _ = pdf
    data = (folder / "official_context.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", data)) == 1
    assert b"/FontFile" in data
    family = b"ViewerSansSC" if language == "zh" else b"ViewerSans"
    assert family in data


def ink_columns(image: QImage, top: int, bottom: int) -> list[int]:
    """x positions (in 1x pixels) of columns holding dark text in a strip."""
    scale = round(image.devicePixelRatio()) or 1
    columns = []
    for x in range(image.width()):
        if any(QColor(image.pixel(x, y)).value() < 120 for y in range(top * scale, bottom * scale)):
            columns.append(x // scale)
    return sorted(set(columns))


def runs(columns: list[int]) -> int:
    """Runs of ink separated by more than a letter gap: one per label."""
    return sum(1 for i, x in enumerate(columns) if i == 0 or x - columns[i - 1] > 12)


def test_2x_shows_the_same_tick_labels_as_1x(application, bundle):
    from app.charts import build_chart_specs
    from ui.export import render_chart

    spec = build_chart_specs(bundle, "en")[4]
    images = {}
    for scale in (1, 2, 3):
        image = QImage.fromData(render_chart(spec, "en", ExportOptions(width=800, height=500, scale=scale)))
        assert image.size().toTuple() == (800 * scale, 500 * scale)
        image.setDevicePixelRatio(scale)
        images[scale] = image
    # The year labels under the x axis: eight runs of ink at the same places.
    strip = {scale: [x for x in ink_columns(image, 421, 435) if x > 100] for scale, image in images.items()}
    assert runs(strip[1]) == 8
    assert runs(strip[2]) == runs(strip[3]) == 8
    first = {scale: columns[0] for scale, columns in strip.items()}
    assert max(first.values()) - min(first.values()) <= 2


def test_exports_leave_no_card_behind_and_every_card_shares_one_save_icon(application, bundle):
    """A long session exports many charts: each export's card is gone after
    the next pass of the event loop, and cards show one save icon, whose
    drawn pixmaps Qt caches once rather than once per card."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from app.charts import build_chart_specs
    from ui.charts import ChartCard
    from ui.export import export_card, render_chart

    def live_cards() -> int:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return sum(isinstance(widget, ChartCard) for widget in QApplication.allWidgets())

    spec = build_chart_specs(bundle, "en")[0]
    before = live_cards()
    for fmt in ("png", "jpg", "svg", "pdf"):
        render_chart(spec, "en", ExportOptions(format=fmt))
    assert live_cards() == before
    cards = [export_card(spec, "en", ExportOptions()) for _ in range(2)]
    try:
        keys = {card.save_button.icon().cacheKey() for card in cards}
        assert len(keys) == 1 and not cards[0].save_button.icon().isNull()
    finally:
        for card in cards:
            card.close()
            card.deleteLater()
    assert live_cards() == before


@pytest.mark.parametrize("language", ["fr", "ja"])
def test_a_small_image_keeps_its_whole_title_and_source(application, bundle, language):
    """At 480 x 320 the plot gives way: the title and every line of the
    source stay inside the image."""
    from app.charts import build_chart_specs
    from ui.export import export_card

    spec = next(s for s in build_chart_specs(bundle, language) if s.id == "official_context")
    card = export_card(spec, language, ExportOptions(width=480, height=320))
    try:
        assert card.height() == 320
        for label in (card.title, card.source):
            assert label.isVisible() and label.geometry().bottom() < card.height()
            assert label.height() >= label.heightForWidth(label.width())  # no line cut off
        assert card.plot.height() >= 60
    finally:
        card.close()
        card.deleteLater()


def test_read_only_folder_is_one_error_line_and_writes_nothing(tmp_path):
    result = export(tmp_path, "/proc", "--charts", "trade_volume")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: cannot write the file") and lines[0].endswith("(/proc/trade_volume.png)")
    assert not Path("/proc/trade_volume.png").exists()


def test_a_file_in_the_way_of_the_folder_is_one_error_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = export(tmp_path, str(blocker / "charts"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: cannot create the folder: Not a directory ({blocker / 'charts'})"
    ]


def test_failure_mid_write_keeps_the_old_file_and_leaves_nothing_behind(application, bundle, tmp_path, monkeypatch):
    from app.charts import build_chart_specs
    from app.files import WriteError
    from ui.export import export_chart

    spec = build_chart_specs(bundle, "en")[0]
    target = tmp_path / "chart.png"
    target.write_bytes(b"the old chart")
    real_write = QSaveFile.write

    def write_half_then_fail(self, data):
        real_write(self, bytes(data)[: len(data) // 2])
        return -1

    monkeypatch.setattr(QSaveFile, "write", write_half_then_fail)
    with pytest.raises(WriteError) as caught:
        export_chart(spec, "en", ExportOptions(), target)
    assert str(caught.value).startswith("cannot write the file") and str(caught.value).endswith(f"({target})")
    assert target.read_bytes() == b"the old chart"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.png"]


def test_bad_export_options_are_refused(tmp_path):
    result = export(tmp_path, str(tmp_path / "out"), "--scale", "5")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[0].startswith("error: argument --scale: invalid choice")
    assert not (tmp_path / "out").exists()
