"""A slide holds too many bullets, or bullets nested too deep.

What it flags:
    More than 6 list items on a slide, or lists nested deeper than 2 levels;
    one finding per slide that says both when both are true. Decks only: in a
    Markdown outline the bullets are the plan of what to say.
    On a slide that ``text-wall`` flags, its finding stands for this one.
    Slides of thanks and references (a reference list) are left alone.

Why it matters:
    Bullets are the speaker's notes projected on the wall. Past six items
    the audience reads ahead and stops listening; a third level of nesting
    is detail no one can follow from the back of the room.

Flagged example:
    # Related work

    - Approach A
      - variant 1
        - detail of variant 1
    - Approach B ... (8 bullets in all)

Better example:
    # Three families of methods, none handles noise

    - Model-based · - Model-free · - Hybrid

Options:
    max-bullets (int, default 6): list items allowed on a slide.
    max-depth (int, default 2): nesting levels allowed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from talklint.findings import Problem, Severity
from talklint.metrics import METRICS
from talklint.model import Slide
from talklint.rule import Context, Rule


@dataclass(frozen=True)
class Options:
    max_bullets: int = 6
    max_depth: int = 2


def check(context: Context, options: Options) -> Iterator[Problem]:
    for slide in context.distinct_slides:
        if context.analysis.role(slide).names_and_thanks:
            continue  # a list of references or of people to thank is not an argument to trim
        bullets = int(METRICS["bullets"](slide))
        depth = int(METRICS["list-depth"](slide))
        too_many, too_deep = bullets > options.max_bullets, depth > options.max_depth
        if not (too_many or too_deep):
            continue
        # One finding per slide, however its list overflows: the speaker reworks the list once.
        overflows = [f"has {bullets} bullets (limit {options.max_bullets})"] if too_many else []
        if too_deep:
            overflows.append(f"nests bullets {depth} levels deep (limit {options.max_depth})")
        yield Problem(
            message=f"{slide.subject} {' and '.join(overflows)}",
            fix=_fix(slide, too_many, too_deep, depth, options),
            slide=slide,
            weight=bullets,
        )


def _fix(slide: Slide, too_many: bool, too_deep: bool, depth: int, options: Options) -> str:
    cut = f"to the {options.max_bullets} bullets that carry the point"
    lift = f"lift the level-{depth} items into their parent"
    if too_many and too_deep:
        return (
            f"Cut {slide.named} {cut} and flatten it to {options.max_depth} levels ({lift}), "
            f"or split it in two; say the rest"
        )
    if too_many:
        return f"Cut {slide.named} {cut}, or split it in two; say the rest"
    return f"Flatten {slide.named} to {options.max_depth} levels: {lift} or move them to the notes"


RULE = Rule(
    code="TL202",
    name="bullet-overload",
    category="detail",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=Options(),
    flood="{count} of {total} slides overload their lists",
    defers_to=("TL201",),
    check=check,
    decks_only=True,
)
