"""Pathological inputs: each cleaned in time per MB within a multiple of a normal page's.

    python -m benchmarks.pathological [--quick] [--only NAME[,NAME...]] [--limit 5]

Every input of issue 15 (huge lines, a million lines, deep nesting, huge
attributes, unclosed constructs, entity bombs, broken and mixed encodings,
odd scripts, dumps of only bullets, digits or punctuation, 200k short
paragraphs) is built here by a small generator at full size (``--quick``:
a tenth). Each is cleaned once through ``cleantext.clean`` (bytes, kind
detected, as a crawler would call it; ``str`` where the point is a string
that no bytes decode to, like lone surrogates), and its time per MB is divided
by a normal page's: the corpus sample in the same mode (text or HTML), total
time over total MB. A ratio above ``--limit`` (5) is a failure, and so is an
exception other than the library's one-sentence ``CleantextError`` (a
binary file is refused with such an error: that is a result, not a crash).

Times are CPU time of this process (``time.process_time``): on a shared machine the wall
clock of a long case and of the normal pages measured minutes apart see different loads.

The generators are also the source of the modest-size cases in
``tests/robustness/``.
"""

from __future__ import annotations

import argparse
import codecs
import gc
import statistics
import sys
import time
from collections.abc import Callable, Sequence

import attrs

from benchmarks import corpora

MB = 1_000_000
DEFAULT_LIMIT = 5.0


@attrs.frozen
class Case:
    """One pathological input: its name, the mode it is judged against, and how to build it."""

    name: str
    mode: str  # 'text' or 'html': which normal page's time per MB it is compared with
    build: Callable[[float], str | bytes]  # scale (1.0 = the size) -> the page


def _n(count: int, scale: float) -> int:
    return max(1, int(count * scale))


def _html(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>A page</title></head><body>{body}</body></html>"


_SENTENCE = "The committee met on Tuesday and agreed on a new plan for the city's parks. "
_RTL = "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd \u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645 \u202e\u202b"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_COMBINING = "e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309"


def _mixed_encodings(scale: float) -> bytes:
    parts = [
        "Ein Absatz über Straßenbahnen in Zürich und München.\n".encode("utf-8"),
        "Un paragraphe en français : déjà, où, très.\n".encode("cp1252"),
        "서울시는 대중교통 요금을 인상했다.\n".encode("euc-kr"),
        "Текст на русском языке.\n".encode("koi8-r"),
        "日本語の文章です。\n".encode("shift_jis"),
    ]
    return b"".join(parts) * _n(20_000, scale)


# Bytes no encoding reads (UnicodeDammit's last resort: decoded with replacement, once logged on stderr).
UNDECODABLE = bytes.fromhex(
    "ff0a8f648ffe90c30aff0aff906581ff20ff81c36228630a8f0a81659dc39d61ff20639d64ffff9d81fe6228fe20c365"
    "0a61fe8d280a650a9dfe9d8f65629d0a8fff636364c38f658f0a8164fe20628128638161fe63ff636490280a6362628f"
    "8dfe0a9dfe81619d618d280a63638f9062c38d90630a6528658dfec3200a8d8f286190610a8164908f616581c390640a"
    "818f818d6161636465fe20626362c30a610a649d9d9081630aff64fe65c3200a289020646161636362208fc30a81c39d"
    "90618fff28906390"
)


def _wide(encoding: str, bom: bool) -> Callable[[float], bytes]:
    def build(scale: float) -> bytes:
        text = ("Ein Absatz über Straßenbahnen. 서울시는 요금을 인상했다. " + _SENTENCE + "\n") * _n(20_000, scale)
        data = text.encode(encoding)
        if bom:
            data = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-32-le": codecs.BOM_UTF32_LE,
                    "utf-16-be": codecs.BOM_UTF16_BE, "utf-32-be": codecs.BOM_UTF32_BE}[encoding] + data
        return data
    return build


