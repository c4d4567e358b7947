"""The talk opens with technical detail before saying why it matters.

What it flags:
    A technical slide (one a reader finds "dominated by equations, code,
    dense method or result detail that only specialists follow", as the
    role model judges from what is on it; a slide of two display equations
    or more, of three formulas to follow in its text ("Let $x \\in
    \\mathbb{R}^n$", not a lone arrow or a number typeset as math), mostly
    code, or a table of twenty numbers or more, is technical wherever it
    stands) among the first three content slides after the
    title slide (an outline slide does not count), before any slide that
    states the problem or why it matters, where the opening dives into it:
    its technical slides so far are as many as its plain ones (one technical
    third slide after two plain ones is not flagged). Without math, code or a table, the
    slide must be dense in its words too (a detail score of 0.25 or more, as
    ``talklint outline`` shows it): plain sentences of findings are no
    detail to open on. The talk must be English: the detail score reads
    English words.

Why it matters:
    The first minutes decide whether the committee follows the rest. An
    opening with notation or a table of results loses the people who do
    not yet know why they should care.

Flagged example:
    1 Title · 2 "Notation" (four equations) · 3 "Problem statement"

Better example:
    1 Title · 2 "Robots fail silently in homes" · 3 "The idea" · then the notation

Options:
    window (int, default 3): how many opening slides after the title are checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from talklint.analysis.roles import FIRST_CONTENT_SLIDES
from talklint.findings import Problem, Severity
from talklint.metrics import DETAIL, formulas_to_follow
from talklint.model import Slide
from talklint.rule import Context, Rule
from talklint.wording import plural


@dataclass(frozen=True)
class Options:
    window: int = FIRST_CONTENT_SLIDES


def check(context: Context, options: Options) -> Iterator[Problem]:
    found = context.analysis.judged_story
    if found is None:
        return
    plain = technical = 0
    for index in found.first_content(options.window):
        if found.states_problem(index):
            return
        slide = found.slides[index]
        metrics = context.analysis.slide(slide).metrics
        shown = _what(slide, metrics)
        if not (found.technical(index) and (shown or metrics[DETAIL] >= DENSE_DETAIL)):
            plain += 1
            continue
        technical += 1
        # The opening dives into detail where its technical slides are as many as its plain ones so far: one
        # technical slide after two plain ones is a talk that has begun, not one that opens on detail.
        if technical >= plain:
            yield Problem(
                message=(
                    f"{found.describe(index)} is technical ({shown or 'dense method or result detail'}) "
                    "and comes before any slide "
                    "that says what problem the work solves"
                ),
                fix=(
                    f"Open with the problem: put a slide before {slide.label} that says what fails today and "
                    f"why it matters, and move this detail after it"
                ),
                slide=slide,
            )
            return


def _what(slide: Slide, metrics: dict[str, float]) -> str:
    """What makes the slide technical, as the speaker sees it."""
    counts = (
        (int(metrics["display-math"]), "equation", ""),
        (formulas_to_follow(slide), "formula", " in its text"),
        (int(metrics["code-lines"]), "line", " of code"),
        (int(metrics["table-cells"]), "table cell", ""),
    )
    parts = [f"{plural(count, word)}{rest}" for count, word, rest in counts if count]
    return ", ".join(parts)


# Without math, code or a table, a slide is dense only where its words are: plain sentences of findings ("Drivers
# felt scolded, not helped") are no detail to open on, whatever the role model makes of a "Findings" title.
DENSE_DETAIL = 0.25


RULE = Rule(
    code="TL210",
    name="technical-opening",
    category="detail",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=Options(),
    check=check,
)
