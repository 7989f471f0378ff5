"""The importer's messages reach the window in the display language."""

from __future__ import annotations

import re
from pathlib import Path

from app.importing.errors import ImportFailed
from ui.import_messages import MESSAGES, error_text, translated_message

IMPORTING = Path(__file__).resolve().parent.parent / "app" / "importing"
# The messages app.importing writes: the first argument of ImportFailed(...)
# and what network_failure() says, each value replaced by a sample.
WRITTEN = re.compile(r'(?:ImportFailed\(|what = )f?"([^"]+)"')


def written_messages() -> list[str]:
    found = []
    for path in IMPORTING.glob("*.py"):
        for text in WRITTEN.findall(path.read_text(encoding="utf-8")):
            found.append(re.sub(r"\{[^}]*\}", "X", text))
    return found


def test_every_message_the_importer_writes_has_a_translation():
    messages = written_messages()
    assert len(messages) >= 25
    unknown = [m for m in messages if not any(pattern.fullmatch(m) for pattern, _ in MESSAGES)]
    assert unknown == []


def test_a_message_is_shown_in_the_display_language_with_its_values(model):
    model.set_language("zh")
    error = ImportFailed("the file is larger than the 10 MB limit", "/home/a/page.html")
    assert error_text(error) == "文件超过 10 MB 的上限 (/home/a/page.html)"
    assert translated_message("cannot read 'javascript' addresses, only http, https and local files") == (
        "无法读取“javascript”地址，仅支持 http、https 和本地文件"
    )
    model.set_language("fr")
    assert translated_message("the page is empty") == "la page est vide"
    model.set_language("en")
    assert translated_message("the page is empty") == "the page is empty"
    assert translated_message("something nobody wrote") == "something nobody wrote"
