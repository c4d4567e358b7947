"""From positioned text runs to slides: chrome, titles, overlays and notes.

Nothing here knows about the PDF library: ``parse`` hands over each page as
runs of text with a position and a font size (``page``), and this module decides what
the audience reads, with ``lines`` (runs into lines) and ``blocks`` (lines into bullets, paragraphs, math and
code). A PDF has no structure to ask, so the rules are about
geometry: the title is the largest text near the top; text that repeats in
the same place on many pages (author, venue, page number) is chrome; pages
that only add to the page before them (Beamer overlays) are one slide.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from talklint.metrics import types_an_equation
from talklint.model import Image, Slide
from talklint.parsers.common import BIG_NUMBER, collapse_spaces
from talklint.parsers.pdf.blocks import page_blocks, set_as_math
from talklint.parsers.pdf.lines import joined_lines, labels_a_shape, lines_of
from talklint.parsers.pdf.page import BULLET, PROSE, Box, Line, Page, PageText, Run, is_list_mark

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
# A word, or letters joined by "&" that read as one ("Q&A", "R&D"): a title has one, a figure's label ("A", "3") not.
_WORD = re.compile(r"[^\W\d_]{2,}|(?<![^\W\d_])[^\W\d_]\s?&\s?[^\W\d_](?![^\W\d_])")
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.IGNORECASE)


def split_notes_screen(page: Page) -> Page:
    """Beamer's "notes on second screen" puts the notes on the right half of a double-width page."""
    half = page.width / 2
    slide = [r for r in page.runs if r.x < half]
    notes = [r for r in page.runs if r.x >= half]
    text = " ".join(line.text for line in lines_of(notes, page.height))
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
    # The same picture at the same place on three pages or more (logos, a background image; not the figures a
    # layout places in one frame), and drawn shapes so (bars, frames, a page's background): apart, since a photo
    # filling one page is no background drawn on every page.
    pictures: frozenset[tuple[int, ...]] = frozenset()
    drawings: frozenset[tuple[int, ...]] = frozenset()


def find_chrome(pages: list[Page], labelled: bool) -> Chrome:
    """Repeating text and shapes, counted once per slide label where the PDF has labels (overlays share one)."""
    units: dict[str, set[tuple[int, str]]] = {}
    pictures: dict[str, set[tuple[int, ...]]] = {}
    drawings: dict[str, set[tuple[int, ...]]] = {}
    for page in pages:
        unit = page.label if labelled else str(page.number)
        units.setdefault(unit, set()).update(
            _key(run) for run in page.runs if run.text.strip() and not is_list_mark(run)
        )
        pictures.setdefault(unit, set()).update(_picture_key(box) for box in page.pictures)
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


def _repeated(boxes: dict[str, set[tuple[int, ...]]]) -> frozenset[tuple[int, ...]]:
    """The places where three slides or more show a box."""
    counts = Counter(key for keys in boxes.values() for key in keys)
    return frozenset(key for key, count in counts.items() if count >= 3)


def _box_key(box: Box) -> tuple[int, int, int, int]:
    return round(box.left), round(box.bottom), round(box.right), round(box.top)


def _picture_key(box: Box) -> tuple[int, ...]:
    return (*_box_key(box), *box.image)


# A picture smaller than this share of the page is an icon or a bullet; a drawing is at least
# this many shapes over this share of the page (a diagram, not the frame of a block).
PICTURE_SHARE = 0.015
DRAWING_SHAPES = 6
DRAWING_SHARE = 0.08


