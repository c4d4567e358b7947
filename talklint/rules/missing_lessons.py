"""The talk never says what you learned.

What it flags:
    A talk in which no main-talk slide or note carries the lessons role:
    "what I learned", "lessons", "insights", "the hard part was", the
    speaker looking back ("What surprised me", "Mistakes I made", "In
    hindsight", "What this taught me", "Things I got wrong", "What I'd tell
    my first-year self"), or the speaker's own words on any slide or in its
    notes ("I learned to talk to owners first", "In hindsight, …", "I wish
    I had …"); not what others learnt before the work ("Lessons from the
    literature"), nor what a model learned.

Why it matters:
    Committees want to know how you think, not only what you did. What the
    work taught you is what you bring to the next problem.

Flagged example:
    Method · Results · Future work

Better example:
    Method · Results · "What I learned: field data beats simulation" · Future work

Options:
    None. Off by default: the ``faculty`` profile turns it on, since a search
    committee hires how you think; select it (``extend-select``) for others.
"""

from __future__ import annotations

from collections.abc import Iterator

from talklint.findings import Problem, Severity
from talklint.rule import Context, NoOptions, Rule


def check(context: Context, options: NoOptions) -> Iterator[Problem]:
    found = context.analysis.judged_story
    if found is None or found.where("lessons"):
        return
    after = found.first("agenda", "conclusion")
    where = f"before {found.describe(after)}" if after is not None else "before the end of the talk"
    yield Problem(
        message="the talk never says what you learned from the work",
        fix=(
            f"Add, {where}, one slide or a line in the notes: what the work taught you "
            "and how it shapes what you do next"
        ),
    )


RULE = Rule(
    code="TL108",
    name="missing-lessons",
    category="narrative",
    severity=Severity.INFO,
    doc=__doc__ or "",
    options=NoOptions(),
    check=check,
    enabled_by_default=False,
)
