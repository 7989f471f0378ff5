"""pyqtgraph, imported without building every Qt class.

pyqtgraph 0.14 copies every name of PySide6's QtCore, QtGui and QtWidgets
into its own stand-ins for those modules (pyqtgraph.Qt.QtCore and so on)
when it is imported. PySide6 builds a class, with its enums, the first time
it is asked for, so that copy builds nearly all of them: 633 of 722
classes, 0.2 s of the charts' start on a 2-core machine.

Here the stand-ins are put in place before pyqtgraph's import and hand out
each class the first time pyqtgraph asks for it, as pyqtgraph's own code
after 0.14 does, and PySide6's modules list no names while pyqtgraph copies
them: 166 classes are built.

pyqtgraph's import also loads, for its public names, 65 modules a chart
never uses: its PlotItem and PlotWidget (a card draws in its own
ChartPlotItem), image items and the image view, colour maps and bars,
gradient editors, layouts, regions and lines, the widgets built on its
parameter tree, its tree, table and spin-box widgets, the view drawn in
another process. Those modules are stood in for by empty ones while
pyqtgraph imports (30 of its modules load, not 95: some 75 ms), and are
loaded for real the first time one of their names is asked of pyqtgraph
(`pg.ImageView`, `pg.PlotWidget`, `pg.image()`, `pg.parametertree`).
Should another pyqtgraph module need one of them while importing,
pyqtgraph is imported again the ordinary way.

Import pyqtgraph from here (`from ui.plotting import pg`), so that
whichever module draws first loads it this way.
"""

from __future__ import annotations

import builtins
import dis
import functools
import importlib
import importlib.abc
import importlib.machinery
import sys
from types import FunctionType, ModuleType

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


# Loaded by pyqtgraph's __init__ only to offer their names: each module is
# imported there and by no module a chart uses (its view, viewbox, axes,
# items, text, scatter and curve items, functions), only by others listed.
# (A test compares pyqtgraph's names with its own import's.)
_PACKAGES: dict[str, tuple[str, ...]] = {
    "pyqtgraph": (
        "SRTTransform",
        "SRTTransform3D",
        "SignalProxy",
        "ThreadsafeTimer",
        "Transform3D",
        "Vector",
        "colormap",
        "imageview",
    ),
    "pyqtgraph.graphicsItems": (
        "ArrowItem",
        "BarGraphItem",
        "BoxplotItem",
        "ButtonItem",
        "ColorBarItem",
        "CurvePoint",
        "DateAxisItem",
        "ErrorBarItem",
        "FillBetweenItem",
        "GradientEditorItem",
        "GradientLegend",
        "GraphItem",
        "GraphicsLayout",
        "GraphicsWidgetAnchor",
        "GridItem",
        "HistogramLUTItem",
        "ImageItem",
        "InfiniteLine",
        "IsocurveItem",
        "LabelItem",
        "LegendItem",
        "LinearRegionItem",
        "PColorMeshItem",
        "PlotItem",
        "ROI",
        "ScaleBar",
        "TargetItem",
        "UIGraphicsItem",
        "VTickGroup",
    ),
    "pyqtgraph.widgets": (
        "BusyCursor",
        "CheckTable",
        "ColorButton",
        "ColorMapMenu",
        "ColorMapWidget",
        "ComboBox",
        "DataFilterWidget",
        "DataTreeWidget",
        "DiffTreeWidget",
        "FeedbackButton",
        "FileDialog",
        "GradientWidget",
        "GraphicsLayoutWidget",
        "GroupBox",
        "HistogramLUTWidget",
        "JoystickButton",
        "LayoutWidget",
        "PathButton",
        "PlotWidget",
        "ProgressDialog",
        "RawImageWidget",
        "RemoteGraphicsView",
        "ScatterPlotWidget",
        "SpinBox",
        "TableWidget",
        "TreeWidget",
        "ValueLabel",
        "VerticalLabel",
    ),
}
DEFERRED = tuple(f"{package}.{module}" for package, modules in _PACKAGES.items() for module in modules)


class _Later:
    """What `from deferred import name` binds while pyqtgraph imports."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name


class _Deferral(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Stands in for the DEFERRED modules with empty ones while pyqtgraph
    imports, and notes what pyqtgraph took from each: all its names (a star
    import asks for __all__ first) or the names it read."""

    def __init__(self) -> None:
        self.stand_ins: dict[str, ModuleType] = {}
        self.starred: set[str] = set()

    def find_spec(self, fullname, path, target=None):  # noqa: ANN001 (importlib's protocol)
        return importlib.machinery.ModuleSpec(fullname, self) if fullname in DEFERRED else None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        module = ModuleType(spec.name)

        def later(name: str):
            if name == "__all__":
                self.starred.add(spec.name)
            if name.startswith("__"):
                raise AttributeError(name)
            return _Later(spec.name, name)

        module.__getattr__ = later  # type: ignore[method-assign]
        self.stand_ins[spec.name] = module
        return module

    def exec_module(self, module: ModuleType) -> None:
        pass

    def remove_stand_ins(self) -> None:
        for name, stand_in in self.stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
            package, _, child = name.rpartition(".")
            if getattr(sys.modules.get(package), child, None) is stand_in:
                delattr(sys.modules[package], child)


