"""Per-slide counts that rules (including YAML ``metric`` rules) read by name."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from talklint.model import (
    Bullet,
    CodeBlock,
    Image,
    MathBlock,
    Paragraph,
    Slide,
    Table,
    block_text,
    block_words,
    count_words,
    without_formulas,
)

_NUMBER = re.compile(r"(?<![\w.])[-+]?\d+(?:[.,]\d+)*%?(?![\w])")
_ENUMERATOR = re.compile(r"^\s*\d{1,2}(?:[.)]\s+|\s+(?=[A-Z][a-z]))")  # "1 Submit proposals", "2. data", "3) Methods"
# Running text: a paragraph of fewer words is a label (of a figure, a diagram box, a caption fragment);
# a table cell of fewer words is data.
LABEL_WORDS = 3
CELL_WORDS = 2
# A reference or a credit line: read by nobody during the talk.
_REFERENCE = re.compile(
    r"\bet al\b|\bProc(?:eedings|\.)|\barXiv\b|\bdoi\b|https?://|www\.|^\s*\[\d+\]"
    r"|^\s*(?:Credits?|Sources?|Image|Photo|Figure|Fig\.)\s*:",
    re.IGNORECASE,
)
# "(Smith et al., 2016; Lee, 2020)", "[12]", "[Smith 2020]": a citation inside a sentence, not words to read.
_CITATION = re.compile(r"\([^()]*(?:\bet al\b|\b(?:19|20)\d{2}\b)[^()]*\)|\[[^\[\]]{0,40}\]")
_INITIALS = re.compile(r"\b[A-Z]\.(?:\s?[A-Z]\.)*\s[A-Z][a-z]+")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_ARROWS = re.compile(r"[\u2190-\u21ff\u27f0-\u27ff\u2900-\u297f]")
_CODE_CHARACTERS = frozenset("(){}[];=<>_*/\\|&$#^~")
_CODE_KEYWORDS = re.compile(r"\b(?:SELECT|FROM|WHERE|JOIN|GROUP BY|ORDER BY|INSERT|UPDATE|BETWEEN)\b")
_LATEX_COMMAND = re.compile(r"\\[A-Za-z]+")
_IDENTIFIER = re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b")  # snake_case: a name in code, not a word
_PLAIN_WORD = re.compile(r"(?<![\w-])[a-z]{3,}(?![\w-])")  # a lower-case word of prose
_GRAMMAR_ALTERNATIVE = re.compile(r"\s*\|\s*\w")  # "| br labelidx": a line of a grammar


def _bullets(slide: Slide) -> float:
    return sum(1 for b in slide.blocks if isinstance(b, Bullet))


def _list_depth(slide: Slide) -> float:
    return max((b.level for b in slide.blocks if isinstance(b, Bullet)), default=0)


def _display_math(slide: Slide) -> float:
    return sum(1 for b in slide.blocks if isinstance(b, MathBlock))


def _inline_math(slide: Slide) -> float:
    """Formulas inside the text: written as $…$, or typed with mathematical operators ("x ∈ S", "A ⊓ B"),
    one per paragraph or bullet that holds any."""
    return sum(len(b.inline_math) + _typed_math(b) for b in slide.text_blocks)


def _typed_math(block: Paragraph | Bullet) -> bool:
    text = without_formulas(block)
    return bool(MATH_OPERATORS.search(text) or TYPED_SYMBOLS.search(text))


def carries_math(slide: Slide) -> bool:
    """A display equation, or a formula in the text that is math to follow: a particle, a unit or a power of
    ten typeset as math ("e^+e^-", "10^{18}") is how a field writes a name or a number."""
    if _display_math(slide):
        return True
    return any(
        any(not is_notation(f) and not _a_sign(f) for f in b.inline_math) or _typed_math(b) for b in slide.text_blocks
    )


# Arrows and signs set as math between words ("MAPE 18.2% $\to$ 12.0%", "$\times$ 3", "$\checkmark$"): typography.
_SIGNS = re.compile(
    r"\\(?:to|gets|mapsto|(?:long)?(?:left|right|leftright)arrow|[LR]ightarrow|Leftrightarrow|[ud]parrow|[ns][ew]arrow"
    r"|approx|sim|times|cdot|pm|mp|[lc]?dots|checkmark|star|bullet|quad|qquad)(?![A-Za-z])|\\[,;:! ]|[\s{}→←⇒×·~]"
)


def _a_sign(formula: str) -> bool:
    """The formula is only arrows and signs: nothing to follow (a variable, "$\\rho$", is)."""
    return not _SIGNS.sub("", formula)


def formulas_to_follow(slide: Slide) -> int:
    """The formulas in the slide's text that are math to follow: not a number, a unit or a name
    (``is_notation``), nor a lone symbol set as math, an arrow or a sign between words ("$\\rightarrow$"); and
    the equations typed as text, as a PowerPoint slide sets them ("β1 = 0.9", "b'(s') = η O(o|s')")."""
    return sum(formulas_by_line(slide))


def formulas_by_line(slide: Slide) -> list[int]:
    """The formulas to follow (``formulas_to_follow``) in each paragraph or bullet of the slide's text."""
    return [_formulas_in(block) for block in slide.text_blocks]


