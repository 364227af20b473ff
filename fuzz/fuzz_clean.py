"""Coverage-guided fuzzing of the public API with atheris (libFuzzer for Python).

Each input is split by ``atheris.FuzzedDataProvider``: one byte picks the entry
point (``clean``, ``clean_text``, ``clean_html``, ``Cleaner.clean_many``) and
whether the page travels as bytes or as text; the rest is the page. The only
exception allowed out of the library is ``cleantext.errors.CleantextError``
(binary data and the like, one sentence naming the input); anything else, a
hang past libFuzzer's ``-timeout`` or a crash is a finding.

    python fuzz/fuzz_clean.py -runs=20000 fuzz/corpus          # a short pass
    nice -n 19 python fuzz/fuzz_clean.py -runs=1000000 -timeout=20 fuzz/corpus

See fuzz/README.md for the long run and how to replay a finding.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["cleantext"]):
    import cleantext
    from cleantext.cleaner import Cleaner, Failure
    from cleantext.errors import CleantextError
    from cleantext.model import Document

_CLEANER = Cleaner()
_ENTRY_POINTS = 8


def _check(doc: object) -> None:
    """What every result must satisfy, whatever the page."""
    if isinstance(doc, Failure):
        assert "internal error" not in doc.error, doc.error
        return
    assert isinstance(doc, Document), type(doc)
    assert isinstance(doc.body, str)
    for block in doc.blocks:
        assert isinstance(block.text, str)


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    choice = provider.ConsumeIntInRange(0, _ENTRY_POINTS - 1)
    # Even choices pass bytes; odd ones text (3 and 1 without surrogates, 5 and 7 with them).
    page: str | bytes = (provider.ConsumeUnicodeNoSurrogates(len(data)) if choice in (1, 3)
                         else provider.ConsumeUnicode(len(data)) if choice in (5, 7)
                         else provider.ConsumeBytes(len(data)))
    try:
        if choice in (0, 1):
            _check(cleantext.clean(page))
        elif choice in (2, 3):
            _check(cleantext.clean_html(page))
        elif choice in (4, 5):
            _check(cleantext.clean_text(page))
        else:
            for result in _CLEANER.clean_many([page, page]):
                _check(result)
    except CleantextError:
        pass


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
