"""A Markdown part named alone (a Slidev page, a Quarto include, a knitr child) is linted as the talk that takes it in.

Pre-commit passes the files a commit changed: editing ``pages/results.md`` must lint the Slidev deck that
imports it, once, as editing a Beamer part lints its main file (``parsers.beamer.parts``). The talk is the
Markdown file in the repository that names the part (``src:``, ``{{< include >}}``, a child chunk), or the
talk that takes that file in, up to ``MAX_IMPORT_DEPTH`` levels; outside a repository, a file in the part's
folder or the folder above it (a talk takes in files from its own folder down). The files are read for their
references once per run and folder, at most ``MAX_NAMING_FILES`` of them, each up to ``HEAD_BYTES``.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from talklint.parsers.common import repository_root
from talklint.parsers.markdown.references import (
    KNITTED_SUFFIXES,
    MARKDOWN_PART_SUFFIXES,
    MAX_IMPORT_DEPTH,
    names_taken_in,
    pointed_at,
    resolved,
)
from talklint.parsers.source import read_head

MAX_NAMING_FILES = 500
HEAD_BYTES = 256 * 1024
_SKIPPED = frozenset({".git", "node_modules", "build", "_build", "dist", ".venv", "venv", ".talklint_cache", "_site"})

# Which talk takes in each part, by the folder searched and whether below it too: built once a run (``talk_of``).
PartIndex = dict[tuple[Path, bool], dict[Path, Path]]


def talk_of(part: Path, top: Path, index: PartIndex, below: bool = True) -> Path | None:
    """The talk that takes ``part`` in (through other parts too), or None when no Markdown file in ``top`` (and,
    with ``below``, under it) does."""
    key = (resolved(top), below)
    if key not in index:
        index[key] = _parts_of_talks(_markdown_files(key[0], below))
    taken_in = index[key]
    start = current = resolved(part)
    seen = {current}
    for _ in range(MAX_IMPORT_DEPTH):
        naming = taken_in.get(current)
        if naming is None or naming in seen:
            break
        seen.add(naming)
        current = naming
    return current if current != start else None


def _parts_of_talks(files: list[Path]) -> dict[Path, Path]:
    """Each Markdown file that one of ``files`` takes in, and the first of them found that does."""
    taken_in: dict[Path, Path] = {}
    for naming in files:
        with contextlib.suppress(OSError, RuntimeError, UnicodeDecodeError):
            text = read_head(naming, HEAD_BYTES)
            if "src" not in text and "{{<" not in text and "child" not in text:
                continue  # most files name no part: not worth reading line by line
            knitted = naming.suffix.lower() in KNITTED_SUFFIXES
            root = repository_root(naming)
            for line in text.splitlines():
                for written in names_taken_in(line.strip(), knitted):
                    target = pointed_at(naming, written, root)
                    if target != naming and target.is_relative_to(root):
                        taken_in.setdefault(target, naming)
    return taken_in


def _markdown_files(top: Path, below: bool) -> list[Path]:
    """The Markdown files in ``top`` (and under it, with ``below``), links not followed, at most
    ``MAX_NAMING_FILES``."""
    found: list[Path] = []
    for directory, subfolders, files in os.walk(top):
        subfolders[:] = sorted(d for d in subfolders if d not in _SKIPPED and not d.startswith(".")) if below else []
        for name in sorted(files):
            path = Path(directory, name)
            if name.lower().endswith(MARKDOWN_PART_SUFFIXES) and not path.is_symlink():
                found.append(resolved(path))
                if len(found) >= MAX_NAMING_FILES:
                    return found
    return found
