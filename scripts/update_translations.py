"""Re-extract the UI strings into resources/i18n/*.ts and compile the .qm files.

    uv run python scripts/update_translations.py           # lupdate, then lrelease
    uv run python scripts/update_translations.py --release # lrelease only

hunan_viewer_en.ts holds only the English plural forms ("Saved 1 image",
"Saved 3 images"). After translating new strings (Qt Linguist:
pyside6-linguist FILE.ts), run it again, then regenerate the fonts: uv run python scripts/subset_fonts.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
TARGETS = {"zh": "zh_CN", "fr": "fr", "ko": "ko", "ja": "ja", "en": "en"}  # file suffix: Qt language
# English needs only the plural forms of texts with a count ("%n image(s)").
PLURAL_ONLY = {"en"}
BIN = Path(sys.executable).parent


def main() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for folder in ("app", "ui") for p in (ROOT / folder).rglob("*.py"))
    for suffix, language in TARGETS.items():
        ts = I18N / f"hunan_viewer_{suffix}.ts"
        if "--release" not in sys.argv:
            subprocess.run(
                [
                    BIN / "pyside6-lupdate",
                    *sources,
                    "-no-obsolete",
                    *(["-pluralonly"] if suffix in PLURAL_ONLY else []),
                    "-target-language",
                    language,
                    "-ts",
                    str(ts.relative_to(ROOT)),
                ],
                cwd=ROOT,
                check=True,
            )
        subprocess.run([BIN / "pyside6-lrelease", "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    main()
