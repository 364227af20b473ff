"""cleantext.spark over a sample of the development corpus in local[2] mode equals clean_many.

Needs the spark extra (``pip install -e '.[spark]'``) and a Java runtime; skips saying which
is missing. One Spark session for the module: starting one takes ~10 s.
"""

from __future__ import annotations

import importlib.util
import os
import shutil

import pytest

from cleantext import Cleaner, Document, Failure

pytestmark = [
    pytest.mark.skipif(importlib.util.find_spec("pyspark") is None,
                       reason="pyspark not installed: pip install -e '.[spark]'"),
    pytest.mark.skipif(not (shutil.which("java") or os.environ.get("JAVA_HOME")),
                       reason="no Java runtime (java on PATH or JAVA_HOME): Spark needs one"),
]


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("cleantext-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_clean_dataframe_equals_clean_many_on_corpus_pages(spark) -> None:
    from corpus import corpus_sample

    from cleantext.spark import clean_dataframe

    html, dumps = corpus_sample()
    rows = [(key, page, "html") for key, page in html.items()] + [(key, text.encode("utf-8"), "text") for key, text in dumps.items()]
    rows.append(("broken", b"\x00\x01\x02 binary", "text"))
    df = spark.createDataFrame(rows, ["id", "page", "mode"]).repartition(2)
    result = {row.id + row.mode: row for row in clean_dataframe(df, column="page").collect()}

    expected = list(Cleaner().clean_many(page for _, page, _ in rows))
    for (key, _, mode), doc in zip(rows, expected):
        row = result[key + mode]
        if isinstance(doc, Failure):
            assert row.body is None and row.error and "binary" in row.error
        else:
            assert isinstance(doc, Document)
            assert (row.title, row.body, row.removed, row.error) == (doc.title, doc.body, doc.removed, None)
    assert set(result["brokentext"].asDict()) == {"id", "page", "mode", "title", "body", "removed", "error"}


def test_clean_dataframe_refuses_a_missing_column(spark) -> None:
    from cleantext.spark import clean_dataframe

    df = spark.createDataFrame([("x",)], ["html"])
    with pytest.raises(ValueError, match="no column 'text'"):
        clean_dataframe(df)