def _formulas_in(block: Paragraph | Bullet) -> int:
    set_as_math = sum(
        1 for formula in block.inline_math if not is_notation(formula) and _OPERAND.search(_COMMAND.sub("", formula))
    )
    return set_as_math + len(_EQUATION_AS_TEXT.findall(without_formulas(block)))


# A variable (a letter, a few more characters, its arguments) set equal, approximately equal or bounded to an
# operand: "β1 = 0.9", "τ = 0.005", "b'(s') = η …"; in a set, independent of or proportional to another: "W_i ∈
# {0,1}", "Y ⊥ W | X"; or less or greater than another variable: "η < e(x)" (not a bound on a count, "N > 1000",
# nor an arrow "->", nor "==" or "<=" of code).
_EQUATION_AS_TEXT = re.compile(
    r"(?<![\w=<>!])[^\W\d_][\w']{0,3}(?:\([^()\s]{1,12}\))?\s?"
    r"(?:[=≤≥≈≠]\s?(?=[-\w(−.])|[∈∉⊂⊆⊥∝]\s?(?=[-\w(−.{ℝ])|[<>]\s?(?=[^\W\d_]))"
)


def types_an_equation(text: str) -> bool:
    """The text holds an equation typed as text ("ṁ = ρ_w c_w γ_T (T_w − T_f)", "β1 = 0.9")."""
    return bool(_EQUATION_AS_TEXT.search(text))


_COMMAND = re.compile(r"\\[A-Za-z]+")
_OPERAND = re.compile(r"[A-Za-z0-9]")


def is_notation(formula: str) -> bool:
    """An inline formula that writes a number, a unit or a name, as a field types it: a power of ten
    ("10^{18}", "\\sim 10^{-8}"), a lone sign or unit ("10\\times", "\\mu m", "^\\circ C"), a particle
    or a molecule with its charges and counts ("e^+e^-", "H_2O", "\\pi^0"). A variable ("o_1", "T"),
    a relation or an expression is math to follow."""
    compact = _SPACING.sub("", "".join(formula.split()))
    if _NAME.fullmatch(compact):
        return True
    core = _BRACES.sub("", _NUMERIC_SCRIPTS.sub("", _ROMAN_UNIT.sub("", compact)))
    return bool(_VALUE.fullmatch(core) or core in _UNITS or _VALUED_UNIT.fullmatch(core))


