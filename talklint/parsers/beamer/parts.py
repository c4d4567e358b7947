r"""A LaTeX part (``sections/agenda.tex``) is linted as the talk it belongs to.

Pre-commit passes the files a commit changed: editing one part of a Beamer
talk must lint the whole talk once, not the part on its own (which has no
title slide, no vision, perhaps no frames). The main file is the one the
part's ``% !TEX root = ../main.tex`` line names (the line LaTeX editors
use), or else the file in the repository with ``\documentclass`` that
inputs it, directly or through other parts.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from talklint.parsers.source import read_head

HEAD_BYTES = 256 * 1024
MAX_MAIN_CANDIDATES = 200  # .tex files with \documentclass looked at in one repository
MAX_PART_DEPTH = 8
_DOCUMENT_CLASS = re.compile(r"^[ \t]*\\documentclass\b", re.MULTILINE)
_TEX_ROOT = re.compile(r"^\s*%\s*!\s*TEX\s+root\s*=\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)
_INCLUDE = re.compile(r"\\(?:input|include|subfile|(?:sub)?import\s*\{([^}]*)\})\s*\{([^}]+)\}")
_COMMENT = re.compile(r"(?<!\\)%.*$", re.MULTILINE)
_SKIPPED = frozenset({".git", "node_modules", "build", "_build", "dist", ".venv", "venv", ".talklint_cache"})


def head(path: Path) -> str:
    return read_head(path, HEAD_BYTES)


def is_latex_part(path: Path) -> bool:
    """A ``.tex`` file without ``\\documentclass``: a part some main file inputs, not a talk of its own."""
    if path.suffix.lower() != ".tex":
        return False
    try:
        return not _DOCUMENT_CLASS.search(head(path))
    except OSError:
        return False  # the parser reports why it cannot be read


def main_of(part: Path, top: Path) -> Path | None:
    """The main file of a part: its ``% !TEX root``, else a file under ``top`` that inputs it."""
    try:
        declared = _TEX_ROOT.search(head(part))
    except OSError:
        return None
    if declared:
        root = (part.parent / declared.group(1).strip()).resolve()
        if root.suffix.lower() != ".tex":
            root = root.with_suffix(".tex")
        if root.is_file():
            return root
    target = part.resolve()
    for candidate in _main_files(top):
        if target in _parts(candidate):
            return candidate
    return None


def _main_files(top: Path) -> list[Path]:
    found: list[Path] = []
    for directory, subfolders, files in os.walk(top):
        subfolders[:] = sorted(d for d in subfolders if d not in _SKIPPED and not d.startswith("."))
        for name in sorted(files):
            path = Path(directory) / name
            if path.suffix.lower() == ".tex" and not is_latex_part(path):
                found.append(path.resolve())
                if len(found) >= MAX_MAIN_CANDIDATES:
                    return found
    return found


def _parts(main: Path) -> set[Path]:
    """Every file ``main`` inputs, through other parts too (bounded)."""
    seen: set[Path] = set()
    frontier = [main]
    for _ in range(MAX_PART_DEPTH):
        following: list[Path] = []
        for source in frontier:
            try:
                text = _COMMENT.sub("", head(source))
            except OSError:
                continue
            for match in _INCLUDE.finditer(text):
                folder = source.parent / (match.group(1) or "")
                name = match.group(2).strip()
                for candidate in (
                    folder / name,
                    folder / f"{name}.tex",
                    main.parent / name,
                    main.parent / f"{name}.tex",
                ):
                    resolved = candidate.resolve()
                    if resolved.is_file() and resolved not in seen:
                        seen.add(resolved)
                        following.append(resolved)
        frontier = following
    return seen
