"""The one base of every error the viewer reports to its user."""

from __future__ import annotations

from pathlib import Path


class ViewerError(Exception):
    """Something the user must be told: `what` went wrong and `where` (a
    file, a field, an address). Each layer has its own subclass
    (BundleError, WriteError, ImportFailed…); the command line and the
    window turn any of them into one sentence."""

    def __init__(self, what: str, where: Path | str) -> None:
        super().__init__(f"{what} ({where})")
        self.what = what
        self.where = str(where)