def _taken_later(module: ModuleType) -> list[str]:
    return [name for name, value in vars(module).items() if isinstance(value, _Later)]


def _missing_globals(function: FunctionType, module: ModuleType) -> set[str]:
    """The global names `function` reads that `module` does not hold."""
    read = {
        instruction.argval
        for instruction in dis.get_instructions(function)
        if instruction.opname in ("LOAD_GLOBAL", "LOAD_NAME")
    }
    return read - vars(module).keys() - vars(builtins).keys()


def _defer(pyqtgraph: ModuleType, deferral: _Deferral) -> None:
    """Give pyqtgraph the deferred modules' names when first asked for one:
    as its attributes, and inside its functions that use them (pg.image())."""
    wanted: dict[str, list[str]] = {}  # module -> the names pyqtgraph took, [] for all
    for name in _taken_later(pyqtgraph):
        wanted.setdefault(vars(pyqtgraph)[name].module, []).append(name)
        delattr(pyqtgraph, name)
    wanted.update({module: [] for module in deferral.starred})
    loaded = False

    def load() -> None:
        nonlocal loaded
        if loaded:
            return
        loaded = True
        # pyqtgraph's own names stay; a name the import system has just bound
        # to a submodule (pyqtgraph.SRTTransform) takes what pyqtgraph's
        # `from .SRTTransform import SRTTransform` gave it, the class.
        own = set(vars(pyqtgraph))
        for module_name, names in wanted.items():
            module = importlib.import_module(module_name)
            if not names:  # `from module import *`
                names = getattr(module, "__all__", [name for name in vars(module) if not name.startswith("_")])
            for name in names:
                if name not in own:
                    setattr(pyqtgraph, name, getattr(module, name))
        del pyqtgraph.__getattr__

    def attribute(name: str):
        load()
        if name in vars(pyqtgraph):
            return vars(pyqtgraph)[name]
        raise AttributeError(f"module 'pyqtgraph' has no attribute {name!r}")

    pyqtgraph.__getattr__ = attribute  # type: ignore[method-assign]
    for name, function in list(vars(pyqtgraph).items()):
        if isinstance(function, FunctionType) and function.__module__ == "pyqtgraph":
            if _missing_globals(function, pyqtgraph):

                @functools.wraps(function)
                def loading_first(*args, _function=function, **kwargs):
                    load()
                    return _function(*args, **kwargs)

                setattr(pyqtgraph, name, loading_first)


def _forget_pyqtgraph() -> None:
    for name in [name for name in sys.modules if name == "pyqtgraph" or name.startswith("pyqtgraph.")]:
        del sys.modules[name]


def _import_pyqtgraph(defer: bool = True) -> None:
    if "pyqtgraph" in sys.modules:  # already imported some other way
        return
    listings = {module: vars(module).get("__dir__") for module in QT_MODULES}
    for module in QT_MODULES:
        stand_in = _stand_in(module)
        sys.modules.setdefault(stand_in.__name__, stand_in)
        module.__dir__ = list  # type: ignore[method-assign]  # lists nothing while pyqtgraph copies
    deferral = _Deferral()
    if defer:
        sys.meta_path.insert(0, deferral)
    try:
        import pyqtgraph
    except Exception:  # an empty stand-in did not do: a deferred module is needed
        if not defer:
            raise
        pyqtgraph = None
    finally:
        if defer:
            sys.meta_path.remove(deferral)
            deferral.remove_stand_ins()
        for module, listing in listings.items():
            if listing is None:
                del module.__dir__
            else:
                module.__dir__ = listing  # type: ignore[method-assign]
    if not defer:
        return
    others = [
        module
        for name, module in sys.modules.items()
        if name.startswith("pyqtgraph.") and not name.startswith("pyqtgraph.Qt.")
    ]
    if pyqtgraph is None or any(_taken_later(module) for module in others):
        # This pyqtgraph needs a deferred module while it imports.
        _forget_pyqtgraph()
        _import_pyqtgraph(defer=False)
        return
    _defer(pyqtgraph, deferral)


_import_pyqtgraph()

import pyqtgraph as pg  # noqa: E402

__all__ = ["pg"]
