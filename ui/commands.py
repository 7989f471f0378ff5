"""The command line's tasks that need no window: list the library, write
the facts as CSV, save every chart as an image.

Each returns an exit status; a ViewerError becomes one 'error:' line and
status 2, with nothing half-written.
"""

from __future__ import annotations

import sys
from argparse import Namespace
from pathlib import Path

from app.errors import ViewerError


class CommandError(ViewerError):
    """A command-line task failed: what and where, for one 'error:' line."""


def _fail(error: Exception) -> int:
    print(f"error: {error}", file=sys.stderr)
    return 2


def library_of(args: Namespace):
    from app.library import Library

    return Library(args.library) if args.library else Library()


def list_library(args: Namespace) -> int:
    """--list: one line per article, 'id, date, title, figures' tab-separated."""
    library = library_of(args)
    for entry in library.entries():
        title = entry.title_in(args.lang or "en").replace("\t", " ").replace("\n", " ")
        print(f"{entry.id}\t{entry.published.isoformat()}\t{title}\t{entry.figures}")
    for problem in library.problems:
        print(f"warning: skipped an unreadable article: {problem}", file=sys.stderr)
    return 0


def import_article(args: Namespace) -> int:
    """--import: write the bundle of a page, print its folder and what it holds."""
    from app.importing.pipeline import read_article, save_article

    try:
        read = read_article(args.import_source)
        folder = args.to or library_of(args).user_folder
        path, proposal = save_article(read, Path(folder))
    except ViewerError as error:
        return _fail(error)
    figures = len([f for f in proposal.facts if f.kind != "derived"])
    print(path)
    print(f"{figures} figures, {len(proposal.charts)} charts")
    # What the page did not say, the bundle had to: said, so it can be checked
    # (the window's review asks for both).
    if not read.article.publisher:
        print("note: the page names no publisher: 'Unknown publisher' stands in (article.toml)", file=sys.stderr)
    if read.article.date is None:
        print("note: the page gives no date: the import's date stands in (article.toml)", file=sys.stderr)
    return 0


def export_data(args: Namespace) -> int:
    """--export-data: the facts table as UTF-8 CSV, sources included."""
    from app.bundle import DEFAULT_BUNDLE, load_bundle
    from app.files import write_atomically
    from app.tables import facts_frame, table_csv

    try:
        write_atomically(args.export_data, table_csv(facts_frame(load_bundle(args.bundle or DEFAULT_BUNDLE))))
    except ViewerError as error:
        return _fail(error)
    print(args.export_data)
    return 0


def compare_specs(args: Namespace, language: str) -> list:
    """--compare: the one chart of an indicator across the library."""
    from app.compare import compare_spec, library_table

    frame, names = library_table(library_of(args))
    try:
        return [compare_spec(frame, names, args.compare, language)]
    except KeyError:
        known = ", ".join(sorted(set(frame.indicator)))
        raise CommandError(
            f"no release in the library reports '{args.compare}' (known: {known})", "command line"
        ) from None


def export_charts(args: Namespace) -> int:
    """--export-charts: write one file per chart, print each path.

    Options and the folder are checked before the slow imports, so a typo
    is reported at once."""
    from app.bundle import DEFAULT_BUNDLE, load_bundle
    from app.export_options import ExportOptionError, ExportOptions, file_name

    try:
        width, height = args.size
        options = ExportOptions(format=args.format, width=width, height=height, scale=args.scale).checked()
    except ExportOptionError as error:
        return _fail(f"{error} (command line)")
    folder = Path(args.export_charts)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        bundle = load_bundle(args.bundle or DEFAULT_BUNDLE)
        from app.charts import build_chart_specs
        from app.model import AppModel
        from app.settings import Settings
        from ui.application import connect_application, create_application

        app = create_application()
        model = AppModel(Settings(), bundle, args.lang)
        connect_application(app, model)
        specs = compare_specs(args, model.language) if args.compare else build_chart_specs(bundle, model.language)
        known = [spec.id for spec in specs]
        unknown = [chart for chart in (args.charts or []) if chart not in known]
        if unknown:
            raise CommandError(f"unknown chart '{unknown[0]}', choose from {','.join(known)}", "command line")
        from ui.export import default_text_as_outlines, export_chart  # imports pyqtgraph

        outlines = args.text_as_outlines
        if outlines is None:
            outlines = default_text_as_outlines(model.language)
        for spec in specs:
            if args.charts and spec.id not in args.charts:
                continue
            path = folder / file_name(spec.id, options.format)
            export_chart(spec, model.language, options, path, text_as_outlines=outlines)
            print(path, flush=True)
    except OSError as error:
        return _fail(f"cannot create the folder: {error.strerror} ({folder})")
    except ViewerError as error:
        return _fail(error)
    return 0
