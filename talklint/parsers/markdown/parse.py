"""Markdown talks: which dialect a file is, and its raw slides turned into the model.

Each dialect splits the file into slides by its own syntax (separators,
per-slide front matter, notes markers): outlines, Marp, Slidev, reveal.js and
remark in ``dialects``, Pandoc and Quarto in ``pandoc``.
The text of each slide is then read into blocks by ``markdown_blocks``.
Detection looks at the front matter and the separators, not only at the
file name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from talklint import budget, limits
from talklint.errors import ParseError
from talklint.model import Block, Directive, Image, Location, Paragraph, Slide, Talk, minutes
from talklint.parsers.common import finish_talk
from talklint.parsers.markdown.blocks import Heading, parse_markdown, plain_inline, without_invisible_elements
from talklint.parsers.markdown.dialects import (
    REMARK_PROPERTY,
    REVEAL_NOTE_MARK,
    split_marp,
    split_remark,
    split_reveal,
    split_slidev,
)
from talklint.parsers.markdown.file import MarkdownFile, count_units
from talklint.parsers.markdown.includes import in_their_files, splice_includes
from talklint.parsers.markdown.lines import RawSlide, fence_mask, heading, strip_comments
from talklint.parsers.markdown.outline import split_outline
from talklint.parsers.markdown.pandoc import (
    has_pandoc_metadata,
    has_pandoc_notes,
    has_pandoc_title_block,
    knitted_body,
    split_pandoc,
)
from talklint.parsers.markdown.references import KNITTED_SUFFIXES

SLIDEV_KEYS = {
    "theme", "layout", "transition", "mdc", "highlighter", "drawings", "fonts", "src",
    "addons", "colorSchema", "titleTemplate", "class", "background", "lineNumbers",
    "routerMode", "monaco", "selectable", "exportFilename", "download", "info",
}  # fmt: skip
# reveal-md's front matter (it also takes "theme", which Slidev shares).
REVEAL_MD_KEYS = {"revealOptions", "separator", "verticalSeparator", "highlightTheme"}

Dialect = Callable[[MarkdownFile], list[RawSlide]]


def parse_markdown_talk(path: Path) -> Talk:
    """Parse a Markdown outline or deck at ``path`` into a Talk."""
    reader = MarkdownFile(path)
    if count_units(reader.body) > 2 * limits.MAX_SLIDES:
        raise ParseError(
            f"the talk's {count_units(reader.body):,} slide separators and headings are " + limits.beyond("MAX_SLIDES")
        )
    origins = splice_includes(reader)
    dialect_name, dialect = detect_dialect(reader)
    if dialect is split_pandoc or reader.suffix in KNITTED_SUFFIXES:
        # R Markdown and Quarto are knitted before any slide framework (Pandoc, xaringan) renders them.
        reader.body = knitted_body(reader)
    # A chunk holding only a <style> or <script> element configures the deck; nobody sees it as a slide.
    raw_slides = [raw for raw in dialect(reader) if not _only_styles(raw)]
    if origins is not None:
        in_their_files(raw_slides, origins, reader.body_first_line)
    slides = [_build_slide(raw, number) for number, raw in enumerate(raw_slides, start=1) if _in_time()]
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
            is_outline=dialect is split_outline,
        ),
        builds=dialect is not split_outline,
    )


def detect_dialect(reader: MarkdownFile) -> tuple[str, Dialect]:
    """Decide the dialect from front matter and separators."""
    meta = reader.front_matter.data
    output = str(meta.get("output", "")) + str(meta.get("format", ""))
    if reader.suffix == ".txt":
        return "markdown-outline", split_outline  # a plain-text outline or script
    if meta.get("marp") is True:
        return "marp", split_marp
    if "xaringan" in output or "remark" in output or _looks_like_remark(reader):
        return "remark", split_remark
    if reader.suffix in (".qmd", ".rmd") or "revealjs" in output or has_pandoc_title_block(reader):
        return "pandoc", split_pandoc
    separators = reader.count_separators()
    if set(meta) & REVEAL_MD_KEYS:
        return "revealjs", split_reveal
    if meta and set(meta) & SLIDEV_KEYS and (separators or not _headings_cut_units(reader, 0)):
        # Slidev cuts its slides at "---" only: front matter it shares with Pandoc ("theme: metropolis") over
        # headings and no rules is a Pandoc deck, cut at its headings.
        return "slidev", split_slidev
    if separators and _headings_cut_units(reader, separators):
        # Rules here and there, but the headings make the units: slides under a title (Pandoc), else an outline.
        if isinstance(meta.get("title"), str) or has_pandoc_title_block(reader):
            return "pandoc", split_pandoc
        return "markdown-outline", split_outline
    if meta and separators and not reader.has_line(REVEAL_NOTE_MARK):
        return "slidev", split_slidev
    if separators:
        return "revealjs", split_reveal
    if has_pandoc_notes(reader) or has_pandoc_metadata(reader):
        # no rules between slides: Pandoc cuts the deck at its headings, under the title its metadata gives
        return "pandoc", split_pandoc
    return "markdown-outline", split_outline


def _headings_cut_units(reader: MarkdownFile, separators: int) -> bool:
    """More than two headings per ``---`` chunk: a deck's chunk holds a title and perhaps a subtitle,
    so here the headings organise the text and the rules are only thematic breaks."""
    mask = fence_mask(reader.body)
    headings = sum(1 for i, line in enumerate(reader.body) if not mask[i] and heading(line))
    return headings > 2 * (separators + 1)


def _looks_like_remark(reader: MarkdownFile) -> bool:
    notes_marker = re.compile(r"^\?\?\?\s*$")
    first = next((line for line in reader.body if line.strip()), "")
    if not reader.count_separators():
        return False
    return reader.has_line(notes_marker) or bool(REMARK_PROPERTY.match(first))


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
    valid = minutes(value)
    if valid is None:
        raise ParseError(f"front matter key 'talklint.duration' must be a positive number of minutes, not {value!r}")
    return valid


# --- from raw slides to the model ---------------------------------------


def _in_time() -> bool:
    budget.check()
    return True


def _build_slide(raw: RawSlide, number: int) -> Slide:
    parsed = parse_markdown(raw.text, raw.first_line, raw.source)
    title = plain_inline(raw.title) if raw.title else raw.title
    headings = parsed.headings
    if title is None and headings:
        title, headings = headings[0][1].text, headings[1:]
    elif not title and headings and _opens_slide(headings[0][0], parsed.blocks):
        # An untitled slide (``## {data-background=…}``, or one after ``---``) shows its first heading as its title.
        title, headings = headings[0][1].text, headings[1:]
    blocks = [*raw.pictures, *_with_headings(parsed.blocks, headings, raw)]
    notes = "\n\n".join(n.strip() for n in raw.notes if n.strip())
    return Slide(
        number=number,
        title=clean_title(title or ""),
        blocks=tuple(blocks),
        notes=notes,
        hidden=raw.hidden,
        section=clean_title(plain_inline(raw.section)) if raw.section else "",
        location=_slide_location(raw, parsed.headings),
        planned_minutes=raw.planned_minutes,
        links=tuple(plain_inline(text) for text in _LINK.findall(f"{raw.title or ''}\n{raw.text}")),
    )


# A link's text, not a picture's: "[APFEL](https://…)", "[*QCDNUM*](./qcdnum.md)".
_LINK = re.compile(r"(?<![!\]])\[([^\[\]\n]+)\]\([^()\s]+\)")


def _only_styles(raw: RawSlide) -> bool:
    text = raw.text
    if "<style" not in text.lower() and "<script" not in text.lower():
        return False
    visible = without_invisible_elements(strip_comments(text))
    return not visible.strip() and not raw.notes and not raw.title and not raw.pictures


# What a heading shows of Pandoc notes and citations, footnote marks and LaTeX.
_INLINE_NOTE = re.compile(r"\^\[[^\[\]]*\]")
_NOTE_MARK = re.compile(r"\[\^[^\[\]\s]+\]")
_CITATION = re.compile(r"\[[^\[\]]*?-?@[\w:.#$%&+?<>~/-]+[^\[\]]*\]")
_LATEX_COLOR = re.compile(r"\\(?:textcolor|colorbox)\s*\{[^{}]*\}")
_LATEX_SWITCH = re.compile(r"\\(?:color|bf|it|tt|em|small|large|Large|huge)\s*(?:\{[^{}]*\})?")
_LATEX_COMMAND = re.compile(r"\\([A-Za-z]+)\s*")


def clean_title(title: str) -> str:
    """A heading as the audience reads it: no footnote marks, no citation keys, no LaTeX commands.

    ``Current estimators^[@andrews1991]`` → ``Current estimators``;
    ``Phase transitions[^melko]`` → ``Phase transitions``;
    ``\\textcolor{#FF2052}{\\tau_{\\mathrm{int}}}`` → ``tau_int``.
    """
    text = _NOTE_MARK.sub("", _INLINE_NOTE.sub("", title))
    text = _CITATION.sub("", text)
    if "\\" in text:
        text = _LATEX_SWITCH.sub("", _LATEX_COLOR.sub("", text))
        text = _LATEX_COMMAND.sub(lambda match: "" if match.group(1) in _LATEX_WRAPPERS else match.group(1), text)
        text = text.replace("{", "").replace("}", "").replace("$", "")
    return " ".join(text.split())


# Commands that only wrap their argument: what shows is the argument.
_LATEX_WRAPPERS = frozenset(
    {"text", "textbf", "textit", "texttt", "emph", "mathrm", "mathbf", "mathit", "mathsf", "mathcal", "operatorname"}
)


def _opens_slide(index: int, blocks: list[Block]) -> bool:
    """Only pictures come before block ``index``."""
    return all(isinstance(block, Image) for block in blocks[:index])


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


def _number_directives(reader: MarkdownFile, raw_slides: list[RawSlide]) -> list[Directive]:
    directives = [Directive(d.action, d.rules, 0, Location(d.line, 1), d.role) for d in reader.directives]
    for number, raw in enumerate(raw_slides, start=1):
        for d in raw.directives:
            directives.append(Directive(d.action, d.rules, number, Location(d.line, 1, raw.source), d.role))
    return directives


def _talk_title(meta: dict[str, object], outline_title: str, slides: list[Slide]) -> str:
    title = meta.get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    # (a deck may open on a picture with no title before its title slide)
    return outline_title or next((slide.title for slide in slides[:2] if slide.title), "")
