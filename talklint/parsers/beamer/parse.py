r"""LaTeX Beamer talks (``.tex``): frames become slides.

The source is combined first (``\input`` files spliced in, comments and
verbatim lifted out, see ``source``), then parsed once with
pylatexenc. Each frame is one slide however many overlays it has:
``\pause`` and ``<2->`` reveal parts of the same slide. ``\section`` names
the section of the frames that follow, ``\appendix`` starts the backup
slides, and ``\note{…}`` is the frame's speaker notes.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from talklint import budget, limits
from talklint.errors import ParseError
from talklint.model import Block, Bullet, Directive, Image, Location, Paragraph, ParseWarning, Slide, Talk
from talklint.parsers.beamer.backgrounds import Background, background_at, background_pictures, with_backdrops
from talklint.parsers.beamer.frame import FrameContent, FrameReader
from talklint.parsers.beamer.latex import (
    BRACE,
    SECTION_MACROS,
    SECTION_MARK,
    SECTION_NUMBER_MARK,
    SUBSECTION_MARK,
    TITLE_PAGE_MACROS,
    argument,
    blank_overlays,
    children,
    context_with,
    environment_name,
    is_node,
    last_argument,
    macro_name,
    parse_nodes,
    parse_one_node,
    plain_text,
    plain_title,
)
from talklint.parsers.beamer.macros import FRAME_END, FrameMacro
from talklint.parsers.beamer.source import BeamerSource, read_beamer_source
from talklint.parsers.common import collapse_spaces, finish_talk

_DOCUMENT_INFO = ("title", "subtitle", "author", "institute", "date")
_DOCUMENT_BEGIN = re.compile(r"\\begin\s*\{document\}")
_DOCUMENT_END = re.compile(r"\\end\s*\{document\}")
_FRAME_BEGIN = re.compile(r"\\begin\s*\{frame\}")
# \AtBeginSection[]{\begin{frame}…\end{frame}}: a frame shown at the start of every section.
_SECTION_TEMPLATE = re.compile(r"\\AtBegin(?:Section|Subsection)\s*(?:\[[^\]]*\])?\s*\{\s*$")
# \AtBeginSection[]{\frame{…}}: the same, written with the \frame command.
_SECTION_FRAME_TEMPLATE = re.compile(
    r"\\AtBegin(?:Section|Subsection)\s*(?:\[[^\]]*\])?\s*\{\s*\\frame\s*(?:<[^>]*>\s*)?(?:\[[^\]]*\]\s*)?\{"
)


_FRAME_START = re.compile(r"\\begin\s*\{frame\}|\\frame(?![A-Za-z])")


def parse_beamer_talk(path: Path) -> Talk:
    source = read_beamer_source(path)
    text = source.text
    if not re.search(r"\\begin\s*\{frame\}|\\frame(?![A-Za-z])|\\(?:titlepage|maketitle)\b", text):
        missing = _missing_inputs(source)
        raise ParseError("no Beamer frames found" + (missing or " (\\begin{frame} or \\frame); is this a Beamer talk?"))
    if len(text) > limits.MAX_SOURCE_CHARS:
        raise ParseError(
            f"the talk and its inputs, macros expanded, hold {len(text):,} characters, "
            + limits.beyond("MAX_SOURCE_CHARS")
        )
    frames = len(_FRAME_START.findall(text))
    if frames > limits.MAX_SLIDES:
        raise ParseError(f"the talk's {frames:,} frames are " + limits.beyond("MAX_SLIDES"))
    blanked = blank_overlays(text)
    context = context_with({m.name: m.arguments for m in source.frame_macros.values()})
    body_start, body_end = _document_body(blanked.text)
    info = _document_info(blanked.text, context)
    contents = _section_titles(blanked.text[body_start:body_end], context)
    # The theme's options are read before overlays are blanked, which blanks a bracket after a command.
    pages = _theme_section_pages(text)
    deck = _Deck(source, blanked.text, context, blanked.never_shown, info, contents, pages)
    deck.backgrounds = background_pictures(blanked.text, body_start, body_end)
    deck.read_templates(0, body_start)
    deck.read(body_start, body_end)
    if not deck.slides:
        raise ParseError("no Beamer frames found inside the document" + _missing_inputs(source))
    if warning := _unread_frames(deck):
        source.warnings.append(warning)
    talk = finish_talk(
        Talk(
            path=path,
            format="beamer",
            slides=tuple(deck.slides),
            title=deck.info.get("title", ""),
            directives=tuple(_number_directives(source, deck.slide_lines)),
            warnings=tuple(source.warnings),
            included=tuple(source.included),
        ),
        builds=True,
    )
    return with_backdrops(talk, deck.backdrops)


def _unread_frames(deck: _Deck) -> ParseWarning | None:
    """Most of the talk's words outside any frame: its frames are built by commands talklint cannot see (defined
    in a style file that is not there), and the talk must not pass its checks unread."""
    inside = sum(slide.words for slide in deck.slides)
    if deck.words_outside < UNREAD_WORDS or deck.words_outside <= inside:
        return None
    return ParseWarning(
        f"{deck.words_outside:,} words of the talk stand outside any frame, more than inside its "
        f"{len(deck.slides)} frame{'s' if len(deck.slides) > 1 else ''}: its frames may be built by commands defined "
        "in a file that is not here; they are not read",
        deck.source.location(deck.first_outside),
        fix="Make the style or input file that defines the talk's frame commands available, or write the frames "
        "with \\begin{frame}…\\end{frame}",
    )


def _missing_inputs(source: BeamerSource) -> str:
    """'; the inputs 'a.tex', 'b.tex' were not found', when the frames may be in them."""
    missing = [w.message.split("'")[1] for w in source.warnings if "not found" in w.message and "'" in w.message]
    if not missing:
        return ""
    names = ", ".join(f"'{name}'" for name in missing[:5]) + (
        f" and {len(missing) - 5} more" if len(missing) > 5 else ""
    )
    return f"; the input{'s' if len(missing) > 1 else ''} {names} {'were' if len(missing) > 1 else 'was'} not found"


def _document_body(text: str) -> tuple[int, int]:
    """Offsets of the document's body; a file without ``document`` is all body."""
    begin = _DOCUMENT_BEGIN.search(text)
    if begin is None:
        return 0, len(text)
    end = _DOCUMENT_END.search(text, begin.end())
    return begin.end(), end.start() if end else len(text)


