"""The talk does not open with the problem.

What it flags:
    A talk in which none of the first three content slides (after the title
    slide; an outline slide does not count) states the problem or why it
    matters — what fails today, for whom, what is at stake (in words of
    failure, loss, cost or delay: "robots fail silently", "owners stopped
    using it", "feedback is never read", "clinics wait three days for a
    result", "folding takes people 6 hours a week", "owners stop trusting
    robots", "1 in 3 is sent back", "insurance maps are decades old and
    miss where water goes"), or evidence that does
    not agree ("The Hubble tension: two rulers disagree by 5σ"), or, in a
    title, how things in the world change, what time they cost or how
    widespread they are ("Rural hospitals are closing", "Insurance claims
    sit for months"; not how things work, "Photons carry momentum", nor
    the work's own parts, "The controller runs at 1 kHz"): it opens with related
    work, notation or a result. A word of trouble in the text of a slide whose
    title names the speaker's own method ("My framework" over "Fighting crime
    fast and slow") states no problem; what prior work fails at still does
    ("Related work" over "They fail on sparse inputs"). The
    finding says what the opening slides are instead.

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

from talklint.analysis.roles import FIRST_CONTENT_SLIDES
from talklint.findings import Problem, Severity
from talklint.rule import Context, Rule


@dataclass(frozen=True)
class Options:
    window: int = FIRST_CONTENT_SLIDES


def check(context: Context, options: Options) -> Iterator[Problem]:
    found = context.analysis.judged_story
    if found is None:
        return
    opening = found.first_content(options.window)
    if not opening or any(found.states_problem(i) for i in opening):
        return
    instead = ", ".join(f"{_what_it_is(found.roles[i].role)} ({found.describe(i)})" for i in opening)
    first = found.slides[opening[0]]
    yield Problem(
        message=f"{_which(len(opening))} the problem or why it matters; the talk opens with {instead}",
        fix=(
            f"Open with the problem: before {first.label}, add a slide that says what fails today, "
            f"for whom, and why it matters; move related work and notation later"
        ),
        slide=first,
    )


def _which(count: int) -> str:
    """The opening slides as the subject of the message: "none of the first 3 slides states"."""
    return f"none of the first {count} slides states" if count > 1 else "the first content slide does not state"


def _what_it_is(role: str) -> str:
    """A slide the model reads as motivation whose words name no problem is a lead-in, not the problem."""
    return "a lead-in that names no problem" if role == "motivation" else role


RULE = Rule(
    code="TL104",
    name="missing-motivation",
    category="narrative",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=Options(),
    check=check,
)
