"""Regenerate the bundled CJK font subsets in resources/fonts/.

Run it whenever a translation or an article text changes:

    uv run python scripts/subset_fonts.py [--cjk NotoSansCJK-Regular.ttc] [--latin NotoSans-Regular.ttf]

The sources are Noto Sans CJK Regular and Bold (Debian package
fonts-noto-cjk) and Noto Sans Regular and Bold (fonts-noto-core); the Bold
files are found beside the Regular ones. Noto Sans's Latin punctuation is
proportional where the CJK fonts' is full-width. Each subset keeps every
character the app can show (UI translations, article texts and metadata,
formatted numbers and dates) with its OpenType layout features, and is renamed so it never clashes with
an installed Noto font.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.fonts import BOLD_FONT_FILES, FAMILY, FONT_DIR, FONT_FILES  # noqa: E402
from app.glossary import glossary_text  # noqa: E402
from app.i18n import LANGUAGES, sample_formatted_text  # noqa: E402

CJK_SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
LATIN_SOURCE = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"
TTC_INDEX = {"Latin": 0, "JP": 0, "KR": 1, "SC": 2}
ALWAYS = "".join(chr(c) for c in range(0x20, 0x7F)) + "".join(chr(c) for c in range(0xA0, 0x180))
PUNCTUATION = (
    "\u2010\u2011\u2012\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u202f\u2030\u2039\u203a"
    "\u2212\u00d7\u3000\u3001\u3002\u300c\u300d\u300e\u300f\u3010\u3011\uff08\uff09\uff0c\uff1a"
    "\uff1b\uff01\uff1f\uff0b\u30fb"
)


def app_text() -> str:
    """Every character the app may draw."""
    parts = [ALWAYS, PUNCTUATION, "".join(LANGUAGES.values()), sample_formatted_text(), glossary_text()]
    for ts_file in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        for element in ET.parse(ts_file).iter():
            if element.tag in ("source", "translation", "numerusform") and element.text:
                parts.append(element.text)
    for article in sorted((ROOT / "resources" / "articles").iterdir()):
        parts += [
            p.read_text(encoding="utf-8") for p in sorted(article.rglob("*")) if p.suffix in (".md", ".toml", ".csv")
        ]
    return "".join(parts)


def rename(font: TTFont, family: str, style: str) -> None:
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 6, 16, 17, 21, 22):
            names.removeNames(nameID=record.nameID)
    for name_id, value in (
        (1, family),
        (2, style),
        (3, f"{family} {style}"),
        (4, f"{family} {style}"),
        (6, family.replace(" ", "") + f"-{style}"),
    ):
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [family.replace(" ", "") + f"-{style}"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cjk", default=CJK_SOURCE)
    parser.add_argument("--latin", default=LATIN_SOURCE)
    sources = parser.parse_args()
    text = "".join(sorted(set(app_text())))
    jobs = [(region, "Regular", name) for region, name in FONT_FILES.items()]
    jobs += [(region, "Bold", name) for region, name in BOLD_FONT_FILES.items()]
    for region, style, file_name in jobs:
        source = sources.latin if region == "Latin" else sources.cjk
        source = source.replace("-Regular", f"-{style}")
        options = subset.Options()
        options.font_number = TTC_INDEX[region]
        options.ignore_missing_unicodes = True  # the Latin font has no CJK
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.hinting = False
        font = subset.load_font(str(source), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(font)
        rename(font, FAMILY[region], style)
        with tempfile.NamedTemporaryFile(dir=FONT_DIR, delete=False) as temp:
            font.save(temp.name)
        Path(temp.name).chmod(0o644)  # a temporary file is the owner's alone; a font is read by every user
        Path(temp.name).replace(FONT_DIR / file_name)
        print(f"{FONT_DIR / file_name}: {len(text)} characters, {(FONT_DIR / file_name).stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
