"""Find the talk files under the paths given on the command line."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from talklint.parsers import is_discoverable
from talklint.parsers.beamer.parts import is_latex_part, main_of
from talklint.parsers.markdown.references import MARKDOWN_PART_SUFFIXES, resolved

if TYPE_CHECKING:
    import pathspec

    from talklint.parsers.markdown.parts import PartIndex

SKIPPED_FOLDERS = frozenset(
    {
        ".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox", ".nox",
        "build", "dist", "_build", "_site", "_book", "_freeze", ".quarto",
        ".talklint_cache", ".mypy_cache", ".pytest_cache", ".ruff_cache", "libs",
    }
)  # fmt: skip


IGNORE_FILES = (".gitignore", ".talklintignore")


def discover(paths: Iterable[Path], exclude: Iterable[str] = (), root: Path | None = None) -> list[Path]:
    """Supported files under ``paths``, sorted, without excluded or git-ignored ones.

    A file named explicitly is always returned (so that an unsupported or
    missing file gets a clear error, and ``--force-exclude`` decides about
    exclusion); folders are searched recursively, skipping what the
    ``.gitignore`` and ``.talklintignore`` files on the way ignore.
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
    ignores = _IgnoreFiles(folder)
    for directory, subfolders, files in os.walk(folder):
        here = Path(directory)
        ignores.read(here)
        subfolders[:] = sorted(
            d
            for d in subfolders
            if d not in SKIPPED_FOLDERS and not d.startswith(".") and not ignores.ignored(here / d, folder=True)
        )
        for name in sorted(files):
            path = here / name
            if not is_discoverable(path) or name.startswith("~$") or not path.is_file() or is_latex_part(path):
                continue  # a pipe, a device or a broken link is never read: it could hang the run
            if not ignores.ignored(path):
                yield path


class _IgnoreFiles:
    """The ``.gitignore`` and ``.talklintignore`` files that apply under a folder, as git reads them.

    Each file applies to the folder it sits in and below; the ones in the
    folders above the searched one, up to the repository root, apply too.
    """

    def __init__(self, start: Path) -> None:
        self._specs: list[tuple[Path, pathspec.GitIgnoreSpec]] = []
        top = repository_top(start)
        if top is None:
            return
        # The folders above the searched one, from the repository root down; the walk reads the rest.
        for folder in reversed(start.resolve().parents):
            if folder.is_relative_to(top):
                self.read(folder)

    def read(self, folder: Path) -> None:
        for name in IGNORE_FILES:
            path = folder / name
            if path.is_file():
                with contextlib.suppress(OSError, UnicodeDecodeError):
                    lines = path.read_text(encoding="utf-8").splitlines()
                    self._specs.append((folder.resolve(), _spec(tuple(lines))))

    def ignored(self, path: Path, folder: bool = False) -> bool:
        if not self._specs:
            return False  # no ignore file in sight: nothing to resolve the path for
        resolved = path.resolve()
        for base, spec in self._specs:
            if resolved.is_relative_to(base):
                relative = resolved.relative_to(base).as_posix() + ("/" if folder else "")
                if spec.match_file(relative):
                    return True
        return False


def ignored_by_files(path: Path) -> bool:
    """Whether the ``.gitignore`` or ``.talklintignore`` files above ``path`` ignore it (``--force-exclude``)."""
    ignores = _IgnoreFiles(path.parent)
    ignores.read(path.parent)
    return ignores.ignored(path)


def with_main_files(paths: Iterable[Path], root: Path) -> list[Path]:
    """Named parts (a LaTeX input, a Slidev page, a Quarto include, a knitr child) replaced by the talks they belong
    to, each talk once; parts without one kept."""
    out: list[Path] = []
    index: PartIndex = {}  # which talk takes in each Markdown part, built once per folder
    for path in paths:
        if is_latex_part(path):
            main = main_of(path, repository_top(path) or root)
        elif path.suffix.lower() in MARKDOWN_PART_SUFFIXES and not path.is_dir():
            main = _talk_taking_in(path, index)
        else:
            main = None
        chosen = _as_named(main, root) if main else path
        if resolved(chosen) not in {resolved(p) for p in out}:  # a talk named and found through its part: once
            out.append(chosen)
    return out


def _talk_taking_in(part: Path, index: PartIndex) -> Path | None:
    """The talk a Markdown part belongs to: searched through its repository; outside one, in the part's folder and
    the folder above it (a talk takes in files from its own folder down)."""
    from talklint.parsers.markdown.parts import talk_of  # here: most runs name no Markdown file

    top = repository_top(part)
    if top is not None:
        return talk_of(part, top, index)
    folder = part.absolute().parent
    return talk_of(part, folder, index, below=False) or talk_of(part, folder.parent, index, below=False)


def _as_named(main: Path, root: Path) -> Path:
    """A talk found through its part, written as the user writes paths: from ``root`` when it is under it."""
    with contextlib.suppress(ValueError):
        return main.relative_to(root.resolve())
    return main


def repository_top(start: Path) -> Path | None:
    """The folder holding ``.git`` at or above ``start``, if any."""
    followed = resolved(start)
    for folder in (followed, *followed.parents):
        if (folder / ".git").exists():
            return folder
    return None


def is_excluded(path: Path, patterns: tuple[str, ...], root: Path | None) -> bool:
    """Whether a git-style pattern (``old/``, ``**/drafts/*.md``, ``*.pdf``) matches ``path`` under ``root``.

    One matcher for ``exclude``, ``include`` and ``per-file-ignores``: patterns are
    read as in a ``.gitignore`` placed in the config's folder.
    """
    if not patterns:
        return False
    relative = path.name
    if root is not None:
        with contextlib.suppress(ValueError):  # a path outside the root keeps its own name
            relative = path.resolve().relative_to(root.resolve()).as_posix()
    return _spec(patterns).match_file(relative)


@lru_cache(maxsize=64)
def _spec(patterns: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    import pathspec  # here: a run with no patterns and no ignore files never needs it

    return pathspec.GitIgnoreSpec.from_lines(patterns)
