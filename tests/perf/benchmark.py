"""Speed where a reader feels it, as ratios to floors measured in the same run.

    uv run --group bench python tests/perf/benchmark.py [--rounds N] [--quick] [--only NAME,NAME] [--bytecode]

Prints ONE JSON object. Each figure is a ratio to a floor that runs
alternately with the measured thing (floor then thing in even rounds, thing
then floor in odd ones), so a machine that slows down mid-run slows both:

- first_paint: spawn -> first paint of the reader's viewport (main.py
  --screenshot --timings), against spawn -> a bare QMainWindow painted.
  Target <= 1.3. With it, qt_classes_floor: the same bare window painted
  after importing the Qt classes that main.py has PySide build before its
  article is painted (listed by one uncounted run): how much of the ratio
  is PySide building those classes and their enums, which no code of the
  app's own can make cheaper.
- charts_ready: spawn -> every chart drawn (same main.py run), against
  spawn -> PySide6 + pyqtgraph + pandas drawing one bar chart. Target <= 0.8.
- language_switch: in one process, the window built as main.py builds it,
  charts drawn; each switch is set_language, posted events, window.repaint()
  and the events that paint posts. Absolute ms: median <= 30, p95 <= 60.
  With it, a fixed piece of pure Python work timed before and after each
  switch (calibration_ms) and the median switch over it, to compare runs
  on a machine whose speed changes.
- png_export: ui.export.render_chart(first chart, PNG, scale 2) against
  pyqtgraph's ImageExporter of a comparable PlotWidget bar chart (built each
  time too, as render_chart builds its card) at the same pixel width, PNG
  bytes both. Target <= 1.0.
- export_charts: main.py --export-charts DIR (5 PNGs), process start to
  exit, against the bare-window process start to exit. Target <= 8.
- peak_rss: ru_maxrss of main.py --screenshot against the charts_ready floor
  process (os.wait4 gives each child's own figure). Target <= 1.1.
- import_page: app.importing.pipeline.read_article per page of tests/pages
  and tests/releases (median over pages of each page's median), against
  quantulum3's parser.parse on the article text read from that page, when
  quantulum3 is importable (the `bench` group); else the ratio is omitted.

Each ratio is the median of the per-round ratios, with their min, max and
quartiles, and the medians of the absolute times. Spawned processes run the
same Python (sys.executable) with QT_QPA_PLATFORM=offscreen and a fresh
private XDG_CONFIG_HOME and XDG_DATA_HOME each, and the floors are small
scripts written to a temporary folder. --quick: 3 rounds, 50 switches, fewer
export repetitions. --bytecode: the spawned processes may cache bytecode (in
a private folder, filled by the uncounted warm-up round), as an installed
copy has it (`compile-bytecode`), even where PYTHONDONTWRITEBYTECODE is set
and every start would otherwise compile the app's own modules again.
Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "zh", "fr", "ko", "ja")
FIGURES = ("first_paint", "charts_ready", "language_switch", "png_export", "export_charts", "peak_rss", "import_page")
TARGETS = {"first_paint": 1.3, "charts_ready": 0.8, "png_export": 1.0, "export_charts": 8.0, "peak_rss": 1.1}

# What both floors start with: `painted` prints the time of the first paint
# of the widget Watch is installed on, stamped as main.py stamps its own (a
# zero timer after the Paint event), and quits.
STAMP_FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject, QTimer

def painted():
    stamp = time.time()
    import json
    print(json.dumps({"%s": stamp}), flush=True)
    app.quit()

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False
"""

# The floor of first_paint and export_charts: an empty main window.
FLOOR_WINDOW = (
    "import sys, time\n"
    + STAMP_FIRST_PAINT % "first_paint"
    + """
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1400, 900)
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
"""
)

