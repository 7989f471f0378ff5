"""Saving from the window: the dialog, overwrite question, shortcuts, clipboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox

from app.export_options import ExportOptions


@pytest.fixture()
def dialog(qtbot, window, model, tmp_path):
    from ui.export_dialog import ExportDialog

    dialog = ExportDialog(model, "growth_2018", window)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "growth.png"))
    return dialog


def test_dialog_suggests_a_name_from_chart_and_language(qtbot, window, model):
    from ui.export_dialog import ExportDialog

    dialog = ExportDialog(model, "enterprises", window)
    qtbot.addWidget(dialog)
    assert dialog.path_edit.text().endswith("enterprises-en.png")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("svg"))
    assert dialog.path_edit.text().endswith("enterprises-en.svg")
    assert not dialog.scale_box.isEnabled()  # vector formats have no scale


def test_dialog_saves_the_chosen_size_scale_and_remembers_options(dialog, model, tmp_path, qtbot):
    dialog.width_box.setValue(640)
    dialog.height_box.setValue(400)
    dialog.scale_box.setCurrentIndex(dialog.scale_box.findData(3))
    dialog.background_box.setCurrentIndex(1)  # transparent
    qtbot.waitUntil(lambda: dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull())
    dialog.save()
    image = QImage(str(tmp_path / "growth.png"))
    assert image.size().toTuple() == (1920, 1200)
    assert image.pixelColor(1, 1).alpha() == 0
    assert dialog.preset_box.currentData() == (640, 400)
    assert model.export_options == ExportOptions("png", 640, 400, 3, True, True, True)
    assert model.export_folder == tmp_path


def test_jpeg_cannot_be_transparent(dialog):
    dialog.background_box.setCurrentIndex(1)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("jpg"))
    assert dialog.background_box.currentIndex() == 0
    assert dialog.options().transparent is False


def test_overwriting_asks_first_and_no_keeps_the_file(dialog, tmp_path, monkeypatch):
    target = tmp_path / "growth.png"
    target.write_bytes(b"keep me")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No)
    dialog.save()
    assert asked == ["growth.png already exists. Replace it?"]
    assert target.read_bytes() == b"keep me"
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    dialog.save()
    assert target.read_bytes().startswith(b"\x89PNG")


def test_a_failed_save_says_what_and_where(dialog, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    blocked = tmp_path / "file"
    blocked.write_text("x")
    dialog.path_edit.setText(str(blocked / "growth.png"))
    dialog.save()
    assert len(warnings) == 1
    assert warnings[0].startswith("The chart could not be saved: cannot write the file")
    assert warnings[0].endswith(f"({blocked / 'growth.png'})")


def test_save_all_writes_every_chart_into_the_folder(qtbot, window, model, tmp_path):
    from ui.export_dialog import ExportDialog

    dialog = ExportDialog(model, None, window)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "charts"))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    dialog.save()
    assert sorted(p.name for p in (tmp_path / "charts").iterdir()) == sorted(
        f"{chart}-en.pdf" for chart in window.charts.cards
    )


def test_ctrl_s_on_a_focused_chart_asks_to_save_it(window, qtbot):
    card = window.charts.cards["enterprises"]
    card.saveRequested.disconnect(window.charts.save_chart)  # no modal dialog in a test
    card.setFocus()
    qtbot.waitUntil(card.hasFocus)
    assert window.charts.current_chart == "enterprises"
    with qtbot.waitSignal(card.saveRequested) as blocker:
        qtbot.keyClick(card, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == ["enterprises"]
    assert [a.text() for a in card.actions()] == ["Save image…", "Copy image", "Show values as a table…"]
    assert card.save_button.text() == "Save image…"


def test_copy_puts_a_2x_image_on_the_clipboard(window):
    window.charts.copy_chart("growth_2018")
    image = QGuiApplication.clipboard().image()
    assert image.size().toTuple() == (1600, 1000)
    assert window.statusBar().currentMessage() == "Copied “Growth in 2018” to the clipboard"


def test_form_labels_mark_their_shortcut_keys_instead_of_showing_ampersands(dialog):
    from PySide6.QtWidgets import QLabel

    labels = [
        dialog.form.labelForField(
            dialog.form.itemAt(row, dialog.form.ItemRole.FieldRole).widget()
            or dialog.form.itemAt(row, dialog.form.ItemRole.FieldRole).layout()
        )
        for row in range(dialog.form.rowCount())
    ]
    assert all(isinstance(label, QLabel) for label in labels)
    with_keys = [label for label in labels if "&" in label.text()]
    assert [label.text() for label in with_keys][:2] == ["&Format:", "Si&ze (pixels):"]
    # A label shows '&' as an underlined key only when it has a buddy to focus.
    assert all(label.buddy() is not None for label in with_keys)
    assert dialog._labels[0].buddy() is dialog.format_box


def test_text_as_outlines_is_offered_for_svg_and_on_by_default(qtbot, window, model, tmp_path):
    from ui.export_dialog import ExportDialog

    model.set_language("zh")
    dialog = ExportDialog(model, "growth_2018", window)
    qtbot.addWidget(dialog)
    assert dialog.outline_box.isChecked() and not dialog.outline_box.isEnabled()  # PNG: no text to outline
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("svg"))
    assert dialog.outline_box.isEnabled() and dialog.text_as_outlines
    dialog.path_edit.setText(str(tmp_path / "growth.svg"))
    dialog.save()
    svg = (tmp_path / "growth.svg").read_bytes()
    assert b"<text" not in svg and "2018年增速".encode() in svg  # outlines; the title stays as <title>
    model.set_language("en")
    english = ExportDialog(model, "growth_2018", window)
    qtbot.addWidget(english)
    assert english.outline_box.isChecked()
