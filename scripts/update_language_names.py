"""Write resources/i18n/language_names.json: Babel's name of each display
language, written in each display language ('zh' in English is 'Chinese').

    uv run python scripts/update_language_names.py

The reader names an article's original language in its banner before the
window is first painted; reading the names from Babel's locale data there
would take longer than the paint. Run this after adding a display language
or updating Babel; a test compares the file with Babel.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.i18n import LANGUAGE_NAMES_FILE, babel_language_names  # noqa: E402


def main() -> None:
    text = json.dumps(babel_language_names(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    LANGUAGE_NAMES_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {LANGUAGE_NAMES_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