# Run once, uncounted: main.py as it is, printing the Qt classes PySide has
# built when the article is first painted, then quitting.
QT_CLASSES_AT_FIRST_PAINT = """
import json, sys
sys.argv = ["main.py", "--screenshot", sys.argv[1]]
import main
import ui.application as application
from PySide6.QtWidgets import QApplication

class Watch(application.FirstPaintWatcher):
    def __init__(self, widget, callback):
        def report():
            built = {}
            for module in ("QtCore", "QtGui", "QtWidgets"):
                names = vars(sys.modules["PySide6." + module]).items()
                built[module] = sorted(name for name, value in names if isinstance(value, type))
            print(json.dumps(built), flush=True)
            QApplication.instance().quit()
        super().__init__(widget, report)

application.FirstPaintWatcher = Watch
main.main()
"""


def floor_window_with(classes: dict[str, list[str]]) -> str:
    """FLOOR_WINDOW importing `classes` first (module -> class names)."""
    imports = "".join(f"from PySide6.{module} import {', '.join(names)}\n" for module, names in classes.items())
    return FLOOR_WINDOW.replace("import sys, time\n", "import sys, time\n" + imports, 1)


# The floor of charts_ready and peak_rss: the usual stack drawing one bar
# chart.
FLOOR_CHART = (
    """
import sys, time
import pandas as pd
import pyqtgraph as pg
"""
    + STAMP_FIRST_PAINT % "charts_ready"
    + """
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
pg.setConfigOptions(antialias=True, background="w", foreground="k")
frame = pd.DataFrame({"year": ["2017", "2018"], "value": [242.2, 310.0]})
plot = pg.PlotWidget(title="Foreign trade volume")
plot.addItem(pg.BarGraphItem(x=list(range(len(frame))), height=frame["value"].tolist(), width=0.6, brush="#2f6db5"))
plot.getAxis("bottom").setTicks([list(enumerate(frame["year"]))])
plot.resize(1400, 900)
watch = Watch()
plot.viewport().installEventFilter(watch)
plot.show()
app.exec()
"""
)


# Extra environment of every spawned process (--bytecode sets it).
SPAWN_ENV: dict[str, str] = {}


def log(*parts) -> None:
    print(*parts, file=sys.stderr, flush=True)


# -- spawning -------------------------------------------------------------------
def spawn(command: list[str], scratch: Path) -> dict:
    """Run `command` from the checkout; its last JSON line, wall times and
    its own peak RSS (os.wait4, so no other child's peak hides it)."""
    home = Path(tempfile.mkdtemp(dir=scratch))
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        **SPAWN_ENV,
    )
    out, err = home / "stdout", home / "stderr"
    with out.open("w") as stdout, err.open("w") as stderr:
        started = time.time()
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=stdout, stderr=stderr)
        _pid, status, usage = os.wait4(process.pid, 0)
        ended = time.time()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {process.returncode}: {err.read_text()[-2000:]}")
    lines = [line for line in out.read_text().splitlines() if line.startswith("{")]
    result = {
        "started": started,
        "ended": ended,
        "rss_kb": usage.ru_maxrss,
        "stamps": json.loads(lines[-1]) if lines else {},
    }
    shutil.rmtree(home, ignore_errors=True)
    return result


def spread(values: list[float], digits: int = 3) -> dict:
    """Median, min, max and quartiles of `values`."""
    ordered = sorted(values)
    if len(ordered) >= 2:
        q1, _q2, q3 = statistics.quantiles(ordered, n=4, method="inclusive")
    else:
        q1 = q3 = ordered[0]
    return {
        "median": round(statistics.median(ordered), digits),
        "min": round(ordered[0], digits),
        "max": round(ordered[-1], digits),
        "q1": round(q1, digits),
        "q3": round(q3, digits),
    }


def ratio_figure(name: str, measured: list[float], floor: list[float], unit: str, floor_name: str) -> dict:
    ratios = [m / f for m, f in zip(measured, floor)]
    summary = spread(ratios)
    return {
        "ratio": summary["median"],
        "target": TARGETS[name],
        "met": summary["median"] <= TARGETS[name],
        "ratio_spread": summary,
        f"measured_{unit}": spread(measured),
        f"floor_{unit}": spread(floor),
        "floor": floor_name,
        "rounds": len(ratios),
    }


