"""Markdown talks: outlines and the slide-deck dialects.

Each dialect splits the file into slides by its own syntax (separators,
per-slide front matter, notes markers); the text of each slide is then read
into blocks by ``markdown_blocks``. Detection looks at the front matter and
the separators, not only at the file name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import yaml

from talklint.errors import ParseError
from talklint.model import Block, Directive, Image, Location, Paragraph, ParseWarning, Slide, Talk
from talklint.parsers.common import finish_talk, repository_root
from talklint.parsers.markdown_blocks import Heading, parse_markdown, plain_inline, strip_tags
from talklint.parsers.markdown_lines import (
    RawDirective,
    RawSlide,
    fence_mask,
    heading,
    split_lines,
    take_comments,
)
from talklint.parsers.source import FrontMatter, parse_yaml_mapping, read_text, split_front_matter

SLIDE_SEPARATOR = re.compile(r"^---\s*$")
REMARK_SEPARATOR = re.compile(r"^---?\s*$")
_HEADING_ATTRIBUTES = re.compile(r"\s*\{[^{}]*\}\s*$")
_PLANNED_TIME = re.compile(
    r"\s*[\(\[]\s*(?:~|ca\.?\s*)?(\d+(?:\.\d+)?)\s*(?:-\s*\d+(?:\.\d+)?\s*)?(?:min(?:ute)?s?|m|')\s*[\)\]]\s*$",
    re.IGNORECASE,
)
_REVEAL_NOTES = re.compile(r"^\s*notes?\s*:", re.IGNORECASE)
_REMARK_PROPERTY = re.compile(
    r"^(class|name|layout|background-image|background-color|count|template|exclude|seq)\s*:\s*(.*)$"
)
_DIV_FENCE = re.compile(r"^\s*:{2,}")
_PANDOC_NOTES_OPEN = re.compile(r"^\s*:{3,}\s*(?:notes|\{[^}]*\.notes\b[^}]*\})\s*$")
_DIV_NOTES_OPEN = re.compile(r"<div\s+class=[\"']notes[\"']\s*>", re.IGNORECASE)
_PAUSE = re.compile(r"^\s*\.\s+\.\s+\.\s*$")
_SLIDEV_KEYS = {
    "theme", "layout", "transition", "mdc", "highlighter", "drawings", "fonts", "src",
    "addons", "colorSchema", "titleTemplate", "class", "background", "lineNumbers",
    "routerMode", "monaco", "selectable", "exportFilename", "download", "info",
}  # fmt: skip
_MARP_DIRECTIVES = {
    "theme", "style", "headingDivider", "lang", "size", "math", "title", "author",
    "description", "image", "keywords", "url", "marp", "paginate", "header", "footer",
    "class", "backgroundColor", "backgroundImage", "backgroundPosition",
    "backgroundRepeat", "backgroundSize", "color", "transition", "auto-scaling",
}  # fmt: skip
MAX_IMPORT_DEPTH = 8

Dialect = Callable[["_Reader"], list[RawSlide]]


def parse_markdown_talk(path: Path) -> Talk:
    """Parse a Markdown outline or deck at ``path`` into a Talk."""
    reader = _Reader(path)
    dialect_name, dialect = detect_dialect(reader)
    raw_slides = dialect(reader)
    slides = [_build_slide(raw, number) for number, raw in enumerate(raw_slides, start=1)]
    directives = _number_directives(reader, raw_slides)
    title = _talk_title(reader.front_matter.data, reader.title, slides)
    return finish_talk(
        Talk(
            path=path,
            format=dialect_name,
            slides=tuple(slides),
            title=title,
            duration=declared_duration(reader.front_matter.data),
            metadata=dict(reader.front_matter.data),
            directives=tuple(directives),
            warnings=tuple(reader.warnings),
            included=tuple(reader.included),
        )
    )


class _Reader:
    """A Markdown file split into front matter and body lines."""

    def __init__(self, path: Path) -> None:
        self.path = path
        source = read_text(path)
        self.lines = source.text.splitlines()
        self.front_matter: FrontMatter = split_front_matter(self.lines)
        self.body = self.lines[self.front_matter.line_count :]
        self.body_first_line = self.front_matter.line_count + 1
        self.warnings: list[ParseWarning] = []
        self.included: list[Path] = []
        # Directives before the first slide (front matter, an outline's preamble).
        self.directives: list[RawDirective] = []
        self.title = ""  # an outline's '#' heading
        if source.encoding_note:
            self.warnings.append(ParseWarning(source.encoding_note))

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower()

    def count_separators(self) -> int:
        mask = fence_mask(self.body)
        return sum(1 for i, line in enumerate(self.body) if not mask[i] and SLIDE_SEPARATOR.match(line))

    def has_line(self, pattern: re.Pattern[str]) -> bool:
        mask = fence_mask(self.body)
        return any(not mask[i] and pattern.match(line) for i, line in enumerate(self.body))


def detect_dialect(reader: _Reader) -> tuple[str, Dialect]:
    """Decide the dialect from front matter and separators."""
    meta = reader.front_matter.data
    output = str(meta.get("output", "")) + str(meta.get("format", ""))
    if meta.get("marp") is True:
        return "marp", _split_marp
    if "xaringan" in output or "remark" in output or _looks_like_remark(reader):
        return "remark", _split_remark
    if reader.suffix in (".qmd", ".rmd") or "revealjs" in output or _has_pandoc_title_block(reader):
        return "pandoc", _split_pandoc
    separators = reader.count_separators()
    if meta and (set(meta) & _SLIDEV_KEYS or separators):
        return "slidev", _split_slidev
    if separators:
        return "revealjs", _split_reveal
    if _has_pandoc_notes(reader):
        return "pandoc", _split_pandoc
    return "markdown-outline", _split_outline


def _looks_like_remark(reader: _Reader) -> bool:
    notes_marker = re.compile(r"^\?\?\?\s*$")
    first = next((line for line in reader.body if line.strip()), "")
    if not reader.count_separators():
        return False
    return reader.has_line(notes_marker) or bool(_REMARK_PROPERTY.match(first))


def _has_pandoc_title_block(reader: _Reader) -> bool:
    return bool(reader.lines) and reader.lines[0].startswith("%")


def _has_pandoc_notes(reader: _Reader) -> bool:
    return reader.has_line(_PANDOC_NOTES_OPEN) or bool(_div_notes("\n".join(reader.body)))


def declared_duration(meta: dict[str, object]) -> float | None:
    """Read ``talklint: {duration: 45}`` from front matter."""
    settings = meta.get("talklint")
    if settings is None:
        return None
    if not isinstance(settings, dict):
        raise ParseError("front matter key 'talklint' must be a mapping, e.g. talklint: {duration: 45}")
    value = settings.get("duration")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ParseError(f"front matter key 'talklint.duration' must be a positive number of minutes, not {value!r}")
    return float(value)


# --- outline -------------------------------------------------------------


def _split_outline(reader: _Reader) -> list[RawSlide]:
    """``#`` is the talk's title (or a section when there are several), ``##`` a unit."""
    lines = reader.body
    mask = fence_mask(lines)
    headings = [(i, h) for i, line in enumerate(lines) if not mask[i] and (h := heading(line))]
    top_level = [i for i, h in headings if h.level == 1]
    unit_level = 2 if any(h.level == 2 for _, h in headings) else 1
    sections_from_h1 = unit_level == 2 and len(top_level) > 1
    if top_level and unit_level == 2:
        reader.title = headings[0][1].text if headings[0][1].level == 1 else ""
    slides: list[RawSlide] = []
    section = ""
    for position, (index, found) in enumerate(headings):
        level, text = found.level, found.text
        if level == 1 and sections_from_h1:
            section = text
        if level != unit_level:
            continue
        later = range(position + 1, len(headings))
        end = next((headings[j][0] for j in later if headings[j][1].level <= unit_level), len(lines))
        title, minutes = _split_planned_time(text)
        slides.append(
            RawSlide(
                lines=lines[index + 1 : end],
                first_line=reader.body_first_line + index + 1,
                title=title,
                title_line=reader.body_first_line + index,
                section=section,
                planned_minutes=minutes,
            )
        )
    first_unit = (slides[0].title_line or reader.body_first_line) - reader.body_first_line if slides else len(lines)
    preamble = RawSlide(lines[: max(first_unit, 0)], reader.body_first_line)
    take_comments(preamble)
    reader.directives.extend(preamble.directives)
    for slide in slides:
        # An outline has no notes syntax: comments are the writer's, not text.
        take_comments(slide)
    return slides


