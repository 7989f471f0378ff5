"""Crash safety: a process killed at any moment (SIGKILL: no cleanup, no
atexit) leaves every file whole or absent, and the app starts normally
after it.

- settings: QSettings writes through a temporary file renamed over the old
  one, so settings.ini is always one complete version;
- chart export: every file with a final name is complete (PNG ends with
  IEND, JPEG with EOI, SVG parses, PDF ends with %%EOF);
- import: no half-written article is visible to the library;
- then `main.py --screenshot` over those leftovers exits 0.

Kills come two ways: at random moments of the real command line, and at
each file operation in turn (the operation is wrapped to kill the process
before it, half-way through a write, or after it), which is deterministic
and reaches every step.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import textwrap
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.bundle import BundleError, load_bundle

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "tests" / "pages" / "provincial-site.html"
CHART_FILE = re.compile(r"[A-Za-z0-9_.-]+\.(png|jpg|svg|pdf)")
KILL_RANDOM = random.Random(20190116)  # reproducible moments

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or sys.platform != "linux", reason="SIGKILL and fork: Linux")


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> dict[str, str]:
    """One user's folders, shared by the crashes and the start after them."""
    base = tmp_path_factory.mktemp("home")
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(base / "config"),
        XDG_DATA_HOME=str(base / "data"),
        PYTHONPATH=str(ROOT),
    )


def python(code: str, *args: str, env: dict, **popen) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], cwd=ROOT, env=env, **popen)


def kill(process: subprocess.Popen) -> bool:
    """SIGKILL, and whether it came before the process ended by itself."""
    alive = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()
    return alive and process.returncode == -signal.SIGKILL


# ---------------------------------------------------------------------------
# 1. Settings

SETTINGS_WRITER = """
    import sys
    from PySide6.QtCore import QCoreApplication
    app = QCoreApplication([])
    from app.settings import Settings
    settings = Settings()  # the default file, which the app reads at start
    settings.set_value("language", "zh")
    settings.set_value("theme", "dark")
    for version in range(1_000_000):
        settings.set_value("crash/version", f"{version}:" + f"{version:07d}" * 20_000)  # 160 kB a version
        if version == 0:
            print(settings.path, flush=True)
"""


def written_version(text: str) -> int:
    """The version a settings value says it is, checked whole."""
    number, _, body = text.partition(":")
    assert body == f"{int(number):07d}" * 20_000, f"version {number} is not whole ({len(body)} characters)"
    return int(number)


def test_settings_killed_while_writing_are_always_one_whole_version(qapp, home):
    from PySide6.QtCore import QSettings

    from app.settings import Settings

    seen = []
    for _ in range(6):
        writer = python(SETTINGS_WRITER, env=home, stdout=subprocess.PIPE, text=True)
        path = Path(writer.stdout.readline().strip())
        time.sleep(KILL_RANDOM.uniform(0.05, 0.6))
        assert kill(writer), "the writer ended before it was killed"
        assert not path.with_name("settings.ini.unreadable").exists()
        store = QSettings(str(path), QSettings.Format.IniFormat)  # read afresh: no cache across processes
        assert store.status() == QSettings.Status.NoError
        seen.append(written_version(store.value("crash/version")))
        settings = Settings(path)
        assert (settings.problem, settings.language(), settings.theme()) == ("", "zh", "dark")
        leftovers = sorted(p.name for p in path.parent.iterdir() if p.name != "settings.ini")
        assert all(name.startswith("settings.ini.") for name in leftovers), leftovers  # temporary or lock files only
        del store, settings
    assert max(seen) > 0  # the kills came while writing, not before the first version


# ---------------------------------------------------------------------------
# 2. Chart export