def process_figures(rounds: int, wanted: set[str]) -> dict:
    """first_paint, charts_ready, export_charts and peak_rss from spawned processes."""
    scratch = Path(tempfile.mkdtemp(prefix="hunan-bench-"))
    python = sys.executable
    want_window = wanted & {"first_paint", "charts_ready", "peak_rss"}
    want_export = "export_charts" in wanted
    scripts = {"floor_window": FLOOR_WINDOW, "floor_chart": FLOOR_CHART}
    classes: dict[str, list[str]] = {}
    if "first_paint" in wanted:
        census = spawn([python, "-c", QT_CLASSES_AT_FIRST_PAINT, str(scratch / "census.png")], scratch)
        classes = census["stamps"]
        scripts["floor_classes"] = floor_window_with(classes)
    floors = {}
    for name, script in scripts.items():
        floors[name] = scratch / f"{name}.py"
        floors[name].write_text(script, encoding="utf-8")
    jobs = []
    if want_window:
        jobs.append(("window", [python, "main.py", "--screenshot", str(scratch / "shot.png"), "--timings"]))
    if wanted & {"first_paint", "export_charts"}:
        jobs.append(("floor_window", [python, str(floors["floor_window"])]))
    if "first_paint" in wanted:
        jobs.append(("floor_classes", [python, str(floors["floor_classes"])]))
    if wanted & {"charts_ready", "peak_rss"}:
        jobs.append(("floor_chart", [python, str(floors["floor_chart"])]))
    if want_export:
        jobs.append(("export", [python, "main.py", "--export-charts", "{dir}"]))
    runs: dict[str, list[dict]] = {name: [] for name, _ in jobs}
    try:
        for round_index in range(-1, rounds):  # round -1 warms the file cache and is not counted
            order = jobs if round_index % 2 == 0 else list(reversed(jobs))
            for name, command in order:
                folder = Path(tempfile.mkdtemp(dir=scratch))
                result = spawn([part.replace("{dir}", str(folder)) for part in command], scratch)
                if name == "export" and len(list(folder.glob("*.png"))) != 5:
                    raise RuntimeError(f"--export-charts wrote {len(list(folder.glob('*.png')))} PNGs, not 5")
                if round_index >= 0:
                    runs[name].append(result)
            log(f"round {round_index + 1}/{rounds} done" if round_index >= 0 else "warm-up round done")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    figures: dict[str, dict] = {}
    if "first_paint" in wanted:
        figures["first_paint"] = ratio_figure(
            "first_paint",
            [r["stamps"]["first_paint"] - r["started"] for r in runs["window"]],
            [r["stamps"]["first_paint"] - r["started"] for r in runs["floor_window"]],
            "s",
            "spawn -> bare QMainWindow painted",
        )
        painted = {
            name: [r["stamps"]["first_paint"] - r["started"] for r in runs[name]]
            for name in ("window", "floor_window", "floor_classes")
        }
        figures["first_paint"]["qt_classes_floor"] = {
            "what": "spawn -> the bare QMainWindow painted after importing the Qt classes main.py has built "
            "when its article is first painted",
            "classes": sum(len(names) for names in classes.values()),
            "ratio_to_floor": spread([c / f for c, f in zip(painted["floor_classes"], painted["floor_window"])]),
            "measured_over_it": spread([m / c for m, c in zip(painted["window"], painted["floor_classes"])]),
            "s": spread(painted["floor_classes"]),
        }
    if "charts_ready" in wanted:
        figures["charts_ready"] = ratio_figure(
            "charts_ready",
            [r["stamps"]["charts_ready"] - r["started"] for r in runs["window"]],
            [r["stamps"]["charts_ready"] - r["started"] for r in runs["floor_chart"]],
            "s",
            "spawn -> PySide6 + pyqtgraph + pandas drawing one bar chart",
        )
        figures["charts_ready"]["pandas_loaded"] = any(r["stamps"].get("pandas_loaded") for r in runs["window"])
        figures["charts_ready"]["longest_stall_s"] = spread([r["stamps"]["longest_stall"] for r in runs["window"]])
    if "export_charts" in wanted:
        figures["export_charts"] = ratio_figure(
            "export_charts",
            [r["ended"] - r["started"] for r in runs["export"]],
            [r["ended"] - r["started"] for r in runs["floor_window"]],
            "s",
            "bare QMainWindow process, start to exit",
        )
    if "peak_rss" in wanted:
        figures["peak_rss"] = ratio_figure(
            "peak_rss",
            [r["rss_kb"] / 1024 for r in runs["window"]],
            [r["rss_kb"] / 1024 for r in runs["floor_chart"]],
            "mb",
            "the charts_ready floor process",
        )
    return figures