def _split_planned_time(title: str) -> tuple[str, float | None]:
    match = _PLANNED_TIME.search(title)
    if not match:
        return title, None
    return title[: match.start()].rstrip(" -–—:"), float(match.group(1))


# --- Marp ----------------------------------------------------------------


def _split_marp(reader: _Reader) -> list[RawSlide]:
    divider = reader.front_matter.data.get("headingDivider", _heading_divider_comment(reader.body))
    slides: list[RawSlide] = []
    for lines, first in split_lines(reader.body, reader.body_first_line, SLIDE_SEPARATOR):
        for slide in _divide_at_headings(RawSlide(lines, first), divider):
            for comment in take_comments(slide):
                if _marp_directive(comment.text) is None:
                    slide.notes.append(comment.text)
            slides.append(slide)
    return _trim_blank_ends(slides)


def _heading_divider_comment(lines: list[str]) -> object:
    match = re.search(r"<!--\s*headingDivider\s*:\s*([^>]*?)\s*-->", "\n".join(lines))
    return yaml.safe_load(match.group(1)) if match else None


def _trim_blank_ends(slides: list[RawSlide]) -> list[RawSlide]:
    """Drop empty chunks before the first and after the last separator."""

    def blank(slide: RawSlide) -> bool:
        return not slide.text.strip() and not slide.notes and not slide.directives and not slide.meta

    while slides and blank(slides[-1]):
        slides.pop()
    while slides and blank(slides[0]):
        slides.pop(0)
    return slides


