"""The tables of a page that hold figures, as grids of cell texts.

A page's <table> elements lay out whole pages as often as they hold
figures. A grid is kept when its cells are short and numbers fill a good
part of its body; a table that holds another table, or sits in the page's
furniture, is layout. A grid stands in the article as one paragraph, its
rows one line each and its cells joined by CELL_GAP, so a figure in it is
quoted and placed like any other (`Grid.spans` says where each cell is).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from app.importing.chrome import normalize
from app.importing.htmltext import Cell, PageTable
from app.importing.quantities import HALF_WIDTH

CELL_GAP = " | "
ROW_GAP = "\n"
MAX_CELL = 80  # characters: a longer cell is prose, and the table lays out a page
MAX_CELLS = 5000
# A figure as a table writes it: a number, perhaps signed, grouped,
# followed by % or a note mark; or a dash for "no figure".
NUMBER_CELL = re.compile(
    r"[-+−–]?\s*[$¥€£]?\s*\d[\d,.\u00a0\u202f ]*\s*(?:%|‰)?\s*[*#△▲▼]*|[-—–－…/]+|\.\.\.?",
)
DASHES = re.compile(r"[-—–－…/.]+")
YEAR_CELL = re.compile(r"(?:19|20)\d{2}\s*(?:年|년)?")


@dataclass(frozen=True)
class Grid:
    """A table's cells, spans spread out so that each row has one text per
    column; `headers` is how many rows at its top name its columns."""

    rows: tuple[tuple[str, ...], ...]
    headers: int
    caption: str = ""

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0

    def text(self) -> str:
        """The grid as its article paragraph."""
        return ROW_GAP.join(CELL_GAP.join(row) for row in self.rows)

    def spans(self) -> list[list[tuple[int, int]]]:
        """Where each cell's text is in text(), row by row."""
        spans, at = [], 0
        for row in self.rows:
            line = []
            for cell in row:
                line.append((at, at + len(cell)))
                at += len(cell) + len(CELL_GAP)
            at += len(ROW_GAP) - len(CELL_GAP)
            spans.append(line)
        return spans


def is_number_cell(text: str) -> bool:
    text = text.translate(HALF_WIDTH)  # "３５５．２" as "355.2"
    return bool(NUMBER_CELL.fullmatch(text)) and not DASHES.fullmatch(text)


def names_columns(row: list[str], all_th: bool) -> bool:
    """A header row: all <th>, or no figure beside its first cell (years
    name columns)."""
    return all_th or not any(is_number_cell(cell) and not YEAR_CELL.fullmatch(cell) for cell in row[1:])


def spread(table: PageTable) -> list[tuple[list[str], bool]]:
    """The rows, each with whether all its cells are <th>, each cell
    repeated over the columns and rows it spans (a spanned header names
    every column under it)."""
    grid: list[tuple[list[str], bool]] = []
    below: dict[int, tuple[str, int]] = {}  # column: (text, rows still to fill)
    for written in table.rows:
        row: list[str] = []
        cells = iter(written)
        while True:
            column = len(row)
            if column in below:
                text, left = below.pop(column)
                row.append(text)
                if left > 1:
                    below[column] = (text, left - 1)
                continue
            cell = next(cells, None)
            if cell is None:
                break
            for _ in range(cell.columns):
                if cell.rows > 1:
                    below[len(row)] = (cell.text, cell.rows - 1)
                row.append(cell.text)
        if any(row):
            grid.append((row, all(cell.header for cell in written)))
    return grid


def grid_of(table: PageTable) -> Grid | None:
    """The table as a grid of figures, or None when it lays out the page or
    holds no figures."""
    if table.chrome or table.holds_table or sum(len(row) for row in table.rows) > MAX_CELLS:
        return None
    spread_rows = spread(table)
    if len(spread_rows) < 2 or any(len(cell) > MAX_CELL for row, _ in spread_rows for cell in row):
        return None
    width = max(len(row) for row, _ in spread_rows)
    if width < 2:
        return None
    rows = [row + [""] * (width - len(row)) for row, _ in spread_rows]
    all_th = [flag for _, flag in spread_rows]
    caption = table.caption
    if len({cell for cell in rows[0] if cell}) == 1 and not any(is_number_cell(cell) for cell in rows[0]):
        caption = caption or next(cell for cell in rows[0] if cell)  # a title row over the whole table
        rows, all_th = rows[1:], all_th[1:]
        if len(rows) < 2:
            return None
    headers = 0
    while headers < len(rows) - 1 and names_columns(rows[headers], all_th[headers]):
        headers += 1
        if not all_th[headers - 1] and any(YEAR_CELL.fullmatch(cell) for cell in rows[headers - 1][1:]):
            break  # a row of years heads the columns; the rows below are figures
    body = [cell for row in rows[headers:] for cell in row[1:]]
    numbers = sum(1 for cell in body if is_number_cell(cell))
    if numbers < 2 or numbers < len(body) // 3:
        return None
    return Grid(tuple(tuple(row) for row in rows), headers, caption)


def page_grids(tables: Sequence[PageTable]) -> list[tuple[PageTable, Grid]]:
    """The tables of figures of a page, each with its grid."""
    return [(table, grid) for table in tables if (grid := grid_of(table)) is not None]


