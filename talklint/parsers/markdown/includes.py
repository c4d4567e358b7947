"""Quarto's ``{{< include _intro.qmd >}}``: the included file's text stands where the shortcode stands.

Quarto reads an include as if the included file's text were pasted in its
place, before anything else reads the talk: a talk kept in parts
(``_intro.qmd``, ``_results.qmd``) has its slides in them. The parts are
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

# A shortcode alone on its line, its path quoted or not: {{< include _intro.qmd >}}, {{< include "/parts/a.qmd" >}}.
_INCLUDE = re.compile(r"""^\s*\{\{<\s*include\s+(["']?)([^"'<>\n]{1,500}?)\1\s*>\}\}\s*$""")


@dataclass(frozen=True)
class Origin:
    """Where a line of the spliced body was written: its file (None: the talk's own) and its line there."""

    source: Path | None
    line: int


def splice_includes(reader: MarkdownFile) -> list[Origin] | None:
    """Put each included file's lines in ``reader.body`` where its shortcode stands, and say where every line of
    the body comes from; None (and the body as it was) where the talk includes nothing."""
    if not any("{{<" in line and _INCLUDE.match(line) for line in reader.body):
        return None
    spliced = _spliced(reader, reader.body, reader.body_first_line, None, 0, (reader.path.resolve(),))
    reader.body = [line for line, _ in spliced]
    return [origin for _, origin in spliced]


def _spliced(
    reader: MarkdownFile, lines: list[str], first_line: int, source: Path | None, depth: int, chain: tuple[Path, ...]
) -> list[tuple[str, Origin]]:
    code = fence_mask(lines)
    spliced: list[tuple[str, Origin]] = []
    for index, line in enumerate(lines):
        found = None if code[index] or "{{<" not in line else _INCLUDE.match(line)
        if found is None:
            spliced.append((line, Origin(source, first_line + index)))
            continue
        importer = source or reader.path
        included = read_import(reader, importer, found.group(2).strip(), "include", first_line + index, depth, chain)
        if included is not None:
            child, target = included
            spliced += _spliced(reader, child.body, child.body_first_line, target, depth + 1, (*chain, target))
    return spliced


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
