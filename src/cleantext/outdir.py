"""--output-dir: one result file per input, each written whole under a temporary name and then
renamed into place, so a reader never sees half a file and an interrupted run leaves no
truncated result; never over an input.

Names: a file argument ``pages/a.html`` gives ``DIR/a.html.txt`` (``.json``/``.jsonl`` for
those formats); a file found under a directory argument keeps its path below that directory
(``site/b/c.html`` -> ``DIR/b/c.html.txt``); standard input gives ``DIR/stdin.txt``; a second
input of the same name gets ``-2`` before the suffix. A crawl
or JSONL input gives one file holding all its records.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import IO, Any, Callable, Sequence

_SUFFIX = {"text": ".txt", "json": ".json", "jsonl": ".jsonl"}


def output_dir_conflict(directory: str, arguments: Sequence[str]) -> str | None:
    """Why ``directory`` may not receive results: it is an input file, or inside an input directory
    (where a later run would take the results for pages)."""
    target = Path(directory).resolve()
    for argument in arguments:
        if argument == "-":
            continue
        root = Path(argument).resolve()
        if os.path.isdir(argument) and (target == root or root in target.parents):
            return f"lies inside input directory {argument}"
        if os.path.isfile(argument) and target == root:
            return f"is input file {argument}"
    return None


class OutputDir:
    """Receives the rendered results in input order and writes one file per input."""

    def __init__(self, directory: str, items: Sequence[Any], args: argparse.Namespace,
                 make_writer: Callable[..., Any]) -> None:
        self.directory = Path(directory)
        self.args = args
        self.make_writer = make_writer
        self.targets = _targets(self.directory, items, args)
        self.inputs = {_resolved(item.path) for item in items if getattr(item, "path", None) is not None}
        self._origin: int | None = None
        self._handle: IO[str] | None = None
        self._writer: Any = None
        self._temporary: Path | None = None
        self._skip: set[int] = set()

    def write(self, origin: int, result: Any) -> str | None:
        """Write one result of input ``origin``; returns a problem to report, if any."""
        if origin != self._origin:
            self._finish()
            self._origin = origin
        if origin in self._skip:
            return None
        if self._writer is None:
            stream = getattr(self.items_kind(origin), "stream", None)
            if result.error is not None and not stream:
                return None  # a single page that failed: reported on stderr, no file
            problem = self._open(origin, several=bool(stream))
            if problem:
                self._skip.add(origin)
                return problem
        self._writer.write(result)
        return None

    def items_kind(self, origin: int) -> Any:
        return self.targets[origin][1]

    def close(self, *, complete: bool = True) -> None:
        """Finish the last file; after an error or interruption (``complete=False``) drop it instead."""
        self._finish(keep=complete)

    def _open(self, origin: int, *, several: bool) -> str | None:
        target = self.targets[origin][0]
        if _resolved(target) in self.inputs:
            return f"{target}: would overwrite an input, not written"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._temporary = target.with_name(f".{target.name}.tmp-{os.getpid()}")
            self._handle = open(self._temporary, "w", encoding="utf-8")
        except OSError as error:
            self._temporary = None
            return f"{target}: cannot write: {error.strerror or error}"
        self._writer = self.make_writer(self.args, self._handle, several=several)
        return None

    def _finish(self, keep: bool = True) -> None:
        """Close the open result file and rename it into place (or drop it)."""
        if self._writer is None or self._handle is None or self._temporary is None:
            return
        target = self.targets[self._origin][0] if self._origin is not None else None
        try:
            self._writer.close()
            self._handle.close()
            if target is not None and keep:
                os.replace(self._temporary, target)
        finally:
            if self._temporary.exists():
                self._temporary.unlink()  # an error or interruption: no half-written file stays
            self._writer = self._handle = self._temporary = None


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path


def _targets(directory: Path, items: Sequence[Any], args: argparse.Namespace) -> list[tuple[Path, Any]]:
    """The output path of every input item, in order (a Failure's is never opened)."""
    suffix = _SUFFIX[args.format]
    roots = [Path(argument) for argument in args.inputs if argument != "-" and os.path.isdir(argument)]
    targets: list[tuple[Path, Any]] = []
    used: set[Path] = set()
    for item in items:
        path = getattr(item, "path", None)
        if path is None:
            relative = Path("stdin")
        else:
            relative = next((path.relative_to(root) for root in roots if root in path.parents), Path(path.name))
        target = directory / relative.with_name(relative.name + suffix)
        number = 1
        while target in used:  # two inputs of the same name (a/x.html, b/x.html given as files)
            number += 1
            target = directory / relative.with_name(f"{relative.name}-{number}{suffix}")
        used.add(target)
        targets.append((target, item))
    return targets
