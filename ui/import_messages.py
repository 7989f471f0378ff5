"""The importer's messages in the display language.

app.importing says what went wrong in English, as the command line prints
it; the window shows each message it knows translated, with the values it
holds (a size, a reason, an address) as they were.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.errors import ViewerError

CONTEXT = "ImportMessages"
# Each English message as app.importing writes it, its values written %1:
# the message is found by the text with each %1 standing for any value, and
# shown translated with the values put back. A particular message comes
# before the general one that would also match it.
TEXTS = (
    QT_TRANSLATE_NOOP("ImportMessages", "the page is empty"),
    QT_TRANSLATE_NOOP("ImportMessages", "not a web page or a text file"),
    QT_TRANSLATE_NOOP("ImportMessages", "no figures were found in the article"),
    QT_TRANSLATE_NOOP("ImportMessages", "no article text found on the page"),
    QT_TRANSLATE_NOOP("ImportMessages", "no file or address given"),
    QT_TRANSLATE_NOOP("ImportMessages", "this is a folder, not a page"),
    QT_TRANSLATE_NOOP("ImportMessages", "this is a device or a pipe, not a file"),
    QT_TRANSLATE_NOOP("ImportMessages", "there is no such file; a web address begins with https://"),
    QT_TRANSLATE_NOOP("ImportMessages", "cannot read '%1' addresses, only http, https and local files"),
    QT_TRANSLATE_NOOP("ImportMessages", "a web address begins with %1:// (two slashes)"),
    QT_TRANSLATE_NOOP("ImportMessages", "the file is larger than the %1 limit"),
    QT_TRANSLATE_NOOP("ImportMessages", "the page is larger than the %1 limit"),
    QT_TRANSLATE_NOOP("ImportMessages", "cannot read the file: %1"),
    QT_TRANSLATE_NOOP("ImportMessages", "the server answered %1"),
    QT_TRANSLATE_NOOP("ImportMessages", "the address is not a web page (%1)"),
    QT_TRANSLATE_NOOP("ImportMessages", "cannot write into the library: it is a file, not a folder"),
    QT_TRANSLATE_NOOP("ImportMessages", "cannot write into the library: %1"),
    QT_TRANSLATE_NOOP("ImportMessages", "the imported article does not check: %1"),
    QT_TRANSLATE_NOOP("ImportMessages", "cannot write the article: %1"),
    QT_TRANSLATE_NOOP("ImportMessages", "the address redirects more than %1 times (a redirect loop?)"),
    QT_TRANSLATE_NOOP("ImportMessages", "the server's name could not be found (DNS)"),
    QT_TRANSLATE_NOOP("ImportMessages", "the server refused the connection"),
    QT_TRANSLATE_NOOP("ImportMessages", "could not connect to the server"),
    QT_TRANSLATE_NOOP("ImportMessages", "the server did not accept a connection within %1 s"),
    QT_TRANSLATE_NOOP("ImportMessages", "the server did not answer within %1 s"),
    QT_TRANSLATE_NOOP("ImportMessages", "the secure connection failed (certificate or TLS error)"),
    QT_TRANSLATE_NOOP("ImportMessages", "the connection broke off before the page was read"),
    QT_TRANSLATE_NOOP("ImportMessages", "this is not a valid web address"),
    QT_TRANSLATE_NOOP("ImportMessages", "the page could not be downloaded: %1"),
)
MESSAGES = tuple((re.compile(re.escape(text).replace("%1", "(.+)")), text) for text in TEXTS)


def translated_message(what: str) -> str:
    """`what` in the display language when it is one of the importer's
    messages, else as it is."""
    for pattern, text in MESSAGES:
        match = pattern.fullmatch(what)
        if match:
            translated = QCoreApplication.translate(CONTEXT, text)
            for number, value in enumerate(match.groups(), start=1):
                translated = translated.replace(f"%{number}", value)
            return translated
    return what


def error_text(error: ViewerError) -> str:
    """The error as one sentence in the display language, where it happened
    after it."""
    return f"{translated_message(error.what)} ({error.where})"
