"""The one document model that every parser produces and every rule reads.

A ``Talk`` is a sequence of ``Slide`` objects; a slide holds ordered blocks.
Everything is frozen: rules read the model, they never change it. Parsers
for every format (Markdown outlines and decks, PowerPoint, Beamer and PDF)
build these values, so a rule never imports a parser library.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from pathlib import Path


@dataclass(frozen=True)
class Location:
    """Where something lives in the source: a line for text, a slide for decks."""

    line: int | None = None
    column: int | None = None
    # Set when the text comes from another file than the talk (an import).
    source: Path | None = None


@dataclass(frozen=True)
class Paragraph:
    text: str
    location: Location = Location()
    # Inline math spans ($…$) found in this paragraph, as written.
    inline_math: tuple[str, ...] = ()
    # Set apart as a quotation (a Markdown "> …" block, a LaTeX quote environment): someone else's words,
    # a participant's or a student's, not the speaker's hedges, plans or goals: the audience still reads it, but
    # the story's vocabulary does not take a student's "I plan to study CS" for the speaker's agenda.
    quoted: bool = False


def is_quotation(block: object) -> bool:
    """Someone else's words set apart on the slide: a testimonial, an epigraph."""
    return isinstance(block, Paragraph) and block.quoted


@dataclass(frozen=True)
class Bullet:
    text: str
    level: int  # 1 for a top-level item, 2 for a nested one, ...
    location: Location = Location()
    ordered: bool = False
    inline_math: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]
    location: Location = Location()

    @property
    def cells(self) -> tuple[str, ...]:
        return tuple(cell for row in self.rows for cell in row)


@dataclass(frozen=True)
class CodeBlock:
    text: str
    language: str = ""
    location: Location = Location()

    @property
    def line_count(self) -> int:
        return len(self.text.rstrip("\n").splitlines()) if self.text.strip() else 0


@dataclass(frozen=True)
class MathBlock:
    """Display math; inline math stays inside its paragraph or bullet."""

    text: str
    location: Location = Location()


# The source of a chart drawn by the deck itself (a PowerPoint chart has no file): a picture of data.
CHART = "chart"


@dataclass(frozen=True)
class Image:
    alt: str = ""
    source: str = ""
    location: Location = Location()

    @property
    def is_chart(self) -> bool:
        return self.source == CHART


Block = Paragraph | Bullet | Table | CodeBlock | MathBlock | Image


class DirectiveAction(str, Enum):
    """What a ``talklint:`` comment asks for."""

    DISABLE = "disable"
    ENABLE = "enable"
    DISABLE_NEXT_SLIDE = "disable-next-slide"
    DISABLE_SLIDE = "disable-slide"
    DISABLE_FILE = "disable-file"
    # Not a suppression: declares the slide's narrative role where detection fails.
    ROLE = "role"


@dataclass(frozen=True)
class Directive:
    """A ``talklint:`` comment, as found by a parser in the format's own syntax.

    ``rules`` is empty when the directive names no rule, meaning all rules.
    ``slide`` is the number of the slide the comment sits on (0 before the
    first slide, e.g. in front matter).
    """

    action: DirectiveAction
    rules: tuple[str, ...]
    slide: int
    location: Location = Location()
    # The role a ``talklint: role=vision`` directive declares for its slide.
    role: str = ""


@dataclass(frozen=True)
class ParseWarning:
    """Something the parser could not follow but could work around."""

    message: str
    location: Location = Location()
    # What the speaker can do about it, when the parser knows better than "make the file available".
    fix: str = ""


