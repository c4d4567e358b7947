"""The vision first appears after the opening.

What it flags:
    A talk whose first vision or big-picture slide comes after the opening:
    the first 20% of the main-talk content slides, and at least the first 5.
    (A talk with no vision at all is missing-vision's finding.)

Why it matters:
    The audience should hear where you are going within the first five
    minutes; a vision revealed on slide 30 arrives after the committee has
    decided what kind of researcher you are.

Flagged example:
    Slides 1-28 on methods and results; "My vision" on slide 29 of 32.

Better example:
    "My vision" on slide 3, the details of the work after it, and the
    vision again in the closing.

Options:
    None.
"""

from __future__ import annotations

from collections.abc import Iterator

from talklint.findings import Problem, Severity
from talklint.rule import Context, NoOptions, Rule, Scope
from talklint.storyline import story


def check(context: Context, options: NoOptions) -> Iterator[Problem]:
    found = story(context)
    if found is None:
        return
    first = found.first("vision")
    if first is None or first < found.opening_size:
        return
    slide = found.slides[first]
    yield Problem(
        message=(
            f"the vision first appears on {found.describe(first)}, after the opening "
            f"(the first {found.opening_size} of {len(found.slides)} slides)"
        ),
        fix=(
            f"Preview the vision by {found.slides[found.opening_size - 1].label}: one sentence of "
            f"'{slide.title or 'your vision'}' right after the problem, then return to it at the end"
        ),
        slide=slide,
    )


RULE = Rule(
    code="TL102",
    name="vision-not-previewed",
    category="narrative",
    severity=Severity.WARNING,
    scope=Scope.TALK,
    doc=__doc__ or "",
    options=NoOptions(),
    check=check,
)
