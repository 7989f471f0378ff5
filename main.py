"""Hunan Trade Viewer: read the Hunan foreign-trade article beside its charts.

uv run main.py [--lang CODE] [--bundle PATH] [--library DIR] [--screenshot FILE] [--size WxH] [--timings]
uv run main.py --export-charts DIR [--format png|jpg|svg|pdf] [--scale N] [--size WxH] [--charts ID,ID] [--lang CODE]
uv run main.py --export-data FILE.csv
uv run main.py --list [--library DIR]
uv run main.py --import SOURCE [--to DIR] [--library DIR]
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit


def named_path(text: str) -> Path:
    """A path argument: an empty one would mean the current folder."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty name is not a path")
    return Path(text)


class ArgumentParser(argparse.ArgumentParser):
    """Reports a bad argument as one 'error:' line and exit status 2."""

    def error(self, message: str) -> None:
        # One line whatever the arguments hold: a line break, a NUL or an
        # undecodable byte in an argument is written as its escape (\n, \udcff).
        message = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in message)
        print(f"error: {message} (command line)", file=sys.stderr)
        raise SystemExit(2)


# A window (and its screenshot) outside this range cannot be drawn: Qt fails
# to allocate the image ("Paint device returned engine == 0") and crashes.
# With --export-charts, ExportOptions.checked() narrows it to 200..4000.
MIN_WINDOW_SIDE, MAX_WINDOW_SIDE = 200, 8192


def window_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d+)x(\d+)", text)
    if not match:
        raise argparse.ArgumentTypeError(f"size must look like 1400x900, not '{text}'")
    # Compared as text first: int() refuses numbers of thousands of digits.
    sides = [int(side) if len(side) <= 6 else MAX_WINDOW_SIDE + 1 for side in match.groups()]
    if not all(MIN_WINDOW_SIDE <= side <= MAX_WINDOW_SIDE for side in sides):
        raise argparse.ArgumentTypeError(
            f"size must be between {MIN_WINDOW_SIDE} and {MAX_WINDOW_SIDE} pixels a side, not '{text}'"
        )
    return sides[0], sides[1]


def language(text: str) -> str:
    from app.i18n import LANGUAGES

    if text not in LANGUAGES:
        raise argparse.ArgumentTypeError(f"unknown language '{text}' (choose from {', '.join(LANGUAGES)})")
    return text


def _is_folder(place: str) -> bool:
    """Whether `place` names a folder (a name too long or otherwise
    unusable is not one: it is then read as a page to import)."""
    try:
        return Path(place).is_dir()
    except (OSError, ValueError):
        return False


