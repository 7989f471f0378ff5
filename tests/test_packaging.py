"""The app as a user installs it: a wheel with the code, every resource and
the `hunan-trade-viewer` command, installed into a fresh environment and run
from a folder outside the checkout; the .desktop file and the icons.

Building and installing takes about half a minute (uv reuses its cache).
Outside CI a missing tool (uv, desktop-file-validate) skips its test; on CI
(CI=true) it fails, since .ci/run installs them.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from app import paths

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
INSTALLED = paths.INSTALLED_RESOURCES
LANGUAGES = ("zh_CN", "fr", "ko", "ja")


def on_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        if on_ci():
            pytest.fail(f"{name} is not installed ({package}, installed by .ci/run)")
        pytest.skip(f"{name} is not installed ({package})")
    return path


def run(
    *args: str | Path, cwd: Path = ROOT, env: dict | None = None, timeout: int = 300
) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{' '.join(map(str, args))}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    uv = tool("uv", "https://docs.astral.sh/uv/")
    dist = tmp_path_factory.mktemp("dist")
    run(uv, "build", "--wheel", "--out-dir", dist, ROOT)
    (built,) = dist.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    """A fresh environment with the wheel and the locked versions of its
    dependencies; the path of its bin/ folder."""
    uv = tool("uv", "https://docs.astral.sh/uv/")
    folder = tmp_path_factory.mktemp("install")
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    run(uv, "venv", "--quiet", "--python", sys.executable, folder / "venv", env=env)
    python = folder / "venv" / "bin" / "python"
    requirements = folder / "requirements.txt"
    run(
        uv, "export", "--frozen", "--no-dev", "--no-emit-project", "--no-hashes", "--quiet", "-o", requirements, env=env
    )
    install = [uv, "pip", "install", "--quiet", "--python", python, "-r", requirements, wheel]
    # From uv's cache when it holds everything, else from the index.
    if subprocess.run([*map(str, install), "--offline"], env=env, capture_output=True).returncode != 0:
        run(*install, env=env)
    return python.parent


def elsewhere(tmp_path: Path) -> tuple[Path, dict]:
    """A working folder outside the checkout, and an environment that
    reveals nothing of it (no PYTHONPATH, private settings and data)."""
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    return cwd, env


def test_the_wheel_carries_the_code_every_resource_and_the_command(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(archive.read(n).decode() for n in names if n.endswith(".dist-info/entry_points.txt"))
        meta = next(archive.read(n).decode() for n in names if n.endswith(".dist-info/METADATA"))
    assert "hunan-trade-viewer = main:main" in entry_points.splitlines()
    assert "main.py" in names
    for package in ("app", "ui"):
        code = {str(p.relative_to(ROOT)) for p in (ROOT / package).rglob("*.py")}
        assert code <= names, code - names
    resources = {
        f"{INSTALLED}/{p.relative_to(RESOURCES).as_posix()}"
        for p in RESOURCES.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert resources == {n for n in names if n.startswith(f"{INSTALLED}/")}
    for needed in (
        "fonts/OFL.txt",
        "glossary.toml",
        "i18n/hunan_viewer_zh.qm",
        "i18n/hunan_viewer_zh.ts",
        "desktop/hunan-trade-viewer.desktop",
        "icons/hicolor/scalable/apps/hunan-trade-viewer.svg",
        "icons/hicolor/256x256/apps/hunan-trade-viewer.png",
        "articles/hunan-2018-foreign-trade/article.toml",
    ):
        assert f"{INSTALLED}/{needed}" in names
    assert not any(n.startswith(("tests/", "resources/", "scripts/")) or "__pycache__" in n for n in names)
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert f"Version: {version}" in meta.splitlines()


def test_the_installed_app_finds_its_resources_in_the_package(venv, tmp_path):
    cwd, env = elsewhere(tmp_path)
    code = (
        "from app import paths, licenses; print(paths.resources_dir()); print(licenses.app_version()); "
        "print(sorted(d.name.lower() for d in licenses.runtime_dependencies()))"
    )
    lines = run(venv / "python", "-c", code, cwd=cwd, env=env).stdout.splitlines()
    resources = Path(lines[0])
    assert resources.name == INSTALLED and resources.is_relative_to(venv.parent) and resources.is_dir()
    assert lines[1] == tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert "pyside6_essentials" in lines[2] and "pyqtgraph" in lines[2]


@pytest.fixture(scope="module")
def screenshots(venv, tmp_path_factory) -> dict[str, Path]:
    """The installed command's screenshot in English and in Chinese."""
    tmp_path = tmp_path_factory.mktemp("run")
    cwd, env = elsewhere(tmp_path)
    shots = {}
    for language in ("en", "zh"):
        shots[language] = tmp_path / f"{language}.png"
        run(
            venv / "hunan-trade-viewer",
            "--screenshot",
            shots[language],
            "--size",
            "1024x700",
            "--lang",
            language,
            cwd=cwd,
            env=env,
            timeout=120,
        )
    return shots


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_installed_command_draws_the_article_and_charts(qapp, screenshots, language):
    image = QImage(str(screenshots[language]))
    assert (image.width(), image.height()) == (1024, 700)
    colours = {image.pixel(x, y) for x in range(0, 1024, 5) for y in range(0, 700, 5)}
    assert len(colours) > 50  # text and charts, not a blank window
    blues = sum(1 for x in range(520, 1024, 4) for y in range(0, 700, 4) if image.pixelColor(x, y).name() == "#2f6db5")
    assert blues > 100  # the charts' bars


def test_the_installed_command_draws_chinese_with_its_bundled_fonts(qapp, screenshots):
    english, chinese = (QImage(str(screenshots[language])) for language in ("en", "zh"))
    assert english != chinese
    # The reader's text (left half) differs in most rows, not only in a label.
    differing = sum(
        1 for y in range(0, 700, 4) if any(english.pixel(x, y) != chinese.pixel(x, y) for x in range(0, 512, 2))
    )
    assert differing > 60


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(paths.desktop_file(), encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_describes_the_command_in_every_language():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "hunan-trade-viewer" == entry["TryExec"]
    assert entry["Icon"] == paths.APP_ID and entry["Terminal"] == "false"
    assert {"Office", "Viewer"} <= set(filter(None, entry["Categories"].split(";")))
    # It is offered for pages and text files to import and for article folders.
    assert entry["Exec"] == "hunan-trade-viewer %u"
    assert {"text/html", "text/plain", "inode/directory"} <= set(filter(None, entry["MimeType"].split(";")))
    for key in ("Name", "GenericName", "Comment"):
        assert entry[key]
        for language in LANGUAGES:
            assert entry[f"{key}[{language}]"] not in ("", entry[key]), (key, language)
    assert entry["Name[zh_CN]"] == "湖南外贸查看器"


def test_desktop_file_validate_accepts_the_desktop_file():
    validate = tool("desktop-file-validate", "apt package desktop-file-utils")
    result = subprocess.run([validate, str(paths.desktop_file())], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_the_icon_is_an_svg_and_a_png_at_every_size(qapp):
    renderer = QSvgRenderer(str(paths.icon_path()))
    assert renderer.isValid() and renderer.defaultSize().toTuple() == (256, 256)
    for size in paths.ICON_SIZES:
        image = QImage(str(paths.icon_path(size)))
        assert image.size().toTuple() == (size, size), size
        assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0  # a rounded tile
        assert image.pixelColor(size // 2, size - size // 8).alpha() == 255
