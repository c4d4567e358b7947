"""Find the talk files under the paths given on the command line."""

from __future__ import annotations

import contextlib
import fnmatch
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from talklint.parsers import is_discoverable

SKIPPED_FOLDERS = frozenset(
    {
        ".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox", ".nox",
        "build", "dist", "_build", "_site", "_book", "_freeze", ".quarto",
        ".talklint_cache", ".mypy_cache", ".pytest_cache", ".ruff_cache", "libs",
    }
)  # fmt: skip


def discover(paths: Iterable[Path], exclude: Iterable[str] = (), root: Path | None = None) -> list[Path]:
    """Supported files under ``paths``, sorted, without excluded ones.

    A file named explicitly is always returned (so that an unsupported or
    missing file gets a clear error); folders are searched recursively.
    """
    patterns = tuple(exclude)
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(p for p in _walk(path) if not is_excluded(p, patterns, root))
        else:
            found.add(path)
    return sorted(found, key=lambda p: p.as_posix())


def _walk(folder: Path) -> Iterator[Path]:
    for directory, subfolders, files in os.walk(folder):
        subfolders[:] = sorted(d for d in subfolders if d not in SKIPPED_FOLDERS and not d.startswith("."))
        for name in sorted(files):
            path = Path(directory) / name
            if is_discoverable(path) and not name.startswith("~$") and not _is_latex_part(path):
                yield path


_DOCUMENT_CLASS = re.compile(rb"^[ \t]*\\documentclass\b", re.MULTILINE)


def _is_latex_part(path: Path) -> bool:
    """A ``.tex`` file without ``\\documentclass`` is a part some main file inputs, not a talk.

    Found in a folder, it is linted through its main file; named explicitly,
    it is still read on its own.
    """
    if path.suffix.lower() != ".tex":
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(256 * 1024)
    except OSError:
        return False  # the parser reports why it cannot be read
    return not _DOCUMENT_CLASS.search(head)


def is_excluded(path: Path, patterns: tuple[str, ...], root: Path | None) -> bool:
    if not patterns:
        return False
    candidates = {path.as_posix(), path.name}
    if root is not None:
        with contextlib.suppress(ValueError):  # a path outside the root keeps its own name
            candidates.add(path.resolve().relative_to(root.resolve()).as_posix())
    return any(fnmatch.fnmatch(c, p) or fnmatch.fnmatch(c, p.rstrip("/") + "/*") for c in candidates for p in patterns)
