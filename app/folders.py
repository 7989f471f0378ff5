"""A folder replaced whole, and what a replacement killed half-way leaves.

A new folder is written under a hidden staging name beside its target. To
replace the target, the old folder is renamed aside (another hidden name),
the new one renamed into place, and only then is the old one deleted: at
every instant the target's name holds the whole old folder or the whole
new one, or, for the instant between the two renames, nothing, with the
old folder whole under its aside name.

`tidy_leftovers` mends what a kill leaves: an aside folder whose target is
missing goes back into place, one whose target is there is deleted, and a
staging folder nobody has written to for a while is deleted. Standard
library only: the importer uses it without Qt.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

STAGING_PREFIX = ".importing-"
ASIDE_PREFIX = ".replaced-"
# A staging folder lives for the few milliseconds its files take to write;
# one untouched for this long was left by a writer that died. Younger ones
# may belong to a writer at work (another process importing into the same
# folder) and are kept.
STAGING_STALE_AFTER_S = 600.0


def make_staging_folder(parent: Path) -> Path:
    """A new, empty hidden folder in `parent`, to write a folder's files in
    before it is put in place; raises OSError."""
    parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=parent))


def aside_path(target: Path) -> Path:
    """The hidden name the old `target` has while it is being replaced."""
    return target.with_name(ASIDE_PREFIX + target.name)


def remove(path: Path) -> None:
    """Delete a folder with its contents, a file or a link (never what a
    link points to); whatever cannot be deleted is left."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
        return
    try:
        path.unlink()
    except OSError:
        pass


def _mend(aside: Path, target: Path) -> None:
    """The old folder of a replacement killed half-way: back into place if
    the new one never got there, else deleted."""
    if not os.path.lexists(aside):
        return
    if os.path.lexists(target):
        remove(aside)
    else:
        os.replace(aside, target)


def replace_folder(new: Path, target: Path) -> None:
    """Put the folder `new` at `target`'s name, replacing what is there
    (an older folder, or nothing) without a moment when a partly deleted
    or partly written folder has that name; raises OSError, after which
    `target` is as it was."""
    aside = aside_path(target)
    _mend(aside, target)  # a replacement of the same target killed before
    if os.path.lexists(target):
        os.replace(target, aside)
    try:
        os.replace(new, target)
    except OSError:
        if not os.path.lexists(target) and os.path.lexists(aside):
            os.replace(aside, target)
        raise
    remove(aside)


def tidy_leftovers(folder: Path, now: float | None = None) -> list[str]:
    """Mend what replacements killed in `folder` left behind; returns the
    names of the hidden folders restored or deleted. Never raises: what
    cannot be read or renamed is left for the next time."""
    now = time.time() if now is None else now
    mended: list[str] = []
    try:
        children = [p for p in folder.iterdir() if p.name.startswith((STAGING_PREFIX, ASIDE_PREFIX))]
    except OSError:
        return mended
    for child in sorted(children):
        try:
            if child.name.startswith(ASIDE_PREFIX):
                _mend(child, folder / child.name.removeprefix(ASIDE_PREFIX))
            elif now - child.lstat().st_mtime > STAGING_STALE_AFTER_S:
                remove(child)
            else:
                continue
        except OSError:
            continue
        mended.append(child.name)
    return mended
