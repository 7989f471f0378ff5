"""Help → About lists every runtime dependency in uv.lock with its licence,
the fonts' licence and the data sources; Help → Keyboard shortcuts lists the
window's shortcuts. Both follow the display language."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import Marker
from PySide6.QtGui import QAction, QKeySequence

from app import paths
from app.bundle import localized

ROOT = Path(__file__).resolve().parent.parent


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked_runtime_packages() -> dict[str, str]:
    """{name: version} of the uv.lock packages reachable from the project's
    `dependencies` on this interpreter (markers evaluated, extras followed)."""
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    packages: dict[str, list[dict]] = {}
    for package in lock["package"]:
        packages.setdefault(package["name"], []).append(package)
    project = packages["hunan-trade-viewer"][0]
    found: dict[str, str] = {}
    pending = list(project["dependencies"])
    while pending:
        dependency = pending.pop()
        if "marker" in dependency and not Marker(dependency["marker"]).evaluate({"extra": ""}):
            continue
        candidates = [
            p
            for p in packages[dependency["name"]]
            if "version" not in dependency or p["version"] == dependency["version"]
        ]
        assert len(candidates) == 1, dependency
        package = candidates[0]
        extras = dependency.get("extra", [])
        key = (package["name"], tuple(sorted(extras)))
        if key in found:
            continue
        found[key] = package["version"]
        pending += package.get("dependencies", [])
        for extra in extras:
            pending += package.get("optional-dependencies", {}).get(extra, [])
    return {name: version for (name, _), version in found.items()}


@pytest.fixture()
def about(qtbot, model):
    from ui.about_dialog import AboutDialog

    dialog = AboutDialog(model)
    qtbot.addWidget(dialog)
    return dialog


def library_rows(dialog) -> dict[str, tuple[str, str]]:
    """{normalized name: (version, licence)} from the dialog's libraries table."""
    lines = dialog.browser.toPlainText().splitlines()
    start = lines.index(dialog.tr("Licence")) + 1
    end = lines.index(dialog.tr("Fonts"))
    cells = [line for line in lines[start:end] if line.strip()]
    assert len(cells) % 3 == 0, cells
    return {normalized(cells[i]): (cells[i + 1], cells[i + 2]) for i in range(0, len(cells), 3)}


def test_the_lock_walk_finds_the_direct_and_indirect_dependencies():
    locked = locked_runtime_packages()
    assert {
        "pyside6-essentials",
        "shiboken6",
        "pyqtgraph",
        "pandas",
        "numpy",
        "babel",
        "fonttools",
        "trafilatura",
        "urllib3",
        "lxml",
        "lxml-html-clean",
        "python-dateutil",
    } <= set(locked)
    assert not {"pytest", "hypothesis", "pypdf", "quantulum3"} & set(locked)  # dev and bench groups


def test_about_lists_every_runtime_dependency_of_the_lock_with_its_licence(about):
    rows = library_rows(about)
    locked = locked_runtime_packages()
    assert set(rows) == set(locked)
    for name, version in locked.items():
        shown_version, licence = rows[name]
        assert shown_version == version, name
        assert licence and licence != "unknown", name
        meta = metadata.metadata(name)
        stated = " ".join(
            filter(None, [meta.get("License-Expression"), meta.get("License"), *(meta.get_all("Classifier") or [])])
        )
        assert licence.split(";")[0].strip() in stated, name


@pytest.mark.parametrize(
    ("name", "licence"),
    [
        ("pyside6-essentials", "LGPL-3.0"),
        ("shiboken6", "LGPL-3.0"),
        ("pyqtgraph", "MIT"),
        ("pandas", "BSD-3-Clause"),
        ("numpy", "BSD-3-Clause"),
        ("babel", "BSD-3-Clause"),
        ("fonttools", "MIT"),
        ("trafilatura", "Apache-2.0"),
        ("urllib3", "MIT"),
        ("lxml", "BSD-3-Clause"),
    ],
)
def test_the_main_libraries_show_their_known_licences(about, name, licence):
    assert licence in library_rows(about)[name][1]


def test_about_names_the_fonts_licence_and_its_text(about):
    text = about.browser.toPlainText()
    assert "SIL Open Font License 1.1" in text and "OFL-1.1" in text
    licence = paths.font_licence_file()
    assert str(licence) in text
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence.read_text(encoding="utf-8")


def test_about_gives_the_version_and_every_data_source_with_its_address(about, model):
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert about.tr("Version %1").replace("%1", version) in about.heading.text()
    text = about.browser.toPlainText()
    bundle = model.bundle
    assert bundle.source_url.startswith("http") and bundle.source_url in text
    rows = [row for table in bundle.tables.values() for row in table.rows]
    assert rows
    for row in rows:
        assert row.source in text and row.url in text
    hrefs = about.browser.toHtml()
    assert f'href="{bundle.source_url}"' in hrefs


def test_about_follows_the_display_language(qtbot, about, model):
    english = (about.windowTitle(), about.browser.toPlainText())
    model.set_language("zh")  # Qt posts LanguageChange to every window
    qtbot.waitUntil(lambda: about.windowTitle() != english[0])
    assert about.windowTitle() == about.tr("About Hunan Trade Viewer") == "关于湖南外贸查看器"
    text = about.browser.toPlainText()
    assert text != english[1] and localized(model.bundle.title, "zh") in text


@pytest.fixture()
def shortcuts(qtbot, window):
    from ui.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    return dialog


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def test_shortcuts_lists_every_action_of_the_window_that_has_keys(shortcuts, window):
    rows = dict(shortcuts.rows())
    keys = {key for value in rows.values() for key in value.split(", ")}
    assert {
        native(k)
        for k in ("Ctrl+O", "Ctrl+F", "Ctrl+I", "Ctrl+L", "Ctrl+P", "Ctrl+Shift+S", "Ctrl+0", "Ctrl+,", "Ctrl+/")
    } <= keys
    with_keys = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(shortcuts.rows()) == len(set(with_keys))
    assert rows[window.find_action.text().replace("&", "").rstrip("…")] == native("Ctrl+F")
    assert not any("&" in name for name in rows)


def test_shortcuts_follow_the_display_language(qtbot, shortcuts, window, model):
    model.set_language("fr")
    qtbot.waitUntil(lambda: shortcuts.windowTitle() != "Keyboard shortcuts")
    assert shortcuts.windowTitle() == shortcuts.tr("Keyboard shortcuts") == "Raccourcis clavier"
    qtbot.waitUntil(
        lambda: dict(shortcuts.rows()).get(window.find_action.text().replace("&", "").rstrip("…")) == native("Ctrl+F")
    )
    assert "Find in article" not in dict(shortcuts.rows())
