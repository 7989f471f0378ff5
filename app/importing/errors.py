"""The one error of the import package."""

from __future__ import annotations

from app.errors import ViewerError


class ImportFailed(ViewerError):  # noqa: N818 (the importer's one error, named for what happened)
    """A page could not be read or understood: `what` went wrong, `where`
    (a file path or an address). Every failure of app.importing is one of
    these, so the caller needs a single `except`."""


class ImportCancelled(ImportFailed):
    """The user stopped the import: not an error to show, just an end."""

    def __init__(self, where: str) -> None:
        super().__init__("the import was cancelled", where)


class SelectionRefused(ImportFailed):  # noqa: N818 (named like the others)
    """A reader's selection cannot become a figure: `reason` is "no_number",
    "several_numbers" or "several_paragraphs" (for the window's own
    sentence), `where` the selected text."""

    SENTENCES = {
        "no_number": "the selection holds no number",
        "several_numbers": "the selection holds more than one number",
        "several_paragraphs": "the selection runs over more than one paragraph",
    }

    def __init__(self, reason: str, selected: str) -> None:
        shown = " ".join(selected.split())
        super().__init__(self.SENTENCES[reason], f"“{shown[:57]}…”" if len(shown) > 60 else f"“{shown}”")
        self.reason = reason