def worker(name: str, *options: str) -> dict:
    """Run one in-process figure in a fresh process of the same Python."""
    scratch = Path(tempfile.mkdtemp(prefix="hunan-bench-"))
    try:
        return spawn([sys.executable, str(Path(__file__).resolve()), "--worker", name, *options], scratch)["stamps"]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


# -- in-process figures (run by --worker in a child) --------------------------------
def build_window():
    """The app, model and window as main.py and ui.application.run() build
    them (the cycle collector held until the charts are drawn), shown,
    charts drawn."""
    import gc

    gc.disable()
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.bundle import DEFAULT_BUNDLE, load_bundle
    from app.model import AppModel
    from app.settings import Settings
    from ui.application import connect_application, create_application, start_up_done
    from ui.main_window import MainWindow

    app = create_application()
    model = AppModel(Settings(), load_bundle(DEFAULT_BUNDLE), "en")
    connect_application(app, model)
    window = MainWindow(model)
    window.resize(1400, 900)
    window.show()
    QApplication.processEvents()
    loop = QEventLoop()
    window.charts.chartsReady.connect(loop.quit)
    QTimer.singleShot(0, window.load_charts)
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    QApplication.processEvents()
    start_up_done()
    return app, model, window


def switch_worker(switches: int) -> dict:
    """Live language switches, whole window repainted after each."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    app, model, window = build_window()
    from ui.charts import ChartCard

    class PaintCount(QObject):
        """Counts the paints of the reader's text and of the charts."""

        def __init__(self) -> None:
            super().__init__()
            self.reader = self.charts = 0

        def eventFilter(self, watched, event):  # noqa: N802 (Qt name)
            if event.type() == QEvent.Type.Paint:
                if watched is window.reader.browser.viewport():
                    self.reader += 1
                else:
                    self.charts += 1
            return False

    counter = PaintCount()
    window.reader.browser.viewport().installEventFilter(counter)
    cycle = LANGUAGES[1:] + LANGUAGES[:1]
    times, first, chart_paints, calibrations = [], {}, [], []
    for index in range(switches):
        language = cycle[index % len(cycle)]
        # Every card, the other languages' too (kept hidden, shown again on
        # a switch back); installed again, a filter is not installed twice.
        for card in window.charts.findChildren(ChartCard):
            card.plot.viewport().installEventFilter(counter)
        reader_paints, charts_before = counter.reader, counter.charts
        calibrations.append(calibration_ms())
        started = time.perf_counter()
        model.set_language(language)
        QApplication.processEvents()  # LanguageChange, the layouts it asks for, the paints they cause
        window.repaint()  # the whole window, whatever asked for an update
        QApplication.processEvents()  # what painting posted
        elapsed = (time.perf_counter() - started) * 1000
        if counter.reader == reader_paints:
            raise RuntimeError("the reader was not repainted after a language switch")
        times.append(elapsed)
        calibrations[-1] = (calibrations[-1] + calibration_ms()) / 2
        chart_paints.append((counter.charts - charts_before) / max(1, len(window.charts.cards)))
        first.setdefault(language, round(elapsed, 1))
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    window.close()
    del app
    return {
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(p95, 1),
        "min_ms": round(ordered[0], 1),
        "max_ms": round(ordered[-1], 1),
        "switches": len(times),
        "first_switch_to_each_ms": first,
        "paints_per_chart_per_switch": statistics.median(chart_paints),
        "calibration_ms": round(statistics.median(calibrations), 1),
        "switch_over_calibration": round(statistics.median(t / c for t, c in zip(times, calibrations)), 2),
    }


