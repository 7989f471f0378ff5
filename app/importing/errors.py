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
