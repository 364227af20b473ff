"""A small, fixed sample of the development corpora for the tests that need real pages.

Loaded with benchmarks/corpora.py; a checkout without ../shared/corpora skips those tests.
"""

from __future__ import annotations

import pytest

from benchmarks import corpora

SAMPLE = 24  # pages: enough sites and scripts to mean something, a few seconds to clean


def corpus_sample(size: int = SAMPLE) -> tuple[dict[str, bytes], dict[str, str]]:
    """(HTML bytes, html_text dumps) by "corpus/id" for the first ``size`` pages of traf-eval's
    quick order; skips the test when the corpora are not there."""
    if corpora.missing_corpora(["traf-eval"]):
        pytest.skip(f"development corpora not found under {corpora.corpora_dir()} (set ${corpora.CORPORA_ENV})")
    corpus = corpora.quick_sample(corpora.load_corpus("traf-eval"), size)
    html = {f"traf-eval/{key}": value for key, value in corpora.load_html(corpus).items()}
    dumps = {f"traf-eval/{key}": value for key, value in corpora.load_dumps(corpus, "html_text").items()}
    return html, dumps
