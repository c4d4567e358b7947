"""A page's lines into the blocks of a slide: bullets, paragraphs, display math and code; a wrapped line continues
the block above it."""

from __future__ import annotations

import dataclasses
import re

from talklint.model import Bullet, CodeBlock, Location, MathBlock, Paragraph
from talklint.parsers.pdf.lines import joined_lines
from talklint.parsers.pdf.page import BULLET, PROSE, Line

_NUMBERED = re.compile(r"^\s*(\d{1,2}|[a-z])[.)]\s+")
_BARE_NUMBER = re.compile(r"^\s*(\d{1,2})\s+(?=[A-Z(“\"])")
# A line shorter than this share of the page's longest line ends where its item ends: text wraps near the edge.
WRAPPED_SHARE = 0.6


def page_blocks(lines: list[Line], width: float = 0.0) -> list[Bullet | Paragraph | MathBlock | CodeBlock]:
    """Lines to bullets, paragraphs, display math and code; a wrapped line continues the block above it."""
    blocks: list[Bullet | Paragraph | MathBlock | CodeBlock] = []
    markers: list[str] = []
    full = max((len(line.text) for line in lines), default=0)
    edge = _text_edge(lines, width)
    counted = _bare_numbers(lines)
    display = _Display()  # the last display equation's lines: the last of them, the highest and the lowest
    for index, line in enumerate(lines):
        bare = _BARE_NUMBER.match(line.text) if round(line.size, 1) in counted else None
        item = BULLET.match(line.text) or _NUMBERED.match(line.text) or bare
        if item or line.mark:
            numbered = item is not None and item.re is not BULLET
            marker = "1." if numbered else item.group(1) if item else line.mark
            if marker not in markers:
                markers.append(marker)
            level = min(markers.index(marker) + 1, 3)
            text = line.text[item.end() :].strip() if item else line.text
            blocks.append(Bullet(text, level, Location(), ordered=numbered))
        elif line.code:
            if blocks and isinstance(blocks[-1], CodeBlock) and lines[index - 1].code:
                blocks[-1] = CodeBlock(f"{blocks[-1].text}\n{line.text}")  # the listing's next line
            else:
                blocks.append(CodeBlock(line.text))
        elif blocks and isinstance(blocks[-1], Bullet | Paragraph) and _wraps(lines[index - 1], line, full, edge):
            # (a line of math that continues an item is the item's formula, not an equation set apart)
            blocks[-1] = dataclasses.replace(blocks[-1], text=joined_lines(blocks[-1].text, line.text))
        elif set_as_math(line):
            if blocks and isinstance(blocks[-1], MathBlock) and display.holds(line):
                blocks[-1] = MathBlock(f"{blocks[-1].text} {line.text}")  # a sum's limits, a fraction's parts
                display.add(line)
            else:
                blocks.append(MathBlock(line.text))
                display = _Display(line)
        else:
            # A formula inside a line is pieces in several fonts ("∀", "o", "∈", "O"), not one formula to count as
            # a word: the text's mathematical signs tell it (``metrics``), as in any typed text.
            blocks.append(Paragraph(line.text))
    return [b for b in blocks if b.text]


def set_as_math(line: Line) -> bool:
    """A line of display math: set in a font of mathematics, with at most a word beside its formulas ("where")."""
    if not line.formulas:
        return False
    rest = line.text
    for formula in line.formulas:
        rest = rest.replace(formula, " ", 1)
    words = [word for word in PROSE.findall(rest) if word not in OPERATOR_NAMES]
    return len(words) <= 1 and sum(len(f.replace(" ", "")) for f in line.formulas) >= MATH_LINE_CHARS


# TeX sets the names of functions and operators upright, in the text's own font: "log", "max" and "arg" are part
# of the formula around them, not words beside it.
OPERATOR_NAMES = frozenset(
    {"log", "exp", "sin", "cos", "tan", "cot", "sec", "csc", "sinh", "cosh", "tanh", "arcsin", "arccos", "arctan",
     "max", "min", "sup", "inf", "lim", "liminf", "limsup", "arg", "argmax", "argmin", "det", "dim", "ker", "deg",
     "gcd", "hom", "mod", "Pr", "Var", "Cov", "softmax", "diag", "tr", "rank", "sign", "sgn"}
)  # fmt: skip


class _Display:
    """The lines of one display equation, as far as telling whether a next line of math is part of it."""

    def __init__(self, line: Line | None = None) -> None:
        self.last = line
        self.low = self.high = line.y if line else 0.0

    def add(self, line: Line) -> None:
        self.last, self.low, self.high = line, min(self.low, line.y), max(self.high, line.y)

    def holds(self, line: Line) -> bool:
        """The line is part of the equation: close to the line before it, or between the equation's highest and
        lowest lines. One display equation is set over several baselines, and a PDF may give them in any order
        (a sum, its lower limit, its term, the next sum's upper limit, its lower)."""
        if self.last is None or _NUMBERED_EQUATION.search(self.last.text):
            return False  # an equation's number ends it: "(1)" at the right of its last line
        if abs(self.last.y - line.y) <= 2.5 * max(self.last.figure_size, line.figure_size, 1.0):
            return True
        return self.low <= line.y <= self.high


_NUMBERED_EQUATION = re.compile(r"\(\d{1,3}(?:\.\d{1,3})?[a-z]?\)\s*$")


# A display equation holds this many characters in math fonts or more (a lone "ε" is a symbol in a sentence).
MATH_LINE_CHARS = 3


def _bare_numbers(lines: list[Line]) -> set[float]:
    """Beamer draws an enumeration's numbers in balls, which read as "1 Submit proposals": numbers with no
    full stop open list items in a size of text that counts with them (a "1 " and a "2 " line), not a
    "3 GHz" alone, nor footnotes ("1 Niall M Fraser …") under a list. The sizes where they do."""
    found: dict[float, set[str]] = {}
    for line in lines:
        if match := _BARE_NUMBER.match(line.text):
            found.setdefault(round(line.size, 1), set()).add(match.group(1))
    return {size for size, numbers in found.items() if {"1", "2"} <= numbers}


def _wraps(above: Line, line: Line, full: int, edge: float = 0.0) -> bool:
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


def _text_edge(lines: list[Line], width: float) -> float:
    """Where text may run to on the page: as far from the right edge as the text starts from the left."""
    lefts = [line.left for line in lines if line.left > 0]
    return width - min(lefts) if width and lefts else 0.0


def _would_have_fitted(above: Line, line: Line, edge: float) -> bool:
    """The first word of ``line``, with its space, fits between the end of the line above and the edge."""
    if not edge or not above.right or above.right <= above.left or not above.text:
        return False
    letter = (above.right - above.left) / len(above.text)
    first = line.text.split(maxsplit=1)[0]
    return above.right + (len(first) + 1) * letter <= edge
