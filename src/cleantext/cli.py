"""The command line: ``python -m cleantext [FILE|DIR|-]...`` (also the ``cleantext`` script).

The CLI only gathers inputs, runs them through the library and prints the
results; reading, decoding and the expected input errors are the library's
job (``Cleaner.clean_many``), so a page behaves the same from the shell and
from Python. What the CLI adds is the batch contract of DESIGN.md: one line on
stderr per bad input, the rest still processed, and an exit status that says
which of the two happened (0 all fine, 1 some inputs failed, 2 usage error).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import json
import logging
import os
import secrets
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence, TextIO, Union

import attrs

from . import __version__, report
from .cleaner import DEFAULT_TIMEOUT, Cleaner, Failure, clean_item
from .formats import format_of, read_pages
from .model import Document
from .outdir import OutputDir, output_dir_conflict
from .page import Page
from .parallel import clean_in_workers
from .progress import is_terminal, progress_bar

PROG = "cleantext"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # what shells report for Ctrl-C
STDIN_NAME = "<stdin>"
FORMATS = ("text", "json", "jsonl")

Result = Union[Document, Failure]


@attrs.frozen
class Job:
    """One input argument's file (or standard input): the name the user sees, where its bytes
    come from, and whether it is one page or a stream of them (a WARC, WET or JSONL file).

    Standard input is read in the parent process and travels as ``data``: worker processes
    have no usable stdin. A stream is read lazily, record by record, when the batch runs.
    """

    name: str
    path: Path | None = None
    data: bytes | None = None
    stream: str | None = None  # "warc" or "jsonl": many pages in one file

    @property
    def source(self) -> Path | bytes:
        """What ``Cleaner.clean_many`` takes: a path to read, or the bytes themselves."""
        return self.path if self.path is not None else (self.data or b"")

    def page(self) -> Page:
        """The one page of a non-stream input, read by the process that cleans it."""
        return Page(self.source, name=self.name)


Item = Union[Job, Failure]  # an input, or one that already failed while being listed


# --------------------------------------------------------------------------- arguments

def build_parser() -> argparse.ArgumentParser:
    """The argument parser; argparse itself turns bad options into exit status 2."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Print the clean article body of scraped web pages (text dumps or HTML).",
        epilog="Exit status: 0 all inputs cleaned, 1 some inputs failed, 2 usage error.",
    )
    parser.add_argument("inputs", nargs="*", metavar="FILE|DIR|-",
                        help="pages to clean; a directory means every non-hidden file under it; "
                             "'-' (the default) reads standard input")
    parser.add_argument("-f", "--format", choices=FORMATS, default="text",
                        help="text: the bodies; json: one document (an array for several inputs); "
                             "jsonl: one document per line (default: text)")
    parser.add_argument("--explain", action="store_true",
                        help="list every input line or block with its label, removed ones marked '-'")
    parser.add_argument("-v", "--reasons", action="store_true",
                        help="with --explain: also show the rule that labelled each line; and say on "
                             "stderr when an input's encoding was guessed or bytes were replaced")
    parser.add_argument("--title", action="store_true", help="text format: print the title before the body")
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--html", dest="kind", action="store_const", const="html", default="auto",
                      help="treat every input as HTML")
    kind.add_argument("--text", dest="kind", action="store_const", const="text",
                      help="treat every input as a plain-text dump")
    parser.add_argument("--lang", type=_languages, metavar="LANG[,LANG...]",
                        help="use only these cue languages (default: all)")
    parser.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                        help="worker processes (0: one per CPU; default 1)")
    parser.add_argument("--no-blocks", dest="blocks", action="store_false",
                        help="json/jsonl: leave out the per-block list (smaller output for crawl-size runs)")
    parser.add_argument("--jsonl-field", metavar="NAME",
                        help="read every file as JSON Lines with the page (text or HTML) in field NAME "
                             "(default for .jsonl files: the first of html, text, content, raw_content, body)")
    parser.add_argument("--id-field", metavar="NAME",
                        help="JSON Lines: the field naming each row in results and errors (default: id)")
    parser.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help="time budget per page; a page over it fails alone (0: none; default %(default)g)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("-o", "--output", metavar="FILE",
                        help="write to FILE instead of standard output (never one of the inputs)")
    output.add_argument("--report", metavar="FILE",
                        help="instead of the bodies, write one self-contained HTML report to FILE "
                             "('-': standard output): every block of every page, removed ones struck "
                             "through with their label and rule; FILE appears only when complete")
    output.add_argument("--output-dir", metavar="DIR",
                        help="write one result file per input under DIR (each written whole, then renamed "
                             "into place; never one of the inputs)")
    parser.add_argument("--progress", action="store_true",
                        help="draw a progress bar on stderr even when it is not a terminal")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _jobs(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (one per CPU) or more, not {number}")
    return number or os.cpu_count() or 1


def _seconds(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not number >= 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 (no budget) or more seconds, not {value}")
    return number or None


def _languages(value: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in value.split(",") if name.strip())
    if not names:
        raise argparse.ArgumentTypeError("give at least one language, e.g. --lang ko,en")
    return names


def _make_cleaner(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Cleaner:
    """The Cleaner the options ask for; an unknown language is a usage error, not a crash."""
    try:
        return Cleaner(languages=args.lang, kind=args.kind, timeout=args.timeout)
    except ValueError as error:
        parser.error(f"--lang: {error}")


def _check_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.explain and args.format != "text":
        parser.error("--explain prints text; json and jsonl output already list every block")
    if args.report is not None and (args.explain or args.format != "text"):
        parser.error("--report writes the report instead of the usual output: drop --explain and --format")
    if args.id_field and not args.jsonl_field and not any(format_of(arg) == "jsonl" for arg in args.inputs):
        parser.error("--id-field applies to JSON Lines input: give a .jsonl file or --jsonl-field")
    if not args.inputs:
        if is_terminal(sys.stdin):
            parser.error("no input: give FILE, DIR or '-' to read standard input")
        args.inputs = ["-"]


# --------------------------------------------------------------------------- inputs

def collect_inputs(arguments: Sequence[str], *, jsonl: bool = False) -> list[Item]:
    """Turn FILE, DIR and '-' arguments into jobs, in order; listing problems become Failures.

    A missing file stays a job: reading it is the library's business, and its
    error then has the same wording as every other read error. Standard input
    is read here, before any output file is opened, so ``-o page.txt < page.txt``
    cannot lose the page.
    """
    items: list[Item] = []
    stdin: Item | None = None  # read once, even if '-' is given twice
    for argument in arguments:
        if argument == "-":
            stdin = stdin or _read_stdin()
            items.append(stdin)
        elif os.path.isdir(argument):
            items.extend(_directory_items(Path(argument)))
        else:
            items.append(_file_job(Path(argument)))
    if jsonl:  # --jsonl-field: every file is a JSON Lines export, whatever its name
        items = [attrs.evolve(item, stream=item.stream or "jsonl") if isinstance(item, Job) and item.path
                 else item for item in items]
    return items


def _file_job(path: Path) -> Job:
    """A file's job: one page, or a stream of them when its name says WARC, WET or JSONL."""
    return Job(display_name(os.fspath(path)), path=path, stream=format_of(path))


def _read_stdin() -> Item:
    stream = sys.stdin
    if stream is None or getattr(stream, "closed", False):  # started with stdin closed ('<&-')
        return Failure(STDIN_NAME, f"{STDIN_NAME}: standard input is closed; give FILE or DIR instead of '-'")
    try:
        return Job(STDIN_NAME, data=stream.buffer.read())
    except (AttributeError, ValueError):  # replaced by an object without bytes, or closed
        return Failure(STDIN_NAME, f"{STDIN_NAME}: standard input cannot be read as bytes")
    except OSError as error:
        return Failure(STDIN_NAME, f"{STDIN_NAME}: cannot read standard input: {error.strerror or error}")


def _directory_items(directory: Path) -> list[Item]:
    """Every regular, non-hidden file under ``directory``, sorted by path.

    Only regular files: a FIFO or socket in a scraped tree would block or fail
    the read. Hidden names are skipped because they are editor and VCS litter.
    """
    files: list[Path] = []
    problems: list[Item] = []

    def _unlistable(error: OSError) -> None:
        name = display_name(error.filename or os.fspath(directory))
        problems.append(Failure(name, f"{name}: cannot list directory: {error.strerror or error}"))

    for root, subdirs, names in os.walk(directory, onerror=_unlistable):
        subdirs[:] = [name for name in subdirs if not name.startswith(".")]
        files.extend(Path(root, name) for name in names
                     if not name.startswith(".") and os.path.isfile(os.path.join(root, name)))
    files.sort(key=lambda path: path.relative_to(directory).parts)
    items: list[Item] = [_file_job(path) for path in files]
    if not items and not problems:
        name = display_name(os.fspath(directory))
        problems.append(Failure(name, f"{name}: directory has no (non-hidden) files"))
    return items + problems


def display_name(name: str) -> str:
    """A file name safe to print on one UTF-8 line: undecodable bytes and control characters escaped."""
    try:
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        name = name.encode("utf-8", "replace").decode("utf-8")
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in name)


def _output_conflict(output: str, arguments: Sequence[str], items: Sequence[Item]) -> str | None:
    """Why ``output`` may not be written, if it is (or would become) one of the inputs."""
    target = Path(output).resolve()
    for item in items:
        if isinstance(item, Job) and item.path is not None:
            if item.path.resolve() == target or _same_file(item.path, Path(output)):
                return f"would overwrite input {item.name}"
    for argument in arguments:
        if argument != "-" and os.path.isdir(argument):
            root = Path(argument).resolve()
            if target == root or root in target.parents:
                return f"lies inside input directory {display_name(argument)}"
    return None


def _same_file(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)  # hard links and symlinks
    except OSError:
        return False


# --------------------------------------------------------------------------- cleaning

BatchItem = Union[Page, Failure]


def pages_of(items: Sequence[Item], args: argparse.Namespace, origins: collections.deque[int]) -> Iterator[BatchItem]:
    """Every page to clean, in order, read lazily: a stream input gives its records one by one.

    The index of the input each page came from is appended to ``origins`` as the page is
    handed out, so the (in-order) results can be matched to their inputs for --output-dir.
    """
    for index, item in enumerate(items):
        if isinstance(item, Job) and item.stream and item.path is not None:
            records = read_pages(item.path, name=item.name, kind=item.stream, field=args.jsonl_field,
                                 id_field=args.id_field)
        else:
            records = iter([item.page() if isinstance(item, Job) else item])
        for record in records:
            origins.append(index)
            yield record


def cleaned(cleaner: Cleaner, pages: Iterable[BatchItem], render: Renderer, workers: int) -> Iterator[Rendered]:
    """Rendered results in input order, from this process or from ``workers`` processes.

    The workers render (the text or JSON to print) themselves: a page's output is far smaller
    to send back than its Document, and the parent, which shares the cores, stays idle.
    """
    if workers <= 1:
        return (render(clean_item(cleaner, page, number)) for number, page in enumerate(pages, start=1))
    return clean_in_workers(cleaner, pages, jobs=workers, finish=render)


# --------------------------------------------------------------------------- output

@attrs.frozen
class Rendered:
    """A result as the CLI prints it, made where the page was cleaned (possibly a worker)."""

    name: str
    text: str  # what the writer prints for it ('' for a failure in text formats)
    error: str | None = None  # the one-line error of a failed input
    section: report.Section | None = None  # --report: the page's part of the report
    warning: str | None = None  # decoding trouble (an encoding guessed, bytes replaced), said with -v


def result_record(result: Result, *, blocks: bool = True) -> dict[str, Any]:
    """The JSON form of a result: the same keys for documents and failures, so a stream of
    them loads as one table (id or path, url, title, body, meta, removed per label, error)."""
    if isinstance(result, Failure):
        return {"source": result.source, "id": result.source, "url": None, "kind": None, "page_type": None, "title": None,
                "body": None, "meta": {}, "removed": {}, "error": result.error}
    data = result.to_dict()
    record = result.record
    head = {"source": result.source, "id": record.get("id") or result.source,
            "url": record.get("url") or result.meta.get("url")}
    data.update(removed=result.removed, error=None)
    if not blocks:
        del data["blocks"]
    return {**head, **data}


@attrs.frozen
class Renderer:
    """Turns a result into its printed form; picklable, so worker processes can run it."""

    format: str = "text"
    explain: bool = False
    reasons: bool = False
    title: bool = False
    array: bool = False  # json: one element of an array (indented one level)
    blocks: bool = True
    report: bool = False  # --report: a section of the HTML report

    def __call__(self, result: Result) -> Rendered:
        error = result.error if isinstance(result, Failure) else None
        name = result.source or ""
        warning = result.meta.get("decode_warning") if isinstance(result, Document) else None
        if self.report:
            return Rendered(name, "", error, report.section(result), warning)
        if self.format == "json":
            text = json.dumps(result_record(result, blocks=self.blocks), ensure_ascii=False, indent=2)
            if self.array:
                text = "\n".join("  " + line for line in text.splitlines())
            return Rendered(name, text, error, warning=warning)
        if self.format == "jsonl":
            return Rendered(name, json.dumps(result_record(result, blocks=self.blocks), ensure_ascii=False), error,
                            warning=warning)
        if isinstance(result, Failure):
            return Rendered(name, "", error)
        return Rendered(name, explain(result, self.reasons) if self.explain else body_text(result, self.title),
                        warning=warning)


def body_text(doc: Document, title: bool) -> str:
    heading = f"{doc.title}\n\n" if title and doc.title else ""
    return heading + (doc.body + "\n" if doc.body else "")


def explain(doc: Document, reasons: bool) -> str:
    """Every input line with its block's verdict: '+' kept or '-' removed, label, and optionally
    reason and DOM path. A block the dump broke over several lines shows each of its lines, the
    verdict on the first and blank on the others. Decoding trouble opens it as a '#' line."""
    warning = doc.meta.get("decode_warning")
    head = f"# {doc.meta.get('encoding', '?')}: {warning}\n" if warning else ""
    head += f"# page type: {doc.page_type}\n"
    blocks = doc.blocks
    if not blocks:
        return head
    number_width = max(4, len(str(max(block.line_end for block in blocks))))
    reason_width = max(len(block.reason) for block in blocks) if reasons else 0
    path_width = max(len(block.dom_path or "") for block in blocks)
    lines = []
    for block in blocks:
        columns = ["+" if block.kept else "-", f"{block.label or '?'!s:<10}"]
        if reasons:
            columns.append(f"{block.reason:<{reason_width}}")
        if path_width:
            columns.append(f"{block.dom_path or '':<{path_width}}")
        verdict = " ".join(columns)
        for number, text in enumerate(block.text.split("\n"), start=block.line):
            lines.append(f"{number:>{number_width}} {verdict} | {text}\n")
            verdict = " " * len(verdict)
    return head + "".join(lines)


class TextWriter:
    """Bodies one after another; with several inputs each opens with ``==> NAME <==`` like tail."""

    def __init__(self, out: TextIO, *, headers: bool) -> None:
        self.out = out
        self.headers = headers
        self._first = True

    def write(self, result: Rendered) -> None:
        if result.error is not None:  # already reported on stderr
            return
        if self.headers:
            self.out.write(("" if self._first else "\n") + f"==> {result.name} <==\n")
        self._first = False
        self.out.write(result.text)

    def close(self) -> None:
        self.out.flush()


class JsonWriter:
    """One JSON document, or an array of them when several inputs were asked for."""

    def __init__(self, out: TextIO, *, array: bool) -> None:
        self.out = out
        self.array = array
        self._count = 0

    def write(self, result: Rendered) -> None:
        if self.array:
            self.out.write(("[\n" if not self._count else ",\n") + result.text)
        else:
            self.out.write(result.text + "\n")
        self._count += 1

    def close(self) -> None:
        if self.array:
            self.out.write("\n]\n" if self._count else "[]\n")
        self.out.flush()


class JsonlWriter:
    """One JSON object a line: documents and failures alike (``result_record``)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, result: Rendered) -> None:
        self.out.write(result.text + "\n")

    def close(self) -> None:
        self.out.flush()


class ReportWriter:
    """The HTML report (``cleantext.report``). Each page arrives rendered as its section, so a
    batch holds strings rather than documents; the file is written at the end, because its table
    of contents needs every page."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.sections: list[report.Section] = []

    def write(self, result: Rendered) -> None:
        if result.section is not None:
            self.sections.append(report.numbered(result.section, len(self.sections) + 1))

    def close(self) -> None:
        self.out.write(report.assemble(self.sections))
        self.out.flush()


Writer = Union[TextWriter, JsonWriter, JsonlWriter, ReportWriter]


def make_renderer(args: argparse.Namespace, *, several: bool) -> Renderer:
    return Renderer(format=args.format, explain=args.explain, reasons=args.reasons, title=args.title,
                    array=several and args.format == "json", blocks=args.blocks, report=args.report is not None)


def make_writer(args: argparse.Namespace, out: TextIO, *, several: bool) -> Writer:
    if args.report is not None:
        return ReportWriter(out)
    if args.format == "json":
        return JsonWriter(out, array=several)
    if args.format == "jsonl":
        return JsonlWriter(out)
    return TextWriter(out, headers=several)


def _utf8_stdout() -> TextIO:
    """Standard output as UTF-8 whatever the locale: pages are in every script."""
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper):
        try:
            stream.reconfigure(encoding="utf-8", errors="replace")
        except (ValueError, io.UnsupportedOperation):
            pass
    return stream


def _open_output(parser: argparse.ArgumentParser, output: str | None) -> contextlib.AbstractContextManager[TextIO | None]:
    """Standard output, a device or FIFO written as it goes, or a file that appears only when complete."""
    if output is None or output == "-":
        return contextlib.nullcontext(_utf8_stdout())
    if os.path.isdir(output):
        parser.error(f"-o {display_name(output)} is a directory")
    try:
        if os.path.exists(output) and not os.path.isfile(output):  # /dev/null, a FIFO: nothing to rename over
            return open(output, "w", encoding="utf-8")
        return Replacement(output)
    except OSError as error:
        parser.error(f"cannot write {display_name(output)}: {error.strerror or error}")


class WriteFailed(Exception):
    """The finished output could not be put in place; the message names the file."""


class Replacement:
    """A file written under a temporary name in its target's directory and renamed over the
    target only when complete, so an interrupted or failed run leaves no half-written file and
    keeps any previous one. The temporary file is made at once, so an unwritable place is known
    before the cleaning starts."""

    def __init__(self, target: str) -> None:
        self.target = target
        directory, name = os.path.split(os.path.abspath(target))
        while True:
            self.temporary = os.path.join(directory, f".{name}.{secrets.token_hex(4)}.tmp")
            try:  # O_EXCL: never an existing file; mode 0o666 lets the umask decide, as open() does
                descriptor = os.open(self.temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
                break
            except FileExistsError:
                continue
        self.stream: TextIO = open(descriptor, "w", encoding="utf-8")

    def __enter__(self) -> TextIO:
        return self.stream

    def __exit__(self, kind: object, error: object, traceback: object) -> None:
        try:
            self.stream.close()
            if kind is None:
                os.replace(self.temporary, self.target)
        except OSError as failure:
            raise WriteFailed(f"cannot write {display_name(self.target)}: {failure.strerror or failure}") from None
        finally:
            with contextlib.suppress(OSError):
                if os.path.lexists(self.temporary):
                    os.unlink(self.temporary)


def _open_report(parser: argparse.ArgumentParser, target: str) -> contextlib.AbstractContextManager[TextIO]:
    if target == "-":
        return contextlib.nullcontext(_utf8_stdout())
    if os.path.isdir(target):
        parser.error(f"--report {display_name(target)} is a directory")
    try:
        return Replacement(target)
    except OSError as error:
        parser.error(f"cannot write {display_name(target)}: {error.strerror or error}")


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the exit-time flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


# --------------------------------------------------------------------------- main

@attrs.define
class Tally:
    """How the batch went so far; read even when output stops early (broken pipe, Ctrl-C)."""

    failed: int = 0
    current: str | None = None  # the input being cleaned, named when the run is interrupted

    @property
    def status(self) -> int:
        return EXIT_FAILED if self.failed else EXIT_OK


def run(cleaner: Cleaner, items: Sequence[Item], args: argparse.Namespace, *, several: bool,
        out: TextIO | None, tally: Tally) -> None:
    """Clean every item in order, writing results (to ``out`` or --output-dir) and reporting
    failures one line each on stderr (and, with -v, decoding trouble: an encoding guessed,
    bytes replaced)."""
    origins: collections.deque[int] = collections.deque()
    pages = pages_of(items, args, origins)
    streams = any(isinstance(item, Job) and item.stream for item in items)
    total = None if streams else len(items)
    targets = OutputDir(args.output_dir, items, args, make_writer) if args.output_dir else None
    writer = make_writer(args, out, several=several) if out is not None else None
    renderer = make_renderer(args, several=several if targets is None else False)
    with progress_bar(total, sys.stderr, force=args.progress, label=PROG) as progress:
        try:
            for result in cleaned(cleaner, pages, renderer, args.jobs if total != 1 else 1):
                origin = origins.popleft()
                tally.current = result.name
                if result.error is not None:
                    tally.failed += 1
                    progress.message(f"{PROG}: {result.error}")
                elif args.reasons and result.warning:
                    progress.message(f"{PROG}: {result.name}: {result.warning}")
                if targets is not None:
                    problem = targets.write(origin, result)
                    if problem:
                        tally.failed += 1
                        progress.message(f"{PROG}: {problem}")
                elif writer is not None:
                    writer.write(result)
                progress.advance()
        except BaseException:
            if targets is not None:
                targets.close(complete=False)
            raise
    if targets is not None:
        targets.close()
    if writer is not None:
        writer.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit status (the console script passes it to sys.exit)."""
    try:
        return _main(argv)
    except KeyboardInterrupt:  # Ctrl-C before the batch started (reading stdin, listing a tree)
        print(f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        _check_options(parser, args)
        cleaner = _make_cleaner(parser, args)
        items = collect_inputs(args.inputs, jsonl=bool(args.jsonl_field))
        option, target = ("--report", args.report) if args.report is not None else ("--output", args.output)
        if target not in (None, "-"):
            clash = _output_conflict(target, args.inputs, items)
            if clash is not None:
                parser.error(f"{option} {display_name(target)} {clash}")
        if args.output_dir:
            clash = output_dir_conflict(args.output_dir, args.inputs)
            if clash is not None:
                parser.error(f"--output-dir {display_name(args.output_dir)} {clash}")
        output = (contextlib.nullcontext(None) if args.output_dir
                  else _open_report(parser, args.report) if args.report is not None
                  else _open_output(parser, args.output))
    except SystemExit as stop:  # usage errors, --help, --version
        return stop.code if isinstance(stop.code, int) else (EXIT_OK if stop.code is None else EXIT_USAGE)

    several = (len(args.inputs) > 1 or any(arg != "-" and os.path.isdir(arg) for arg in args.inputs)
               or any(isinstance(item, Job) and item.stream for item in items))
    tally = Tally()
    target_name = display_name(target) if target not in (None, "-") else "standard output"
    try:
        with output as out:
            run(cleaner, items, args, several=several, out=out, tally=tally)
    except BrokenPipeError:  # the reader (head, less) is gone: stop quietly
        _silence_stdout()
    except WriteFailed as failure:
        print(f"{PROG}: {failure}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:  # a full disk or device (-o /dev/full, > /dev/full): nothing more can be written
        print(f"{PROG}: cannot write {target_name}: {error.strerror or error}", file=sys.stderr)
        if target_name == "standard output":
            _silence_stdout()
        return EXIT_FAILED
    except KeyboardInterrupt:
        where = f" while cleaning {tally.current}" if tally.current else ""
        kept = f"; {target_name} not written" if isinstance(output, Replacement) else ""
        print(f"{PROG}: interrupted{where}{kept}", file=sys.stderr)
        return EXIT_INTERRUPTED
    return tally.status
