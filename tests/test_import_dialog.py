"""Importing from the window: the figures found reviewed beside the text,
excluded or corrected, then written into the library and opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.importing.pipeline import read_article
from app.library import Library

SOURCE = Path(__file__).resolve().parents[2] / "shared" / "source" / "hunan-2018-foreign-trade.txt"
PAGES = Path(__file__).resolve().parent / "pages"


@pytest.fixture()
def page() -> Path:
    return SOURCE if SOURCE.exists() else sorted(PAGES.glob("*.html"))[0]


def test_review_shows_each_figure_and_selecting_a_row_marks_it_in_the_text(qtbot, model, page, tmp_path):
    from ui.import_dialog import ReviewDialog

    model.library = Library(tmp_path / "library")
    read = read_article(str(page))
    dialog = ReviewDialog(model, read)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(read.figures) >= 3
    dialog.table.selectRow(1)
    marked = dialog.text.extraSelections()
    assert len(marked) == 1 and marked[0].cursor.selectedText() == read.figures[1].quote


def test_excluding_and_correcting_a_figure_before_the_import(qtbot, model, page, tmp_path):
    from ui.import_dialog import COLUMNS, ReviewDialog

    model.library = Library(tmp_path / "library")
    read = read_article(str(page))
    dialog = ReviewDialog(model, read)
    qtbot.addWidget(dialog)
    dialog.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.table.item(1, COLUMNS.index("kind")).setText("estimate")
    accepted = dialog.accepted_figures()
    assert len(accepted) == len(read.figures) - 1 and accepted[0].kind == "estimate"
    dialog.table.item(1, COLUMNS.index("unit")).setText("furlongs")
    with pytest.raises(ValueError, match="furlongs"):
        dialog.accepted_figures()
    dialog.table.item(1, COLUMNS.index("unit")).setText(read.figures[1].unit)
    terms = dialog.accepted_terms()
    assert "total_trade" in terms  # "import and export volume" maps to the glossary
    box = dialog.table.cellWidget(2, COLUMNS.index("term"))
    box.setCurrentIndex(0)  # the reader keeps the text's words for this one
    dialog.save()
    saved = Path(dialog.saved_path)
    assert saved.parent == tmp_path / "library" and (saved / "article.toml").is_file()
    model.open_bundle(saved)
    assert model.bundle.path == saved
    assert len([f for f in model.bundle.facts if f.kind != "derived"]) == len(read.figures) - 1
    assert not [p for p in (tmp_path / "library").iterdir() if p.name.startswith(".")]  # nothing half-written
    untranslated = [i for i in model.bundle.indicators.values() if set(i.name) == {"en"}]
    assert untranslated and all(
        set(i.name) == set("en zh fr ko ja".split()) or i in untranslated for i in model.bundle.indicators.values()
    )
