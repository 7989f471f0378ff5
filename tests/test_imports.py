"""app/ holds no widgets: importing it leaves QtWidgets and pyqtgraph unloaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_app_package_imports_no_widgets_and_no_pyqtgraph():
    modules = sorted(
        ".".join(p.relative_to(ROOT / "app").with_suffix("").parts)
        for p in (ROOT / "app").rglob("*.py")
        if p.stem != "__init__"
    )
    assert {"bundle", "model", "charts", "units", "library", "tables", "i18n", "settings"} <= set(modules)
    code = "\n".join(
        [f"import app.{name}" for name in modules]
        + ["import sys", "print(sorted(m for m in sys.modules if m.startswith(('PySide6.QtWidgets', 'pyqtgraph'))))"]
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_window_module_does_not_import_pandas_or_pyqtgraph():
    code = "import ui.main_window, sys; print(sorted(m for m in ('pandas', 'pyqtgraph') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