def calibration_ms() -> float:
    """A fixed piece of pure Python work, timed: the machine's speed at the
    moment. A switch over it compares runs on a machine whose speed varies."""
    started = time.perf_counter()
    sum(i * i for i in range(200_000))
    return (time.perf_counter() - started) * 1000


def comparable_plot(spec, width: int, height: int):
    """A PlotWidget bar chart like the first chart: its bars, categories,
    title, value labels, on a light background."""
    import pyqtgraph as pg
    from PySide6.QtCore import QCoreApplication, Qt

    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    plot = pg.PlotWidget(title=spec.title)
    values = [point.value or 0.0 for point in spec.points]
    xs = [point.x for point in spec.points]
    plot.addItem(pg.BarGraphItem(x=xs, height=values, width=0.6, brush="#2f6db5"))
    for x, value, point in zip(xs, values, spec.points):
        label = pg.TextItem(point.label, color="k", anchor=(0.5, 1))
        label.setPos(x, value)
        plot.addItem(label)
    plot.getAxis("bottom").setTicks([list(enumerate(spec.categories))])
    plot.setLabel("left", spec.unit_label)
    # Laid out at the logical size without a window, as export_card lays out its card.
    plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    plot.resize(width, height)
    plot.show()
    QCoreApplication.sendPostedEvents()
    return plot


