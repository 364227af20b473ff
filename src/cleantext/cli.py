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
import contextlib
import io
import json
import multiprocessing
import os
import secrets
import signal
import sys
from pathlib import Path
from typing import Iterable, Iterator, Sequence, TextIO, Union

import attrs

from . import __version__, report
from .cleaner import Cleaner, Failure
from .model import Document
from .progress import Progress, is_terminal

PROG = "cleantext"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # what shells report for Ctrl-C
STDIN_NAME = "<stdin>"
FORMATS = ("text", "json", "jsonl")
BUG_HINT = "this is a bug in cleantext, please report it with the input"

Result = Union[Document, Failure]


@attrs.frozen
class Job:
    """One input to clean: the name the user sees and where its bytes come from.

    Standard input is read in the parent process and travels as ``data``:
    worker processes have no usable stdin.
    """

    name: str
    path: Path | None = None
    data: bytes | None = None

    @property
    def source(self) -> Path | bytes:
        """What ``Cleaner.clean_many`` takes: a path to read, or the bytes themselves."""
        return self.path if self.path is not None else (self.data or b"")


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
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write to FILE instead of standard output (never one of the inputs)")
    parser.add_argument("--report", metavar="FILE",
                        help="instead of the bodies, write one self-contained HTML report to FILE "
                             "('-': standard output): every block of every page, removed ones struck "
                             "through with their label and rule; FILE appears only when complete")
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


def _languages(value: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in value.split(",") if name.strip())
    if not names:
        raise argparse.ArgumentTypeError("give at least one language, e.g. --lang ko,en")
    return names