def assert_complete(path: Path) -> None:
    data = path.read_bytes()
    kind = path.suffix
    if kind == ".png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and data.endswith(b"IEND\xaeB`\x82"), path
    elif kind == ".jpg":
        assert data.startswith(b"\xff\xd8") and data.endswith(b"\xff\xd9"), path
    elif kind == ".svg":
        assert ET.fromstring(data).tag.endswith("svg"), path
    else:
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), path


def check_export_folder(folder: Path) -> list[str]:
    """Every file with a chart's name is whole; returns the other files'
    names (temporary files, which must not look like a chart)."""
    others = []
    for path in sorted(folder.iterdir()) if folder.exists() else ():
        if CHART_FILE.fullmatch(path.name):
            assert_complete(path)
        else:
            others.append(path.name)
    return others


EXPORT_CRASH = """
    import os, signal, sys
    from PySide6.QtCore import QSaveFile
    import app.files
    crash_at, calls = int(os.environ["CRASH_AT"]), 0

    def point():
        global calls
        calls += 1
        if calls == crash_at:
            os.kill(os.getpid(), signal.SIGKILL)

    class CrashingSaveFile(QSaveFile):
        def write(self, data):
            global calls
            if calls + 1 == crash_at:  # killed half-way through the bytes
                super().write(bytes(data)[: len(data) // 2])
                self.flush()
            point()
            return super().write(data)

        def commit(self):
            point()
            done = super().commit()
            point()
            return done

    app.files.QSaveFile = CrashingSaveFile
    import main
    sys.exit(main.main(sys.argv[1:]))
"""


def test_an_export_killed_halfway_leaves_only_whole_files(home, tmp_path):
    started = time.monotonic()
    reference = subprocess.run(
        [sys.executable, "main.py", "--export-charts", str(tmp_path / "whole")],
        cwd=ROOT,
        env=home,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert reference.returncode == 0, reference.stderr
    duration = time.monotonic() - started
    charts = len(reference.stdout.splitlines())
    assert charts >= 3 and check_export_folder(tmp_path / "whole") == []

    # At random moments after the first file is written.
    for fmt in ["png", "svg", "pdf"]:
        folder = tmp_path / f"random-{fmt}"
        export = subprocess.Popen(
            [sys.executable, "main.py", "--export-charts", str(folder), "--format", fmt],
            cwd=ROOT,
            env=home,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        export.stdout.readline()
        time.sleep(KILL_RANDOM.uniform(0, duration / charts))
        kill(export)
        assert check_export_folder(folder) == [], f"{fmt}: leftovers"

    # At each step of writing the second file: half its bytes written, all
    # written but not committed, committed.
    for crash_at, fmt in [(4, "jpg"), (5, "svg"), (6, "pdf")]:
        folder = tmp_path / f"step-{crash_at}-{fmt}"
        export = python(
            EXPORT_CRASH,
            "--export-charts",
            str(folder),
            "--format",
            fmt,
            env=dict(home, CRASH_AT=str(crash_at)),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        out, err = export.communicate(timeout=300)
        assert export.returncode == -signal.SIGKILL, err
        assert check_export_folder(folder) == [], f"{fmt}: leftovers"
        written = sorted(p.name for p in folder.iterdir())
        assert len(written) == (2 if crash_at == 6 else 1), written  # the second file only once committed


# ---------------------------------------------------------------------------
# 3. Import

IMPORT_CRASHES = """
    import json, os, pathlib, shutil, signal, sys, tempfile
    page, base, scenario = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
    import main
    import app.importing.pipeline, ui.commands  # loaded before the forks
    read = app.importing.pipeline.read_article(page)  # read once: the children only write
    app.importing.pipeline.read_article = lambda source, **options: read
    crash_at, calls = 0, 0

    def point():
        global calls
        calls += 1
        if calls == crash_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def around(function):
        def wrapper(*args, **kwargs):
            point()
            result = function(*args, **kwargs)
            point()
            return result
        return wrapper

    def halfway(function):  # Path.write_text / write_bytes: killed with half the data written
        def wrapper(self, data, *args, **kwargs):
            global calls
            if calls + 1 == crash_at:
                function(self, data[: len(data) // 2], *args, **kwargs)
            point()
            result = function(self, data, *args, **kwargs)
            point()
            return result
        return wrapper

    for owner, name in [(os, "replace"), (os, "rename"), (os, "unlink"), (os, "rmdir"), (os, "mkdir"),
                        (shutil, "rmtree"), (tempfile, "mkdtemp")]:
        setattr(owner, name, around(getattr(owner, name)))
    for name in ("write_text", "write_bytes"):
        setattr(pathlib.Path, name, halfway(getattr(pathlib.Path, name)))

    def run(folder, step=0):
        pid = os.fork()
        if pid == 0:  # the child dies at its step-th file operation (0: never)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1), os.dup2(devnull, 2)
            global calls, crash_at
            calls, crash_at = 0, step
            os._exit(main.main(["--import", page, "--to", str(folder)]))
        _, status = os.waitpid(pid, 0)
        return os.WIFSIGNALED(status), os.waitstatus_to_exitcode(status)

    killed, status = run(base / "first")  # the article once, whole
    assert not killed and status == 0, status
    results = []
    for step in range(1, 400):
        folder = base / f"{scenario}-{step}"
        if scenario == "again":  # over the same article imported before
            shutil.copytree(base / "first", folder, symlinks=True)
        else:
            folder.mkdir()
        killed, status = run(folder, step)
        results.append({"folder": str(folder), "killed": killed, "status": status})
        if not killed:
            break
    print(json.dumps(results))
"""


def check_import_folder(folder: Path, articles: int | None = None) -> list[str]:
    """Every article the library lists opens; every visible folder is an
    article; there are `articles` of them if given. Returns the hidden
    folders left behind."""
    from app.library import Library

    empty = folder.parent / "no-built-in"
    empty.mkdir(exist_ok=True)
    library = Library(folder, built_in_folder=empty)
    entries = library.entries()
    assert library.problems == [], [str(p) for p in library.problems]
    for entry in entries:
        load_bundle(entry.path)
    visible = [p for p in folder.iterdir() if not p.name.startswith(".")]
    assert sorted(visible) == sorted(e.path for e in entries), "a visible folder is not an article"
    assert articles is None or len(entries) == articles, f"{len(entries)} articles listed"
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def import_killed_at_every_step(scenario: str, base: Path, env: dict) -> tuple[list[str], dict[str, list[str]]]:
    """Kill an import at each file operation in turn; the folders left
    that break the library's promises, and the hidden folders left."""
    process = python(
        IMPORT_CRASHES,
        str(PAGE),
        str(base),
        scenario,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err
    results = json.loads(out.strip().splitlines()[-1])
    assert len(results) >= 8  # each step was reached
    assert results[-1]["status"] == 0 and not results[-1]["killed"]  # and then the import ran whole
    assert sum(r["killed"] for r in results) == len(results) - 1
    broken, hidden = [], {}
    for result in results:
        folder = Path(result["folder"])
        try:
            left = check_import_folder(folder, 1 if scenario == "again" else None)
        except (AssertionError, BundleError) as error:
            broken.append(f"{folder.name}: {error}")
            continue
        if left:
            hidden[folder.name] = left
    return broken, hidden


def test_an_import_killed_at_any_step_leaves_no_broken_article(home, tmp_path, record_property):
    broken, hidden = import_killed_at_every_step("new", tmp_path, home)
    assert broken == []
    # A kill between making the staging folder and renaming it into place
    # leaves it (empty, partly or wholly written): hidden, never listed.
    record_property("hidden_folders_left", json.dumps(hidden))
    assert all(name.startswith(".importing-") for names in hidden.values() for name in names)


def test_a_reimport_killed_at_any_step_leaves_no_broken_article(home, tmp_path):
    # The old article is renamed aside, the new one renamed in, then the old
    # one deleted; a kill between the two renames leaves the old one aside,
    # which the library puts back when it lists the folder.
    broken, hidden = import_killed_at_every_step("again", tmp_path, home)
    assert broken == []
    assert all(name.startswith(".importing-") for names in hidden.values() for name in names), hidden


def test_an_import_killed_at_random_moments_leaves_no_broken_article(home, tmp_path):
    started = time.monotonic()
    whole = subprocess.run(
        [sys.executable, "main.py", "--import", str(PAGE), "--to", str(tmp_path / "whole")],
        cwd=ROOT,
        env=home,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert whole.returncode == 0, whole.stderr
    duration = time.monotonic() - started
    for run in range(3):
        folder = tmp_path / f"random-{run}"
        process = subprocess.Popen(
            [sys.executable, "main.py", "--import", str(PAGE), "--to", str(folder)],
            cwd=ROOT,
            env=home,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(KILL_RANDOM.uniform(0.5, 1.0) * duration)
        kill(process)
        if folder.exists():
            check_import_folder(folder)


# ---------------------------------------------------------------------------
# 4. After the crashes


def test_the_app_starts_normally_after_the_crashes(home, tmp_path):
    """Run last in this module: the settings and library left by the kills
    above are this user's."""
    library = tmp_path / "library"
    process = subprocess.Popen(
        [sys.executable, "main.py", "--import", str(PAGE), "--to", str(library)],
        cwd=ROOT,
        env=home,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    process.wait(timeout=300)
    (library / ".importing-left").mkdir()  # as a kill before the rename leaves it
    (library / ".importing-left" / "article.toml").write_text('id = "half', encoding="utf-8")
    shot = tmp_path / "x.png"
    result = subprocess.run(
        [sys.executable, "main.py", "--library", str(library), "--screenshot", str(shot)],
        cwd=ROOT,
        env=home,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "error" not in result.stderr.lower(), result.stderr
    assert_complete(shot)