_NUMERIC_SCRIPTS = re.compile(r"[\^_](?:\{[-+\d.,]*\}|[-+\d])")  # "10^{18}" is 10 to a number: a number
_BRACES = re.compile(r"[{}]|\\(?:mathrm|text|rm|mathit)(?![A-Za-z])")
# Digits and signs, with "about" or "times" at most: "10^{18}" (its exponent removed), "\sim 10", "3\times".
_VALUE = re.compile(r"(?:\\(?:sim|approx|simeq|lesssim|gtrsim)|[~<>])?[-+]?[\d.,]*(?:\\(?:times|cdot))?[\d.,]*(?:\\%)?")
_UNITS = frozenset({"\\mu", "\\circ", "^\\circ", "\\%", "\\pm", "\\degree", "\\AA"})
# A number with its unit: an angle or a share ("1.1^\\circ", "90^{\\circ}", "5\\%"), and a unit set upright after
# a digit ("4\\,\\mathrm{K}", "5\\text{ meV}"); "x^\\circ" or "\\theta = 30^\\circ" is math.
_VALUED_UNIT = re.compile(r"[-+]?(?:\\sim|\\approx|[~<>])?\d[\d.,]*(?:\^?\\circ|\\degree|\\%|\\AA)")
_ROMAN_UNIT = re.compile(r"(?<=\d)\\(?:mathrm|text|rm)\{[A-Za-z]{1,4}\}$")
_SPACING = re.compile(r"\\[,;:!]")  # thin and other spaces, as between a number and its unit
# Atoms or particles, each with its charge or count: "e^+e^-", "H_2O", "CO_2", "\mu^+\mu^-", "\pi^0".
_NAME = re.compile(
    r"(?:(?:[A-Z][a-z]?|e|p|n|\\(?:mu|pi|nu|tau|gamma|eta|rho|phi|psi|Upsilon|Lambda|Sigma|Xi))"
    r"(?:[\^_](?:\{[-+0-9]+\}|[-+0-9]|\\pm))*)*(?:[A-Z][a-z]?|e|p|n|\\[A-Za-z]+)[\^_](?:\{[-+0-9]+\}|[-+0-9]|\\pm)"
    r"(?:(?:[A-Z][a-z]?|e|p|n|\\[A-Za-z]+)?(?:[\^_](?:\{[-+0-9]+\}|[-+0-9]|\\pm))*)*"
)


# Symbols typed with Unicode's letters as indices or powers ("Ωₘ", "tⁿ⁺¹", "xᵢ") or a Greek letter as an
# increment ("Δt"): a formula typed without math markup. Digits as indices are a molecule's counts or a unit's
# power ("CO₂", "m²"), not symbols to follow.
TYPED_SYMBOLS = re.compile(r"(?<![A-Za-z])[A-Za-z\u0391-\u03c9][\u2090-\u209c\u1d62\u2c7c\u2071\u207f]|Δ[a-z](?![a-z])")


# Unicode's mathematical operators, less those that also separate words or stand for "about" in prose:
# the bullet and dot operators (•, ⋅, ⋆), the minus sign of a number, "∼ 15,000", "≈ 3×", ellipses.
MATH_OPERATORS = re.compile(
    "[\u2200-\u2211\u2214-\u2218\u221a-\u223b\u223d-\u2247\u2249-\u22c4\u22c7-\u22ed\u22f0-\u22ff\u27c0-\u27ef\u2a00-\u2aff]"
)


def _table_cells(slide: Slide) -> float:
    """Cells that hold something besides arrows: a table used to lay out a diagram leaves cells empty or draws
    an arrow in them ("I love this movie → 0.21 0.32"); a check mark is the table's data."""
    return sum(1 for b in slide.blocks if isinstance(b, Table) for cell in b.cells if _ARROWS.sub("", cell).strip())


def _code_lines(slide: Slide) -> float:
    return sum(b.line_count for b in slide.blocks if isinstance(b, CodeBlock))


def _images(slide: Slide) -> float:
    return sum(1 for b in slide.blocks if isinstance(b, Image))


def _numbers(slide: Slide) -> float:
    """Quantities the audience reads: not the numbers of a list ("1 Submit proposals"), calendar years, what
    references and citations hold (years, pages, volumes), nor the exponents and indices of formulas and the
    constants of code (equation-overload and code-on-slide weigh those)."""
    count = 0
    for block in slide.blocks:
        if isinstance(block, (MathBlock, CodeBlock)):
            continue
        text = without_formulas(block) if isinstance(block, (Paragraph, Bullet)) else block_text(block)
        for line in text.splitlines():
            if not is_reference(line):
                numbers = _NUMBER.findall(_ENUMERATOR.sub("", line))
                count += sum(1 for number in numbers if not _YEAR.fullmatch(number))
    return count