def with_grids(
    paragraphs: Sequence[str], grids: Sequence[tuple[PageTable, Grid]], lines: Sequence[str]
) -> tuple[tuple[str, ...], dict[int, Grid]]:
    """The paragraphs with the grid of each table of figures among them,
    each after the last paragraph that comes before it on the page (at the
    end when the page's lines do not say), and where each grid now is."""
    first_line: dict[str, int] = {}
    for index, line in enumerate(lines):
        first_line.setdefault(line, index)
    line_of = [first_line.get(text, len(lines)) for text in paragraphs]
    placed: list[tuple[int, str, Grid | None]] = [(order, text, None) for order, text in enumerate(paragraphs)]
    # A table before every paragraph the page's lines place goes first; when
    # they place none, every table goes last.
    unplaced = -1 if any(line < len(lines) for line in line_of) else len(paragraphs)
    for table, grid in grids:
        before = [order for order, line in enumerate(line_of) if line < table.line]
        placed.append((before[-1] if before else unplaced, grid.text(), grid))
    placed.sort(key=lambda item: (item[0], item[2] is not None))
    out = tuple(text for _, text, _ in placed)
    return out, {index: grid for index, (_, _, grid) in enumerate(placed) if grid is not None}


# A line that may be a row of a table aligned with spaces: two texts apart
# by two spaces or more (or an ideographic space).
SPACED = re.compile(r"\S(?: {2,}|\u3000)\s*\S")


def text_tables(text: str) -> list[PageTable]:
    """The tables of a plain text: two or more lines in a row whose cells a
    tab separates, as a table copied from a page is written, or whose cells
    stand in columns that spaces keep apart in every line, as a release
    typed for a fixed-width font is. Each table's `line` is its first
    line's index in text.splitlines()."""
    lines = text.splitlines()
    tabbed = [len(line.strip().split("\t")) >= 2 for line in lines]
    spaced = ["\t" not in line and SPACED.search(line.strip()) is not None for line in lines]
    found = [([line.strip().split("\t") for line in lines[start:end]], start, end) for start, end in _runs(tabbed)]
    found += [(rows, start, end) for start, end in _runs(spaced) if (rows := split_at_gutters(lines[start:end]))]
    tables = [
        PageTable(rows=[[Cell(normalize(cell), False) for cell in row] for row in rows], line=start, end_line=end)
        for rows, start, end in found
    ]
    return sorted(tables, key=lambda table: table.line)


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """The runs of two or more lines in a row whose flag is set, as
    (first line, line after the last)."""
    runs, start = [], None
    for index, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            if index - start >= 2:
                runs.append((start, index))
            start = None
    return runs


def _display_columns(line: str) -> list[int]:
    """Where each character of `line` starts on a fixed-width screen, a wide
    (CJK) character taking two columns."""
    starts, column = [], 0
    for char in line:
        starts.append(column)
        column += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return [*starts, column]


def split_at_gutters(lines: list[str]) -> list[list[str]] | None:
    """Aligned lines cut into cells at the gutters: runs of two columns or
    more that are blank in every line of the body (all lines but the first
    of three or more, whose headings may run over the gutters). A heading
    goes to the column its middle stands in. None when there is no gutter."""
    placed = [(line.rstrip(), _display_columns(line.rstrip())) for line in lines]
    body = placed[1:] if len(placed) >= 3 else placed
    width = max(columns[-1] for _, columns in placed)
    used = [False] * width
    for line, columns in body:
        for position, char in enumerate(line):
            if not char.isspace():
                for column in range(columns[position], columns[position + 1]):
                    used[column] = True
    # Cut points: the middle of each blank run of the body's width.
    cuts, column, body_width = [], 0, max(columns[-1] for _, columns in body)
    while column < body_width:
        if used[column]:
            column += 1
            continue
        start = column
        while column < body_width and not used[column]:
            column += 1
        if start > 0 and column < body_width and column - start >= 2:
            cuts.append((start + column) // 2)
    if not cuts:
        return None
    bounds = [0, *cuts, width + 1]
    rows = []
    for index, (line, columns) in enumerate(placed):
        cells = [""] * (len(bounds) - 1)
        if index == 0 and body is not placed:  # headings, by where their middle stands
            for match in re.finditer(r"\S+(?: \S+)*", line):
                middle = (columns[match.start()] + columns[match.end()]) / 2
                place = next(i for i, (left, right) in enumerate(zip(bounds, bounds[1:])) if middle < right)
                cells[place] = f"{cells[place]} {match.group(0)}".strip()
        else:
            for place, (left, right) in enumerate(zip(bounds, bounds[1:])):
                cells[place] = "".join(char for char, at in zip(line, columns) if left <= at < right).strip()
        rows.append(cells)
    return rows


def without_tables(text: str, grids: Sequence[tuple[PageTable, Grid]]) -> str:
    """The text with the lines of its tables of figures left blank (a table
    that holds no figures stays as text)."""
    lines = text.splitlines()
    for table, _ in grids:
        lines[table.line : table.end_line] = [""] * (table.end_line - table.line)
    return "\n".join(lines)
