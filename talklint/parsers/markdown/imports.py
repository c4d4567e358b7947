"""Files a Markdown talk takes its slides from: Slidev's ``src:`` imports and Quarto's ``{{< include >}}``.

Both are followed the same way: relative to the file that names them (from
the repository's root when the path starts with ``/``), only inside the
repository, not in a circle and not deeper than ``MAX_IMPORT_DEPTH``, every
file read counted against the talk's size limit. A file that cannot be
followed is a warning that says why; the rest of the talk is still read.
"""

from __future__ import annotations

from pathlib import Path

from talklint.errors import OverLimit, ParseError
from talklint.model import ParseWarning
from talklint.parsers.common import CIRCULAR_FIX, OUTSIDE_FIX, repository_root
from talklint.parsers.markdown.file import MarkdownFile
from talklint.parsers.markdown.references import MAX_IMPORT_DEPTH, as_named, pointed_at


def read_import(
    reader: MarkdownFile,
    importer: Path,
    written: str,
    what: str,
    line: int,
    depth: int,
    chain: tuple[Path, ...],
) -> tuple[MarkdownFile, Path, Path] | None:
    """The file ``written`` names (``what``: "import", "include"; ``line``: where it is named), read and counted
    with the talk it belongs to, its path (links followed: what a circle is told by) and its path as findings show
    it (``as_named``); None, with a warning that says why, where it cannot be followed."""
    root = repository_root(reader.path)
    target = pointed_at(importer, written, root)
    problem, fix = "", ""
    if depth >= MAX_IMPORT_DEPTH or target in chain:
        problem, fix = f"{what} '{written}' at line {line} is circular or nested too deeply; not followed", CIRCULAR_FIX
    elif not target.is_relative_to(root):
        problem = f"{what} '{written}' at line {line} points outside the repository ({root}); not followed"
        fix = OUTSIDE_FIX
    elif not target.is_file():
        problem = f"{what} '{written}' at line {line} not found; its slides are not linted"
    if problem:
        reader.warnings.append(ParseWarning(problem, fix=fix))
        return None
    if target not in reader.included:
        reader.included.append(target)
    try:
        child = MarkdownFile(target)
    except OverLimit:
        raise
    except ParseError as error:
        reader.warnings.append(ParseWarning(f"{what} '{written}' at line {line} cannot be read: {error}"))
        return None
    reader.count(child.characters[0])
    # One talk: what the file adds is the talk's (its files, its warnings, its size).
    child.included, child.warnings, child.path = reader.included, reader.warnings, reader.path
    child.characters = reader.characters
    return child, target, as_named(importer, written, root)