def is_reference(text: str) -> bool:
    """A citation, a reference list entry, a URL or a credit line."""
    return (_may_refer(text) and _REFERENCE.search(text) is not None) or _lists_authors(text) or _cites_a_work(text)


def _cites_a_work(text: str) -> bool:
    """A work cited by its authors' full names, as a footnote at a slide's foot prints it: '1 Niall M Fraser.
    “Ordinal preference representations”. In: Theory and Decision (1994)', '42 Gadi Pinkas. Propositional
    non-monotonic reasoning. 1991', 'Nic Wilson. “Extending CP-Nets”. AAAI-04. 2004'. The authors and a
    period, then a quoted title or, after a footnote's number, a year that ends the line; or a quoted title
    followed by "In:" and its venue; or the end of one such footnote run into the next."""
    if "In:" in text and _TITLE_IN.search(text):
        return True
    if ". " not in text:
        return False  # no authors end with their period: most lines, answered without a pattern
    joined = _NEXT_FOOTNOTE.search(text)  # "… Programming (2006) 37 Meghyn Bienvenu, …": one runs into the next
    return _opens_a_citation(text) or (joined is not None and _opens_a_citation(text[joined.end() :]))


def _opens_a_citation(text: str) -> bool:
    """The text opens with a work's authors and a period, then its quoted title or a line ending on its year."""
    number = _FOOTNOTE_NUMBER.match(text)
    authors, period, rest = text[number.end() if number else 0 :].partition(". ")
    if not period or not _names_authors(authors):
        return False
    rest = rest.lstrip()
    quoted = rest.startswith(("“", '"'))
    dated = bool(_ENDS_WITH_A_YEAR.search(rest))
    return (quoted and (number is not None or dated)) or (number is not None and dated)


def _names_authors(authors: str) -> bool:
    """Names of people, each of two to four capitalised words, joined by commas and "and": "Kenneth J Arrow,
    Amartya Sen, and Kotaro Suzumura"."""
    names = [name.strip().removeprefix("and ").strip() for name in _AUTHOR_SEPARATOR.split(authors)]
    return all(2 <= len(words := name.split()) <= 4 and all(w[:1].isupper() for w in words) for name in names)


_TITLE_IN = re.compile(r"[”\"]\s*[.,]?\s+In:\s")  # “Answer Set Optimization”. In: IJCAI
_FOOTNOTE_NUMBER = re.compile(r"\s*\d{1,3}\s?(?=[A-Z])")  # "1 Niall M Fraser", "2Xudong Liu" (not "1. Submit")
_AUTHOR_SEPARATOR = re.compile(r",\s+|\s+and\s+")
_NEXT_FOOTNOTE = re.compile(r"\b(?:19|20)\d{2}\)?\.?\s+(?=\d{1,3}\s?[A-Z])")
_ENDS_WITH_A_YEAR = re.compile(r"\b(?:19|20)\d{2}[a-z]?\)?\.?\s*$")


def _may_refer(text: str) -> bool:
    """The text holds a piece of every ``_REFERENCE``: most lines hold none, and the pattern, which ignores
    case, costs ten times this look."""
    lower = text.lower()
    return ":" in text or "[" in text or any(piece in lower for piece in _REFERENCE_PIECES)


_REFERENCE_PIECES = ("et al", "proc", "arxiv", "doi", "www.")


def _lists_authors(text: str) -> bool:
    """Authors by their initials and a year: "T. Ophoff, S. Puttemans, … Remote Sensing 12.7 (2020)"."""
    return bool(_YEAR.search(text)) and len(_INITIALS.findall(text)) >= 2


