"""Turn a piece of Markdown into the model's blocks, with line numbers.

Every Markdown dialect splits its file into slides its own way; the text of
one slide is then read here, with markdown-it (CommonMark plus tables and
dollar math), so that all dialects agree on what a bullet, a table or a
code block is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from html import unescape
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.dollarmath import dollarmath_plugin

from talklint.model import (
    Block,
    Bullet,
    CodeBlock,
    Image,
    Location,
    MathBlock,
    Paragraph,
    Table,
)
from talklint.parsers.common import MATH_ENVIRONMENT_NAMES, collapse_spaces
from talklint.parsers.markdown.lines import fence_mask, strip_comments

_TAG = re.compile(r"<[^<>]*>")
_DISPLAY_MATH_START = re.compile(r"^\s*(\\\[|\\begin\{(" + "|".join(MATH_ENVIRONMENT_NAMES) + r")\*?\})")
_IMG_TAG = re.compile(r"<img\b[^<>]*>", re.IGNORECASE)
_ATTRIBUTE_SRC = re.compile(r"\bsrc\s*=\s*[\"']([^\"']*)[\"']", re.IGNORECASE)
_ATTRIBUTE_ALT = re.compile(r"\balt\s*=\s*[\"']([^\"']*)[\"']", re.IGNORECASE)
# Pandoc, kramdown and MDC attributes after a heading: ``{#id .class key="value"}``.
_HEADING_ATTRIBUTES = re.compile(r"\s*\{:?\s*[#.\w-]*[#.=][^{}]*\}\s*$")
# Code blocks that slide tools draw as diagrams (Mermaid in Marp, Slidev and Quarto; PlantUML; Graphviz).
DIAGRAM_LANGUAGES = frozenset({"mermaid", "plantuml", "puml", "dot", "graphviz", "d2", "flowchart", "sequence"})
# Embedded media and pages: a video, a web page, a tweet are pictures to the audience.
_MEDIA_TAG = re.compile(r"<(iframe|video|audio|embed|object|youtube|tweet|slidevvideo)\b[^<>]*>", re.IGNORECASE)
_FENCE_INFO = re.compile(r"^\{?\s*\.?([\w+#-]*)")
# A start tag whose attributes go on over the next lines (Vue and Slidev components: ``<Block`` …
# ``>``). CommonMark reads such a tag as HTML only when it is whole on one line; otherwise its
# attributes become words on the slide and its closing ``>`` a block quote.
_OPEN_TAG_START = re.compile(r"^ {0,3}<[A-Za-z][\w.:-]*(?:\s[^<>]*)?$")
_OPEN_TAG_ATTRIBUTES = re.compile(r"^[^<>]*\S[^<>]*$")
_OPEN_TAG_END = re.compile(r"^[^<>]*/?>\s*$")
MAX_TAG_LINES = 30


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    # As Pandoc, Quarto and Marp read it, a "$" right before a digit closes no math: "fell from $4.10 to $0.38" is
    # money. (Math inside spaces, "$ p(x) $", stays math: decks that render it write it so.)
    return MarkdownIt("commonmark").enable("table").use(dollarmath_plugin, double_inline=True, allow_digits=False)


@dataclass
class Heading:
    level: int
    text: str
    line: int


@dataclass
class ParsedMarkdown:
    """Blocks of a piece of Markdown, and its headings kept apart."""

    blocks: list[Block] = field(default_factory=list)
    # (index in blocks where the heading stood, heading)
    headings: list[tuple[int, Heading]] = field(default_factory=list)


def parse_markdown(text: str, first_line: int, source: Path | None = None) -> ParsedMarkdown:
    """Parse ``text`` whose first line is line ``first_line`` (1-based) of its file."""
    tokens = _markdown().parse(_start_tags_on_one_line(text) if "<" in text else text)
    builder = _BlockBuilder(text.splitlines(), first_line, source)
    builder.walk(tokens)
    return builder.result


def _start_tags_on_one_line(text: str) -> str:
    """Each start tag that opens a block over several lines joined on its first line (outside code
    fences), and as many empty lines after it, so that every line keeps its number."""
    lines = text.split("\n")
    fenced = fence_mask(lines)
    joined: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        # Only a tag that starts a block: inside an HTML block (after a line of it) the tag is HTML already.
        starts_block = index == 0 or not lines[index - 1].strip()
        opens = starts_block and not fenced[index] and _OPEN_TAG_START.match(line)
        end = _start_tag_end(lines, index) if opens else None
        if end is None:
            joined.append(line)
            index += 1
            continue
        joined.append(" ".join(part.strip() for part in lines[index : end + 1]))
        joined.extend([""] * (end - index))
        index = end + 1
    return "\n".join(joined)


def _start_tag_end(lines: list[str], start: int) -> int | None:
    """The line that closes the start tag opened at ``start``, if only attribute lines come between."""
    for index in range(start + 1, min(start + MAX_TAG_LINES, len(lines))):
        if _OPEN_TAG_END.match(lines[index]):
            return index
        if not _OPEN_TAG_ATTRIBUTES.match(lines[index]):
            return None
    return None


class _BlockBuilder:
    def __init__(self, lines: list[str], first_line: int, source: Path | None) -> None:
        self.lines = lines
        self.first_line = first_line
        self.source = source
        self.result = ParsedMarkdown()
        self.list_depth = 0
        self.ordered_stack: list[bool] = []
        self.in_item_start = False
        self.quote_depth = 0

    def location(self, token: Token) -> Location:
        line = token.map[0] + self.first_line if token.map else None
        return Location(line=line, column=1 if line else None, source=self.source)

    def walk(self, tokens: list[Token]) -> None:
        i = 0
        while i < len(tokens):
            i = self.visit(tokens, i)

    def visit(self, tokens: list[Token], i: int) -> int:
        token = tokens[i]
        kind = token.type
        if kind == "heading_open":
            self.add_heading(token, tokens[i + 1])
            return i + 3
        if kind in ("bullet_list_open", "ordered_list_open"):
            self.list_depth += 1
            self.ordered_stack.append(kind == "ordered_list_open")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.list_depth -= 1
            self.ordered_stack.pop()
        elif kind == "list_item_open":
            self.in_item_start = True
        elif kind == "blockquote_open":
            self.quote_depth += 1
        elif kind == "blockquote_close":
            self.quote_depth -= 1
        elif kind == "paragraph_open":
            self.add_inline(token, tokens[i + 1])
            return i + 3
        elif kind in ("fence", "code_block"):
            self.add_code(token)
        elif kind == "math_block":
            self.result.blocks.append(MathBlock(token.content.strip(), self.location(token)))
        elif kind == "table_open":
            return self.add_table(tokens, i)
        elif kind == "html_block":
            self.add_html(token)
        return i + 1

    def add_heading(self, token: Token, inline: Token) -> None:
        text, _, images = _inline_text(inline, self.location(token))
        text = _HEADING_ATTRIBUTES.sub("", text)
        level = int(token.tag[1])
        line = self.location(token).line or self.first_line
        self.result.headings.append((len(self.result.blocks), Heading(level, text, line)))
        self.result.blocks.extend(images)

    def add_inline(self, token: Token, inline: Token) -> None:
        location = self.location(token)
        if token.map and _DISPLAY_MATH_START.match(self.source_of(token)):
            self.result.blocks.append(MathBlock(self.source_of(token).strip(), location))
            return
        text, math, images = _inline_text(inline, location)
        self.result.blocks.extend(images)
        if loose := _LOOSE_IMAGE.fullmatch(text):
            # A picture whose address has a space: CommonMark leaves it as text, Pandoc shows the picture.
            self.result.blocks.append(Image(loose.group(1), loose.group(2), location))
            text = ""
        if not text.strip():
            self.in_item_start = False
            return
        if self.list_depth and self.in_item_start:
            ordered = self.ordered_stack[-1]
            self.result.blocks.append(Bullet(text, self.list_depth, location, ordered, math))
        else:
            self.result.blocks.append(Paragraph(text, location, math, quoted=self.quote_depth > 0))
        self.in_item_start = False

    def add_code(self, token: Token) -> None:
        match = _FENCE_INFO.match(token.info.strip())
        language = match.group(1).lower() if match else ""
        if language in DIAGRAM_LANGUAGES:
            # Rendered as a drawing: the audience sees a picture, not code.
            self.result.blocks.append(Image(alt="", source=f"{language} diagram", location=self.location(token)))
            return
        self.result.blocks.append(CodeBlock(token.content, language, self.location(token)))

    def add_table(self, tokens: list[Token], i: int) -> int:
        location = self.location(tokens[i])
        rows: list[tuple[str, ...]] = []
        row: list[str] = []
        while tokens[i].type != "table_close":
            token = tokens[i]
            if token.type == "tr_open":
                row = []
            elif token.type == "inline":
                row.append(_inline_text(token, location)[0])
            elif token.type == "tr_close":
                rows.append(tuple(row))
            i += 1
        self.result.blocks.append(Table(tuple(rows), location))
        return i + 1

    def add_html(self, token: Token) -> None:
        location = self.location(token)
        self.result.blocks.extend(html_images(token.content, location))
        html = _without_invisible_elements(strip_comments(token.content))
        # An HTML heading (<h1>…</h1> in a Slidev or Marp layout) is a heading as the audience sees it.
        for match in _HTML_HEADING.finditer(html):
            heading = collapse_spaces(unescape(strip_tags(match.group(2))))
            if heading:
                line = location.line or self.first_line
                self.result.headings.append((len(self.result.blocks), Heading(int(match.group(1)), heading, line)))
        for piece in _html_pieces(_HTML_HEADING.sub(" ", html)):  # comments and styles are gone already
            self.result.blocks.append(Paragraph(piece, location))

    def source_of(self, token: Token) -> str:
        assert token.map is not None
        start, end = token.map
        return "\n".join(self.lines[start:end])


def _inline_text(inline: Token, location: Location) -> tuple[str, tuple[str, ...], list[Image]]:
    """Plain text of an inline token, its inline math, and its pictures."""
    parts: list[str] = []
    kept: list[str] = []  # inline code and math, kept apart while attributes are taken out of the text
    math: list[str] = []
    images: list[Image] = []
    raised = -1  # where the text of an open "<sup>" starts in ``parts``
    for child in inline.children or []:
        if child.type == "text":
            content = _EMOJI_CODE.sub("", child.content) if ":" in child.content else child.content
            parts.append(_FOOTNOTE_REFERENCE.sub("", content) if "[^" in content else content)
        elif child.type in ("code_inline", "math_inline", "math_inline_double"):
            if child.type != "code_inline":
                math.append(child.content)
            parts.append(f"\x00{len(kept)}\x00")
            kept.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            images.append(Image(child.content, str(child.attrs.get("src", "")), location))
        elif child.type == "html_inline":
            images.extend(html_images(child.content, location))
            if _BREAKING_TAG.match(child.content):
                parts.append(" ")  # "fold laundry<br>from five demos": two lines, not "laundryfrom"
            elif tag := _SUPERSCRIPT.match(child.content):
                if not tag.group(1):
                    raised = len(parts)
                elif raised >= 0 and _FOOTNOTE_MARK.fullmatch("".join(parts[raised:])):
                    _raised_mark(parts, raised)
    text = "".join(parts)
    if "{" in text:
        text = _without_attributes(text)
    if kept:
        text = _KEPT.sub(lambda match: kept[int(match.group(1))], text)
    text = re.sub(r"[ \t]+", " ", text).strip()
    return text, tuple(math), images


def _raised_mark(parts: list[str], start: int) -> None:
    """Raised digits right after a digit are its exponent ("10<sup>3</sup>" is 10³); elsewhere a footnote's mark
    ("… are criminogenic <sup>1</sup>"), which is no word of the text."""
    mark = "".join(parts[start:]).strip()
    del parts[start:]
    before = "".join(parts)
    if before[-1:].isdigit() and mark.isdigit():
        parts.append(mark.translate(_SUPERSCRIPT_DIGITS))


_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_KEPT = re.compile(r"\x00(\d+)\x00")
# A footnote's mark: raised digits or signs ("<sup>1</sup>", "<sup>2,3</sup>", "<sup>*</sup>"), and Pandoc's reference
# ("crime[^2]", "[^note]"): they point at a note, and a title or a count of words has no use for them.
_SUPERSCRIPT = re.compile(r"<\s*(/?)\s*sup\s*>", re.IGNORECASE)
_FOOTNOTE_MARK = re.compile(r"\s*[\d,*†‡§–-]{1,8}\s*")
_FOOTNOTE_REFERENCE = re.compile(r"\[\^[^\]\s]{1,40}\](?!:)")
# Tags that end a line or a box inside a paragraph; "<b>", "<span>" and the like sit inside a word's flow.
_BREAKING_TAG = re.compile(r"<\s*/?\s*(?:br|hr|p|div|li|td|th|tr)\b", re.IGNORECASE)
# An emoji's shortcode (":rocket:", ":+1:", ":warning:"), which Marp, Slidev and GitHub's Markdown draw as the emoji:
# a picture, no words. Not a time ("10:30:45"), a scope ("std::vector") or an address.
_EMOJI_CODE = re.compile(r"(?<![\w:/]):(?:[+-]1|(?=[a-z0-9_+-]{0,39}[a-z])[a-z0-9_+-]{2,40}):(?![\w:/])")
# "![](figures/share of deaths.png "title")": a picture's syntax, whole, with an address CommonMark refuses.
_LOOSE_IMAGE = re.compile(r'!\[([^\]]*)\]\(\s*(\S[^)"]*?)\s*(?:"[^"]*")?\s*\)')
# Pandoc and kramdown attributes: "{.alert}", "{#fig-1 width=80%}", "{: .note}"; not a LaTeX
# argument ("\textcolor{#FF2052}"), which follows a word.
_ATTRIBUTES = r"(?<![\w}])\{:?\s*(?:[.#][\w-]|[\w-]+=)[^{}]*\}"
_SPAN = re.compile(r"\[([^\[\]]*)\]" + _ATTRIBUTES)
_ATTRIBUTE_LIST = re.compile(_ATTRIBUTES)


def _without_attributes(text: str) -> str:
    """What a Pandoc or Quarto span shows: ``[code repetition]{.alert}`` → ``code repetition``; the
    attributes after a picture or a link (``{width=80%}``) show nothing."""
    return _ATTRIBUTE_LIST.sub("", _SPAN.sub(r"\1", text))


def plain_inline(text: str) -> str:
    """Markdown inline text as the audience reads it: ``_C. difficile_`` → ``C. difficile``."""
    tokens = _markdown().parseInline(text)
    return _inline_text(tokens[0], Location())[0] if tokens else text


def html_images(html: str, location: Location) -> list[Image]:
    """Pictures written as HTML: ``<img src="x.png" alt="...">``, and embedded videos and pages."""
    images = []
    for tag in _IMG_TAG.findall(html):
        source = _ATTRIBUTE_SRC.search(tag)
        alt = _ATTRIBUTE_ALT.search(tag)
        images.append(Image(alt.group(1) if alt else "", source.group(1) if source else "", location))
    for media in _MEDIA_TAG.finditer(html):
        source = _ATTRIBUTE_SRC.search(media.group(0))
        images.append(Image(media.group(1).lower(), source.group(1) if source else "", location))
    return images


def without_invisible_elements(html: str) -> str:
    """Text without ``<style>`` and ``<script>`` elements (an unclosed one hides the rest)."""
    return _without_invisible_elements(html)


def _without_invisible_elements(html: str) -> str:
    """Drop ``<style>`` and ``<script>`` elements; an unclosed one hides the rest."""
    lowered = html.lower()
    pieces: list[str] = []
    position = 0
    while True:
        starts = [i for i in (lowered.find("<style", position), lowered.find("<script", position)) if i >= 0]
        if not starts:
            break
        start = min(starts)
        name = "style" if lowered.startswith("<style", start) else "script"
        pieces.append(html[position:start])
        close = lowered.find(f"</{name}", start)
        end = lowered.find(">", close) if close >= 0 else -1
        if end < 0:
            return "".join(pieces)
        position = end + 1
    pieces.append(html[position:])
    return "".join(pieces)


_HTML_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.IGNORECASE | re.DOTALL)


def _html_pieces(html: str) -> list[str]:
    """The texts an HTML block shows: each element the author wrote on a line of its own is a piece (a
    label, a box: '<span>sliding<br/>window</span>'), and text between them reads on as one paragraph."""
    pieces: list[list[str]] = [[]]
    for line in html.splitlines():
        if _OWN_ELEMENT.match(line):
            pieces.append([line])
            pieces.append([])
        else:
            pieces[-1].append(line)
    texts = (collapse_spaces(strip_tags("\n".join(lines))) for lines in pieces)
    return [text for text in texts if text]


# A line that is one element, opened and closed: '<span>…</span>', '<p class="x">…</p>'.
_OWN_ELEMENT = re.compile(r"^\s*<([a-zA-Z][\w-]*)\b[^<>]*>.*</\1\s*>\s*$")


def strip_tags(html: str) -> str:
    """Replace every HTML tag with a space."""
    return _TAG.sub(" ", html)
