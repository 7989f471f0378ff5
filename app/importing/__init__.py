"""Importing a statistics release: pure Python, no Qt, so it runs on any
thread and in tests without a display.

The reading core, in the order an import uses it:

- sources.read_source(source, *, timeout, max_bytes, max_redirects,
  cancelled) -> RawPage: a local file or an http(s) address, bounded in
  size and time, decoded (encoding.py);
- page.read_page(raw) -> PageArticle: title, date, publisher, translator,
  address, language and body paragraphs, without the site's chrome
  (chrome.py for the line rules, htmltext.py for HTML lines and tables,
  trafilatura for HTML bodies); a table of figures is a paragraph of its
  own (grids.py);
- figures.find_figures(article) -> list[FoundFigure]: every figure with its
  value in base units, unit, period (periods.py), kind, indicator, measure
  and growth link (quantities.py finds numbers with units, wording.py reads
  the words around them; grid_figures.py reads a table's cells with their
  headings);
- selection.figure_from_selection(read, start, end) -> FoundFigure: a
  figure the finder missed, selected by the reader in the review, read by
  the same rules (figure_at names a figure the selection is already on,
  with_figure adds the new one in reading order).

Every failure is an errors.ImportFailed (ImportCancelled when the user
stopped it). Submodules are imported where they are used; importing this
package loads nothing heavy.
"""
