"""How each Markdown slide dialect splits a file into slides: Marp, Slidev, reveal.js, remark.

Each ``split_*`` function reads a ``MarkdownFile`` and returns raw slides
(lines, notes, directives); ``talklint.parsers.markdown.parse`` turns them into the model.
Pandoc and Quarto live in ``pandoc``, outlines in ``outline``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from talklint import yamlfile
from talklint.model import Image, Location
from talklint.parsers.markdown.file import DIV_FENCE, SLIDE_SEPARATOR, MarkdownFile, trim_blank_ends
from talklint.parsers.markdown.imports import read_import
from talklint.parsers.markdown.lines import (
    LineHeading,
    RawSlide,
    fence_mask,
    heading,
    split_lines,
    take_comments,
)
from talklint.parsers.source import parse_yaml_mapping

REMARK_SEPARATOR = re.compile(r"^---?\s*$")
_CSS_URL = re.compile(r"url\(([^)]*)\)")
_REVEAL_NOTES = re.compile(r"^\s*notes?\s*:", re.IGNORECASE)
# reveal.js's own notes marker, as its Markdown plugin and reveal-md write it: a deck that uses it is reveal.js.
REVEAL_NOTE_MARK = re.compile(r"^Note:")
REMARK_PROPERTY = re.compile(r"^(class|name|layout|background-[a-z-]+|count|template|exclude|seal|seq)\s*:\s*(.*)$")
_MARP_DIRECTIVES = {
    "theme", "style", "headingDivider", "lang", "size", "math", "title", "author",
    "description", "image", "keywords", "url", "marp", "paginate", "header", "footer",
    "class", "backgroundColor", "backgroundImage", "backgroundPosition",
    "backgroundRepeat", "backgroundSize", "color", "transition", "auto-scaling",
}  # fmt: skip


# --- Marp ----------------------------------------------------------------


def split_marp(reader: MarkdownFile) -> list[RawSlide]:
    divider = reader.front_matter.data.get("headingDivider", _heading_divider_comment(reader.body))
    slides: list[RawSlide] = []
    for lines, first in split_lines(reader.body, reader.body_first_line, SLIDE_SEPARATOR):
        for slide in _divide_at_headings(RawSlide(lines, first), divider):
            for comment in take_comments(slide):
                if _marp_directive(comment.text) is None and comment.text.strip() != FITTING_HEADING:
                    slide.notes.append(comment.text)
            slides.append(slide)
    return trim_blank_ends(slides)


# "# <!-- fit --> A long title": Marp scales the heading to the slide's width; a keyword of Marp's, not a note.
FITTING_HEADING = "fit"


def _heading_divider_comment(lines: list[str]) -> object:
    match = re.search(r"<!--\s*headingDivider\s*:\s*([^>]*?)\s*-->", "\n".join(lines))
    try:
        return yamlfile.safe_load(match.group(1)) if match else None
    except yaml.YAMLError:
        return None  # not a level Marp could use either: the deck is read without a divider


def _marp_directive(comment: str) -> dict[str, object] | None:
    """A comment made only of Marp directives (``_class: lead``) is not a note."""
    try:
        data = yamlfile.safe_load(comment)
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict) or not data:
        return None
    keys = {str(key).lstrip("_") for key in data}
    return {str(k).lstrip("_"): v for k, v in data.items()} if keys <= _MARP_DIRECTIVES else None


def _divide_at_headings(slide: RawSlide, divider: object) -> list[RawSlide]:
    levels = _divider_levels(divider)
    if not levels:
        return [slide]
    mask = fence_mask(slide.lines)
    parts: list[RawSlide] = []
    start = 0
    has_content = False
    for index, line in enumerate(slide.lines):
        found = None if mask[index] else heading(line)
        if found and found.level in levels and has_content:
            parts.append(RawSlide(slide.lines[start:index], slide.first_line + start))
            start, has_content = index, False
        has_content = has_content or bool(line.strip())
    parts.append(RawSlide(slide.lines[start:], slide.first_line + start))
    return parts


def _divider_levels(divider: object) -> set[int]:
    if isinstance(divider, bool):
        return set()
    if isinstance(divider, int):
        return set(range(1, min(divider, 6) + 1))  # Markdown has six heading levels, whatever the number says
    if isinstance(divider, list):
        return {level for level in divider[:6] if isinstance(level, int) and 1 <= level <= 6}
    return set()


# --- Slidev --------------------------------------------------------------

_SLIDEV_SEPARATOR = re.compile(r"^---")
_SLIDEV_BLOCK_FRONT_MATTER = re.compile(r"^\s*```ya?ml\s*$")
_SLIDE_RANGE = re.compile(r"^\s*(\d+)\s*(?:-\s*(\d+))?\s*$")


@dataclass
class _SlidevChunk:
    """One slide of a Slidev file as Slidev's parser cuts it: front matter lines and content lines."""

    meta_lines: list[str]
    meta_first: int  # 0-based index in the file of the first front-matter line
    content: list[str]
    content_first: int  # 0-based index in the file of the first content line