@dataclass(frozen=True)
class Slide:
    """One slide as the audience sees it. What is read from its blocks again and again (its text, its
    words) is computed once: the rules and the analysis ask for it a dozen times a slide."""

    number: int  # as the audience sees it, 1-based
    title: str = ""
    blocks: tuple[Block, ...] = ()
    notes: str = ""
    hidden: bool = False
    backup: bool = False
    section: str = ""
    location: Location = Location()
    # Minutes planned for this unit, from an outline heading like "(5 min)".
    planned_minutes: float | None = None
    # A build step: the slide before it shown again with more added (an animation made by
    # duplicating a slide). The audience sees one slide growing, so it counts once.
    build: bool = False
    # PDF pages this slide was read from (its overlays), first to last; empty for other formats.
    pages: tuple[int, ...] = ()
    # The text the slide shows for each link ("[APFEL](https://…)", \href{…}{APFEL}, a linked run): what
    # a link points to is named by it, a tool or a project, not a term to spell out.
    links: tuple[str, ...] = ()

    @cached_property
    def text_blocks(self) -> tuple[Paragraph | Bullet, ...]:
        return tuple(b for b in self.blocks if isinstance(b, (Paragraph, Bullet)))

    @cached_property
    def body_text(self) -> str:
        """The visible text of the body, without title and notes."""
        return "\n".join(text for text in map(block_text, self.blocks) if text)

    @cached_property
    def text(self) -> str:
        """Title and body: everything the audience reads on the slide."""
        return "\n".join(p for p in (self.title, self.body_text) if p)

    @cached_property
    def words(self) -> int:
        """Words the audience reads: title, paragraphs, bullets and tables (not code or display math).

        An inline formula is read as one word, whatever its LaTeX source holds.
        """
        parts = [self.title]
        parts += [block_text(b) for b in self.blocks if isinstance(b, Table)]
        return count_words("\n".join(parts)) + sum(block_words(b) for b in self.text_blocks)

    @cached_property
    def notes_words(self) -> int:
        return count_words(self.notes)

    @property
    def images(self) -> tuple[Image, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Image))

    @property
    def label(self) -> str:
        """How the speaker finds the slide: 'slide 8', or in a PDF 'page 22' / 'pages 22-24'."""
        if not self.pages:
            return f"slide {self.number}"
        first, last = self.pages[0], self.pages[-1]
        return f"page {first}" if first == last else f"pages {first}-{last}"

    @property
    def named(self) -> str:
        """The slide with its title, as a finding names it: "slide 8 'Results'", or "slide 8" untitled."""
        return f"{self.label} '{self.title}'" if self.title.strip() else self.label

    @property
    def subject(self) -> str:
        """The slide as the subject of a sentence: its label, or 'the slide on pages 22-24' ("pages 22-24 shows"
        would not read)."""
        return f"the slide on {self.label}" if self.pages and self.pages[0] != self.pages[-1] else self.label

    def label_to(self, last: Slide) -> str:
        """A run of slides from this one to ``last``, as the speaker finds it: 'slides 5-10', 'pages 12-20'."""
        if last is self:
            return self.label
        if self.pages and last.pages:
            return f"pages {self.pages[0]}-{last.pages[-1]}"
        return f"slides {self.number}-{last.number}"

    @property
    def is_content(self) -> bool:
        """A slide of the main talk that the audience sees."""
        return not self.hidden and not self.backup


# Past this share of its content slides without a word to read, a talk's story is not judged from what talklint reads
# (a picture-rich talk still titles or narrates most of its slides: one of the corpus's shows 40 of 73 without words).
WORDLESS_SHARE = 0.75


@dataclass(frozen=True)
class Talk:
    path: Path
    format: str  # e.g. "markdown-outline", "marp", "slidev", "pptx"
    slides: tuple[Slide, ...]
    title: str = ""
    duration: float | None = None  # declared length in minutes
    metadata: dict[str, object] = field(default_factory=dict, hash=False, compare=False)
    directives: tuple[Directive, ...] = ()
    warnings: tuple[ParseWarning, ...] = ()
    # Files read besides ``path`` (imports, includes), for caching and messages.
    included: tuple[Path, ...] = ()
    # Facts of the format, set by its parser so that rules never test format names:
    # a deck locates findings by slide (or page), not by line;
    is_deck: bool = False
    # an outline is a plan of the talk (headings and notes), not the slides the audience sees.
    is_outline: bool = False

    @property
    def content_slides(self) -> tuple[Slide, ...]:
        return tuple(s for s in self.slides if s.is_content)

    @property
    def wordless_slides(self) -> tuple[Slide, ...]:
        """Content slides without a word talklint can read: no title, no text, no notes (a picture of text)."""
        return tuple(s for s in self.content_slides if not s.words and not s.notes.strip())

    @property
    def unread(self) -> bool:
        """Most of the talk is pictures of text (an export as images, text drawn as shapes): what talklint reads
        of it cannot tell its story."""
        content = self.content_slides
        return len(content) >= 3 and len(self.wordless_slides) >= WORDLESS_SHARE * len(content)

    @property
    def distinct_slides(self) -> tuple[Slide, ...]:
        """Content slides as the audience counts them: a slide and its build steps once (its fullest state)."""
        return without_build_steps(self.content_slides)


def without_build_steps(slides: Sequence[Slide]) -> tuple[Slide, ...]:
    """Each slide once, in its fullest state: the steps that a later build step repeats are left out."""
    return tuple(steps[-1] for steps in build_runs(slides))


def build_runs(slides: Sequence[Slide]) -> list[tuple[Slide, ...]]:
    """The slides in order, grouped as the audience sees them: a slide with the build steps that follow it."""
    runs: list[list[Slide]] = []
    for slide in slides:
        if runs and slide.build:
            runs[-1].append(slide)
        else:
            runs.append([slide])
    return [tuple(steps) for steps in runs]


def block_text(block: Block) -> str:
    """The visible text of one block (a picture's alt text is not visible)."""
    if isinstance(block, Table):
        return "\n".join(block.cells)
    if isinstance(block, Image):
        return ""
    return block.text


