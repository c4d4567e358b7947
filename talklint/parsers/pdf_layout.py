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
from dataclasses import dataclass, field

from talklint.model import Bullet, Location, Paragraph, Slide
from talklint.parsers.common import collapse_spaces

# Part of the page height, from the top, where a title may stand.
TITLE_BAND = 0.32
# Part of the page height, at the bottom and the top, where headers and footers live.
FOOTER_BAND = 0.09
HEADER_BAND = 0.06
# A title is at least this much larger than the deck's body text.
TITLE_SIZE_RATIO = 1.12
# Away from the top (a title page, a section divider) the title must stand out more.
CENTRED_TITLE_SIZE_RATIO = 1.3
_BULLET = re.compile(r"^\s*([•◦▪▫▸▹►▶■□●○‣⁃∙·➢➤✓✔–—\-*])\s*")
_NUMBERED = re.compile(r"^\s*(\d{1,2}|[a-z])[.)]\s+")
_CJK = re.compile(r"[\u2e80-\u2fdf\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]")
_WORD = re.compile(r"[^\W\d_]{2,}")
_PROSE = re.compile(r"[^\W\d_]{3,}|[\u2e80-\u9fff]")
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Run:
    """A piece of text as the PDF places it; ``y`` grows upwards, as in PDF."""

    text: str
    x: float
    y: float
    size: float


@dataclass
class Page:
    number: int  # 1-based page in the PDF
    width: float
    height: float
    runs: list[Run]
    label: str = ""
    notes: str = ""


@dataclass
class _Line:
    text: str
    y: float
    size: float


@dataclass
class PageText:
    page: Page
    title: str = ""
    lines: list[_Line] = field(default_factory=list)

    @property
    def words(self) -> int:
        return sum(len(line.text.split()) for line in self.lines) + len(self.title.split())


def split_notes_screen(page: Page) -> Page:
    """Beamer's "notes on second screen" puts the notes on the right half of a double-width page."""
    half = page.width / 2
    slide = [r for r in page.runs if r.x < half]
    notes = [r for r in page.runs if r.x >= half]
    text = " ".join(line.text for line in _lines_of(notes, page.height))
    return Page(page.number, half, page.height, slide, page.label, text.strip())


def has_notes_screen(pages: list[Page]) -> bool:
    """Pages more than twice as wide as tall: a slide and its notes side by side."""
    return bool(pages) and all(p.width >= 2.2 * p.height for p in pages)


@dataclass(frozen=True)
class Chrome:
    """Text that repeats in the same place: footers, headers, logos, navigation."""

    # On at least half of the pages, wherever it stands.
    anywhere: frozenset[tuple[int, str]] = frozenset()
    # On three pages or more, inside the header or footer band.
    in_bands: frozenset[tuple[int, str]] = frozenset()


