"""Quarto's ``{{< include _intro.qmd >}}`` and knitr's child chunks: the included file's text stands there.

Quarto reads an include as if the included file's text were pasted in its
place, before anything else reads the talk, and knitr knits a child document
where its chunk stands: a talk kept in parts (``_intro.qmd``, ``results.Rmd``)
has its slides in them. The parts are
spliced into the talk's body, followed as ``imports`` follows any file a talk
names (inside the repository, bounded), and each slide cut from the spliced
body is given back the file and the line its text comes from, so that a
finding points into the part.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from talklint.model import Image, Location
from talklint.parsers.markdown.file import MarkdownFile
from talklint.parsers.markdown.imports import read_import
from talklint.parsers.markdown.lines import RawSlide, fence_mask
from talklint.parsers.markdown.references import KNITTED_SUFFIXES, children, included


@dataclass(frozen=True)
class Origin:
    """Where a line of the spliced body was written: its file (None: the talk's own) and its line there."""

    source: Path | None
    line: int


def splice_includes(reader: MarkdownFile) -> list[Origin] | None:
    """Put each included file's lines in ``reader.body`` where its shortcode (or child chunk) stands, and say where
    every line of the body comes from; None (and the body as it was) where the talk includes nothing."""
    knitted = reader.suffix in KNITTED_SUFFIXES
    if not any(_names_a_file(line, knitted) for line in reader.body):
        return None
    top = (reader.path.resolve(),)
    spliced = _spliced(reader, reader.body, reader.body_first_line, None, 0, top, knitted)
    reader.body = [line for line, _ in spliced]
    return [origin for _, origin in spliced]


def _names_a_file(line: str, knitted: bool) -> bool:
    return bool(included(line) or (knitted and children(line)))


def _spliced(
    reader: MarkdownFile,
    lines: list[str],
    first_line: int,
    source: Path | None,
    depth: int,
    chain: tuple[Path, ...],
    knitted: bool,
) -> list[tuple[str, Origin]]:
    code = fence_mask(lines)
    spliced: list[tuple[str, Origin]] = []
    index = 0
    while index < len(lines):
        names, after = _included_at(lines, index, code, knitted)
        if not names:
            spliced.append((lines[index], Origin(source, first_line + index)))
            index += 1
            continue
        for name in names:
            line = first_line + index
            included = read_import(reader, source or reader.path, name, "include", line, depth, chain)
            if included is not None:
                child, target, shown = included
                more = (*chain, target)
                spliced += _spliced(reader, child.body, child.body_first_line, shown, depth + 1, more, knitted)
        index = after
    return spliced


def _included_at(lines: list[str], index: int, code: list[bool], knitted: bool) -> tuple[list[str], int]:
    """The files the line at ``index`` includes, and the index of the line after the inclusion: a shortcode
    outside code, or (in a knitted file) a child chunk, up to its closing fence."""
    line = lines[index]
    if not code[index] and (name := included(line)):
        return [name], index + 1
    if knitted and (named := children(line)):
        closing = next((j for j in range(index + 1, len(lines)) if _CLOSING_FENCE.match(lines[j])), len(lines) - 1)
        return named, closing + 1
    return [], index + 1


_CLOSING_FENCE = re.compile(r"^\s*`{3,}\s*$")


def in_their_files(slides: list[RawSlide], origins: list[Origin], first_line: int) -> None:
    """Give each slide cut from a spliced body (whose line ``first_line`` is the body's first) the file and the
    lines its text was written on."""

    def origin(line: int) -> Origin:
        index = line - first_line
        return origins[index] if 0 <= index < len(origins) else Origin(None, line)

    for slide in slides:
        # A slide is where its heading was written (a part may end on a heading whose text follows the include).
        start = origin(slide.first_line)
        if slide.title_line is not None:
            heading = origin(slide.title_line)
            slide.title_line = heading.line
            if start.source != heading.source:
                start = Origin(heading.source, heading.line + 1)
        slide.first_line, slide.source = start.line, start.source
        slide.directives = [dataclasses.replace(d, line=origin(d.line).line) for d in slide.directives]
        slide.pictures = [_moved(picture, origin) for picture in slide.pictures]


def _moved(picture: Image, origin: Callable[[int], Origin]) -> Image:
    line = picture.location.line
    if line is None:
        return picture
    found = origin(line)
    return dataclasses.replace(picture, location=Location(found.line, picture.location.column, found.source))