def slidev_chunks(lines: list[str]) -> list[_SlidevChunk]:
    """Cut a Slidev file into slides exactly as Slidev does.

    A line starting with ``---`` ends the slide before it; when the next line
    is not blank (and the separator is exactly three dashes), the lines up to
    the next ``---`` are the new slide's front matter. The first slide's front
    matter is the deck's headmatter. Lines inside code fences never separate.
    """
    mask = fence_mask(lines)
    chunks: list[_SlidevChunk] = []
    start = content_start = 0
    meta: tuple[int, int] | None = None

    def cut(end: int) -> None:
        if start != end:
            meta_lines = lines[meta[0] : meta[1]] if meta else []
            chunks.append(_SlidevChunk(meta_lines, meta[0] if meta else 0, lines[content_start:end], content_start))

    index = 0
    while index < len(lines):
        line = lines[index].rstrip()
        if not mask[index] and _SLIDEV_SEPARATOR.match(line):
            cut(index)
            start = content_start = index + 1
            meta = None
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if line[3:4] != "-" and following.strip():
                start = index
                close = index + 1
                while close < len(lines) and lines[close].rstrip() != "---":
                    close += 1
                meta = (index + 1, close)
                content_start = close + 1
                index = close
        index += 1
    if start <= len(lines) - 1:
        cut(len(lines))
    return chunks


def split_slidev(reader: MarkdownFile) -> list[RawSlide]:
    """Split a Slidev deck, following ``src:`` imports as Slidev does."""
    return _slidev_slides(reader, reader.path, {}, depth=0, chain=(reader.path.resolve(),))


def _slidev_slides(
    reader: MarkdownFile, path: Path, override: dict[str, object], depth: int, chain: tuple[Path, ...]
) -> list[RawSlide]:
    source = path if depth else None
    slides: list[RawSlide] = []
    for chunk in slidev_chunks(reader.lines):
        meta = {**_chunk_meta(chunk), **override}
        if "src" in meta:
            src = str(meta.pop("src"))
            slides.extend(_slidev_import(reader, path, src, meta, chunk.meta_first + 1, depth, chain))
            continue
        slides.append(_slidev_slide(chunk, meta, source))
    if depth:
        return slides
    _sections_of_layouts(slides)
    return trim_blank_ends(slides)


def _sections_of_layouts(slides: list[RawSlide]) -> None:
    """A slide with ``layout: section`` is a section page: it and the slides after it, up to the next one, sit in
    the section its title names, as under a Pandoc section heading."""
    section = ""
    for slide in slides:
        if str(slide.meta.get("layout", "")).strip() == "section":
            section = slide.title or _first_heading(slide.lines) or section
        slide.section = section


def _first_heading(lines: list[str]) -> str:
    return next((found.text for found in _headings(lines)), "")


def _headings(lines: list[str]) -> Iterator[LineHeading]:
    """The slide's headings, outside code."""
    mask = fence_mask(lines)
    return (found for i, line in enumerate(lines) if not mask[i] and (found := heading(line)))


def _chunk_meta(chunk: _SlidevChunk) -> dict[str, object]:
    if chunk.meta_lines:
        return parse_yaml_mapping("\n".join(chunk.meta_lines), chunk.meta_first + 1)
    # Block front matter: a ```yaml block that opens the slide.
    first = next((i for i, line in enumerate(chunk.content) if line.strip()), None)
    if first is None or not _SLIDEV_BLOCK_FRONT_MATTER.match(chunk.content[first]):
        return {}
    close = next((i for i in range(first + 1, len(chunk.content)) if chunk.content[i].strip() == "```"), None)
    if close is None:
        return {}
    meta = parse_yaml_mapping("\n".join(chunk.content[first + 1 : close]), chunk.content_first + first + 2)
    chunk.content[first : close + 1] = [""] * (close + 1 - first)
    return meta


def _slidev_slide(chunk: _SlidevChunk, meta: dict[str, object], source: Path | None) -> RawSlide:
    first = chunk.content_first + 1
    slide = RawSlide(list(chunk.content), first, meta=meta, source=source)
    comments = take_comments(slide)
    background = meta.get("image") or meta.get("background")
    if isinstance(background, str) and background.strip():
        # A layout's picture (image-right, cover) is on the slide.
        slide.pictures = [Image(source=background.strip(), location=Location(first, 1, source))]
    if comments and comments[-1].at_end:
        slide.notes.append(comments[-1].text)
    slide.lines = [line for line in slide.lines if not DIV_FENCE.match(line)]
    slide.hidden = bool(meta.get("hide") or meta.get("disabled"))
    if isinstance(meta.get("title"), str) and not _has_heading(slide.lines):
        # A section layout shows the front matter's title as the slide title.
        slide.title = str(meta["title"]).strip()
    return slide