def find_chrome(pages: list[Page], labelled: bool) -> Chrome:
    """Repeating text, counted once per slide label where the PDF has labels (overlays share one)."""
    units: dict[str, set[tuple[int, str]]] = {}
    for page in pages:
        unit = units.setdefault(page.label if labelled else str(page.number), set())
        unit.update(_key(run) for run in page.runs if run.text.strip())
    if len(units) < 3:
        return Chrome()
    counts = Counter(key for keys in units.values() for key in keys)
    half = max(4, len(units) // 2)
    return Chrome(
        anywhere=frozenset(key for key, count in counts.items() if count >= half),
        in_bands=frozenset(key for key, count in counts.items() if count >= 3),
    )


def _key(run: Run) -> tuple[int, str]:
    return round(run.y), re.sub(r"\d+", "#", run.text.strip().lower())


def read_page(page: Page, chrome: Chrome, body_size: float) -> PageText:
    """The title and the lines of one page, without chrome."""
    runs = [r for r in page.runs if r.text.strip() and not _is_chrome(r, page, chrome, body_size)]
    lines = _lines_of(runs, page.height)
    title_lines = _title_lines(lines, page.height, body_size)
    title = " ".join(line.text for line in title_lines)
    # Axis ticks and diagram labels ("10", "HL", "i B1 0") are pictures, not text to read.
    in_title = {id(line) for line in title_lines}
    body = [line for line in lines if id(line) not in in_title and _PROSE.search(line.text)]
    return PageText(page, collapse_spaces(title), body)


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
    for run in runs:
        if lines and abs(lines[-1].y - run.y) <= 0.5 * max(run.size, lines[-1].size, 1.0):
            last = lines[-1]
            joiner = "" if _joins_directly(last.text[-1:], run.text[:1]) else " "
            lines[-1] = _Line(last.text + joiner + run.text, last.y, max(last.size, run.size))
        else:
            lines.append(_Line(run.text, min(run.y, height), run.size))
    return [_Line(collapse_spaces(line.text), line.y, line.size) for line in lines if line.text.strip()]


def _joins_directly(left: str, right: str) -> bool:
    """No space between runs already spaced, or between CJK characters (written without spaces)."""
    return not left or not right or left.isspace() or right.isspace() or bool(_CJK.match(left) and _CJK.match(right))


def _title_lines(lines: list[_Line], height: float, body_size: float) -> list[_Line]:
    """The largest text near the top; else, on title and divider pages, clearly large text anywhere."""
    # Figure labels ("A", "3", ".") can be large too; a title has a word in it.
    worded = [line for line in lines if _WORD.search(line.text)]
    top = [line for line in worded if line.y >= height * (1 - TITLE_BAND)]
    title = _largest(top, body_size * TITLE_SIZE_RATIO)
    return title or _largest(worded, body_size * CENTRED_TITLE_SIZE_RATIO)


def _largest(lines: list[_Line], minimum: float) -> list[_Line]:
    if not lines:
        return []
    largest = max(line.size for line in lines)
    if largest < minimum:
        return []
    # A title may wrap onto a second or third line of the same size.
    return [line for line in lines if abs(line.size - largest) < 0.5][:3]


def body_size(pages: list[Page]) -> float:
    """The most common font size, weighted by characters: the deck's body text."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for run in page.runs:
            sizes[round(run.size, 1)] += len(run.text.strip())
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
    if labelled and before.page.label and before.page.label == after.page.label:
        return True
    if before.title != after.title:
        return False
    earlier = {line.text for line in before.lines}
    return bool(earlier) and earlier <= {line.text for line in after.lines}


def slide_of(number: int, group: list[PageText]) -> Slide:
    """One slide from a group of overlay pages: the fullest page is what the audience ends up seeing."""
    fullest = max(group, key=lambda t: t.words)
    notes = "\n".join(dict.fromkeys(t.page.notes for t in group if t.page.notes))
    return Slide(
        number=number,
        title=fullest.title or next((t.title for t in group if t.title), ""),
        blocks=tuple(_blocks(fullest.lines)),
        notes=notes,
    )


def _blocks(lines: list[_Line]) -> list[Bullet | Paragraph]:
    """Lines to bullets and paragraphs; a wrapped line continues the block above it."""
    blocks: list[Bullet | Paragraph] = []
    markers: list[str] = []
    for index, line in enumerate(lines):
        item = _BULLET.match(line.text) or _NUMBERED.match(line.text)
        if item:
            numbered = item.re is _NUMBERED
            marker = "1." if numbered else item.group(1)
            if marker not in markers:
                markers.append(marker)
            level = min(markers.index(marker) + 1, 3)
            blocks.append(Bullet(line.text[item.end() :].strip(), level, Location(), ordered=numbered))
        elif blocks and _wraps(lines[index - 1], line):
            blocks[-1] = dataclasses.replace(blocks[-1], text=f"{blocks[-1].text} {line.text}".strip())
        else:
            blocks.append(Paragraph(line.text))
    return [b for b in blocks if b.text]


def _wraps(above: _Line, line: _Line) -> bool:
    gap = above.y - line.y
    return abs(above.size - line.size) < 0.5 and 0 < gap <= 1.5 * line.size
