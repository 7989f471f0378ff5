"""The library: the built-in articles and the user's folder of bundles.

Listing reads only each bundle's article.toml and counts its facts, so a
library of hundreds of releases lists at once; a bundle is read and checked
whole when it is opened. Listing the user's folder first mends what an
import killed half-way left there (app.folders.tidy_leftovers).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from app.bundle import (
    DEFAULT_BUNDLE,
    MAX_TABLE_BYTES,
    BundleError,
    LocalizedText,
    is_date,
    is_text_table,
    localized,
    read_article_toml,
)
from app.folders import tidy_leftovers

BUILT_IN_FOLDER = DEFAULT_BUNDLE.parent
MAX_BUNDLES = 2_000


def user_library_folder() -> Path:
    """Where imported articles are kept: <AppDataLocation>/library."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "library"


@dataclass(frozen=True)
class LibraryEntry:
    """One article of the library, as listed (title, date, number of figures)."""

    path: Path
    id: str
    title: LocalizedText
    published: dt.date
    figures: int
    built_in: bool

    def title_in(self, language: str) -> str:
        return localized(self.title, language)


def read_entry(folder: Path, built_in: bool = False) -> LibraryEntry:
    """The listing of the bundle in `folder`; raises BundleError."""
    meta = read_article_toml(folder)
    title, published = meta.get("title"), meta.get("published")
    if not is_text_table(title) or not is_date(published):
        raise BundleError("'title' and 'published' are missing or malformed", folder / "article.toml")
    facts = folder / "facts.csv"
    try:
        figures = max(0, len(facts.read_bytes()[:MAX_TABLE_BYTES].splitlines()) - 1) if facts.is_file() else 0
    except OSError:
        figures = 0
    return LibraryEntry(
        folder,
        str(meta.get("id", folder.name)),
        {str(k): str(v) for k, v in title.items()},
        published,
        figures,
        built_in,
    )


class Library:
    """The folders of bundles: built-in first, then the user's."""

    def __init__(self, user_folder: Path | None = None, built_in_folder: Path = BUILT_IN_FOLDER) -> None:
        self.user_folder = user_folder or user_library_folder()
        self.built_in_folder = built_in_folder
        self.problems: list[BundleError] = []

    def entries(self) -> list[LibraryEntry]:
        """Every readable bundle, newest first; unreadable ones are kept in
        `problems`, not listed."""
        entries: list[LibraryEntry] = []
        self.problems = []
        seen: set[Path] = set()
        for folder, built_in in ((self.built_in_folder, True), (self.user_folder, False)):
            if not built_in:
                tidy_leftovers(folder)  # what an import killed half-way left
            try:
                # A hidden folder is not an article: an import being written
                # stages its bundle in one, and renames the old article aside
                # to another.
                children = sorted(
                    p for p in folder.iterdir() if not p.name.startswith(".") and (p / "article.toml").is_file()
                )
            except OSError:
                continue
            for child in children[:MAX_BUNDLES]:
                resolved = child.resolve()
                if resolved in seen:
                    continue
                seen.add(resolved)
                try:
                    entries.append(read_entry(child, built_in))
                except BundleError as error:
                    self.problems.append(error)
        return sorted(entries, key=lambda e: (e.published, e.id), reverse=True)

    def find(self, article_id: str) -> LibraryEntry | None:
        return next((e for e in self.entries() if e.id == article_id), None)
