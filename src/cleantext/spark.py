"""Clean a Spark DataFrame's pages on a cluster: ``clean_dataframe(df, column="text")``.

    from cleantext.spark import clean_dataframe
    cleaned = clean_dataframe(spark.read.parquet("pages/"), column="html", kind="html")

Each partition is cleaned by one Cleaner in one Python worker (``mapInPandas``: Arrow batches
in, Arrow batches out, no row-at-a-time pickling), so cue lists compile and caches warm once
per worker. Adds the columns ``title``, ``body``, ``removed`` (label -> count of removed
blocks) and ``error`` (None, or the one-line reason a page could not be cleaned: a bad page
never fails the job). Needs the ``spark`` extra: ``pip install 'cleantext[spark]'``.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Iterator

from .cleaner import KINDS, Cleaner, Failure, clean_item
from .page import Page

if TYPE_CHECKING:
    import pandas
    from pyspark.sql import DataFrame

ADDED = ("title", "body", "removed", "error")


def clean_dataframe(df: DataFrame, column: str = "text", kind: str | None = None,
                    cleaner: Cleaner | None = None) -> DataFrame:
    """``df`` with title, body, removed and error columns added for the pages in ``column``.

    ``column`` holds the pages as strings or bytes (bytes: the encoding is detected); ``kind``
    is "text" or "html" to skip detection; ``cleaner`` carries the settings (languages,
    time budget), default ``Cleaner()``.
    """
    from pyspark.sql import types

    if column not in df.columns:
        raise ValueError(f"no column {column!r} in the DataFrame (columns: {', '.join(df.columns)})")
    if kind is not None and kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS} or None, not {kind!r}")
    clash = [name for name in ADDED if name in df.columns]
    if clash:
        raise ValueError(f"the DataFrame already has column(s) {', '.join(clash)}: rename them first")
    schema = types.StructType(list(df.schema.fields) + [
        types.StructField("title", types.StringType()),
        types.StructField("body", types.StringType()),
        types.StructField("removed", types.MapType(types.StringType(), types.IntegerType())),
        types.StructField("error", types.StringType()),
    ])
    return df.mapInPandas(_Partition(cleaner or Cleaner(), column, kind), schema)


class _Partition:
    """The function each Python worker runs over its partition's batches (picklable)."""

    def __init__(self, cleaner: Cleaner, column: str, kind: str | None) -> None:
        self.cleaner = cleaner
        self.column = column
        self.kind = kind

    def __call__(self, batches: Iterator[pandas.DataFrame]) -> Iterator[pandas.DataFrame]:
        row = 0
        for batch in batches:
            titles: list[str | None] = []
            bodies: list[str | None] = []
            removed: list[dict[str, int] | None] = []
            errors: list[str | None] = []
            for value in batch[self.column]:
                row += 1
                result = self._clean(value, row)
                failed = isinstance(result, Failure)
                titles.append(None if failed else result.title)
                bodies.append(None if failed else result.body)
                removed.append(None if failed else result.removed)
                errors.append(result.error if failed else None)
            yield batch.assign(title=titles, body=bodies, removed=removed, error=errors)

    def _clean(self, value: Any, row: int) -> Any:
        name = f"{self.column} of row {row} in its partition"
        if value is None or (isinstance(value, float) and math.isnan(value)):  # pandas' missing values
            return Failure(name, f"{name}: no page (null)")
        if isinstance(value, (bytearray, memoryview)):
            value = bytes(value)
        return clean_item(self.cleaner, Page(value, name=name, kind=self.kind), row)