def _make_cleaner(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Cleaner:
    """The Cleaner the options ask for; an unknown language is a usage error, not a crash."""
    try:
        return Cleaner(languages=args.lang, kind=args.kind)
    except ValueError as error:
        parser.error(f"--lang: {error}")


def _check_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.explain and args.format != "text":
        parser.error("--explain prints text; json and jsonl output already list every block")
    if args.report is not None and (args.output is not None or args.explain or args.format != "text"):
        parser.error("--report writes the report instead of the usual output: "
                     "drop -o, --explain and --format")
    if not args.inputs:
        if is_terminal(sys.stdin):
            parser.error("no input: give FILE, DIR or '-' to read standard input")
        args.inputs = ["-"]


# --------------------------------------------------------------------------- inputs

def collect_inputs(arguments: Sequence[str]) -> list[Item]:
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
            path = Path(argument)
            items.append(Job(display_name(os.fspath(path)), path=path))
    return items


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
    items: list[Item] = [Job(display_name(os.fspath(path)), path=path) for path in files]
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

def clean_one(cleaner: Cleaner, job: Job) -> Result:
    """Clean one input; never raises, so one bad document cannot stop a batch.

    ``Cleaner.clean_many`` reads the input and turns the expected errors (I/O,
    binary data, bad encodings) into a Failure. It is called per item because a
    generator that raises is finished: an unexpected exception (a bug) would
    otherwise end the whole batch. Such a bug becomes a Failure here.
    """
    try:
        (result,) = cleaner.clean_many([job.source])
    except Exception as error:  # noqa: BLE001 -- any bug, reported per input
        message = " ".join(f"{type(error).__name__}: {error}".split())[:300]
        return Failure(job.name, f"{job.name}: internal error ({message}); {BUG_HINT}")
    return _renamed(result, job.name)


def _renamed(result: Result, name: str) -> Result:
    """Give the result the name the user knows the input by (stdin, odd file names)."""
    if result.source == name:
        return result
    if isinstance(result, Document):
        return attrs.evolve(result, source=name)
    own = result.source
    reason = result.error[len(own):].lstrip(": ") if own and result.error.startswith(own) else result.error
    return Failure(name, f"{name}: {reason}")


_worker_cleaner: Cleaner | None = None


def _start_worker(cleaner: Cleaner) -> None:
    """Pool initializer: keep the Cleaner once per process; let only the parent handle Ctrl-C."""
    global _worker_cleaner
    _worker_cleaner = cleaner
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _work(job: Job) -> Result:
    assert _worker_cleaner is not None, "pool started without _start_worker"
    return clean_one(_worker_cleaner, job)


@contextlib.contextmanager
def cleaning(cleaner: Cleaner, jobs: Sequence[Job], workers: int) -> Iterator[Iterator[Result]]:
    """Results for ``jobs`` in input order, from this process or from a pool of ``workers``."""
    workers = min(workers, len(jobs))
    if workers <= 1:
        yield (clean_one(cleaner, job) for job in jobs)
        return
    # Small chunks keep the output flowing and the workers evenly loaded; a few
    # per worker are enough to amortise the pickling of each round trip.
    chunksize = max(1, min(16, len(jobs) // (workers * 4)))
    with multiprocessing.Pool(workers, initializer=_start_worker, initargs=(cleaner,)) as pool:
        yield pool.imap(_work, jobs, chunksize=chunksize)


def in_input_order(items: Sequence[Item], results: Iterable[Result]) -> Iterator[Result]:
    """Merge the listing failures back between the cleaned jobs, keeping argument order."""
    cleaned = iter(results)
    for item in items:
        yield item if isinstance(item, Failure) else next(cleaned)


# --------------------------------------------------------------------------- output

class TextWriter:
    """Bodies one after another; with several inputs each opens with ``==> NAME <==`` like tail."""

    def __init__(self, out: TextIO, *, headers: bool, title: bool = False) -> None:
        self.out = out
        self.headers = headers
        self.title = title
        self._first = True

    def write(self, result: Result) -> None:
        if isinstance(result, Failure):  # already reported on stderr
            return
        if self.headers:
            self.out.write(("" if self._first else "\n") + f"==> {result.source} <==\n")
        self._first = False
        self.out.write(self.render(result))

    def render(self, doc: Document) -> str:
        title = f"{doc.title}\n\n" if self.title and doc.title else ""
        return title + (doc.body + "\n" if doc.body else "")

    def close(self) -> None:
        self.out.flush()


class ExplainWriter(TextWriter):
    """Every block with its line, '+' kept or '-' removed, label, and optionally reason and DOM path."""

    def __init__(self, out: TextIO, *, headers: bool, reasons: bool = False) -> None:
        super().__init__(out, headers=headers)
        self.reasons = reasons

    def render(self, doc: Document) -> str:
        warning = doc.meta.get("decode_warning")
        head = f"# {doc.meta.get('encoding', '?')}: {warning}\n" if warning else ""
        return head + self._blocks(doc)

    def _blocks(self, doc: Document) -> str:
        blocks = doc.blocks
        if not blocks:
            return ""
        number_width = max(4, len(str(max(block.line for block in blocks))))
        reason_width = max(len(block.reason) for block in blocks) if self.reasons else 0
        path_width = max(len(block.dom_path or "") for block in blocks)
        lines = []
        for block in blocks:
            columns = [f"{block.line:>{number_width}}", "+" if block.kept else "-",
                       f"{block.label or '?'!s:<10}"]
            if self.reasons:
                columns.append(f"{block.reason:<{reason_width}}")
            if path_width:
                columns.append(f"{block.dom_path or '':<{path_width}}")
            lines.append(" ".join(columns) + " | " + block.text + "\n")
        return "".join(lines)


class JsonWriter:
    """One JSON document, or an array of them when several inputs were asked for."""

    def __init__(self, out: TextIO, *, array: bool) -> None:
        self.out = out
        self.array = array
        self._count = 0

    def write(self, result: Result) -> None:
        text = json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
        if self.array:
            text = ("[\n" if not self._count else ",\n") + "\n".join("  " + line for line in text.splitlines())
        else:
            text += "\n"
        self._count += 1
        self.out.write(text)

    def close(self) -> None:
        if self.array:
            self.out.write("\n]\n" if self._count else "[]\n")
        self.out.flush()


class JsonlWriter:
    """One JSON object a line: documents and ``{"source", "error"}`` failures alike."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, result: Result) -> None:
        self.out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.out.flush()


class ReportWriter:
    """The HTML report (``cleantext.report``). Each result is rendered as it arrives, so a batch
    holds strings rather than documents; the file is written at the end, because its table of
    contents needs every page."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.sections: list[report.Section] = []

    def write(self, result: Result) -> None:
        self.sections.append(report.section(result, len(self.sections) + 1))

    def close(self) -> None:
        self.out.write(report.assemble(self.sections))
        self.out.flush()


Writer = Union[TextWriter, JsonWriter, JsonlWriter, ReportWriter]


def make_writer(args: argparse.Namespace, out: TextIO, *, several: bool) -> Writer:
    if args.report is not None:
        return ReportWriter(out)
    if args.format == "json":
        return JsonWriter(out, array=several)
    if args.format == "jsonl":
        return JsonlWriter(out)
    if args.explain:
        return ExplainWriter(out, headers=several, reasons=args.reasons)
    return TextWriter(out, headers=several, title=args.title)


def _utf8_stdout() -> TextIO:
    """Standard output as UTF-8 whatever the locale: pages are in every script."""
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper):
        try:
            stream.reconfigure(encoding="utf-8", errors="replace")
        except (ValueError, io.UnsupportedOperation):
            pass
    return stream


def _open_output(parser: argparse.ArgumentParser, output: str | None) -> contextlib.AbstractContextManager[TextIO]:
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


def run(cleaner: Cleaner, items: Sequence[Item], writer: Writer, *, workers: int, tally: Tally,
        verbose: bool = False) -> None:
    """Clean every item in order, writing results and reporting failures one line each
    (and, when ``verbose``, decoding trouble: an encoding guessed, bytes replaced)."""
    jobs = [item for item in items if isinstance(item, Job)]
    names = [item.name if isinstance(item, Job) else item.source for item in items]
    tally.current = names[0] if names else None
    with Progress(len(items), sys.stderr, label=PROG) as progress, \
            cleaning(cleaner, jobs, workers) as results:
        for index, result in enumerate(in_input_order(items, results), start=1):
            if isinstance(result, Failure):
                tally.failed += 1
                progress.message(f"{PROG}: {result.error}")
            elif verbose and result.meta.get("decode_warning"):
                progress.message(f"{PROG}: {result.source}: {result.meta['decode_warning']}")
            writer.write(result)
            progress.advance()
            tally.current = names[index] if index < len(names) else None
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
        items = collect_inputs(args.inputs)
        option, target = ("--report", args.report) if args.report is not None else ("--output", args.output)
        if target not in (None, "-"):
            clash = _output_conflict(target, args.inputs, items)
            if clash is not None:
                parser.error(f"{option} {display_name(target)} {clash}")
        output = _open_report(parser, args.report) if args.report is not None else _open_output(parser, args.output)
    except SystemExit as stop:  # usage errors, --help, --version
        return stop.code if isinstance(stop.code, int) else (EXIT_OK if stop.code is None else EXIT_USAGE)

    several = len(args.inputs) > 1 or any(arg != "-" and os.path.isdir(arg) for arg in args.inputs)
    tally = Tally()
    target_name = display_name(target) if target not in (None, "-") else "standard output"
    try:
        with output as out:
            run(cleaner, items, make_writer(args, out, several=several), workers=args.jobs, tally=tally,
                verbose=args.reasons)
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