def _marp_directive(comment: str) -> dict[str, object] | None:
    """A comment made only of Marp directives (``_class: lead``) is not a note."""
    try:
        data = yaml.safe_load(comment)
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
        return set(range(1, divider + 1))
    if isinstance(divider, list):
        return {level for level in divider if isinstance(level, int)}
    return set()


# --- Slidev --------------------------------------------------------------


def _split_slidev(reader: _Reader, path: Path | None = None, depth: int = 0) -> list[RawSlide]:
    """Split a Slidev deck; ``path`` and ``depth`` serve ``src:`` imports."""
    source = path if path is not None and path != reader.path else None
    chunks = list(split_lines(reader.body, reader.body_first_line, SLIDE_SEPARATOR))
    slides: list[RawSlide] = []
    meta_for_next: dict[str, object] = dict(reader.front_matter.data) if depth == 0 else {}
    index = 0
    while index < len(chunks):
        lines, first = chunks[index]
        if _is_slide_front_matter(lines) and index + 1 < len(chunks):
            meta_for_next = parse_yaml_mapping("\n".join(lines), first)
            index += 1
            continue
        meta, meta_for_next = meta_for_next, {}
        index += 1
        if "src" in meta:
            slides.extend(_slidev_import(reader, str(meta["src"]), first, depth))
            continue
        slide = RawSlide(lines, first, meta=meta, source=source)
        comments = take_comments(slide)
        background = meta.get("image") or meta.get("background")
        if isinstance(background, str) and background.strip():
            # A layout's picture (image-right, cover) is on the slide.
            slide.pictures = [Image(source=background.strip(), location=Location(first, 1, source))]
        if comments and comments[-1].at_end:
            slide.notes.append(comments[-1].text)
        slide.lines = [line for line in slide.lines if not _DIV_FENCE.match(line)]
        slide.hidden = bool(meta.get("hide") or meta.get("disabled"))
        if isinstance(meta.get("title"), str) and not _has_heading(slide.lines):
            # A section layout shows the front matter's title as the slide title.
            slide.title = str(meta["title"]).strip()
        slides.append(slide)
    return _trim_blank_ends(slides)


def _has_heading(lines: list[str]) -> bool:
    mask = fence_mask(lines)
    return any(not mask[i] and heading(line) for i, line in enumerate(lines))


def _is_slide_front_matter(lines: list[str]) -> bool:
    """Lines between two separators that are a YAML mapping, not slide text."""
    content = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not content or not re.match(r"^[A-Za-z_][\w-]*\s*:(\s|$)", content[0]):
        return False
    try:
        return isinstance(yaml.safe_load("\n".join(lines)), dict)
    except yaml.YAMLError:
        return False


