"""A slide shows a big table or a pile of numbers.

What it flags:
    A table of more than 20 cells (that hold more than arrows: a table that
    lays out a diagram leaves cells empty or draws arrows in them), or more
    than 12 numbers on one slide.
    Slides of thanks and references ("References": years, pages, volumes)
    are left alone, and the numbers that are not quantities are not
    counted: a list's own numbers ("1. Submit proposals"), calendar years,
    citations anywhere ("Smith et al., Proc. VLDB 2014, pp. 10-19"), the
    exponents and indices of formulas (equation-overload weighs those) and
    the constants of code (code-on-slide's matter).

Why it matters:
    A table of results is a reference, not a message. The audience hunts
    for the one number that matters while you talk over it; a plot or the
    single number, highlighted, lands in seconds.

Flagged example:
    | Model | MNIST | CIFAR | SVHN | ImageNet |
    | ... 6 rows of numbers ... |

Better example:
    # Our model halves the error on ImageNet (12% → 6%)
    ![Bar chart of error per data set](errors.png)

Options:
    max-cells (int, default 20): table cells allowed on a slide.
    max-numbers (int, default 12): numbers allowed on a slide.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from talklint.findings import Problem, Severity
from talklint.metrics import METRICS
from talklint.rule import Context, Rule


@dataclass(frozen=True)
class Options:
    max_cells: int = 20
    max_numbers: int = 12


def check(context: Context, options: Options) -> Iterator[Problem]:
    for slide in context.distinct_slides:
        if context.analysis.role(slide).names_and_thanks:
            continue  # a list of references or of people to thank is not an argument to trim
        cells = int(METRICS["table-cells"](slide))
        numbers = int(METRICS["numbers"](slide))
        if cells > options.max_cells:
            yield Problem(
                message=f"{slide.subject} shows a table of {cells} cells (limit {options.max_cells})",
                fix=(
                    f"Replace the table on {slide.named} with a plot, or keep the one "
                    f"row or number that matters and move the full table to a backup slide"
                ),
                slide=slide,
                weight=cells,
            )
        elif numbers > options.max_numbers:
            yield Problem(
                message=f"{slide.subject} shows {numbers} numbers (limit {options.max_numbers})",
                fix=(f"Plot the numbers on {slide.named}, or keep the one number that matters and say it in the title"),
                slide=slide,
                weight=numbers,
            )


RULE = Rule(
    code="TL206",
    name="number-overload",
    category="detail",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=Options(),
    flood="{slides} slides overload the audience with numbers",
    check=check,
)
