"""Soak benchmark: one process, the whole window, many live changes.

    uv run python tests/perf/soak.py [--quick] [--diagnose]

Builds the app as tests/conftest.py does (offscreen), then after a warm-up
(one round of each kind of operation: an article switch there and back, a
switch to each language, an export in each format in each language, whose
fonts differ) runs 1,000 live language switches cycling en/zh/fr/ko/ja,
200 chart exports in every format, and 100 article switches between the
built-in article and tests/bundles/synthetic-release, letting the event
loop run (deferred deletes included) after each. Prints one JSON object:

- rss_growth_mb: resident memory (after gc and malloc_trim) at the end
  minus the baseline taken after the warm-up (target: at most 10 MB), so
  that first-use costs, paid once per session (modules imported on first
  use such as fontTools.subset for SVG, the PDF and JPEG writers, fonts and
  the other article's charts), are not counted as growth; "baseline" says
  so, and rss_mb gives the memory before and after the warm-up and at the
  start, middle and end of each phase; rss_steady_growth_mb sums the growth
  over the second halves of the phases;
- switch_ms_first100 / switch_ms_last100: the median wall-clock time of the
  first and of the last hundred switches, and their ratio (target: about 1,
  no slowdown); the same in CPU time of the main thread, which a busy
  machine disturbs far less;
- qt_warnings (QtWarningMsg and worse, except the offscreen platform's
  propagateSizeHints notice) and python_warnings (target: 0 each), with
  the first few messages;
- widgets: QApplication.allWidgets() after the warm-up and at the end;
- malloc_mb: what the C heap holds from the system and how much of it is in
  use (glibc's mallinfo2), after the warm-up and at the end: growth held but
  not in use is freed memory that live blocks above it keep from going back
  (a higher peak, not a leak); pixmap_cache_mb: what clearing QPixmapCache
  (bounded by its limit) gives back at the end.

--quick runs ten times fewer of each. --diagnose adds tracemalloc's top
growing lines and the Python object types whose count grew most.
"""

from __future__ import annotations

import argparse
import collections
import ctypes
import gc
import json
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
import warnings
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QEventLoop, QTimer, QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtGui import QPixmapCache  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

LANGUAGES = ("en", "zh", "fr", "ko", "ja")
FORMATS = ("png", "jpg", "svg", "pdf")
IGNORED_QT = ("This plugin does not support propagateSizeHints()",)
SYNTHETIC = ROOT / "tests" / "bundles" / "synthetic-release"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def memory_mb() -> float:
    """Resident memory once garbage is collected and the C heap has given
    back what it freed (glibc keeps freed pages otherwise, so RSS would
    count memory no object holds)."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass
    return rss_mb()


class MallocInfo(ctypes.Structure):
    """glibc's struct mallinfo2."""

    _fields_ = [
        (name, ctypes.c_size_t)
        for name in "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()
    ]


def malloc_mb() -> dict[str, float]:
    """The C heap: what glibc holds from the system and what of it is in use
    (call after memory_mb); empty where mallinfo2 is missing."""
    try:
        mallinfo2 = ctypes.CDLL("libc.so.6").mallinfo2
    except (OSError, AttributeError):
        return {}
    mallinfo2.restype = MallocInfo
    info = mallinfo2()
    return {
        "held": round((info.arena + info.hblkhd) / 2**20, 1),
        "in_use": round((info.uordblks + info.hblkhd) / 2**20, 1),
    }


class Messages:
    """Counts Qt's warnings (and worse) as they are said."""

    def __init__(self) -> None:
        self.count = 0
        self.first: list[str] = []

    def __call__(self, kind: QtMsgType, context, message: str) -> None:
        if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) or message in IGNORED_QT:
            return
        self.count += 1
        if len(self.first) < 5:
            self.first.append(message)