def _slidev_import(reader: _Reader, src: str, line: int, depth: int) -> list[RawSlide]:
    """Follow ``src: ./pages/x.md`` relative to the file, inside its repository."""
    base = reader.path.parent
    target = (base / src.split("#", 1)[0]).resolve()
    root = repository_root(reader.path)
    problem = None
    if depth >= MAX_IMPORT_DEPTH or target in {p.resolve() for p in reader.included} | {reader.path.resolve()}:
        problem = f"import '{src}' at line {line} is circular or nested too deeply; not followed"
    elif not target.is_relative_to(root):
        problem = f"import '{src}' at line {line} points outside the repository ({root}); not followed"
    elif not target.is_file():
        problem = f"import '{src}' at line {line} not found; its slides are not linted"
    elif target.suffix.lower() not in (".md", ".markdown"):
        problem = f"import '{src}' at line {line} is not Markdown; not followed"
    if problem:
        reader.warnings.append(ParseWarning(problem))
        return []
    reader.included.append(target)
    try:
        child = _Reader(target)
    except ParseError as error:
        reader.warnings.append(ParseWarning(f"import '{src}' at line {line} cannot be read: {error}"))
        return []
    child.included = reader.included
    child.warnings = reader.warnings
    child.path = reader.path
    slides = _split_slidev_child(child, target, depth + 1)
    return slides


def _split_slidev_child(child: _Reader, target: Path, depth: int) -> list[RawSlide]:
    slides = _split_slidev(child, target, depth)
    if child.front_matter.data and slides:
        # The imported file's own front matter belongs to its first slide.
        slides[0].meta = {**child.front_matter.data, **slides[0].meta}
    return slides


# --- reveal.js -----------------------------------------------------------


def _split_reveal(reader: _Reader) -> list[RawSlide]:
    slides: list[RawSlide] = []
    for lines, first in split_lines(reader.body, reader.body_first_line, SLIDE_SEPARATOR):
        slide = RawSlide(lines, first)
        take_comments(slide)
        _move_notes_after(slide, _REVEAL_NOTES, keep_marker_line=True)
        slides.append(slide)
    return _trim_blank_ends(slides)


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


def _split_remark(reader: _Reader) -> list[RawSlide]:
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
    title = reader.front_matter.data.get("title")
    if isinstance(title, str) and title.strip() and reader.front_matter.line_count:
        # xaringan turns the YAML title into the first slide.
        slides.insert(0, RawSlide([], 1, title=title.strip()))
    return [s for s in slides if s.text.strip() or s.notes or s.title]


def _remark_chunks(reader: _Reader) -> list[tuple[list[str], int, bool]]:
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
    """Leading ``class: center`` lines configure the slide; they are not text."""
    index = 0
    while index < len(slide.lines) and (match := _REMARK_PROPERTY.match(slide.lines[index])):
        slide.meta[match.group(1)] = match.group(2).strip()
        index += 1
    slide.lines = [""] * index + slide.lines[index:]


def _extend_slide(slide: RawSlide, build: RawSlide) -> None:
    """A ``--`` build adds to the slide on screen; it is the same slide."""
    gap = build.first_line - (slide.first_line + len(slide.lines))
    slide.lines = slide.lines + [""] * max(gap, 0) + build.lines
    slide.notes.extend(build.notes)
    slide.directives.extend(build.directives)


# --- Pandoc / Quarto -----------------------------------------------------


def _split_pandoc(reader: _Reader) -> list[RawSlide]:
    body, first_line = _without_title_block(reader)
    body = _hide_unechoed_chunks(body, _default_echo(reader))
    mask = fence_mask(body)
    level = _declared_slide_level(reader.front_matter.data) or _pandoc_slide_level(_without_notes(body), mask)
    slides: list[RawSlide] = []
    title = reader.front_matter.data.get("title") or _pandoc_block_title(reader)
    if isinstance(title, str) and title.strip():
        slides.append(RawSlide([], 1, title=title.strip()))
    section = ""
    current: RawSlide | None = None
    for index, line in enumerate(body):
        found = None if mask[index] else heading(line)
        separator = not mask[index] and SLIDE_SEPARATOR.match(line)
        if found and found.level <= level:
            text = _HEADING_ATTRIBUTES.sub("", found.text).strip()
            if found.level < level:
                section = text
            current = RawSlide([], first_line + index + 1, title=text, section=section)
            current.pictures = _background_image(found.text, first_line + index)
            current.title_line = first_line + index
            slides.append(current)
            continue
        if separator:
            current = RawSlide([], first_line + index + 1, title="", section=section)
            slides.append(current)
            continue
        if current is None:
            if not line.strip():
                continue
            current = RawSlide([], first_line + index, title=None, section=section)
            slides.append(current)
        current.lines.append(line)
    for slide in slides:
        _pandoc_notes(slide)
    return [s for s in slides if s.text.strip() or s.notes or s.title is not None]


