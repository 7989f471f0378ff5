"""What a saved chart image looks like: format, size, scale, background and
parts; checked here so the dialog, the command line and the settings agree."""

from __future__ import annotations

from dataclasses import dataclass, replace

FORMATS = {"png": "PNG", "jpg": "JPEG", "svg": "SVG", "pdf": "PDF"}
RASTER_FORMATS = ("png", "jpg")
TRANSPARENT_FORMATS = ("png", "svg")
SCALES = (1, 2, 3)
SIZE_PRESETS = ((640, 400), (800, 500), (1200, 750), (1600, 900))
MIN_SIZE, MAX_SIZE = 200, 4000


class ExportOptionError(ValueError):
    """An export option is out of range; the message says which."""


@dataclass(frozen=True)
class ExportOptions:
    format: str = "png"
    width: int = 800
    height: int = 500
    scale: int = 2
    transparent: bool = False
    include_title: bool = True
    include_footer: bool = True

    def checked(self) -> ExportOptions:
        """These options, or ExportOptionError saying what is wrong."""
        if self.format not in FORMATS:
            raise ExportOptionError(f"unknown format '{self.format}' (choose from {', '.join(FORMATS)})")
        if not (MIN_SIZE <= self.width <= MAX_SIZE and MIN_SIZE <= self.height <= MAX_SIZE):
            raise ExportOptionError(f"size must be between {MIN_SIZE} and {MAX_SIZE} pixels a side")
        if self.scale not in SCALES:
            raise ExportOptionError(f"scale must be one of {', '.join(map(str, SCALES))}")
        if self.transparent and self.format not in TRANSPARENT_FORMATS:
            return replace(self, transparent=False)  # JPEG and PDF are on white
        return self

    @property
    def pixel_size(self) -> tuple[int, int]:
        """The image's size in pixels (raster formats draw at this size)."""
        scale = self.scale if self.format in RASTER_FORMATS else 1
        return self.width * scale, self.height * scale


def file_name(chart_id: str, fmt: str, language: str = "") -> str:
    """'trade_volume.png' on the command line; 'trade_volume-zh.png' when
    the language is named, as the save dialog suggests."""
    stem = f"{chart_id}-{language}" if language else chart_id
    return f"{stem}.{fmt}"