def _document_info(text: str, context: Any) -> dict[str, str]:
    r"""``\title``, ``\author``… as plain text, where each first stands (preamble or body).

    Each command is parsed where it stands: preambles hold macro definitions
    with unbalanced ``\begin``/``\end`` that no tree parser reads whole.
    """
    info: dict[str, str] = {}
    for name in _DOCUMENT_INFO:
        match = re.compile(rf"\\{name}(?![A-Za-z@])").search(text)
        node = parse_one_node(text, context, match.start()) if match else None
        if node is not None and macro_name(node) == name:
            info[name] = plain_text(children(last_argument(node)))
    return info


_METROPOLIS = re.compile(r"\\usetheme\s*(?:\[([^\]]*)\])?\s*\{\s*metropolis\s*\}")


def _theme_section_pages(text: str) -> dict[str, bool]:
    r"""The section pages a talk asks metropolis for (``\usetheme[sectionpage=progressbar]{metropolis}``).

    Only pages the talk names count as slides, as frames in the source: the
    theme's implicit default page is not one of the talk's frames.
    """
    match = _METROPOLIS.search(text)
    return metropolis_section_pages(match.group(1) or "") if match else {}


def metropolis_section_pages(options: str) -> dict[str, bool]:
    """``sectionpage=none`` / ``subsectionpage=progressbar`` as which levels get a page."""
    found: dict[str, bool] = {}
    for key, value in re.findall(r"(sub)?sectionpage\s*=\s*(\w+)", options):
        found["subsection" if key else "section"] = value != "none"
    return found


# A numbered section: \section* and the sections after \appendix (another part) are not in the contents.
_SECTION = re.compile(r"\\section(?![A-Za-z@*])")
_APPENDIX = re.compile(r"\\appendix(?![A-Za-z@])")


def _section_titles(body: str, context: Any) -> tuple[str, ...]:
    """The titles of the talk's sections, in order, as ``\tableofcontents`` lists them."""
    titles: list[str] = []
    appendix = _APPENDIX.search(body)
    body = body[: appendix.start()] if appendix else body
    for match in _SECTION.finditer(body):
        node = parse_one_node(body, context, match.start())
        title = plain_text(children(last_argument(node))) if node is not None else ""
        if title and title not in titles:
            titles.append(title)
    return tuple(titles)