def _has_heading(lines: list[str]) -> bool:
    return next(_headings(lines), None) is not None


def _slidev_import(
    reader: MarkdownFile,
    importer: Path,
    src: str,
    meta: dict[str, object],
    line: int,
    depth: int,
    chain: tuple[Path, ...],
) -> list[RawSlide]:
    """Follow ``src: ./pages/x.md#2-3`` relative to the importing file, inside the repository.

    The importing slide's front matter wins over each imported slide's, as in Slidev.
    """
    path_part, _, wanted = src.partition("#")
    imported = read_import(reader, importer, path_part, "import", line, depth, chain)
    if imported is None:
        return []
    child, target, shown = imported
    slides = _slidev_slides(child, shown, meta, depth + 1, (*chain, target))
    return _slide_range(slides, wanted)


def _slide_range(slides: list[RawSlide], wanted: str) -> list[RawSlide]:
    """Slides ``2,5-7`` of an import (1-based); all of them when no range is given."""
    if not wanted.strip():
        return slides
    chosen: list[RawSlide] = []
    for part in wanted.split(","):
        match = _SLIDE_RANGE.match(part)
        if match:
            first = int(match.group(1))
            last = min(int(match.group(2) or first), len(slides))
            chosen.extend(slides[first - 1 : last])
    return chosen


# --- reveal.js -----------------------------------------------------------


def split_reveal(reader: MarkdownFile) -> list[RawSlide]:
    slides: list[RawSlide] = []
    stacked: list[bool] = []  # whether each slide is a vertical one, under the slide before it
    meta = reader.front_matter.data
    vertical = None if "verticalSeparator" in meta else _REVEAL_VERTICAL
    vertical_line = re.compile(_separator_line(meta.get("verticalSeparator"), "----"))
    for lines, first in split_lines(reader.body, reader.body_first_line, _reveal_separators(meta), vertical):
        slide = RawSlide(lines, first)
        take_comments(slide)
        _move_notes_after(slide, _REVEAL_NOTES, keep_marker_line=True)
        slides.append(slide)
        before = first - reader.body_first_line - 1
        separator = reader.body[before] if before >= 0 else ""
        stacked.append(bool(vertical_line.match(separator) or (vertical and vertical.match(separator))))
    _name_stacks(slides, stacked)
    return trim_blank_ends(slides)


def _name_stacks(slides: list[RawSlide], stacked: list[bool]) -> None:
    """A stack of vertical slides under a top slide that holds only its heading is a part of the talk named by that
    heading, as a Pandoc section heading is: the top slide and the stack sit in that section."""
    for index, slide in enumerate(slides):
        if stacked[index] or index + 1 == len(slides) or not stacked[index + 1]:
            continue
        lines = [line for line in slide.lines if line.strip()]
        found = heading(lines[0]) if len(lines) == 1 else None
        if found is None or not found.text:
            continue
        slide.section = found.text
        for follower, under in zip(slides[index + 1 :], stacked[index + 1 :], strict=True):
            if not under:
                break
            follower.section = found.text


# The vertical separator most reveal.js decks configure in their page (data-separator-vertical="^\n--\n$"): a line
# of two dashes alone after a blank line, which no speaker writes as text (unless the front matter names another).
_REVEAL_VERTICAL = re.compile(r"^--\s*$")


def _reveal_separators(meta: dict[str, object]) -> re.Pattern[str]:
    """reveal-md's slide separators: '---' between slides and '----' between vertical ones, unless its front
    matter's ``separator`` and ``verticalSeparator`` say otherwise (vertical slides are slides too)."""
    lines = (_separator_line(meta.get("separator"), "---"), _separator_line(meta.get("verticalSeparator"), "----"))
    return re.compile("|".join(f"(?:{line})" for line in lines))


# reveal-md's separators are patterns over the text, with the line breaks around the separator line in them
# ("^\r?\n---\r?\n$"): without those, they are patterns over one line.
_LINE_BREAKS = re.compile(r"\(\?:\\r\\n\?\|\\n\)|\(\\r\\n\?\|\\n\)|\\r\?\\n|\\r\\n|\\n|\\r")


def _separator_line(value: object, default: str) -> str:
    if isinstance(value, str):
        # In double quotes, YAML has already made the escapes \r and \n the characters themselves.
        typed = value.replace("\r?", "").replace("\r", "").replace("\n", "")
        line = _LINE_BREAKS.sub("", typed.strip()).removeprefix("^").removesuffix("$")
        if line and len(line) <= 100:
            try:
                re.compile(line)
            except re.error:
                pass  # reveal-md would fail on it too; the default split still reads the talk
            else:
                return rf"^(?:{line})\s*$"
    return rf"^{re.escape(default)}\s*$"