_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)
# Chinese and Japanese are written without spaces: a run of their characters is a clause, not a word.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")
# Characters per English word, as translators reckon: Japanese 2.5 (kana and kanji), Chinese 1.5.
JAPANESE_CHARACTERS_PER_WORD, CHINESE_CHARACTERS_PER_WORD = 2.5, 1.5


def has_cjk(text: str) -> bool:
    """The text holds Chinese or Japanese characters."""
    return not text.isascii() and _CJK.search(text) is not None


def quotes_someone(title: str) -> bool:
    """The title is a quotation, whole ('"Dear mother, we are all well, thank God"'): the words of someone the talk
    quotes, which state its point but name no part of the talk."""
    return bool(_QUOTATION.match(title))


_QUOTATION = re.compile(r"""^\s*["“„«‘'].*["”»’']\W*$""")


def count_words(text: str) -> int:
    """Count words the way a reader would: runs of letters or digits; in Chinese and Japanese, characters
    as translators reckon them (a Japanese slide of 250 characters reads like 100 English words, not like
    the 6 runs between its commas)."""
    if text.isascii() or not _CJK.search(text):  # isascii: the common case, at C speed (no call)
        return len(_WORD.findall(text))
    characters = len(_CJK.findall(text))
    per_word = JAPANESE_CHARACTERS_PER_WORD if _KANA.search(text) else CHINESE_CHARACTERS_PER_WORD
    return len(_WORD.findall(_CJK.sub(" ", text))) + math.ceil(characters / per_word)


def block_words(block: Paragraph | Bullet) -> int:
    """Words of a paragraph or bullet, each inline formula counted as one."""
    return count_words(without_formulas(block, " formula "))


def without_formulas(block: Paragraph | Bullet, replacement: str = " ") -> str:
    """The block's text with each of its inline formulas replaced, where the formula stands.

    A formula is found as a token of its own where it can be: "$s$" in "the
    style space s" is the lone "s", not the s of "style".
    """
    text = block.text
    if not block.inline_math:
        return text  # most blocks: nothing to replace
    pieces: list[str] = []
    position = 0
    for formula in block.inline_math:
        start = _alone(text, formula, position) if formula else -1
        if start < 0 and formula:
            start = text.find(formula, position)
        if start < 0:
            continue
        # The count of an atom, written as math on the letters before it ("CH$_4$"), stays with them: "CH4" is a
        # molecule, where "CH" alone would read as an acronym.
        count = _ATTACHED_COUNT.fullmatch(formula)
        attached = count is not None and start > 0 and text[start - 1].isalpha()
        end = start + len(formula)
        # A letter set as math before a word ("$\omega$B97X-D", "$\gamma$H2AX", "$k$NN") is part of that word's
        # name, and stays as its letter: the rest alone would read as a word of its own ("B97X-D", an acronym).
        letter = _glued_letter(formula) if end < len(text) and text[end].isalnum() else None
        pieces += [text[position:start], count.group(1) if count and attached else letter or replacement]
        position = end
    return "".join([*pieces, text[position:]])


_ATTACHED_COUNT = re.compile(r"_\{?(\d+)\}?")
_LETTER_AS_MATH = re.compile(r"\s*(?:\\([A-Za-z]+)|([A-Za-z]))\s*")


def _glued_letter(formula: str) -> str | None:
    """The letter a formula of one letter shows ("k", "\\omega" as "ω", "\\Delta" as "Δ"), or None."""
    match = _LETTER_AS_MATH.fullmatch(formula)
    if match is None:
        return None
    if match.group(2):
        return match.group(2)
    name = match.group(1)
    case = "CAPITAL" if name[0].isupper() else "SMALL"
    # (Unicode spells lambda "LAMDA"; "\varepsilon" and "\varphi" are the same letters drawn otherwise)
    spelled = name.removeprefix("var").upper().replace("LAMBDA", "LAMDA")
    try:
        return unicodedata.lookup(f"GREEK {case} LETTER {spelled}")
    except KeyError:
        return None


def _alone(text: str, piece: str, position: int) -> int:
    """Where ``piece`` first stands as a token of its own in ``text`` from ``position`` (no letter, digit
    or underscore touching it), or -1. A search, not a pattern compiled for every formula of the talk."""
    start = text.find(piece, position)
    while start >= 0:
        end = start + len(piece)
        if not (start and _word_character(text[start - 1])) and not (end < len(text) and _word_character(text[end])):
            return start
        start = text.find(piece, start + 1)
    return -1


def _word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


def minutes(value: object) -> float | None:
    """``value`` as a talk's length in minutes; None unless it is a positive, finite number.

    The one check of a duration, wherever it is written: the command line, a
    config file, a profile, a talk's front matter.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        return None
    return float(value)