def _background_image(heading: str, line: int) -> list[Image]:
    """A slide whose picture is a heading attribute, ``{data-background="x.jpg"}``."""
    match = re.search(r"(?:data-)?background(?:-image)?=[\"']?([^\"'\s}]+)", heading)
    return [Image(source=match.group(1), location=Location(line, 1))] if match else []


_CHUNK_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})\s*\{\s*([A-Za-z]\w*)([^}]*)\}")
_CHUNK_ECHO = re.compile(r"^\s*#\|\s*echo\s*:\s*(true|false)", re.IGNORECASE)
_HEADER_ECHO = re.compile(r"\becho\s*=\s*(TRUE|FALSE|T|F)\b")


def _default_echo(reader: _Reader) -> bool:
    """Quarto presentations hide code by default; knitr shows it."""
    meta = reader.front_matter.data
    execute = meta.get("execute")
    if isinstance(execute, dict) and isinstance(execute.get("echo"), bool):
        return bool(execute["echo"])
    knitr = meta.get("knitr")
    if isinstance(knitr, dict) and isinstance(knitr.get("opts_chunk"), dict):
        echo = knitr["opts_chunk"].get("echo")
        if isinstance(echo, bool):
            return echo
    return reader.suffix != ".qmd"


def _hide_unechoed_chunks(lines: list[str], default_echo: bool) -> list[str]:
    """Blank executable chunks (```{r}) whose code the audience never sees."""
    mask = fence_mask(lines)
    kept = list(lines)
    index = 0
    while index < len(lines):
        match = _CHUNK_OPEN.match(lines[index])
        if not match or not mask[index]:
            index += 1
            continue
        end = index + 1
        while end < len(lines) and mask[end] and not lines[end].strip().startswith(match.group(1)):
            end += 1
        echo = default_echo
        header = _HEADER_ECHO.search(match.group(3))
        if header:
            echo = header.group(1).startswith("T")
        for line in lines[index + 1 : end]:
            option = _CHUNK_ECHO.match(line)
            if option:
                echo = option.group(1).lower() == "true"
        if not echo:
            kept[index : end + 1] = [""] * (min(end + 1, len(lines)) - index)
        index = end + 1
    return kept[: len(lines)]


def _without_title_block(reader: _Reader) -> tuple[list[str], int]:
    body = reader.body
    if reader.front_matter.line_count or not _has_pandoc_title_block(reader):
        return body, reader.body_first_line
    count = 0
    while count < len(body) and body[count].startswith("%"):
        count += 1
    return body[count:], reader.body_first_line + count


def _pandoc_block_title(reader: _Reader) -> str:
    titles = [line[1:].strip() for line in reader.lines[:3] if line.startswith("%")]
    return next((t for t in titles if t), "")


def _declared_slide_level(meta: dict[str, object]) -> int | None:
    """``slide-level: 2`` at the top or under a format (Quarto, R Markdown)."""
    candidates: list[object] = [meta.get("slide-level"), meta.get("slide_level")]
    for key in ("format", "output"):
        formats = meta.get(key)
        if isinstance(formats, dict):
            for options in formats.values():
                if isinstance(options, dict):
                    candidates += [options.get("slide-level"), options.get("slide_level")]
    return next((c for c in candidates if isinstance(c, int) and 1 <= c <= 6), None)


def _without_notes(lines: list[str]) -> list[str]:
    """Blank out notes so that a heading followed by notes counts as bare."""
    text, _ = _take_div_notes("\n".join(lines))
    kept = text.split("\n")
    inside = False
    for index, line in enumerate(kept):
        if _PANDOC_NOTES_OPEN.match(line):
            inside = True
        if inside:
            if line.strip() and set(line.strip()) == {":"}:
                inside = False
            kept[index] = ""
    return kept


def _pandoc_slide_level(lines: list[str], mask: list[bool]) -> int:
    """Pandoc's rule: the highest heading level followed directly by content."""
    best: int | None = None
    for index, line in enumerate(lines):
        found = None if mask[index] else heading(line)
        if not found:
            continue
        following = _next_nonblank(lines, index + 1)
        if following and not heading(following) and not SLIDE_SEPARATOR.match(following):
            best = found.level if best is None else min(best, found.level)
    return best if best is not None else 2


def _next_nonblank(lines: list[str], start: int) -> str:
    for index in range(start, len(lines)):
        if lines[index].strip():
            return lines[index]
    return ""


