"""One Beamer frame's LaTeX nodes as the model's blocks: text, bullets, tables, math, code, pictures."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from pylatexenc.latexwalker import LatexCharsNode

from talklint.model import Block, Bullet, CodeBlock, Image, Location, MathBlock, Paragraph, Table
from talklint.parsers.beamer.latex import (
    BLOCK_ENVIRONMENTS,
    DIMENSION,
    LIST_ENVIRONMENTS,
    MATH_ENVIRONMENTS,
    MEDIA_FILE,
    PICTURE_ENVIRONMENTS,
    PICTURE_MACROS,
    SECTION_MARK,
    SUBSECTION_MARK,
    TABLE_ENVIRONMENTS,
    TITLE_PAGE_MACROS,
    argument,
    argument_group,
    children,
    environment_name,
    is_node,
    last_argument,
    latex_of,
    macro_name,
    plain_text,
    plain_title,
    text_converter,
)
from talklint.parsers.beamer.source import CODE_ENVIRONMENTS, BeamerSource
from talklint.parsers.common import collapse_spaces

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_ROW_ENDS = frozenset({"\\", "tabularnewline"})
_TITLED_BLOCKS = frozenset({"block", "alertblock", "exampleblock"})
# Set apart as someone else's words: a testimonial, an epigraph.
_QUOTE_ENVIRONMENTS = frozenset({"quote", "quotation", "displayquote", "verse"})


@dataclass
class FrameContent:
    title: str = ""
    # Shown in the title bar under the title: the audience reads "Title: subtitle" as the slide's title.
    subtitle: str = ""
    blocks: list[Block] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    title_page: bool = False
    links: tuple[str, ...] = ()  # what \href{address}{text} shows
    label: str = ""  # the name \againframe shows the frame again by ("[label=overview]")


# \sectionpage, \subsectionpage and \partpage typeset the name of the part they open (\part sets the section).
_SECTION_PAGES = {"sectionpage": SECTION_MARK, "partpage": SECTION_MARK, "subsectionpage": SUBSECTION_MARK}


@dataclass
class FrameReader:
    source: BeamerSource
    # Where in the source text the parsed nodes start (node positions count from there).
    base: int = 0
    # Set when the nodes were parsed from a macro definition: every block sits at the macro's use.
    fixed_offset: int | None = None
    content: FrameContent = field(default_factory=FrameContent)
    # The talk's section titles, in order: what \tableofcontents shows.
    contents: tuple[str, ...] = ()
    _inline: list[Any] = field(default_factory=list)
    _quoted: bool = False  # inside a quote environment
    _headings: list[Paragraph] = field(default_factory=list)  # the headings of the frame's titled blocks

    def read_frame(self, nodes: list[Any], with_arguments: bool, title: str = "") -> FrameContent:
        r"""Read a frame body; ``with_arguments`` for ``\begin{frame}[opts]{Title}{Subtitle}``; ``title`` where
        the frame has it from elsewhere (a macro's argument: ``\frameT{Title}{…}``) and sets none itself."""
        standout = False
        if with_arguments:
            nodes, standout = self._take_frame_arguments(nodes)
        self._read(nodes, level=1)
        self._flush()
        self.content.title = self.content.title or title
        if self.source.has_links:
            self.content.links = tuple(_linked_texts(nodes))
        if self.content.subtitle:
            self.content.title = ": ".join(part for part in (self.content.title, self.content.subtitle) if part)
        blocks = self.content.blocks
        if not self.content.title and not self.content.title_page:
            self._take_large_opening(nodes)
        if not self.content.title and not self.content.title_page:
            self._take_block_heading()
        if standout and not self.content.title and blocks and all(isinstance(b, Paragraph) for b in blocks):
            # A standout frame (metropolis) shows one statement, large: that statement is what it says.
            self.content.title = " ".join(b.text for b in blocks if isinstance(b, Paragraph))
            self.content.blocks = []
        return self.content

    def _take_large_opening(self, nodes: list[Any]) -> None:
        r"""An untitled frame that opens with a line set large (``\Large Is gene XYZ involved?\normalsize``,
        ``\begin{Huge}Thank you\end{Huge}``, ``\scalebox{2}{Thank you!}``) shows that line as its title."""
        found = _large_opening(nodes)
        title = plain_title(found) if found else ""
        if not title or len(title.split()) > MAX_LARGE_TITLE_WORDS:
            return
        if self._remove_leading_text(title):
            self.content.title = title

    def _take_block_heading(self) -> None:
        r"""An untitled frame that opens with its one titled block (``\begin{block}{My goal}``) shows that block's
        heading at its top, as its title: a reader takes it so."""
        blocks = self.content.blocks
        if len(self._headings) == 1 and blocks and blocks[0] is self._headings[0]:
            self.content.title = self._headings[0].text
            del blocks[0]

    def _remove_leading_text(self, title: str) -> bool:
        """Take ``title`` out of the paragraphs it opens (a large line over several lines is several
        paragraphs); False, and nothing changed, when the frame's text does not start with it."""
        blocks = self.content.blocks
        start = next((i for i, block in enumerate(blocks) if isinstance(block, Paragraph)), None)
        said = ""
        for index in range(start if start is not None else len(blocks), len(blocks)):
            block = blocks[index]
            if not isinstance(block, Paragraph):
                return False
            said = f"{said} {block.text}".strip()
            if said == title:
                del blocks[start : index + 1]
                return True
            if said.startswith(title):
                rest = said[len(title) :].strip()
                kept = replace(block, text=rest, inline_math=tuple(m for m in block.inline_math if m in rest))
                blocks[start : index + 1] = [kept]
                return True
            if not title.startswith(said):
                return False
        return False

    def _take_frame_arguments(self, nodes: list[Any]) -> tuple[list[Any], bool]:
        """The frame's content after its options and titles; whether the options make it a standout frame."""
        nodes, options = _skip_options(nodes)
        index = 0
        titles: list[str] = []
        while index < len(nodes) and len(titles) < 2:
            node = nodes[index]
            if is_node(node, "LatexCharsNode") and not node.chars.strip():
                index += 1
                continue
            if not is_node(node, "LatexGroupNode"):
                break
            titles.append(plain_title(list(node.nodelist)))
            index += 1
        if titles:
            self.content.title = titles[0]
        if len(titles) > 1:
            self.content.subtitle = titles[1]
        if label := _FRAME_LABEL.search(options):
            self.content.label = label.group(1)
        return nodes[index:], "standout" in options

    def _location(self, node: Any) -> Location:
        if self.fixed_offset is not None:
            return self.source.location(self.fixed_offset)
        # Text starts after the line break that usually opens a chars node.
        chars = node.chars if is_node(node, "LatexCharsNode") else ""
        return self.source.location(self.base + node.pos + len(chars) - len(chars.lstrip()))

    def _read(self, nodes: list[Any], level: int) -> None:
        for node in nodes:
            self._read_node(node, level)

    def _read_node(self, node: Any, level: int) -> None:
        name = macro_name(node)
        environment = environment_name(node)
        if node is None or is_node(node, "LatexCommentNode"):
            return
        if name == "frametitle":
            self.content.title = plain_title(children(last_argument(node)))
        elif name == "framesubtitle":
            self.content.subtitle = plain_title(children(last_argument(node)))
        elif name == "note":
            self.content.notes.append(_note_text(node))
        elif name in TITLE_PAGE_MACROS:
            self.content.title_page = True
        elif name in _SECTION_PAGES:
            # Beamer's section page shows the section's name, large: what the slide says (filled in per slide)
            self.content.title = self.content.title or _SECTION_PAGES[name]
        elif name == "tableofcontents":
            self._flush()
            self.content.blocks.extend(Bullet(section, 1, self._location(node)) for section in self.contents)
        elif name in PICTURE_MACROS:
            self._add(Image(source=plain_text(children(last_argument(node))), location=self._location(node)))
        elif name in ("bibliography", "printbibliography"):
            # The list LaTeX builds from the .bib file: the audience sees the talk's references, which an
            # untitled frame shows under no heading but is all about.
            self.content.title = self.content.title or "References"
        elif name in ("par", "item"):  # \item outside a list: a broken list, read as text
            self._flush()
        elif environment in LIST_ENVIRONMENTS:
            self._add_list(node, level)
        elif environment in MATH_ENVIRONMENTS or (is_node(node, "LatexMathNode") and node.displaytype == "display"):
            self._add(MathBlock(latex_of(list(node.nodelist)), self._location(node)))
        elif environment in TABLE_ENVIRONMENTS:
            self._add(_table(node, self._location(node)))
        elif environment in CODE_ENVIRONMENTS:
            code = self.source.code.get(self.source.line_of(self.base + node.pos))
            self._add(CodeBlock(code.text if code else "", code.language if code else "", self._location(node)))
        elif environment in PICTURE_ENVIRONMENTS:
            self._add(Image(source=environment, location=self._location(node)))
        elif environment in _QUOTE_ENVIRONMENTS:
            self._flush()
            outer, self._quoted = self._quoted, True
            self._read(list(node.nodelist), level)
            self._flush()
            self._quoted = outer
        elif environment in BLOCK_ENVIRONMENTS:
            self._flush()
            heading = plain_text(children(argument(node, 0))) if environment in _TITLED_BLOCKS else ""
            if heading:
                shown = Paragraph(heading, self._location(node))
                self._add(shown)
                self._headings.append(shown)
            self._read(list(node.nodelist), level)
            self._flush()
        elif environment:
            # \begin{mdframed}[linecolor=red], \begin{subfigure}[t]{0.3\textwidth}: layout, not text.
            self._flush()
            self._read(_without_layout_arguments(list(node.nodelist)), level)
            self._flush()
        elif is_node(node, "LatexGroupNode") and (media := MEDIA_FILE.match(latex_of(list(node.nodelist)))):
            # The file a command the talk defines shows or plays (\video{…}{clip.mp4}): a picture on the slide.
            self._add(Image(source=media.group(0).strip(), location=self._location(node)))
        elif is_node(node, "LatexGroupNode") and _holds_blocks(node):
            self._read(list(node.nodelist), level)
        else:
            self._inline.append(node)

    def _add(self, block: Block) -> None:
        self._flush()
        self.content.blocks.append(block)

    def _flush(self) -> None:
        """Turn the pending inline nodes into paragraphs, split at blank lines."""
        if not self._inline:
            return
        nodes, self._inline = self._inline, []
        text, math = inline_text(nodes)
        location = self._location(nodes[0])
        for part in _PARAGRAPH_BREAK.split(text):
            paragraph = collapse_spaces(part)
            if paragraph:
                inline = tuple(m for m in math if m in paragraph)
                self.content.blocks.append(Paragraph(paragraph, location, inline, quoted=self._quoted))

    def _add_list(self, node: Any, level: int) -> None:
        self._flush()
        ordered = environment_name(node) == "enumerate"
        for label, item_nodes, item_node in _items(list(node.nodelist)):
            inline = [n for n in item_nodes if not _is_block(n)]
            text, math = inline_text(inline)
            text = collapse_spaces(text)
            if label:
                text = f"{label.rstrip(':')}: {text}" if text else label
            if text:
                self.content.blocks.append(Bullet(text, level, self._location(item_node), ordered, math))
            self._read([n for n in item_nodes if _is_block(n)], level + 1)
            self._flush()


MAX_LARGE_TITLE_WORDS = 20  # a line set large that says more is a statement, not a heading
_SIZE_UP = frozenset({"Large", "LARGE", "huge", "Huge"})
# What ends a line set large: another size, vertical space, a line or paragraph break.
_SIZE_ENDS = frozenset(
    {"normalsize", "large", "small", "footnotesize", "scriptsize", "tiny", "vskip", "bigskip", "medskip",
     "smallskip", "vspace", "par", "\\", "newline", "linebreak"}
)  # fmt: skip
# Layout beside an opening line, which shows no words of its own.
_LAYOUT = frozenset(
    {"color", "centering", "raggedleft", "raggedright", "vspace", "vfill", "hfill", "bigskip", "medskip",
     "smallskip", "noindent", "usebeamertemplate", "pause", "bf", "bfseries", "normalfont"}
)  # fmt: skip
# Commands an opening line may sit inside: their last argument is what shows.
_WRAPPERS = frozenset({"textcolor", "uncover", "only", "visible", "onslide"})
_AROUND_ENVIRONMENTS = frozenset({"center", "flushleft", "flushright", "centering"})
MIN_SCALE = 1.5


def _large_opening(nodes: list[Any]) -> list[Any] | None:
    """The nodes of the frame's first line when it is set large before any other text; else None."""
    found = _find_large_opening(_skip_options(nodes)[0])
    return found if isinstance(found, list) else None


def _find_large_opening(nodes: list[Any]) -> list[Any] | bool:
    """The large line's nodes; False when other text comes first; True when these nodes show nothing."""
    for index, node in enumerate(nodes):
        name, environment = macro_name(node), environment_name(node)
        if node is None or is_node(node, "LatexCommentNode") or _is_blank(node):
            continue
        if name in _SIZE_UP:
            return _until(nodes[index + 1 :], _SIZE_ENDS)
        if environment in _SIZE_UP:  # \begin{Huge}…\end{Huge}: all of it, over its line breaks
            return _until(list(node.nodelist), frozenset({"par"}))
        if name == "scalebox":
            return _scaled(node, nodes[index + 1 :])
        if name in _LAYOUT or name in PICTURE_MACROS:
            continue  # a picture or a video above the large line leaves it the slide's heading
        if name in _WRAPPERS or environment in _AROUND_ENVIRONMENTS or is_node(node, "LatexGroupNode"):
            inner = children(last_argument(node)) if name else list(node.nodelist)
            found = _find_large_opening(inner)
            if found is not True:
                return found
            continue
        if is_node(node, "LatexCharsNode") and not DIMENSION.fullmatch(node.chars.strip()):
            return False
        if name or environment:
            return False
    return True


def _until(nodes: list[Any], ends: frozenset[str]) -> list[Any]:
    """The nodes before the first of ``ends`` or a paragraph break."""
    line: list[Any] = []
    for node in nodes:
        if macro_name(node) in ends or (is_node(node, "LatexCharsNode") and _PARAGRAPH_BREAK.search(node.chars)):
            if is_node(node, "LatexCharsNode"):
                line.append(LatexCharsNode(chars=_PARAGRAPH_BREAK.split(node.chars)[0], pos=node.pos, len=0))
            break
        line.append(node)
    return line


def _scaled(node: Any, after: list[Any]) -> list[Any] | bool:
    r"""``\scalebox{2}{Thank you!}``: the text when it is scaled up enough to read as a heading."""
    arguments = [children(argument(node, i)) for i in range(3) if argument(node, i) is not None]
    if not arguments:  # the command's arguments were not parsed: they are the groups after it
        arguments = [list(n.nodelist) for n in after[:2] if is_node(n, "LatexGroupNode")]
    if len(arguments) < 2:
        return False
    try:
        scale = float(plain_text(arguments[0]))
    except ValueError:
        return False
    return arguments[-1] if scale >= MIN_SCALE else False


def _linked_texts(nodes: list[Any]) -> Iterator[str]:
    r"""What each ``\href{address}{text}`` among the nodes, at any depth, shows."""
    for node in nodes:
        if node is None:
            continue
        if macro_name(node) == "href":
            text = plain_text(children(argument(node, 1)))
            if text:
                yield text
        inner = list(getattr(node, "nodelist", None) or [])
        parsed = getattr(node, "nodeargd", None)
        inner += [a for a in (getattr(parsed, "argnlist", None) or []) if a is not None]
        if inner:
            yield from _linked_texts(inner)


def inline_text(nodes: list[Any]) -> tuple[str, tuple[str, ...]]:
    """Text of inline nodes, keeping paragraph breaks; inline math is kept as written.

    Node by node, so braced groups side by side are spaced and their widths dropped here as
    ``text_converter`` does inside a node (``argument_group``).
    """
    parts: list[str] = []
    math: list[str] = []
    converter = text_converter()
    for index, node in enumerate(nodes):
        if is_node(node, "LatexMathNode"):
            formula = latex_of(list(node.nodelist))
            math.append(formula)
            parts.append(formula)
            continue
        text = converter.nodelist_to_text([node])
        if argument_group(nodes, index):
            if DIMENSION.match(text):
                continue
            if index and is_node(nodes[index - 1], "LatexGroupNode"):
                parts.append(" ")
        parts.append(text)
    return "".join(parts), tuple(math)


_FRAME_LABEL = re.compile(r"(?:^|[\[,])\s*label\s*=\s*([^,\s\]]+)")


def _skip_options(nodes: list[Any]) -> tuple[list[Any], str]:
    """The nodes after a leading ``[options]``, and the options (which may span nodes, or share one with text)."""
    index = 0
    while index < len(nodes) and is_node(nodes[index], "LatexCharsNode") and not nodes[index].chars.strip():
        index += 1
    if index >= len(nodes) or not is_node(nodes[index], "LatexCharsNode"):
        return nodes[index:], ""
    if not nodes[index].chars.lstrip().startswith("["):
        return nodes[index:], ""
    options = ""
    for end in range(index, min(len(nodes), index + 20)):
        node = nodes[end]
        if not is_node(node, "LatexCharsNode"):
            continue
        if "]" not in node.chars:
            options += node.chars
            continue
        inside, rest = node.chars.split("]", 1)
        options += inside
        if not rest.strip():
            return nodes[end + 1 :], options
        # "[standout] Some text": the text after the options is the frame's.
        offset = len(node.chars) - len(rest)
        remainder = LatexCharsNode(chars=rest, pos=node.pos + offset, len=len(rest), parsing_state=node.parsing_state)
        return [remainder, *nodes[end + 1 :]], options
    return nodes[index:], ""


# A label the audience reads: words, or a year or a span of them ("\item[2027--2028]"), not a mark or a number
# in place of the bullet ("\item[\ding{72}]", "\item[3.]").
_WORDY_LABEL = re.compile(r"[^\W\d_]{2}|\b(?:19|20)\d{2}\b|\d\s*(?:--?|–|—)\s*\d")


def _without_layout_arguments(nodes: list[Any]) -> list[Any]:
    """An environment's body without its leading ``[options]`` and ``{width}`` arguments.

    A leading brace group that holds words (``\\begin{mybox}{Heading}[…]``) is kept: it is shown.
    """
    kept: list[Any] = []
    while True:
        skipped, options = _skip_options(nodes)
        nodes = skipped
        start = next((i for i, n in enumerate(nodes) if not _is_blank(n)), len(nodes))
        if start < len(nodes) and is_node(nodes[start], "LatexGroupNode"):
            if not DIMENSION.match(latex_of(children(nodes[start]))):
                kept.append(nodes[start])
            nodes = nodes[start + 1 :]
        elif not options:
            return [*kept, *nodes]


def _shown(nodes: list[Any]) -> list[Any]:
    """Nodes with every environment replaced by its body without layout arguments (a table cell's subfigure)."""
    shown: list[Any] = []
    for node in nodes:
        environment = environment_name(node)
        if environment and environment not in PICTURE_ENVIRONMENTS:
            shown += _shown(_without_layout_arguments(list(node.nodelist)))
        else:
            shown.append(node)
    return shown


def _is_blank(node: Any) -> bool:
    return is_node(node, "LatexCharsNode") and not node.chars.strip()


def _note_text(node: Any) -> str:
    r"""``\note{…}`` and ``\note[item]{…}`` (a note given as a bullet)."""
    text = plain_text(children(last_argument(node)))
    return f"- {text}" if plain_text(children(argument(node, 0))) == "item" else text


_BLOCK_MACROS = frozenset({"includegraphics", "includemedia", "movie", "note", "frametitle", "framesubtitle", "par"})


def _is_block(node: Any) -> bool:
    environment = environment_name(node)
    if environment:
        return environment not in ("math",)
    if is_node(node, "LatexMathNode"):
        return bool(node.displaytype == "display")
    if is_node(node, "LatexGroupNode"):
        return _holds_blocks(node)
    return macro_name(node) in _BLOCK_MACROS


def _holds_blocks(group: Any) -> bool:
    return any(_is_block(n) for n in group.nodelist)


def _items(nodes: list[Any]) -> list[tuple[str, list[Any], Any]]:
    r"""Split a list body at ``\item``: (label, the item's nodes, the \item node)."""
    items: list[tuple[str, list[Any], Any]] = []
    for node in _spread_item_groups(nodes):
        if macro_name(node) == "item":
            label = plain_text(children(argument(node, 0)))
            # \item[\ding{72}], \item[$\blacktriangleright$]: a mark in place of the bullet, not a label.
            items.append((label if _WORDY_LABEL.search(label) else "", [], node))
        elif items:
            items[-1][1].append(node)
    return items


def _spread_item_groups(nodes: list[Any]) -> list[Any]:
    r"""``\only<2>{\item A \item B}`` holds items of the list around it: lift them out."""
    spread: list[Any] = []
    for node in nodes:
        if is_node(node, "LatexGroupNode") and any(macro_name(n) == "item" for n in node.nodelist):
            spread.extend(_spread_item_groups(list(node.nodelist)))
        else:
            spread.append(node)
    return spread


def _table(node: Any, location: Location) -> Table:
    rows: list[tuple[str, ...]] = []
    row: list[str] = []
    cell: list[Any] = []
    for child in node.nodelist:
        if is_node(child, "LatexSpecialsNode") and child.specials_chars == "&":
            row.append(plain_text(_shown(cell)))
            cell = []
        elif macro_name(child) in _ROW_ENDS:
            row.append(plain_text(_shown(cell)))
            rows.append(tuple(row))
            row, cell = [], []
        else:
            cell.append(child)
    if cell or row:
        row.append(plain_text(_shown(cell)))
        rows.append(tuple(row))
    return Table(tuple(r for r in rows if any(c.strip() for c in r)), location)