CASES: tuple[Case, ...] = (
    Case("single line 50 MB", "text", lambda s: (_SENTENCE * _n(50 * MB // len(_SENTENCE), s)).encode()),
    Case("1M one-character lines", "text", lambda s: ("a\n" * _n(1_000_000, s)).encode()),
    Case("100k identical lines", "text", lambda s: ("Click here to read more about it\n" * _n(100_000, s)).encode()),
    Case("100k distinct short lines", "text",
         lambda s: "".join(f"item {i} costs {i * 7919 % 100_003} won\n" for i in range(_n(100_000, s))).encode()),
    Case("HTML nested 100k deep", "html",
         lambda s: _html("<div>" * _n(100_000, s) + "<p>deep text here</p>" + "</div>" * _n(100_000, s)).encode()),
    Case("HTML nested 100k deep, unclosed", "html",
         lambda s: _html("<div><span>x" * _n(100_000, s)).encode()),
    Case("10 MB attribute", "html",
         lambda s: _html(f'<p class="{"a" * _n(10 * MB, s)}">{_SENTENCE}</p>').encode()),
    Case("100k attributes", "html",
         lambda s: _html("<p " + " ".join(f'a{i}="v{i}"' for i in range(_n(100_000, s))) + f">{_SENTENCE}</p>").encode()),
    Case("100k class words", "html",
         lambda s: _html("<div class=\"" + " ".join(f"c{i}" for i in range(_n(100_000, s))) + f"\"><p>{_SENTENCE}</p></div>").encode()),
    Case("unclosed comment", "html", lambda s: _html(f"<p>{_SENTENCE}</p><!-- " + "x <p>y</p> " * _n(200_000, s)).encode()),
    Case("unclosed CDATA", "html", lambda s: _html(f"<p>{_SENTENCE}</p><![CDATA[ " + "x <p>y</p> " * _n(200_000, s)).encode()),
    Case("unclosed script", "html", lambda s: _html(f"<p>{_SENTENCE}</p><script>" + "var a = '<p>y</p>'; " * _n(200_000, s)).encode()),
    Case("unclosed tag", "html", lambda s: _html(f"<p>{_SENTENCE}</p><p " + "x=y " * _n(500_000, s)).encode()),
    Case("billion laughs", "html", lambda s: billion_laughs().encode()),
    Case("external entity", "html", lambda s: external_entity("/etc/passwd").encode()),
    Case("NUL bytes in text", "text", lambda s: (_SENTENCE + "\x00") .encode() * _n(50_000, s)),
    Case("NUL bytes in text (str)", "text", lambda s: (_SENTENCE + "\x00\n") * _n(50_000, s)),
    Case("lone surrogates (str)", "text", lambda s: (_SENTENCE + "\ud800 \udfff\n") * _n(50_000, s)),
    Case("lone surrogates in HTML (str)", "html", lambda s: _html((f"<p>{_SENTENCE}\ud83d</p>") * _n(50_000, s))),
    Case("invalid UTF-8", "text", lambda s: (_SENTENCE.encode() + b"\xff\xc3\x28\xa0\xa1\xe2\x28\xa1\n") * _n(50_000, s)),
    Case("no encoding fits", "text", lambda s: UNDECODABLE * _n(10_000, s)),
    Case("UTF-16 LE with BOM", "text", _wide("utf-16-le", True)),
    Case("UTF-16 LE without BOM", "text", _wide("utf-16-le", False)),
    Case("UTF-16 BE without BOM", "text", _wide("utf-16-be", False)),
    Case("UTF-32 LE with BOM", "text", _wide("utf-32-le", True)),
    Case("UTF-32 LE without BOM", "text", _wide("utf-32-le", False)),
    Case("mixed encodings", "text", _mixed_encodings),
    Case("right-to-left text", "text", lambda s: ((_RTL + " ") * 8 + "\n").encode() * _n(20_000, s)),
    Case("zero-width characters", "text", lambda s: (_ZERO_WIDTH.join(_SENTENCE) + "\n").encode() * _n(10_000, s)),
    Case("combining characters", "text", lambda s: ((_COMBINING * 40) + "\n").encode() * _n(20_000, s)),
    Case("only bullets", "text", lambda s: ("•\n· · ·\n- - -\n* *\n▶ ▪ ◆\n").encode() * _n(100_000, s)),
    Case("only digits", "text", lambda s: "".join(f"{i} {i * 31}\n" for i in range(_n(200_000, s))).encode()),
    Case("only punctuation", "text", lambda s: ("!!! ??? ... ;;; ---\n.,:;!?\n").encode() * _n(100_000, s)),
    Case("200k short paragraphs", "html", lambda s: _html("<p>word word word word</p>" * _n(200_000, s)).encode()),
    Case("200k short lines", "text", lambda s: ("word word word word\n" * _n(200_000, s)).encode()),
)


def billion_laughs(levels: int = 10) -> str:
    """The classic entity bomb: each entity ten of the one before; expanded, 10**levels 'lol's."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)
    ]
    return ('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n ' + "\n ".join(entities) + "\n]>\n"
            f"<html><body><p>laughs: &lol{levels - 1};</p></body></html>")


def external_entity(path: str, url: str = "http://127.0.0.1:9/dtd") -> str:
    """A document whose entities and DTD point at a local file and a URL."""
    return (f'<?xml version="1.0"?>\n<!DOCTYPE page SYSTEM "{url}" [\n'
            f' <!ENTITY secret SYSTEM "file://{path}">\n <!ENTITY remote SYSTEM "{url}/x">\n]>\n'
            f"<html><body><p>secret: &secret; remote: &remote;</p></body></html>")


# --------------------------------------------------------------------------- timing

@attrs.frozen
class Normal:
    """A normal page's seconds per MB: over the whole sample (total time / total MB, the strict
    one: big pages weigh most, and they are the cheapest per MB), and the median page's."""

    total: float
    median: float


def _normal_seconds_per_mb(mode: str, quick: bool) -> Normal:
    """A normal page's cost on the corpus sample (seeds or the HTML fixture if absent)."""
    import cleantext

    pages: list[bytes] = []
    if not corpora.missing_corpora(("traf-eval",)):
        corpus = corpora.quick_sample(corpora.load_corpus("traf-eval"), 30 if quick else 100)
        if mode == "html":
            pages = list(corpora.load_html(corpus).values())
        else:
            pages = [text.encode() for text in corpora.load_dumps(corpus, "html_text").values()]
    if not pages:  # no corpora: the seeds (text) or the test fixture (HTML)
        if mode == "html":
            pages = [(corpora.REPO_ROOT / "tests/fixtures/html/article.html").read_bytes()]
        else:
            pages = [seed.text.encode() for seed in corpora.load_seeds()]
    clean = cleantext.clean_html if mode == "html" else cleantext.clean_text
    for page in pages[:3]:
        clean(page)  # warm-up: cue compilation, imports
    per_page = []
    for page in pages:
        started = time.process_time()
        clean(page)
        per_page.append((time.process_time() - started, len(page) / MB))
    total = sum(seconds for seconds, _ in per_page) / sum(size for _, size in per_page)
    return Normal(total, statistics.median(seconds / size for seconds, size in per_page))


@attrs.frozen
class Outcome:
    name: str
    megabytes: float
    seconds: float
    ratio: float  # to the sample's total time per MB
    median_ratio: float  # to the median page's time per MB
    result: str  # 'ok', 'error: ...' (a CleantextError), or 'CRASH: ...'

    @property
    def crashed(self) -> bool:
        return self.result.startswith("CRASH")


def size_mb(page: str | bytes) -> float:
    return len(page.encode("utf-8", "surrogatepass") if isinstance(page, str) else page) / MB


def run_case(case: Case, scale: float, normal: Normal) -> Outcome:
    import cleantext
    from cleantext.errors import CleantextError

    page = case.build(scale)
    gc.collect()
    started = time.process_time()
    try:
        doc = cleantext.clean(page)
        result = f"ok ({len(doc.blocks)} blocks, {len(doc.body)} body chars)"
    except CleantextError as error:
        result = f"error: {str(error)[:60]}"
    except Exception as error:  # noqa: BLE001 - reported, so the table shows every case
        result = f"CRASH: {type(error).__name__}: {str(error)[:60]}"
    seconds = time.process_time() - started
    megabytes = size_mb(page)
    per_mb = seconds / megabytes
    return Outcome(case.name, megabytes, seconds, per_mb / normal.total, per_mb / normal.median, result)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pathological", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of each size")
    parser.add_argument("--only", help="comma-separated case names (substrings)")
    parser.add_argument("--limit", type=float, default=DEFAULT_LIMIT, help="highest ratio to a normal page (5)")
    args = parser.parse_args(argv)
    scale = 0.1 if args.quick else 1.0
    wanted = [name.strip().lower() for name in args.only.split(",")] if args.only else None
    cases = [case for case in CASES if wanted is None or any(w in case.name.lower() for w in wanted)]
    normal = {mode: _normal_seconds_per_mb(mode, args.quick) for mode in ("text", "html")}
    print(f"normal page, s/MB (sample total / median page): text {normal['text'].total:.3f} / "
          f"{normal['text'].median:.3f}, html {normal['html'].total:.3f} / {normal['html'].median:.3f} (scale {scale})")
    print(f"{'input':<34} {'MB':>8} {'seconds':>8} {'x total':>8} {'x median':>8}  result")
    bad = 0
    for case in cases:
        outcome = run_case(case, scale, normal[case.mode])
        slow = outcome.ratio > args.limit and outcome.seconds > 0.05  # tiny inputs: fixed costs dominate
        bad += outcome.crashed or slow
        flag = "  <-- SLOW" if slow else ""
        print(f"{outcome.name:<34} {outcome.megabytes:8.2f} {outcome.seconds:8.3f} {outcome.ratio:8.2f} "
              f"{outcome.median_ratio:8.2f}  "
              f"{outcome.result}{flag}", flush=True)
    print(f"{bad} of {len(cases)} inputs crashed or exceeded {args.limit}x a normal page's time per MB "
          "(the sample's total; the median page's is shown beside it)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
