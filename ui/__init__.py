"""Widgets of the Hunan Trade Viewer: every view is View(model, parent=None)."""