@lru_cache(maxsize=8192)
def is_code_like(text: str) -> bool:
    """Code or a query set as text (a text box of SQL, a line of C): symbols or query keywords."""
    visible = len("".join(text.split()))  # characters that are not white space
    symbols = sum(text.count(c) for c in _CODE_CHARACTERS)
    if visible >= 12 and symbols / visible > 0.12:
        return True
    if re.search(r"[<>{}=].*[;{]\s*$", text):
        return True  # a statement: "typedef map<int, double> valmap;", "if (x == 1) {"
    if "::=" in text or _GRAMMAR_ALTERNATIVE.match(text):
        return True  # a grammar: "instr ::= …", "| br labelidx"
    if _IDENTIFIER.search(text) and len(_PLAIN_WORD.findall(text)) <= 2:
        return True  # a line of a query: "AND p_size BETWEEN 1 AND 5"; not prose that names "learning_rate"
    return len(_CODE_KEYWORDS.findall(text)) >= 2


def _running_words(block: Paragraph | Bullet) -> int:
    """Words of running text in a paragraph or bullet: none for references and code, none for a short label."""
    parts = _outside_formulas(block)
    if is_code_like(" ".join(parts)):
        return 0
    cited = sum(count_words(c) for part in parts for c in _CITATION.findall(part))
    # A citation inside a sentence does not make it a reference; a year in parentheses after the authors does.
    if is_reference(_CITATION.sub(" ", block.text)) or _lists_authors(block.text) or _cites_a_work(block.text):
        return 0
    # A LaTeX command left in the text (a macro the parser could not expand) is not a word the audience reads.
    stray = sum(len(_LATEX_COMMAND.findall(part)) for part in parts)
    if _is_tabular(block.text):
        return sum(map(_cell_words, parts))  # a table set as text rows ("Nursery 8 1,266 548,064"), read as cells
    words = block_words(block) - stray - cited
    return words if isinstance(block, Bullet) or words > LABEL_WORDS else 0


def _is_tabular(text: str) -> bool:
    """Rows of a table set as text, as a PDF export prints one: more numbers than words ("Dataset #Objects
    #Examples Nursery 1,266 548,064"). Running text holds fewer numbers than words ("3 studies, 120 people")."""
    numbers = len(_TABLE_NUMBER.findall(text))
    return numbers >= 3 and numbers > len(_TABLE_WORD.findall(text))


_TABLE_NUMBER = re.compile(r"(?<![\w.,])[-+]?\d[\d,.]*%?(?![\w])")
_TABLE_WORD = re.compile(r"[^\W\d_]{2,}")


def _outside_formulas(block: Paragraph | Bullet) -> list[str]:
    return without_formulas(block, "\n").split("\n")


def _text_words(slide: Slide) -> float:
    """Words of running text and bullets below the title: what the audience reads instead of listening.

    Labels of figures and diagrams, short table cells, references, credits,
    URLs, code and formulas are left out; a slide whose lines are mostly code
    is code-on-slide's business.
    """
    blocks = slide.text_blocks
    if blocks and sum(is_code_like(" ".join(_outside_formulas(b))) for b in blocks) * 2 >= len(blocks):
        return 0
    cells = [cell for b in slide.blocks if isinstance(b, Table) for cell in b.cells]
    table = sum(n for n in map(_cell_words, cells) if n > CELL_WORDS)
    return sum(_running_words(b) for b in blocks) + table


def _cell_words(cell: str) -> int:
    """Words a table cell makes the audience read: numbers, units and statistics ('41,766 µs (σ=0.79)') are
    looked up, not read."""
    return sum(1 for word in cell.split() if sum(c.isalpha() for c in word) >= 2)


METRICS: dict[str, Callable[[Slide], float]] = {
    "words": lambda slide: slide.words,
    "text-words": _text_words,
    "notes-words": lambda slide: slide.notes_words,
    "bullets": _bullets,
    "list-depth": _list_depth,
    "display-math": _display_math,
    "inline-math": _inline_math,
    "table-cells": _table_cells,
    "code-lines": _code_lines,
    "images": _images,
    "numbers": _numbers,
}

# Metrics that need the language analysis (talklint.analysis computes them); declarative
# ``metric`` rules accept these names as well as the counts above.
ACRONYMS, RARE_WORD_SHARE, READABILITY_GRADE, DETAIL = "acronyms", "rare-word-share", "readability-grade", "detail"
ANALYSIS_METRICS = (ACRONYMS, RARE_WORD_SHARE, READABILITY_GRADE, DETAIL)
