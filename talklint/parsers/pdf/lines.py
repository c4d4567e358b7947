"""Runs of text into lines: which runs share a baseline, how they join (a word in two sizes, a superscript, a
hyphen at a line's end), which pieces are formulas and which lines are code."""

from __future__ import annotations

import re

from talklint.parsers.common import collapse_spaces
from talklint.parsers.pdf.page import Line, Page, Run, is_list_mark

_CJK = re.compile(r"[\u2e80-\u2fdf\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]")


def lines_of(runs: list[Run], height: float) -> list[Line]:
    """Join runs that share a baseline, in the order the PDF draws them."""
    lines: list[Line] = []
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
            lines[-1] = Line(last.text + joiner + text, last.y, size, last.left, right, figure, formulas, code)
        else:
            formulas = (run.text,) if _formula(run) else ()
            code = run.code and not is_list_mark(run)
            lines.append(
                Line(run.text, min(run.y, height), _letter_size(run), run.x, run.right, run.size, formulas, code)
            )
        previous = run
    return [
        Line(
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


def labels_a_shape(line: Line, page: Page) -> bool:
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
    return run.math and not is_list_mark(run)


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


def _on_one_line(line: Line, run: Run) -> bool:
    """The run shares the line's baseline, in a size that can stand beside it."""
    sizes = sorted((run.size, line.size or run.size))
    if sizes[0] > 0 and sizes[1] > LINE_SIZE_RATIO * sizes[0]:
        return False
    return abs(line.y - run.y) <= 0.5 * max(run.size, line.size, 1.0)


# A word broken at a hyphen ends its line with the hyphen: "cooling-" above "centre plan".
_BROKEN_WORD = re.compile(r"[^\W\d_]-$")


def joined_lines(text: str, line: str) -> str:
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
    joined = right in _CLOSING or left in _OPENING or left in _HYPHENS or right in _HYPHENS
    return touching and ((left.isalnum() and right.isalnum()) or joined)


# Marks that close what stands before them, and marks that open what follows: a run that starts with the one
# or follows the other, touching, is not a new word ("easy" + ", not where it is hot", "(" + "k, l)", "$" + "40B",
# which TeX sets in two fonts).
_CLOSING = frozenset(",.;:!?)]}%’”")
_OPENING = frozenset("([{‘“$€£¥")
# A hyphen touching the run beside it joins the two into one word: "$k$-clustering", set in two fonts.
_HYPHENS = frozenset("-‐‑")
