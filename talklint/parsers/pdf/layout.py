"""From positioned text runs to slides: chrome, titles, bullets, overlays and notes.

Nothing here knows about the PDF library: ``pdf`` hands over each page as
runs of text with a position and a font size, and this module decides what
the audience reads. A PDF has no structure to ask, so the rules are about
geometry: the title is the largest text near the top; text that repeats in
the same place on many pages (author, venue, page number) is chrome; pages
that only add to the page before them (Beamer overlays) are one slide.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from talklint.model import Bullet, CodeBlock, Image, Location, MathBlock, Paragraph, Slide
from talklint.parsers.common import BIG_NUMBER, collapse_spaces

# Part of the page height, from the top, where a title may stand.
TITLE_BAND = 0.32
# Part of the page height, at the bottom and the top, where headers and footers live.
FOOTER_BAND = 0.09
HEADER_BAND = 0.06
# A title wraps onto at most this many lines.
MAX_TITLE_LINES = 4
# A title is at least this much larger than the deck's body text.
TITLE_SIZE_RATIO = 1.12
# A page of this few words in one size, alone, is a divider: its words are its title.
DIVIDER_WORDS = 10
# Away from the top (a title page, a section divider) the title must stand out more.
CENTRED_TITLE_SIZE_RATIO = 1.3
# (Symbol and Wingdings marks, which PowerPoint's own PDF export writes as private-use characters: U+F0B7, U+F0A7, …)
_BULLET = re.compile(r"^\s*([•◦▪▫▸▹►▶■□●○‣⁃∙·➢➤✓✔–—\-*\uf000-\uf0ff])\s*")
_NUMBERED = re.compile(r"^\s*(\d{1,2}|[a-z])[.)]\s+")
_BARE_NUMBER = re.compile(r"^\s*(\d{1,2})\s+(?=[A-Z(“\"])")
# A line shorter than this share of the page's longest line ends where its item ends: text wraps near the edge.
WRAPPED_SHARE = 0.6
_CJK = re.compile(r"[\u2e80-\u2fdf\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]")
# A word, or letters joined by "&" that read as one ("Q&A", "R&D"): a title has one, a figure's label ("A", "3") not.
_WORD = re.compile(r"[^\W\d_]{2,}|(?<![^\W\d_])[^\W\d_]\s?&\s?[^\W\d_](?![^\W\d_])")
_PROSE = re.compile(r"[^\W\d_]{3,}|[\u2e80-\u9fff]")
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Run:
    """A piece of text as the PDF places it; ``y`` (its baseline) grows upwards, as in PDF."""

    text: str
    x: float
    y: float
    size: float
    right: float = 0.0  # where the text ends; 0 when unknown
    math: bool = False  # set in a font of mathematics
    code: bool = False  # set in a font of a fixed pitch, as code is


@dataclass(frozen=True)
class Box:
    """Where a picture or a drawn shape stands on the page, in PDF units from the bottom left."""

    left: float
    bottom: float
    right: float
    top: float

    @property
    def area(self) -> float:
        return max(self.right - self.left, 0.0) * max(self.top - self.bottom, 0.0)


@dataclass
class Page:
    number: int  # 1-based page in the PDF
    width: float
    height: float
    runs: list[Run]
    label: str = ""
    notes: str = ""
    # Images and figures (form XObjects smaller than the page), and drawn paths.
    pictures: list[Box] = field(default_factory=list)
    drawings: list[Box] = field(default_factory=list)

    @property
    def area(self) -> float:
        return self.width * self.height


@dataclass
class _Line:
    text: str
    y: float
    size: float
    left: float = 0.0  # where the line starts and ends on the page; 0 when unknown
    right: float = 0.0
    figure_size: float = 0.0  # the size of its largest run, figures and marks included ("73%" has no letter size)
    formulas: tuple[str, ...] = ()  # its runs set in a font of mathematics, side by side as one formula
    code: bool = False  # all its runs set in a font of a fixed pitch


@dataclass
class PageText:
    page: Page
    title: str = ""
    lines: list[_Line] = field(default_factory=list)
    # Pictures the audience sees: images, figures and drawings that are not repeated page furniture.
    pictures: int = 0

    @property
    def words(self) -> int:
        return sum(len(line.text.split()) for line in self.lines) + len(self.title.split())


def split_notes_screen(page: Page) -> Page:
    """Beamer's "notes on second screen" puts the notes on the right half of a double-width page."""
    half = page.width / 2
    slide = [r for r in page.runs if r.x < half]
    notes = [r for r in page.runs if r.x >= half]
    text = " ".join(line.text for line in _lines_of(notes, page.height))
    pictures = [box for box in page.pictures if box.left < half]
    drawings = [box for box in page.drawings if box.left < half]
    return Page(page.number, half, page.height, slide, page.label, text.strip(), pictures, drawings)