def _pandoc_notes(slide: RawSlide) -> None:
    take_comments(slide)
    text, notes = _take_div_notes(slide.text)
    slide.notes.extend(notes)
    lines = text.split("\n")
    kept: list[str] = []
    in_notes = False
    depth = 0
    mask = fence_mask(lines)
    for index, line in enumerate(lines):
        if not mask[index] and _PANDOC_NOTES_OPEN.match(line):
            in_notes, depth = True, 0
            kept.append("")
            continue
        if in_notes:
            depth += _div_depth_change(line)
            if depth < 0:
                in_notes = False
                kept.append("")
                continue
            slide.notes.append(line)
            kept.append("")
            continue
        is_markup = not mask[index] and (_DIV_FENCE.match(line) or _PAUSE.match(line))
        kept.append("" if is_markup else line)
    slide.lines = kept
    slide.notes = ["\n".join(slide.notes).strip()] if any(n.strip() for n in slide.notes) else []


def _div_notes(text: str) -> list[tuple[int, int, int]]:
    """(start, inner start, end) of each ``<div class="notes">…</div>``, in one pass."""
    lowered = text.lower()
    found: list[tuple[int, int, int]] = []
    position = 0
    for opening in _DIV_NOTES_OPEN.finditer(text):
        if opening.start() < position:
            continue
        close = lowered.find("</div>", opening.end())
        if close < 0:
            break
        position = close + len("</div>")
        found.append((opening.start(), opening.end(), close))
    return found


def _take_div_notes(text: str) -> tuple[str, list[str]]:
    """Remove notes divs, keeping line breaks; return the text and the notes."""
    pieces: list[str] = []
    notes: list[str] = []
    position = 0
    for start, inner, close in _div_notes(text):
        end = close + len("</div>")
        pieces += [text[position:start], "\n" * text.count("\n", start, end)]
        notes.append(strip_tags(text[inner:close]).strip())
        position = end
    pieces.append(text[position:])
    return "".join(pieces), notes


def _div_depth_change(line: str) -> int:
    stripped = line.strip()
    if not stripped.startswith(":::"):
        return 0
    return -1 if set(stripped) == {":"} else 1


# --- from raw slides to the model ---------------------------------------


def _build_slide(raw: RawSlide, number: int) -> Slide:
    parsed = parse_markdown(raw.text, raw.first_line, raw.source)
    title = plain_inline(raw.title) if raw.title else raw.title
    headings = parsed.headings
    if title is None and headings:
        title, headings = headings[0][1].text, headings[1:]
    blocks = [*raw.pictures, *_with_headings(parsed.blocks, headings, raw)]
    notes = "\n\n".join(n.strip() for n in raw.notes if n.strip())
    return Slide(
        number=number,
        title=(title or "").strip(),
        blocks=tuple(blocks),
        notes=notes,
        hidden=raw.hidden,
        section=raw.section,
        location=_slide_location(raw, parsed.headings),
        planned_minutes=raw.planned_minutes,
    )


def _with_headings(blocks: list[Block], headings: list[tuple[int, Heading]], raw: RawSlide) -> list[Block]:
    """Put headings other than the title back among the blocks, as paragraphs."""
    merged: list[Block] = []
    pending = iter(headings)
    upcoming = next(pending, None)
    for index in range(len(blocks) + 1):
        while upcoming is not None and upcoming[0] == index:
            found = upcoming[1]
            merged.append(Paragraph(found.text, Location(found.line, 1, raw.source)))
            upcoming = next(pending, None)
        if index < len(blocks):
            merged.append(blocks[index])
    return merged


def _slide_location(raw: RawSlide, headings: list[tuple[int, Heading]]) -> Location:
    if raw.title_line is not None:
        return Location(raw.title_line, 1, raw.source)
    if raw.title is None and headings:
        return Location(headings[0][1].line, 1, raw.source)
    first_text = next((i for i, line in enumerate(raw.lines) if line.strip()), 0)
    return Location(raw.first_line + first_text, 1, raw.source)


def _number_directives(reader: _Reader, raw_slides: list[RawSlide]) -> list[Directive]:
    directives = [Directive(d.action, d.rules, 0, Location(d.line, 1)) for d in reader.directives]
    for number, raw in enumerate(raw_slides, start=1):
        for d in raw.directives:
            directives.append(Directive(d.action, d.rules, number, Location(d.line, 1, raw.source)))
    return directives


def _talk_title(meta: dict[str, object], outline_title: str, slides: list[Slide]) -> str:
    title = meta.get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    return outline_title or (slides[0].title if slides else "")
