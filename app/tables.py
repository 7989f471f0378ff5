"""The bundle's facts and tables as pandas DataFrames, for the Data tab,
CSV export and tables across articles.

pandas is slow to import: this module is imported only when a table is
first needed, and AppModel imports pandas off the UI thread before that.
"""

from __future__ import annotations

import dataclasses

import pandas as pd

from app.bundle import ArticleBundle


def _record(item) -> dict:
    """A fact or row as a flat record: its translated sources become
    'source_<language>' columns, as in the bundle's own CSV."""
    record = dataclasses.asdict(item)
    translated = record.pop("source_text")
    record.update({f"source_{language}": text for language, text in sorted(translated.items())})
    return record


def facts_frame(bundle: ArticleBundle) -> pd.DataFrame:
    """One row per fact, indexed by fact id."""
    return pd.DataFrame.from_records([_record(fact) for fact in bundle.facts], index="id")


def table_frame(bundle: ArticleBundle, table_id: str) -> pd.DataFrame:
    """One of the bundle's tables: one row per (period, indicator), with sources."""
    frame = pd.DataFrame.from_records([_record(row) for row in bundle.tables[table_id].rows])
    return frame.astype({"value": "float64", "growth": "float64"})


def table_csv(frame: pd.DataFrame) -> bytes:
    """A table as UTF-8 CSV, sources included (read back with pandas)."""
    return frame.to_csv(index=frame.index.name is not None).encode("utf-8")
