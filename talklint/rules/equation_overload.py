"""Too many equations: on one slide, or across the talk.

What it flags:
    A slide with more than one display equation, and a talk in which more
    than 20% of the content slides (not the title, outline, divider,
    closing or thanks slides), and 3 slides or more, carry math: a display
    equation, or a formula
    in the text ("$o_1 \\succeq o_2$", "$T$"). A number, a unit or a name
    typeset as math ("$10^{18}$", "$\\sim 10^{-8}$", "10$\\times$",
    "$\\mu$m", "$1.1^\\circ$", "$4\\,\\mathrm{K}$", "$e^+e^-$", "H$_2$O") is
    how the field writes a word, and an arrow or a sign set as math between
    words ("18.2% $\\to$ 12.0%") is typography: neither counts.

Why it matters:
    A job-talk audience spans the whole department. Each displayed
    equation costs a minute of attention; a derivation belongs in the
    paper, and the talk needs the idea behind it.

Flagged example:
    # Our estimator
    $$\\hat\\theta = \\arg\\min_\\theta \\sum_i \\ell(x_i; \\theta)$$
    $$\\nabla_\\theta \\ell = ...$$
    $$\\mathbb{E}[\\hat\\theta] = \\theta + O(1/n)$$

Better example:
    # Our estimator is unbiased up to 1/n
    $$\\mathbb{E}[\\hat\\theta] = \\theta + O(1/n)$$
    (the derivation in a backup slide)

Options:
    max-equations (int, default 1): display equations allowed on a slide.
    max-math-share (float, default 0.2): share of content slides that may carry math.
    min-math-slides (int, default 3): fewer slides with math are no talk-level
    finding, whatever their share (2 of a 9-slide talk).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from talklint.analysis.story import tells
from talklint.findings import Problem, Severity
from talklint.metrics import METRICS, carries_math
from talklint.rule import Context, Rule
from talklint.wording import share_over


@dataclass(frozen=True)
class Options:
    max_equations: int = 1
    max_math_share: float = 0.2
    min_math_slides: int = 3


def check(context: Context, options: Options) -> Iterator[Problem]:
    slides = context.distinct_slides
    for slide in slides:
        equations = int(METRICS["display-math"](slide))
        if equations > options.max_equations:
            yield Problem(
                message=f"{slide.subject} shows {equations} display equations (limit {options.max_equations})",
                fix=(
                    f"Keep the one equation that carries the idea on {slide.named}, "
                    f"say what it means in words, and move the other {equations - options.max_equations} "
                    "to a backup slide"
                ),
                slide=slide,
                weight=equations,
            )
    # The share is of the slides that tell the talk: a title, a divider or a "Thank you" slide carries no math.
    content = [s for s in slides if tells(s, context.analysis.role(s))]
    with_math = [s for s in content if carries_math(s)]
    share = len(with_math) / len(content) if content else 0.0
    if len(content) >= 5 and len(with_math) >= options.min_math_slides and share > options.max_math_share:
        allowed = int(options.max_math_share * len(content))
        numbers = ", ".join(str(s.number) for s in with_math[:8]) + ("…" if len(with_math) > 8 else "")
        yield Problem(
            message=(
                f"{len(with_math)} of {len(content)} content slides carry math "
                f"({share_over(share, options.max_math_share)}, "
                f"limit {options.max_math_share:.0%})"
            ),
            fix=(
                f"{_keep(allowed, len(with_math), numbers)} replace the math with a picture or a sentence of "
                f"intuition, and put the formulas in backup slides"
            ),
        )


def _keep(allowed: int, carrying: int, numbers: str) -> str:
    if not allowed:
        return f"On slides {numbers},"
    return f"Of the {carrying} slides that carry math (slides {numbers}), keep it on at most {allowed}; on the others,"


RULE = Rule(
    code="TL203",
    name="equation-overload",
    category="detail",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=Options(),
    flood="{count} slides show more than one display equation",
    check=check,
)
