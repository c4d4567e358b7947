"""The talk does not open with the problem.

What it flags:
    A talk in which none of the first three content slides (after the title
    slide) states the problem or why it matters: it opens with related
    work, notation, an outline or a result. The finding says what the
    opening slides are instead.

Why it matters:
    The first minutes decide whether the audience cares. A problem and its
    stakes give every later slide a reason; related work first makes the
    audience wait for a reason that may never come.

Flagged example:
    Title · Related work · Notation · Our kernel

Better example:
    Title · "Attention is the bottleneck of every long-context model" · Our idea

Options:
    window (int, default 3): opening slides, after the title slide, that are checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from talklint.findings import Problem, Severity
from talklint.rule import Context, Rule, Scope
from talklint.storyline import story


@dataclass(frozen=True)
class Options:
    window: int = 3


def check(context: Context, options: Options) -> Iterator[Problem]:
    found = story(context)
    if found is None or not found.slides:
        return
    start = 1 if found.roles[0].role == "title" else 0
    opening = range(start, min(start + options.window, len(found.slides)))
    if not opening or any(found.roles[i].has("motivation") for i in opening):
        return
    instead = ", ".join(f"{found.roles[i].role} ({found.describe(i)})" for i in opening)
    first = found.slides[opening[0]]
    yield Problem(
        message=(
            f"none of the first {len(opening)} slides states the problem or why it matters; "
            f"the talk opens with {instead}"
        ),
        fix=(
            f"Open with the problem: before {first.label}, add a slide that says what fails today, "
            f"for whom, and why it matters; move related work and notation later"
        ),
        slide=first,
    )


RULE = Rule(
    code="TL104",
    name="missing-motivation",
    category="narrative",
    severity=Severity.WARNING,
    scope=Scope.TALK,
    doc=__doc__ or "",
    options=Options(),
    check=check,
)