def _move_notes_after(slide: RawSlide, marker: re.Pattern[str], keep_marker_line: bool) -> None:
    """Everything from the first marker line (outside code) on is a note."""
    mask = fence_mask(slide.lines)
    for index, line in enumerate(slide.lines):
        if not mask[index] and marker.match(line):
            first = marker.sub("", line).strip() if keep_marker_line else ""
            notes = [first] if first else []
            slide.notes.append("\n".join(notes + slide.lines[index + 1 :]).strip())
            slide.lines = slide.lines[:index]
            return


# --- remark / xaringan ---------------------------------------------------


def split_remark(reader: MarkdownFile) -> list[RawSlide]:
    slides: list[RawSlide] = []
    for lines, first, continuation in _remark_chunks(reader):
        slide = RawSlide(lines, first)
        take_comments(slide)
        _move_notes_after(slide, re.compile(r"^\?\?\?\s*$"), keep_marker_line=False)
        _take_remark_properties(slide)
        _strip_remark_classes(slide)
        if continuation and slides:
            _extend_slide(slides[-1], slide)
            continue
        if str(slide.meta.get("exclude", "")).lower() == "true" or str(slide.meta.get("layout", "")) == "true":
            continue
        slides.append(slide)
    # remark shows every chunk between two separators, a blank one too ("---", nothing, "---"); only
    # the nothing before the first separator or after the last is no slide.
    while slides and _blank(slides[-1]):
        slides.pop()
    title = reader.front_matter.data.get("title")
    if isinstance(title, str) and title.strip() and reader.front_matter.line_count:
        # xaringan turns the YAML title into a slide of its own, with a separator after it: the chunk
        # before the first separator is a slide even when knitting left it blank (setup chunks only).
        slides.insert(0, RawSlide([], 1, title=title.strip()))
        return slides
    while slides and _blank(slides[0]):
        slides.pop(0)
    return slides


def _blank(slide: RawSlide) -> bool:
    return not (slide.text.strip() or slide.notes or slide.title or slide.pictures)


def _remark_chunks(reader: MarkdownFile) -> list[tuple[list[str], int, bool]]:
    chunks: list[tuple[list[str], int, bool]] = []
    continuation = False
    lines = reader.body
    mask = fence_mask(lines)
    start = 0
    for index, line in enumerate(lines):
        if not mask[index] and REMARK_SEPARATOR.match(line):
            chunks.append((lines[start:index], reader.body_first_line + start, continuation))
            continuation = line.strip() == "--"
            start = index + 1
    chunks.append((lines[start:], reader.body_first_line + start, continuation))
    return chunks


_REMARK_CLASS_OPEN = re.compile(r"(?<![\w\]!])\.[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\[")


def _strip_remark_classes(slide: RawSlide) -> None:
    """``.center[.large[text]]`` styles text; only ``text`` is on the slide."""
    mask = fence_mask(slide.lines)
    for index, line in enumerate(slide.lines):
        if mask[index]:
            continue
        stripped, opened = _REMARK_CLASS_OPEN.subn("", line)
        closing = len(stripped.rstrip()) - len(stripped.rstrip().rstrip("]"))
        if opened:
            stripped = stripped.rstrip()[: len(stripped.rstrip()) - min(opened, closing)]
        elif stripped.strip() and set(stripped.strip()) == {"]"}:
            stripped = ""  # the close of a class opened on an earlier line
        slide.lines[index] = stripped


def _take_remark_properties(slide: RawSlide) -> None:
    """Leading ``class: center`` lines configure the slide; they are not text.

    ``background-image: url(plot.png)`` is a picture the audience sees: the slide is a picture slide.
    """
    taken = 0  # lines up to the last property, blank lines among them included
    for index, line in enumerate(slide.lines):
        match = REMARK_PROPERTY.match(line.strip())
        if match is None:
            if line.strip():
                break
            continue
        slide.meta[match.group(1)] = match.group(2).strip()
        background = _CSS_URL.search(match.group(2)) if match.group(1) == "background-image" else None
        if background:
            location = Location(slide.first_line + index, 1, slide.source)
            slide.pictures.append(Image(source=background.group(1).strip("'\" "), location=location))
        taken = index + 1
    slide.lines = [""] * taken + slide.lines[taken:]


def _extend_slide(slide: RawSlide, build: RawSlide) -> None:
    """A ``--`` build adds to the slide on screen; it is the same slide."""
    gap = build.first_line - (slide.first_line + len(slide.lines))
    slide.lines = slide.lines + [""] * max(gap, 0) + build.lines
    slide.notes.extend(build.notes)
    slide.directives.extend(build.directives)