def png_worker(repeats: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    from app.bundle import DEFAULT_BUNDLE, load_bundle
    from app.charts import build_chart_specs
    from app.export_options import ExportOptions
    from app.model import AppModel
    from app.settings import Settings
    from ui.application import connect_application, create_application

    app = create_application()
    model = AppModel(Settings(), load_bundle(DEFAULT_BUNDLE), "en")
    connect_application(app, model)
    import pyqtgraph.exporters as exporters

    from ui.export import render_chart

    spec = build_chart_specs(model.bundle, "en")[0]
    options = ExportOptions(format="png", scale=2)
    pixel_width = options.pixel_size[0]

    def measured() -> bytes:
        return render_chart(spec, "en", options)

    def floor() -> bytes:
        plot = comparable_plot(spec, options.width, options.height)
        exporter = exporters.ImageExporter(plot.plotItem)
        exporter.parameters()["width"] = pixel_width
        image: QImage = exporter.export(toBytes=True)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        plot.close()
        plot.deleteLater()
        return bytes(data)

    sizes = {}
    for name, job in (("measured", measured), ("floor", floor)):  # warm-up: first draws load fonts
        image = QImage.fromData(job())
        sizes[name] = [image.width(), image.height()]
    pairs = []
    for index in range(repeats):
        times = {}
        for name, job in (
            (("floor", floor), ("measured", measured)) if index % 2 == 0 else (("measured", measured), ("floor", floor))
        ):
            started = time.perf_counter()
            job()
            times[name] = (time.perf_counter() - started) * 1000
            app.sendPostedEvents(None, 0)  # deferred deletes of the cards and plots
        pairs.append(times)
    return {
        "measured_ms": [p["measured"] for p in pairs],
        "floor_ms": [p["floor"] for p in pairs],
        "pixel_sizes": sizes,
    }


def page_sources() -> list[Path]:
    pages = sorted(p for p in (ROOT / "tests" / "pages").iterdir() if p.suffix in (".html", ".txt"))
    return pages + sorted((ROOT / "tests" / "releases").glob("*.txt"))


def import_worker(repeats: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from app.importing.errors import ImportFailed
    from app.importing.pipeline import read_article

    try:
        from quantulum3 import parser as quantulum
    except ImportError:
        quantulum = None
    if quantulum is not None:
        quantulum.parse("Warm-up: 310 billion yuan, up 28 percent.")  # loads its classifier
    pages = {}
    for path in page_sources():
        read_times, parse_times, failed, text = [], [], "", ""
        for _ in range(repeats):
            started = time.perf_counter()
            try:
                read = read_article(str(path))
                text = "\n\n".join((read.article.title, *read.article.paragraphs))
            except ImportFailed as error:
                failed = str(error)
            read_times.append((time.perf_counter() - started) * 1000)
            if quantulum is not None and text:
                started = time.perf_counter()
                quantulum.parse(text)
                parse_times.append((time.perf_counter() - started) * 1000)
        pages[path.relative_to(ROOT).as_posix()] = {
            "read_ms": round(statistics.median(read_times), 2),
            "quantulum_ms": round(statistics.median(parse_times), 2) if parse_times else None,
            "chars": len(text),
            "failed": failed,
        }
    return {"pages": pages, "quantulum3": quantulum is not None}


def import_figure(pages: dict, has_quantulum: bool) -> dict:
    read = [page["read_ms"] for page in pages.values()]
    figure = {
        "median_ms_per_page": round(statistics.median(read), 2),
        "read_ms": spread(read, 2),
        "pages": len(pages),
        "per_page": pages,
    }
    compared = [(p["read_ms"], p["quantulum_ms"]) for p in pages.values() if p["quantulum_ms"]]
    if has_quantulum and compared:
        ratios = [m / f for m, f in compared]
        figure.update(
            {
                "ratio": round(statistics.median(ratios), 3),
                "ratio_spread": spread(ratios),
                "floor": "quantulum3 parser.parse on the article text read from the same page",
                "floor_ms_per_page": round(statistics.median([f for _m, f in compared]), 2),
                "compared_pages": len(compared),
            }
        )
    else:
        figure["ratio"] = None
        figure["floor"] = "quantulum3 is not importable: run with `uv run --group bench`"
    return figure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=None, help="rounds of each figure (default 7; 3 with --quick)")
    parser.add_argument("--quick", action="store_true", help="3 rounds, 50 language switches")
    parser.add_argument("--only", default=",".join(FIGURES), help="comma-separated figures (default: all)")
    parser.add_argument(
        "--bytecode",
        action="store_true",
        help="let spawned processes cache bytecode (in a private folder, filled by the warm-up "
        "round), as an installed copy has it, whatever PYTHONDONTWRITEBYTECODE says",
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--repeats", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        job = {"switch": switch_worker, "png": png_worker, "import": import_worker}[args.worker]
        print(json.dumps(job(args.repeats)))
        return
    rounds = args.rounds or (3 if args.quick else 7)
    wanted = {name for name in args.only.split(",") if name}
    unknown = wanted - set(FIGURES)
    if unknown:
        parser.error(f"unknown figure(s) {', '.join(sorted(unknown))}; choose from {', '.join(FIGURES)}")
    cache = Path(tempfile.mkdtemp(prefix="hunan-bench-pycache-"))
    if args.bytecode:
        SPAWN_ENV.update(PYTHONPYCACHEPREFIX=str(cache), PYTHONDONTWRITEBYTECODE="")
    report: dict = {
        "rounds": rounds,
        "quick": args.quick,
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "load_average_start": round(os.getloadavg()[0], 2),
        "bytecode_cached": args.bytecode or not sys.flags.dont_write_bytecode,
    }
    started = time.time()
    report.update(process_figures(rounds, wanted))
    if "language_switch" in wanted:
        log("language switches")
        switches = worker("switch", "--repeats", str(50 if args.quick else max(100, 10 * rounds)))
        switches.update(
            {
                "target_median_ms": 30,
                "target_p95_ms": 60,
                "met": switches["median_ms"] <= 30 and switches["p95_ms"] <= 60,
            }
        )
        report["language_switch"] = switches
    if "png_export" in wanted:
        log("PNG exports")
        result = worker("png", "--repeats", str(rounds * (2 if args.quick else 3)))
        report["png_export"] = ratio_figure(
            "png_export",
            result["measured_ms"],
            result["floor_ms"],
            "ms",
            "pyqtgraph ImageExporter of a comparable PlotWidget bar chart, same width",
        )
        report["png_export"]["pixel_sizes"] = result["pixel_sizes"]
    if "import_page" in wanted:
        log("page imports")
        result = worker("import", "--repeats", str(3 if args.quick else 5))
        report["import_page"] = import_figure(result["pages"], result["quantulum3"])
    shutil.rmtree(cache, ignore_errors=True)
    report["load_average_end"] = round(os.getloadavg()[0], 2)
    report["seconds"] = round(time.time() - started, 1)
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
