"""Kept for the command in the README: the start-up and export figures of
tests/perf/benchmark.py (which measures every figure; see its docstring).

    uv run python tests/perf/bench_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchmark  # noqa: E402

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="rounds (default 7)")
    runs = parser.parse_args().runs
    sys.argv = [sys.argv[0], "--rounds", str(runs), "--only", "first_paint,charts_ready,export_charts,peak_rss"]
    benchmark.main()
