"""Translations: complete .ts files, current .qm files, and bundled fonts
that cover every character each language shows."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFontInfo, QRawFont

from app.bundle import localized
from app.fonts import FAMILY, FONT_DIR, FONT_FILES, families, font_for
from app.i18n import I18N_DIR, LANGUAGES, sample_formatted_text

TS_FILES = {language: I18N_DIR / f"hunan_viewer_{language}.ts" for language in LANGUAGES if language != "en"}
# English's catalogue holds only the plural forms of texts with a count.
ENGLISH_PLURALS = I18N_DIR / "hunan_viewer_en.ts"


def messages(path: Path) -> list[tuple[str, list[str], str | None]]:
    """(source, translations, type) for every message of a .ts file."""
    result = []
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        result.append((message.find("source").text, forms, translation.get("type")))
    return result


@pytest.mark.parametrize("language", TS_FILES)
def test_every_message_is_translated_and_keeps_its_placeholders(language):
    entries = messages(TS_FILES[language])
    assert len(entries) > 60
    for source, forms, kind in entries:
        assert kind is None, f"{language}: unfinished or obsolete: {source!r}"
        for form in forms:
            assert form.strip(), f"{language}: empty translation of {source!r}"
            for placeholder in ("%1", "%2", "%3", "%n"):
                if placeholder in source:
                    assert placeholder in form, f"{language}: {placeholder} lost in {form!r}"


def test_every_string_in_the_code_is_in_the_ts_files(tmp_path):
    """lupdate finds nothing new: no UI string is missing from the .ts files."""
    root = I18N_DIR.parent.parent
    sources = sorted(str(p.relative_to(root)) for folder in ("app", "ui") for p in (root / folder).rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], cwd=root, check=True, capture_output=True)
    in_code = {source for source, _, _ in messages(fresh)}
    for language, path in TS_FILES.items():
        assert in_code == {source for source, _, _ in messages(path)}, language


@pytest.mark.parametrize("language", [*TS_FILES, "en"])
def test_qm_is_what_lrelease_makes_of_the_ts_now(language, tmp_path):
    ts = TS_FILES.get(language, ENGLISH_PLURALS)
    qm = ts.with_suffix(".qm")
    fresh = tmp_path / qm.name
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert qm.exists() and qm.read_bytes() == fresh.read_bytes(), f"{qm.name} is older than {ts.name}"


def test_english_says_one_image_and_two_images(application):
    from PySide6.QtCore import QCoreApplication

    from app.i18n import TranslatorService

    entries = messages(ENGLISH_PLURALS)
    assert entries and all(kind is None and len(forms) == 2 for _, forms, kind in entries)
    TranslatorService(application).install("en")
    saved = [QCoreApplication.translate("ChartPanel", "Saved %n image(s) to %1", "", n) for n in (1, 3)]
    assert saved == ["Saved 1 image to %1", "Saved 3 images to %1"]


def shown_text(language: str, bundle) -> str:
    """Every character the app can show in `language`."""
    parts = ["".join(LANGUAGES.values()), sample_formatted_text()]
    if language == "en":
        parts += [source for path in TS_FILES.values() for source, _, _ in messages(path)]
    else:
        parts += [form for _, forms, _ in messages(TS_FILES[language]) for form in forms]
    parts.append(bundle.texts.get(language, bundle.texts["en"]))
    parts += [
        localized(bundle.title, language),
        localized(bundle.publisher, language),
        localized(bundle.publisher_short, language),
    ]
    for chart in bundle.charts:
        parts.append(localized(chart.title, language))
    for indicator in bundle.indicators.values():
        parts += [
            localized(indicator.name, language),
            localized(indicator.short, language),
            localized(indicator.counted, language),
        ]
    for table in bundle.tables.values():
        parts += [localized(table.title, language)] + [row.source_in(language) for row in table.rows]
    parts += [fact.source_in(language) for fact in bundle.facts] + [localized(bundle.published_by, language)]
    return "".join(parts)


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_bundled_fonts_cover_every_character_shown(application, bundle, language):
    region_of = {family: region for region, family in FAMILY.items()}
    raw_fonts = [QRawFont(str(FONT_DIR / FONT_FILES[region_of[f]]), 12) for f in families(language)]
    assert all(font.isValid() for font in raw_fonts)
    missing = sorted(
        {
            ch
            for ch in shown_text(language, bundle)
            if ch.isprintable() and not ch.isspace() and not any(f.supportsCharacter(ord(ch)) for f in raw_fonts)
        }
    )
    assert missing == []


@pytest.mark.parametrize(
    ("language", "first"),
    [
        ("en", "Viewer Sans"),
        ("fr", "Viewer Sans"),
        ("zh", "Viewer Sans SC"),
        ("ja", "Viewer Sans JP"),
        ("ko", "Viewer Sans KR"),
    ],
)
def test_qt_resolves_each_language_to_its_bundled_family(application, language, first):
    assert QFontInfo(font_for(language)).family() == first