def _closing_brace(text: str, start: int, end: int) -> int | None:
    """Where the group opened just before ``start`` closes (escaped braces do not count), before ``end``."""
    depth = 1
    for match in BRACE.finditer(text, start, end):
        depth += 1 if match.group() == "{" else -1
        if depth == 0:
            return match.start()
    return None


def _level(template: re.Match[str]) -> str:
    """The sectioning level whose every start shows the template's frame."""
    return "subsection" if "Sub" in template.group(0) else "section"


@dataclass(frozen=True)
class _Template:
    """A frame Beamer shows at the start of every section (or subsection)."""

    body_start: int
    body_end: int


# Words between frames (a command's name is none): Beamer shows nothing there but a title page, sections and notes.
_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{3,}")
_COMMAND_NAME = re.compile(r"\\[A-Za-z@]+\*?")
# Past this many words outside any frame, more than all its frames hold, a talk's frames were not read.
UNREAD_WORDS = 100


# What ``_Deck._visit`` acts on between frames, besides sections, title pages and the talk's frame macros.
_BETWEEN_FRAMES = ("frame", "againframe", "metroset", "appendix", "note")


@dataclass
class _Deck:
    source: BeamerSource
    text: str
    context: Any
    never_shown: frozenset[int]
    info: dict[str, str]
    contents: tuple[str, ...] = ()
    # The section levels at which the theme draws a page of its own (metropolis's section pages).
    section_pages: dict[str, bool] = field(default_factory=dict)
    slides: list[Slide] = field(default_factory=list)
    # The combined source line where each slide starts (in order), for directives.
    slide_lines: list[int] = field(default_factory=list)
    section: str = ""
    subsection: str = ""
    section_number: int = 0
    appendix: bool = False
    templates: dict[str, _Template] = field(default_factory=dict)
    backgrounds: list[Background] = field(default_factory=list)
    # The background picture of each slide that has one, by the slide's index.
    backdrops: dict[int, Image] = field(default_factory=dict)
    # The slides of the frames named by a label, which \againframe shows again.
    labelled: dict[str, Slide] = field(default_factory=dict)
    # Words written outside any frame, and where the first stands (see ``unread_frames``).
    words_outside: int = 0
    first_outside: int = 0
    _base: int = 0

    def read(self, start: int, end: int) -> None:
        r"""Read frames and what stands between them.

        Like Beamer, a frame runs from ``\begin{frame}`` to the next
        ``\end{frame}`` in the text, so a frame with unbalanced braces (which
        LaTeX accepts inside overlays) cannot swallow the frames after it.
        """
        position = start
        while begin := _FRAME_BEGIN.search(self.text, position, end):
            budget.check()
            close = FRAME_END.search(self.text, begin.end(), end)
            stop = close.start() if close else end
            template = _SECTION_TEMPLATE.search(self.text[position : begin.start()])
            self._read_frame_templates(position, begin.start())
            self._read_between(position, position + template.start() if template else begin.start())
            if template:
                self.templates[_level(template)] = _Template(begin.end(), stop)
            else:
                self._add_frame(begin.start(), begin.end(), stop)
            position = close.end() if close else end
        self._read_frame_templates(position, end)
        self._read_between(position, end)

    def _read_frame_templates(self, start: int, end: int) -> None:
        r"""Keep the section templates written with ``\frame{…}`` between ``start`` and ``end``."""
        for template in _SECTION_FRAME_TEMPLATE.finditer(self.text, start, end):
            close = _closing_brace(self.text, template.end(), end)
            if close is not None:
                self.templates[_level(template)] = _Template(template.end(), close)

    def read_templates(self, start: int, end: int) -> None:
        r"""Keep the section templates the preamble sets (``\AtBeginSection`` mostly stands there); a frame in
        the preamble is never shown."""
        position = start
        while begin := _FRAME_BEGIN.search(self.text, position, end):
            close = FRAME_END.search(self.text, begin.end(), end)
            if template := _SECTION_TEMPLATE.search(self.text[position : begin.start()]):
                self.templates[_level(template)] = _Template(begin.end(), close.start() if close else end)
            position = close.end() if close else end
        self._read_frame_templates(start, end)

    def _read_between(self, start: int, end: int) -> None:
        between = self.text[start:end]
        # Only the commands ``_visit`` acts on make slides or parts here; text without them (settings, templates,
        # thousands of them in a hostile file) is not worth parsing: its words are all outside any frame.
        if between.strip() and self._between_frames.search(between):
            # Parsed on its own, like each frame: a slice costs its length, not the text before it.
            self._base = start
            for node in parse_nodes(between, self.context):
                self._visit(node)
        else:
            self._count_words_outside(start, between)

    def _count_words_outside(self, start: int, between: str) -> None:
        """Count the words written outside any frame, which Beamer never shows (and where they first stand)."""
        if "\\" in between:
            # (blanked to its own length: where the first word stands is an offset in the text)
            between = _COMMAND_NAME.sub(lambda command: " " * len(command.group()), between)
        words = len(_WORD.findall(between))
        if words and not self.words_outside:
            found = _WORD.search(between)
            self.first_outside = start + (found.start() if found else 0)
        self.words_outside += words

    @functools.cached_property
    def _between_frames(self) -> re.Pattern[str]:
        """The commands that stand between frames and make a slide, a part or a note: ``_visit``'s, and the
        talk's own frame macros."""
        names = {*_BETWEEN_FRAMES, *SECTION_MACROS, *TITLE_PAGE_MACROS, *self.source.frame_macros}
        return re.compile(rf"\\(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))})(?![A-Za-z])")

    def _at(self, node: Any) -> int:
        """A node's offset in the whole text (nodes between frames count from ``_base``)."""
        return self._base + int(node.pos)

    def _visit(self, node: Any) -> None:
        if is_node(node, "LatexCharsNode"):
            self._count_words_outside(self._at(node), node.chars)
            return
        name = macro_name(node)
        environment = environment_name(node)
        if name == "frame":
            reader = FrameReader(self.source, base=self._base, contents=self.contents)
            self._add_slide(self._at(node), reader.read_frame(children(argument(node, 1)), with_arguments=False))
        elif name in self.source.frame_macros:
            self._add_macro_frame(node, self.source.frame_macros[name])
        elif name in SECTION_MACROS:
            title = plain_text(children(last_argument(node)))
            self._set_section(name, title)
            if name == "section" and argument(node, 0) is None and not self.appendix:
                self.section_number += 1
            if argument(node, 0) is None and name in self.templates:
                self._add_template_frame(self.templates[name], self._at(node))
            elif argument(node, 0) is None and self.section_pages.get(name):
                self._add_slide(self._at(node), FrameContent(title=title))
        elif name == "againframe":
            self._add_again(node)
        elif name == "metroset":
            self.section_pages.update(metropolis_section_pages(plain_text(children(last_argument(node)))))
        elif name == "appendix":
            self.appendix = True
        elif name in TITLE_PAGE_MACROS:
            # Outside a frame, Beamer's \maketitle makes a title frame of its own.
            self._add_slide(self._at(node), FrameContent(title_page=True))
        elif name == "note" and self.slides:
            self._append_note(plain_text(children(last_argument(node))))
        elif is_node(node, "LatexGroupNode") or (environment and environment != "thebibliography"):
            for child in node.nodelist:
                self._visit(child)

    def _set_section(self, name: str, title: str) -> None:
        if name in ("part", "section"):
            self.section, self.subsection = title, ""
        elif name == "subsection":
            self.subsection = title

    def _add_frame(self, frame_start: int, body_start: int, body_end: int) -> None:
        if body_end - body_start > limits.MAX_SLIDE_CHARS:
            location = self.source.location(frame_start)
            where = f"line {location.line}" + (f" of {location.source.name}" if location.source else "")
            raise ParseError(
                f"the frame at {where} holds {body_end - body_start:,} characters, "
                + limits.beyond("MAX_SLIDE_CHARS", advice="split the frame")
            )
        try:
            nodes = parse_nodes(self.text[body_start:body_end], self.context)
            content = FrameReader(self.source, base=body_start, contents=self.contents).read_frame(
                nodes, with_arguments=True
            )
        except RecursionError:
            # One pathological frame must not cost the talk its other frames.
            location = self.source.location(frame_start)
            where = f"line {location.line}" + (f" of {location.source.name}" if location.source else "")
            fix = "Nest fewer braces or environments inside one another in this frame, so that it can be read"
            self.source.warnings.append(ParseWarning(f"frame at {where} is nested too deeply to read", location, fix))
            content = FrameContent()
        picture = background_at(self.backgrounds, frame_start)
        if picture is not None:
            self.backdrops[len(self.slides)] = Image(source=picture.source, location=self.source.location(picture.at))
        self._add_slide(frame_start, content, hidden=frame_start in self.never_shown)

    def _add_template_frame(self, template: _Template, at: int) -> None:
        nodes = parse_nodes(self.text[template.body_start : template.body_end], self.context)
        reader = FrameReader(self.source, base=template.body_start, fixed_offset=at, contents=self.contents)
        content = reader.read_frame(nodes, with_arguments=True)
        self._add_slide(at, content)

    def _add_macro_frame(self, node: Any, macro: FrameMacro) -> None:
        reader = FrameReader(self.source, base=self._base, contents=self.contents)
        title = ""
        if macro.title_parameter is not None:
            title = plain_title(children(argument(node, macro.title_parameter - 1)))
        content_nodes = [n for p in macro.content_parameters for n in children(argument(node, p - 1))]
        if macro.literal_body:
            content_nodes = parse_nodes(macro.literal_body, self.context)
            reader = FrameReader(self.source, fixed_offset=self._at(node), contents=self.contents)
        content = reader.read_frame(content_nodes, with_arguments=False, title=title or macro.literal_title)
        self._add_slide(self._at(node), content)

    def _add_again(self, node: Any) -> None:
        r"""``\againframe<2>{overview}``: the frame labelled "overview" shown again, here (a roadmap shown
        before each part); a label no frame before it has shows nothing, as Beamer cannot show it."""
        shown = self.labelled.get(plain_text(children(last_argument(node))).strip())
        if shown is None:
            return
        again = dataclasses.replace(
            shown,
            number=len(self.slides) + 1,
            hidden=False,
            backup=self.appendix,
            section=self._section_shown(),
            location=self.source.location(self._at(node)),
        )
        self.slides.append(again)
        self.slide_lines.append(self.source.line_of(self._at(node)))

    def _add_slide(self, offset: int, content: FrameContent, hidden: bool = False) -> None:
        location = self.source.location(offset)
        if content.title_page:
            self._fill_title_page(content, location)
        self.slides.append(
            Slide(
                number=len(self.slides) + 1,
                title=self._with_section(content.title),
                blocks=tuple(self._with_section_in(block) for block in content.blocks),
                notes="\n".join(content.notes).strip(),
                hidden=hidden,
                backup=self.appendix,
                section=self._section_shown(),
                location=location,
                links=content.links,
            )
        )
        if content.label:
            self.labelled[content.label] = self.slides[-1]
        self.slide_lines.append(self.source.line_of(offset))

    def _section_shown(self) -> str:
        """The part of the talk a slide added now sits in: "Section / Subsection", or the one there is."""
        return (
            f"{self.section} / {self.subsection}"
            if self.section and self.subsection
            else self.section or self.subsection
        )

    def _with_section(self, text: str) -> str:
        r"""``\insertsection`` and ``\thesection`` as the audience reads them on this slide."""
        if not any(mark in text for mark in (SECTION_MARK, SUBSECTION_MARK, SECTION_NUMBER_MARK)):
            return text
        filled = text.replace(SECTION_MARK, self.section).replace(SUBSECTION_MARK, self.subsection)
        return collapse_spaces(filled.replace(SECTION_NUMBER_MARK, str(self.section_number)))

    def _with_section_in(self, block: Block) -> Block:
        if isinstance(block, (Paragraph, Bullet)):
            return dataclasses.replace(block, text=self._with_section(block.text))
        return block

    def _fill_title_page(self, content: FrameContent, location: Location) -> None:
        content.title = content.title or self.info.get("title", "")
        details = [self.info.get(key, "") for key in ("subtitle", "author", "institute", "date")]
        content.blocks[:0] = [Paragraph(text, location) for text in details if text]

    def _append_note(self, text: str) -> None:
        r"""``\note{…}`` between frames belongs to the frame before it."""
        last = self.slides[-1]
        self.slides[-1] = dataclasses.replace(last, notes=f"{last.notes}\n{text}".strip())


def _number_directives(source: BeamerSource, slide_lines: list[int]) -> list[Directive]:
    """Each directive belongs to the slide it stands in (0 before the first)."""
    return [
        Directive(raw.action, raw.rules, bisect.bisect_right(slide_lines, line), source.line_location(line), raw.role)
        for line, raw in source.directives
    ]