def parse_args(argv: list[str]) -> argparse.Namespace:
    from app.export_options import FORMATS, SCALES
    from app.i18n import LANGUAGES  # with it PySide6, whose start main() times

    parser = ArgumentParser(prog="main.py", description="Hunan Trade Viewer")
    parser.add_argument("--lang", type=language, help="display language for this run: " + ", ".join(LANGUAGES))
    parser.add_argument("--bundle", type=named_path, help="article bundle folder to open (default: the last one open)")
    parser.add_argument(
        "--library", type=named_path, metavar="DIR", help="the folder of your articles (default: the app's data folder)"
    )
    parser.add_argument(
        "--list", action="store_true", help="print the library, one article a line (id, date, title, figures), and exit"
    )
    parser.add_argument(
        "--screenshot",
        type=named_path,
        metavar="FILE",
        help="save the window as PNG once the charts are drawn, then exit",
    )
    parser.add_argument(
        "--size",
        type=window_size,
        metavar="WxH",
        help="window size (default 1400x900), or with --export-charts the chart size (default 800x500)",
    )
    parser.add_argument(
        "--timings", action="store_true", help="print first_paint and charts_ready (epoch seconds) as JSON at exit"
    )
    export = parser.add_argument_group("saving charts without a window")
    export.add_argument(
        "--export-charts", type=named_path, metavar="DIR", help="write one image per chart into DIR and exit"
    )
    export.add_argument("--format", choices=list(FORMATS), default="png", help="image format (default png)")
    export.add_argument(
        "--scale", type=int, choices=SCALES, default=2, help="pixels per point for PNG and JPEG (default 2)"
    )
    export.add_argument(
        "--text-as-outlines",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="SVG: text drawn as outlines, the same in every program (default: on; off keeps <text> for editing)",
    )
    export.add_argument(
        "--compare", metavar="INDICATOR", help="with --export-charts: the chart of INDICATOR across the library instead"
    )
    export.add_argument(
        "--charts",
        type=lambda text: [c for c in text.split(",") if c],
        metavar="ID,ID",
        help="only these charts (default: all)",
    )
    importing = parser.add_argument_group("importing an article")
    importing.add_argument(
        "--import",
        dest="import_source",
        metavar="SOURCE",
        help="import a saved page (.html), a text file (.txt) or an http(s) address, and exit",
    )
    importing.add_argument(
        "--to", type=named_path, metavar="DIR", help="with --import: write the article into DIR (default: the library)"
    )
    parser.add_argument(
        "--export-data",
        type=named_path,
        metavar="FILE.csv",
        help="write the article's facts (values, kinds, derivations, sources) as UTF-8 CSV and exit",
    )
    parser.add_argument(
        "article",
        nargs="?",
        metavar="ARTICLE",
        help="an article folder to open, or a saved page, text file or http(s) address to import in the window",
    )
    args = parser.parse_args(argv)
    args.open_import = None  # a page, file or address to import once the window shows
    if args.article:
        place = args.article
        if place.startswith("file://"):  # what a file manager passes for %u
            place = unquote(urlsplit(place).path)
        if _is_folder(place):
            if args.bundle:
                parser.error("give an article folder or --bundle, not both")
            args.bundle = Path(place)
        else:
            args.open_import = place
    if args.size is None and (args.export_charts or args.screenshot):
        args.size = (800, 500) if args.export_charts else (1400, 900)
    return args


def without_pyside_feature_import() -> None:
    """Load PySide6 and put Python's import statement back at once.

    PySide6 routes every import statement through its hook for
    `from __feature__ import snake_case, true_property`, which the app does
    not use, and the hook reads the source of each module imported for the
    first time to see whether it names PySide6: some 300 files and 0.1 s of
    CPU before the charts are drawn (14 of them, typing.py among them, when
    the hook stayed until the command line was read). Its hook for star
    imports of its own modules, which it calls, stays."""
    import builtins

    import PySide6.QtCore  # noqa: F401 (what installs the hook; every command loads it)

    if getattr(builtins.__import__, "__name__", "") == "__feature_import__":
        builtins.__import__ = builtins.__orig_import__


def main(argv: list[str] | None = None) -> int:
    # What start-up makes lives as long as the app: modules, classes, the
    # window's widgets, the charts. Python's cycle collector would walk it
    # again and again while it is made (some 0.1 s of a start on 2 cores),
    # so it is held until the charts are drawn (ui.application.start_up_done)
    # or the command ends.
    gc.disable()
    # Babel's date module looks up the local time zone when imported, through
    # pytz, which first checks that each of its 600 zone files is on disk (some
    # 25 ms before the first chart). The wheel from PyPI has them all: pytz's
    # documented switch skips the check.
    os.environ.setdefault("PYTZ_SKIPEXISTSCHECK", "1")
    try:
        without_pyside_feature_import()
        args = parse_args(sys.argv[1:] if argv is None else argv)
        headless = args.screenshot is not None or args.export_charts is not None
        if headless and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if args.list or args.import_source:
            gc.enable()  # an import reads pages of any size: their cycles are collected as it goes
            from ui.commands import import_article, list_library

            return list_library(args) if args.list else import_article(args)
        from ui.application import run  # after the platform is chosen
        from ui.commands import export_charts, export_data

        if args.export_data:
            return export_data(args)
        return export_charts(args) if args.export_charts else run(args)
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())
