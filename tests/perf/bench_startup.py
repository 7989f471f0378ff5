"""Start-up and export benchmark, reported as ratios to baselines measured
in the same run on the same machine (never as absolute pass/fail times).

    uv run python tests/perf/bench_startup.py [--runs 3]

- first paint / bare window: how much later than an empty Qt window the
  article is on screen (pandas and pyqtgraph must not be in that path);
- charts ready / first paint: the deferred chart work, as a multiple of the
  time to the first paint;
- longest stall / charts ready: the longest the event loop went without
  turning while the charts loaded (the window could not be scrolled), as a
  share of the time from first paint to charts ready;
- export all charts (PNG 2x) / bare window: the command-line export.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BARE_WINDOW = """
import time, json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("Hunan"); label.resize(1400, 900)
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(json.dumps({"first_paint": time.time()})); QTimer.singleShot(0, app.quit)
        return False
watch = Watch(); label.installEventFilter(watch); label.show(); app.exec()
"""


def timed(command: list[str], env: dict) -> tuple[float, dict]:
    started = time.time()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    return started, (json.loads(lines[-1]) if lines else {"done": time.time()})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=tempfile.mkdtemp())
    bare, paint, charts, stall, export = [], [], [], [], []
    for _ in range(runs):
        started, stamps = timed([sys.executable, "-c", BARE_WINDOW], env)
        bare.append(stamps["first_paint"] - started)
        shot = Path(tempfile.mkdtemp()) / "shot.png"
        started, stamps = timed([sys.executable, "main.py", "--screenshot", str(shot), "--timings"], env)
        paint.append(stamps["first_paint"] - started)
        charts.append(stamps["charts_ready"] - stamps["first_paint"])
        stall.append(stamps["longest_stall"] / charts[-1])
        started, stamps = timed([sys.executable, "main.py", "--export-charts", tempfile.mkdtemp()], env)
        export.append(stamps["done"] - started)
    baseline = statistics.median(bare)
    print(f"baseline: bare Qt window painted after {baseline:.2f} s (median of {runs})")
    print(f"first paint / bare window:        {statistics.median(paint) / baseline:.2f}")
    print(f"charts ready / first paint:       {statistics.median(charts) / statistics.median(paint):.2f}")
    print(f"longest stall / charts ready:     {statistics.median(stall):.2f}")
    print(f"export 5 charts (PNG 2x) / bare:  {statistics.median(export) / baseline:.2f}")


if __name__ == "__main__":
    main()