def count_pictures(page: Page, chrome: Chrome) -> int:
    """Pictures the audience sees on the page: images and figures, plus one for a drawn diagram."""
    pictures = [
        box
        for box in page.pictures
        if box.area >= PICTURE_SHARE * page.area and _picture_key(box) not in chrome.pictures
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
    lines = [replace(line, formulas=()) if labels_a_shape(line, page) else line for line in lines_of(runs, page.height)]
    lines = _with_drawn_marks(lines, page)
    title_lines = _title_lines(lines, page.height, body_size)
    title = ""
    for line in [*_figure_above(lines, title_lines), *title_lines]:
        title = joined_lines(title, line.text)
    # Axis ticks and diagram labels ("10", "HL", "i B1 0") are pictures, not text to read; a list item that types
    # an equation in the text's own font ("• ṁ = ρ_w c_w γ_T (T_w − T_f)", as PowerPoint exports it) is text.
    in_title = {id(line) for line in title_lines}
    body: list[Line] = []
    for index, line in enumerate(lines):
        if id(line) in in_title:
            continue
        shown = PROSE.search(line.text) or set_as_math(line) or line.code or _item_of_an_equation(line)
        if shown:
            body.append(line)
        elif body and index and body[-1] is lines[index - 1] and _ends_wrapped(body[-1], line):
            body.append(replace(line, size=line.figure_size))  # sized as its figures: it has no letter
    return PageText(page, collapse_spaces(title), body, count_pictures(page, chrome))


def _ends_wrapped(above: Line, line: Line) -> bool:
    """A line of figures that ends the sentence above, wrapped onto a line of its own ("• Comprehension of key
    clauses: 58%" over "→ 91%"): the same size, right below it, starting within the item's text, after no full
    stop. Axis ticks stand apart from the text, in their own size."""
    gap, size = above.y - line.y, line.figure_size
    same_size = abs(above.size - size) < 0.5 and 0 < gap <= 1.5 * size
    within = above.left - size / 2 <= line.left <= above.left + 3 * size
    return same_size and within and not above.text.rstrip().endswith((".", "!", "?", ":"))


def _item_of_an_equation(line: Line) -> bool:
    return bool(BULLET.match(line.text) or line.mark) and types_an_equation(line.text)


def _with_drawn_marks(lines: list[Line], page: Page) -> list[Line]:
    """The lines, each marked as a list item where a small picture stands right before it, on its height: Beamer's
    default themes draw an item's ball or triangle as a picture, not as a character of the text."""
    marks = [box for box in page.pictures if box.area < PICTURE_SHARE * page.area]
    if not marks:
        return lines
    columns: list[float] = []  # where the marks of each depth stand, as first met
    marked = []
    for line in lines:
        left = _drawn_mark(line, marks)
        if left is None:
            marked.append(line)
            continue
        column = next((c for c in columns if abs(c - left) <= MARK_COLUMN), None)
        if column is None:
            columns.append(column := left)
        marked.append(replace(line, mark=f"mark@{round(column)}"))
    return marked


def _drawn_mark(line: Line, marks: list[Box]) -> float | None:
    """Where the mark before the line starts, or None when none stands there: a picture about the size of the
    line's letters, ending just before the line starts, whose middle is on the line's height."""
    size = max(line.size, 1.0)
    for box in marks:
        middle = (box.bottom + box.top) / 2
        small = box.right - box.left <= MARK_SIZE * size and box.top - box.bottom <= MARK_SIZE * size
        before = 0 <= line.left - box.right <= MARK_GAP * size
        if small and before and line.y - 0.2 * size <= middle <= line.y + size:
            return box.left
    return None


# A drawn mark is at most this many times the size of the line's letters, and ends at most this far before it;
# marks this close to one another (in points) stand in one column, the items of one depth.
MARK_SIZE = 1.2
MARK_GAP = 1.5
MARK_COLUMN = 2.0


def _is_chrome(run: Run, page: Page, chrome: Chrome, body_size: float) -> bool:
    in_band = run.y < page.height * FOOTER_BAND or run.y > page.height * (1 - HEADER_BAND)
    if in_band and _PAGE_NUMBER.match(run.text):
        return True
    key = _key(run)
    # A repeated title ("Results" on three slides) is still a title: chrome is small print.
    if run.size >= body_size * TITLE_SIZE_RATIO:
        return False
    return key in chrome.anywhere or (in_band and key in chrome.in_bands)


def _title_lines(lines: list[Line], height: float, body_size: float) -> list[Line]:
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


def _figure_above(lines: list[Line], title: list[Line]) -> list[Line]:
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


def _standing_out_on_its_page(top: list[Line], worded: list[Line], body_size: float) -> list[Line]:
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


def _with_wrapped_lines(title: list[Line], lines: list[Line]) -> list[Line]:
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


def _largest(lines: list[Line], minimum: float) -> list[Line]:
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
        blocks=(*page_blocks(fullest.lines, fullest.page.width), *(Image(source="figure") for _ in range(pictures))),
        notes=notes,
        pages=tuple(t.page.number for t in group),
    )
