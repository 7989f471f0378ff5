"""Core of the Hunan Trade Viewer: bundle, model, facts, languages, settings.

Nothing in this package imports QtWidgets or pyqtgraph, so it can be used
(and tested) without a display and before the heavy chart code is loaded.
"""