def settle(app: QApplication) -> None:
    """What returning to the event loop does: posted events, then the
    objects given to deleteLater()."""
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def wait_for(signal, app: QApplication, action, timeout_ms: int = 30_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    action()
    loop.exec()
    signal.disconnect(loop.quit)


def object_counts() -> collections.Counter:
    gc.collect()
    return collections.Counter(type(o).__name__ for o in gc.get_objects())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="ten times fewer iterations")
    parser.add_argument("--diagnose", action="store_true", help="tracemalloc and object counts (slower)")
    options = parser.parse_args()
    scale = 10 if options.quick else 1
    switches, exports, articles = 1000 // scale, 200 // scale, 100 // scale
    hundred = max(10, 100 // scale)

    folder = Path(tempfile.mkdtemp(prefix="soak-"))
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["XDG_DATA_HOME"] = str(folder / "data")

    from app.bundle import DEFAULT_BUNDLE, load_bundle
    from app.export_options import ExportOptions
    from app.model import AppModel
    from app.settings import Settings
    from ui.application import connect_application, create_application
    from ui.main_window import MainWindow

    messages = Messages()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        app = create_application()
        qInstallMessageHandler(messages)  # after create_application, which installs its own
        model = AppModel(Settings(folder / "settings.ini"), load_bundle(DEFAULT_BUNDLE), "en")
        model.translator = connect_application(app, model)
        window = MainWindow(model)
        window.resize(1400, 900)
        window.show()
        settle(app)
        wait_for(window.charts.chartsReady, app, window.charts.load)
        from ui.export import render_chart  # pyqtgraph is loaded by now

        step = 0

        def switch() -> tuple[float, float]:
            """One switch: its wall-clock and its CPU milliseconds (the CPU
            time is what other processes on a busy machine do not change)."""
            nonlocal step
            step += 1
            started, cpu = time.perf_counter(), time.thread_time()
            model.set_language(LANGUAGES[step % len(LANGUAGES)])
            settle(app)
            return (time.perf_counter() - started) * 1000, (time.thread_time() - cpu) * 1000

        def export(index: int) -> str:
            specs = model.chart_specs()
            fmt = FORMATS[index % len(FORMATS)]
            data = render_chart(specs[index % len(specs)], LANGUAGES[index % len(LANGUAGES)], ExportOptions(format=fmt))
            settle(app)
            return fmt if data else "empty"

        def open_article(index: int) -> None:
            model.open_bundle(SYNTHETIC if index % 2 == 0 else DEFAULT_BUNDLE)
            settle(app)

        # Warm-up: each kind of operation once, so the baseline holds what a
        # session loads or caches on first use.
        before_warm_up = memory_mb()
        for index in range(2):
            open_article(index)
        for _ in LANGUAGES:  # after the article switch: each language's charts are built again
            switch()
        for index in range(len(FORMATS) * len(LANGUAGES)):  # every pair: 4 and 5 are coprime
            export(index)
        baseline, widgets_before = memory_mb(), len(QApplication.allWidgets())
        malloc_before = malloc_mb()
        if options.diagnose:
            objects_before = object_counts()
            tracemalloc.start(12)
            snapshot_before = tracemalloc.take_snapshot()
        phases: dict[str, list[float]] = {}  # memory at the start, the middle and the end of each phase

        def phase(name: str, count: int, action) -> list:
            results, marks = [], [memory_mb()]
            for index in range(count):
                results.append(action(index))
                if index == count // 2 - 1:
                    marks.append(memory_mb())
            marks.append(memory_mb())
            phases[name] = marks
            return results

        times = phase("language_switches", switches, lambda index: switch())
        exported = collections.Counter(phase("exports", exports, export))
        phase("article_switches", articles, open_article)
        widgets_after = len(QApplication.allWidgets())
        memory_mb()
        malloc_after = malloc_mb()
        QPixmapCache.clear()
        pixmap_cache = phases["article_switches"][-1] - memory_mb()

        report: dict[str, object] = {}
        if options.diagnose:
            snapshot_after = tracemalloc.take_snapshot()
            tracemalloc.stop()
            top = snapshot_after.compare_to(snapshot_before, "lineno")[:12]
            report["tracemalloc_top"] = [
                f"{s.traceback[0].filename}:{s.traceback[0].lineno} {s.size_diff / 1024:+.0f} KiB {s.count_diff:+d}"
                for s in top
            ]
            grown = object_counts() - objects_before
            report["objects_grown"] = dict(grown.most_common(12))
        window.close()
        settle(app)
    wall, cpu = [t[0] for t in times], [t[1] for t in times]
    first, last = statistics.median(wall[:hundred]), statistics.median(wall[-hundred:])
    first_cpu, last_cpu = statistics.median(cpu[:hundred]), statistics.median(cpu[-hundred:])
    python_warnings = [f"{w.category.__name__}: {w.message} ({w.filename}:{w.lineno})" for w in caught]
    print(
        json.dumps(
            {
                "rss_growth_mb": round(phases["article_switches"][-1] - baseline, 1),
                "baseline": "after warm-up",
                # The second half of each phase only: what grows with use, not with first use.
                "rss_steady_growth_mb": round(sum(marks[2] - marks[1] for marks in phases.values()), 1),
                "rss_mb": {
                    "before_warm_up": round(before_warm_up, 1),
                    "after_warm_up": round(baseline, 1),
                    **{name: [round(value, 1) for value in marks] for name, marks in phases.items()},
                },
                "language_switches": switches,
                "switch_ms_first100": round(first, 2),
                "switch_ms_last100": round(last, 2),
                "slowdown_ratio": round(last / first, 2),
                "switch_cpu_ms_first100": round(first_cpu, 2),
                "switch_cpu_ms_last100": round(last_cpu, 2),
                "cpu_slowdown_ratio": round(last_cpu / first_cpu, 2),
                "exports": dict(exported),
                "article_switches": articles,
                "widgets": [widgets_before, widgets_after],
                "malloc_mb": {"after_warm_up": malloc_before, "end": malloc_after},
                "pixmap_cache_mb": round(pixmap_cache, 1),
                "qt_warnings": messages.count,
                "python_warnings": len(python_warnings),
                "first_messages": messages.first + python_warnings[:5],
                **report,
            }
        )
    )


if __name__ == "__main__":
    main()
