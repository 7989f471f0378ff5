"""pyqtgraph, imported without building every Qt class.

pyqtgraph 0.14 copies every name of PySide6's QtCore, QtGui and QtWidgets
into its own stand-ins for those modules (pyqtgraph.Qt.QtCore and so on)
when it is imported. PySide6 builds a class, with its enums, the first time
it is asked for, so that copy builds nearly all of them: 633 of 722
classes, 0.2 s of the charts' start on a 2-core machine.

Here the stand-ins are put in place before pyqtgraph's import and hand out
each class the first time pyqtgraph asks for it, as pyqtgraph's own code
after 0.14 does, and PySide6's modules list no names while pyqtgraph copies
them: 166 classes are built. Import pyqtgraph from here
(`from ui.plotting import pg`), so that whichever module draws first loads
it this way.
"""

from __future__ import annotations

import sys
from types import ModuleType

from PySide6 import QtCore, QtGui, QtWidgets

QT_MODULES = (QtCore, QtGui, QtWidgets)


def _stand_in(qt_module: ModuleType) -> ModuleType:
    """pyqtgraph.Qt's module for `qt_module`: each name read through once,
    then kept, as pyqtgraph's monkey-patches are."""
    name = qt_module.__name__.rpartition(".")[2]
    stand_in = ModuleType(f"pyqtgraph.Qt.{name}")

    def read_through(attribute: str):
        value = getattr(qt_module, attribute)
        setattr(stand_in, attribute, value)
        return value

    stand_in.__getattr__ = read_through  # type: ignore[method-assign]
    stand_in.__dir__ = lambda: sorted(set(dir(qt_module)) | set(vars(stand_in)))  # type: ignore[method-assign]
    return stand_in


def _import_pyqtgraph() -> None:
    if "pyqtgraph" in sys.modules:  # already imported some other way
        return
    listings = {module: vars(module).get("__dir__") for module in QT_MODULES}
    for module in QT_MODULES:
        stand_in = _stand_in(module)
        sys.modules.setdefault(stand_in.__name__, stand_in)
        module.__dir__ = list  # type: ignore[method-assign]  # lists nothing while pyqtgraph copies
    try:
        import pyqtgraph  # noqa: F401
    finally:
        for module, listing in listings.items():
            if listing is None:
                del module.__dir__
            else:
                module.__dir__ = listing  # type: ignore[method-assign]


_import_pyqtgraph()

import pyqtgraph as pg  # noqa: E402

__all__ = ["pg"]