def has_notes_screen(pages: list[Page]) -> bool:
    """Pages more than twice as wide as tall: a slide and its notes side by side."""
    return bool(pages) and all(p.width >= 2.2 * p.height for p in pages)


@dataclass(frozen=True)
class Chrome:
    """What repeats in the same place: footers, headers, logos, navigation, theme decoration."""

    # On at least half of the pages, wherever it stands.
    anywhere: frozenset[tuple[int, str]] = frozenset()
    # On three pages or more, inside the header or footer band.
    in_bands: frozenset[tuple[int, str]] = frozenset()
    # Pictures at the same place on three pages or more (logos, a background image), and drawn shapes so (bars,
    # frames, a page's background): apart, since a photo filling one page is no background drawn on every page.
    pictures: frozenset[tuple[int, int, int, int]] = frozenset()
    drawings: frozenset[tuple[int, int, int, int]] = frozenset()


def find_chrome(pages: list[Page], labelled: bool) -> Chrome:
    """Repeating text and shapes, counted once per slide label where the PDF has labels (overlays share one)."""
    units: dict[str, set[tuple[int, str]]] = {}
    pictures: dict[str, set[tuple[int, int, int, int]]] = {}
    drawings: dict[str, set[tuple[int, int, int, int]]] = {}
    for page in pages:
        unit = page.label if labelled else str(page.number)
        units.setdefault(unit, set()).update(_key(run) for run in page.runs if run.text.strip() and not _marker(run))
        pictures.setdefault(unit, set()).update(_box_key(box) for box in page.pictures)
        drawings.setdefault(unit, set()).update(_box_key(box) for box in page.drawings)
    if len(units) < 3:
        return Chrome()
    counts = Counter(key for keys in units.values() for key in keys)
    half = max(4, len(units) // 2)
    return Chrome(
        anywhere=frozenset(key for key, count in counts.items() if count >= half),
        in_bands=frozenset(key for key, count in counts.items() if count >= 3),
        pictures=_repeated(pictures),
        drawings=_repeated(drawings),
    )


def _marker(run: Run) -> bool:
    """A list item's mark drawn on its own ("• ", "1."): at the same place on every slide of a layout, and never
    chrome (PowerPoint's and LibreOffice's exports draw the mark apart from the item's text)."""
    return bool(_BULLET.fullmatch(run.text) or _LONE_NUMBER.fullmatch(run.text))


_LONE_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s*")


def _repeated(boxes: dict[str, set[tuple[int, int, int, int]]]) -> frozenset[tuple[int, int, int, int]]:
    """The places where three slides or more show a box."""
    counts = Counter(key for keys in boxes.values() for key in keys)
    return frozenset(key for key, count in counts.items() if count >= 3)


def _box_key(box: Box) -> tuple[int, int, int, int]:
    return round(box.left), round(box.bottom), round(box.right), round(box.top)


# A picture smaller than this share of the page is an icon or a bullet; a drawing is at least
# this many shapes over this share of the page (a diagram, not the frame of a block).
PICTURE_SHARE = 0.015
DRAWING_SHAPES = 6
DRAWING_SHARE = 0.08


def count_pictures(page: Page, chrome: Chrome) -> int:
    """Pictures the audience sees on the page: images and figures, plus one for a drawn diagram."""
    pictures = [
        box for box in page.pictures if box.area >= PICTURE_SHARE * page.area and _box_key(box) not in chrome.pictures
    ]
    drawn = [box for box in page.drawings if _box_key(box) not in chrome.drawings and box.area < 0.9 * page.area]
    if len(drawn) >= DRAWING_SHAPES and _union(drawn).area >= DRAWING_SHARE * page.area:
        return len(pictures) + 1
    return len(pictures)


def _union(boxes: list[Box]) -> Box:
    return Box(
        min(b.left for b in boxes), min(b.bottom for b in boxes), max(b.right for b in boxes), max(b.top for b in boxes)
    )


def _key(run: Run) -> tuple[int, str]:
    return round(run.y), re.sub(r"\d+", "#", run.text.strip().lower())


def read_page(page: Page, chrome: Chrome, body_size: float) -> PageText:
    """The title and the lines of one page, without chrome."""
    runs = [r for r in page.runs if r.text.strip() and not _is_chrome(r, page, chrome, body_size)]
    # Math set inside a drawn shape labels a diagram's node ("P m > h > l"): the picture's, not an equation.
    lines = [
        replace(line, formulas=()) if _labels_a_shape(line, page) else line for line in _lines_of(runs, page.height)
    ]
    title_lines = _title_lines(lines, page.height, body_size)
    title = ""
    for line in [*_figure_above(lines, title_lines), *title_lines]:
        title = _joined_lines(title, line.text)
    # Axis ticks and diagram labels ("10", "HL", "i B1 0") are pictures, not text to read.
    in_title = {id(line) for line in title_lines}
    body = [
        line
        for line in lines
        if id(line) not in in_title and (_PROSE.search(line.text) or _set_as_math(line) or line.code)
    ]
    return PageText(page, collapse_spaces(title), body, count_pictures(page, chrome))


def _is_chrome(run: Run, page: Page, chrome: Chrome, body_size: float) -> bool:
    in_band = run.y < page.height * FOOTER_BAND or run.y > page.height * (1 - HEADER_BAND)
    if in_band and _PAGE_NUMBER.match(run.text):
        return True
    key = _key(run)
    # A repeated title ("Results" on three slides) is still a title: chrome is small print.
    if run.size >= body_size * TITLE_SIZE_RATIO:
        return False
    return key in chrome.anywhere or (in_band and key in chrome.in_bands)


def _lines_of(runs: list[Run], height: float) -> list[_Line]:
    """Join runs that share a baseline, in the order the PDF draws them."""
    lines: list[_Line] = []
    previous: Run | None = None
    for run in runs:
        if lines and previous and _on_one_line(lines[-1], run):
            last = lines[-1]
            text = run.text.translate(_SUPERSCRIPTS) if _raised(run, previous) else run.text
            joiner = "" if _joins_directly(last.text[-1:], text[:1], previous, run) else " "
            size = max(last.size, _letter_size(run))
            figure = max(last.figure_size, run.size)
            formulas = _with_formula(last.formulas, joiner + text, _formula(run), _formula(previous))
            right = max(last.right, run.right)
            code = last.code and run.code
            lines[-1] = _Line(last.text + joiner + text, last.y, size, last.left, right, figure, formulas, code)
        else:
            formulas = (run.text,) if _formula(run) else ()
            code = run.code and not _marker(run)
            lines.append(
                _Line(run.text, min(run.y, height), _letter_size(run), run.x, run.right, run.size, formulas, code)
            )
        previous = run
    return [
        _Line(
            collapse_spaces(line.text),
            line.y,
            line.size,
            line.left,
            line.right,
            line.figure_size,
            tuple(f for f in (collapse_spaces(formula) for formula in line.formulas) if f),
            (line.code and not _ADDRESS.match(line.text)) or _spaced_out(line.text),
        )
        for line in lines
        if line.text.strip()
    ]


def _spaced_out(text: str) -> bool:
    """A line whose letters stand apart ("de f a d d i t em ( c a r t )"): a listing set in columns of a fixed
    width in the text's own font (TeX's ``listings`` by default), which the PDF places letter by letter. Not
    mathematics, whose one-letter names stand between signs ("b − m + 1, where b is a constant")."""
    letters = sum(len(word) for word in _LETTERS.findall(text))
    apart = sum(len(run.replace(" ", "")) for run in _LETTERS_APART.findall(text))
    return letters >= SPACED_OUT_LETTERS and apart >= SPACED_OUT_SHARE * letters


# A web address set in a typewriter font (``\url{…}``) is a link, not code.
_ADDRESS = re.compile(r"^\W*(?:https?://|www\.)", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+")
# Four pieces of a word or more, one or two letters each, with nothing but a space between them ("i t em s").
_LETTERS_APART = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,2}(?: [^\W\d_]{1,2}){3,}(?![^\W\d_])")
SPACED_OUT_LETTERS = 12
SPACED_OUT_SHARE = 0.5


def _labels_a_shape(line: _Line, page: Page) -> bool:
    """A line of math inside the shapes drawn around it, each smaller than a tenth of the page: a diagram's label
    (a node, or a row of them)."""
    if not line.formulas:
        return False
    around = [box for box in page.drawings if box.area < 0.1 * page.area and box.bottom <= line.y <= box.top]
    return (
        bool(around) and min(b.left for b in around) <= line.left + 1 and line.right <= max(b.right for b in around) + 1
    )


def _formula(run: Run) -> bool:
    """Text set in a font of mathematics that is not a list's mark (Beamer draws its "▶" in one)."""
    return run.math and not _marker(run)


def _with_formula(formulas: tuple[str, ...], text: str, math: bool, after_math: bool) -> tuple[str, ...]:
    """A line's formulas with the next run's text: a run in a math font extends the formula beside it, or opens one."""
    if not math:
        return formulas
    if after_math and formulas:
        return (*formulas[:-1], formulas[-1] + text)
    return (*formulas, text.strip())


# Text this many times the size of the text beside it is not on its line: a title that overflows its box onto the
# first line of the text below (a sub- or superscript is at most about 1.7 times smaller than its line).
LINE_SIZE_RATIO = 1.8


def _on_one_line(line: _Line, run: Run) -> bool:
    """The run shares the line's baseline, in a size that can stand beside it."""
    sizes = sorted((run.size, line.size or run.size))
    if sizes[0] > 0 and sizes[1] > LINE_SIZE_RATIO * sizes[0]:
        return False
    return abs(line.y - run.y) <= 0.5 * max(run.size, line.size, 1.0)


# A word broken at a hyphen ends its line with the hyphen: "cooling-" above "centre plan".
_BROKEN_WORD = re.compile(r"[^\W\d_]-$")


def _joined_lines(text: str, line: str) -> str:
    """A line wrapped onto the next: with a space, or none after a word broken at a hyphen ("cooling-centre")."""
    if not text:
        return line
    if _BROKEN_WORD.search(text) and line[:1].islower():
        return text + line
    return f"{text} {line}"


def _raised(run: Run, before: Run) -> bool:
    """An exponent or a footnote mark: digits set smaller than the text before them and above its baseline ("10"
    then a raised "6" is 10⁶, not 106)."""
    return (
        bool(_EXPONENT.fullmatch(run.text))
        and run.size <= SUPERSCRIPT_SIZE * before.size
        and run.y - before.y >= SUPERSCRIPT_RISE * before.size
    )


# A raised run is at most this share of the size of the text before it, its baseline at least this share above.
SUPERSCRIPT_SIZE = 0.9
SUPERSCRIPT_RISE = 0.2
_EXPONENT = re.compile(r"[-−+]?\d{1,3}")
_SUPERSCRIPTS = str.maketrans("0123456789+-−", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻")


def _letter_size(run: Run) -> float:
    """A run's size as a line's size: only letters count (large dots or arrows in a figure are not a title)."""
    return run.size if any(c.isalpha() for c in run.text) else 0.0


# Pieces of one word set in two sizes (small caps: "O" + "UTLINE") touch; words stand apart.
TOUCHING_GAP = 0.2


def _joins_directly(left: str, right: str, before: Run, after: Run) -> bool:
    """No space between runs already spaced, between CJK characters, between touching pieces of a word, or
    beside a touching mark that closes what comes before it or opens what follows."""
    if not left or not right or left.isspace() or right.isspace() or bool(_CJK.match(left) and _CJK.match(right)):
        return True
    touching = bool(before.right) and abs(after.x - before.right) <= TOUCHING_GAP * min(before.size, after.size)
    return touching and ((left.isalnum() and right.isalnum()) or right in _CLOSING or left in _OPENING)


# Marks that close what stands before them, and marks that open what follows: a run that starts with the one
# or follows the other, touching, is not a new word ("easy" + ", not where it is hot", "(" + "k, l)").
_CLOSING = frozenset(",.;:!?)]}%’”")
_OPENING = frozenset("([{‘“")


def _title_lines(lines: list[_Line], height: float, body_size: float) -> list[_Line]:
    """The largest text near the top; else, on title and divider pages, clearly large text anywhere."""
    # Figure labels ("A", "3", ".") can be large too; a title has a word in it.
    worded = [line for line in lines if _WORD.search(line.text)]
    top = [line for line in worded if line.y >= height * (1 - TITLE_BAND)]
    title = (
        _largest(top, body_size * TITLE_SIZE_RATIO)
        or _largest(worded, body_size * CENTRED_TITLE_SIZE_RATIO)
        or _standing_out_on_its_page(top, worded, body_size)
    )
    return _with_wrapped_lines(title, worded)


def _figure_above(lines: list[_Line], title: list[_Line]) -> list[_Line]:
    """A figure set larger than the title, just above it, that the title captions: "73%" over "of declined payments
    were timeouts" reads as one headline (the figure alone has no word to be a title by)."""
    if not title:
        return []
    first = title[0]
    for line in lines:
        above = 0 < line.y - first.y <= 2.5 * line.figure_size
        if above and line.figure_size >= TITLE_SIZE_RATIO * first.size and BIG_NUMBER.match(line.text):
            return [line]
    return []


def _standing_out_on_its_page(top: list[_Line], worded: list[_Line], body_size: float) -> list[_Line]:
    """In a deck whose body is set as large as its titles, a title stands out on its own page: the largest text at
    the top over smaller text ("Polyurethane coatings crack under repeated droplet impact" at 32 pt over 20 pt
    lines), or a few words in one size of body text or larger, alone on the page (a section's divider)."""
    largest = max((line.size for line in top), default=0.0)
    smaller = [line.size for line in worded if line.size < largest - 0.5]
    if smaller:
        return _largest(top, max(smaller) * TITLE_SIZE_RATIO)
    one_size = len({round(line.size) for line in worded}) == 1
    alone = (
        one_size and len(worded) <= MAX_TITLE_LINES and sum(len(line.text.split()) for line in worded) <= DIVIDER_WORDS
    )
    return _largest(worded, body_size) if alone else []


def _with_wrapped_lines(title: list[_Line], lines: list[_Line]) -> list[_Line]:
    """A long title wraps onto lines of its size just below it, out of the top band (a title page's)."""
    if not title:
        return title
    wrapped = list(title)
    for line in lines:
        last = wrapped[-1]
        if len(wrapped) >= MAX_TITLE_LINES or line in wrapped or line.y >= last.y:
            continue
        if abs(line.size - last.size) < 0.5 and last.y - line.y <= 1.6 * last.size:
            wrapped.append(line)
    return wrapped


def _largest(lines: list[_Line], minimum: float) -> list[_Line]:
    if not lines:
        return []
    largest = max(line.size for line in lines)
    if largest < minimum:
        return []
    # A title may wrap onto a second or third line of the same size.
    return [line for line in lines if abs(line.size - largest) < 0.5][:MAX_TITLE_LINES]


def body_size(pages: list[Page]) -> float:
    """The most common font size, weighted by characters, of the text set below each page's largest: the deck's
    body text. (A deck of long claims for titles over a few short lines holds more characters of its titles.)"""
    sizes: Counter[float] = Counter()
    for page in pages:
        shown = [(round(run.size, 1), len(run.text.strip())) for run in page.runs if run.text.strip()]
        largest = max((size for size, _ in shown), default=0.0)
        below = [(size, count) for size, count in shown if size < largest] or shown
        for size, count in below:
            sizes[size] += count
    return sizes.most_common(1)[0][0] if sizes else 0.0


def group_overlays(texts: list[PageText], labelled: bool) -> list[list[PageText]]:
    """Consecutive pages that build one slide: same page label, or same title and only adding text."""
    groups: list[list[PageText]] = []
    for text in texts:
        if groups and _continues(groups[-1][-1], text, labelled):
            groups[-1].append(text)
        else:
            groups.append([text])
    return groups


def _continues(before: PageText, after: PageText, labelled: bool) -> bool:
    """A page builds the slide before it: same title, and the same page label or only text added.

    An overlay keeps its frame's title; Beamer gives a frame's overlays one
    label, but also repeats the label on frames that are not numbered (a
    section overview, a closing frame), which have a title of their own.
    """
    if before.title != after.title:
        return False
    if labelled and before.page.label and before.page.label == after.page.label:
        return True
    earlier = {line.text for line in before.lines}
    return bool(earlier) and earlier <= {line.text for line in after.lines}


def slide_of(number: int, group: list[PageText]) -> Slide:
    """One slide from a group of overlay pages: the fullest page is what the audience ends up seeing."""
    fullest = max(group, key=lambda t: (t.words, t.pictures))
    notes = "\n".join(dict.fromkeys(t.page.notes for t in group if t.page.notes))
    pictures = max(t.pictures for t in group)
    return Slide(
        number=number,
        title=fullest.title or next((t.title for t in group if t.title), ""),
        blocks=(*_blocks(fullest.lines, fullest.page.width), *(Image(source="figure") for _ in range(pictures))),
        notes=notes,
        pages=tuple(t.page.number for t in group),
    )


def _blocks(lines: list[_Line], width: float = 0.0) -> list[Bullet | Paragraph | MathBlock | CodeBlock]:
    """Lines to bullets, paragraphs, display math and code; a wrapped line continues the block above it."""
    blocks: list[Bullet | Paragraph | MathBlock | CodeBlock] = []
    markers: list[str] = []
    full = max((len(line.text) for line in lines), default=0)
    edge = _text_edge(lines, width)
    counted = _bare_numbers(lines)
    for index, line in enumerate(lines):
        bare = _BARE_NUMBER.match(line.text) if round(line.size, 1) in counted else None
        item = _BULLET.match(line.text) or _NUMBERED.match(line.text) or bare
        if item:
            numbered = item.re is not _BULLET
            marker = "1." if numbered else item.group(1)
            if marker not in markers:
                markers.append(marker)
            level = min(markers.index(marker) + 1, 3)
            text = line.text[item.end() :].strip()
            blocks.append(Bullet(text, level, Location(), ordered=numbered))
        elif line.code:
            if blocks and isinstance(blocks[-1], CodeBlock) and lines[index - 1].code:
                blocks[-1] = CodeBlock(f"{blocks[-1].text}\n{line.text}")  # the listing's next line
            else:
                blocks.append(CodeBlock(line.text))
        elif blocks and isinstance(blocks[-1], Bullet | Paragraph) and _wraps(lines[index - 1], line, full, edge):
            # (a line of math that continues an item is the item's formula, not an equation set apart)
            blocks[-1] = dataclasses.replace(blocks[-1], text=_joined_lines(blocks[-1].text, line.text))
        elif _set_as_math(line):
            if blocks and isinstance(blocks[-1], MathBlock) and _same_display(lines[index - 1], line):
                blocks[-1] = MathBlock(f"{blocks[-1].text} {line.text}")  # a sum's limits, a fraction's parts
            else:
                blocks.append(MathBlock(line.text))
        else:
            # A formula inside a line is pieces in several fonts ("∀", "o", "∈", "O"), not one formula to count as
            # a word: the text's mathematical signs tell it (``metrics``), as in any typed text.
            blocks.append(Paragraph(line.text))
    return [b for b in blocks if b.text]


def _set_as_math(line: _Line) -> bool:
    """A line of display math: set in a font of mathematics, with at most a word beside its formulas ("where")."""
    if not line.formulas:
        return False
    rest = line.text
    for formula in line.formulas:
        rest = rest.replace(formula, " ", 1)
    return len(_PROSE.findall(rest)) <= 1 and sum(len(f.replace(" ", "")) for f in line.formulas) >= MATH_LINE_CHARS


def _same_display(above: _Line, line: _Line) -> bool:
    """Two lines of math close enough to be one display equation set over several baselines."""
    return abs(above.y - line.y) <= 2.5 * max(above.figure_size, line.figure_size, 1.0)


# A display equation holds this many characters in math fonts or more (a lone "ε" is a symbol in a sentence).
MATH_LINE_CHARS = 3


def _bare_numbers(lines: list[_Line]) -> set[float]:
    """Beamer draws an enumeration's numbers in balls, which read as "1 Submit proposals": numbers with no
    full stop open list items in a size of text that counts with them (a "1 " and a "2 " line), not a
    "3 GHz" alone, nor footnotes ("1 Niall M Fraser …") under a list. The sizes where they do."""
    found: dict[float, set[str]] = {}
    for line in lines:
        if match := _BARE_NUMBER.match(line.text):
            found.setdefault(round(line.size, 1), set()).add(match.group(1))
    return {size for size, numbers in found.items() if {"1", "2"} <= numbers}


def _wraps(above: _Line, line: _Line, full: int, edge: float = 0.0) -> bool:
    """The line continues the one above: the same size, just below it, and not a new item. A line that
    opens with a capital under a short line is one ("Dominance and optimization" over "Manipulation: …",
    two sub-items whose bullets are drawn, not written); under a line that runs on to (nearly) the width
    of the page's longest line, or in lower case, it is the same sentence wrapped. A capital whose word
    would have fitted at the end of the line above opens a new item: text wraps only when the next word
    does not fit (two short items, "800 sensors on bus routes" over "A street-level heat map", whose
    longest line is the first)."""
    gap = above.y - line.y
    if abs(above.size - line.size) >= 0.5 or not 0 < gap <= 1.5 * line.size:
        return False
    if not line.text[:1].isupper():
        return True
    return len(above.text) >= WRAPPED_SHARE * full and not _would_have_fitted(above, line, edge)


def _text_edge(lines: list[_Line], width: float) -> float:
    """Where text may run to on the page: as far from the right edge as the text starts from the left."""
    lefts = [line.left for line in lines if line.left > 0]
    return width - min(lefts) if width and lefts else 0.0


def _would_have_fitted(above: _Line, line: _Line, edge: float) -> bool:
    """The first word of ``line``, with its space, fits between the end of the line above and the edge."""
    if not edge or not above.right or above.right <= above.left or not above.text:
        return False
    letter = (above.right - above.left) / len(above.text)
    first = line.text.split(maxsplit=1)[0]
    return above.right + (len(first) + 1) * letter <= edge
