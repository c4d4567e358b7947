"""A content slide has no speaker notes.

What it flags:
    Each content slide (not hidden, not backup) with no speaker notes.
    Off by default: turn it on with ``extend-select = ["TL403"]`` when you
    keep a script in your notes.

Why it matters:
    Notes carry the transitions and the one sentence each slide must land.
    A slide without them is the one where a nervous speaker loses the
    thread of the story.

Flagged example:
    ---

    # Our method halves the error

    ---

Better example:
    ---

    # Our method halves the error

    ???
    Say: this is the result the rest of the talk builds on; pause.

    ---

Options:
    None.
"""

from __future__ import annotations

from collections.abc import Iterator

from talklint.findings import Problem, Severity
from talklint.rule import Context, NoOptions, Rule


def check(context: Context, options: NoOptions) -> Iterator[Problem]:
    for slide in context.talk.content_slides:
        if slide.notes.strip():
            continue
        name = f"'{slide.title}'" if slide.title else "(untitled)"
        yield Problem(
            message=f"{slide.label} {name} has no speaker notes",
            fix=(
                f"Add notes to {slide.label}: the one sentence you must say there and the transition to the next slide"
            ),
            slide=slide,
        )


RULE = Rule(
    code="TL403",
    name="missing-notes",
    category="timing",
    severity=Severity.INFO,
    doc=__doc__ or "",
    options=NoOptions(),
    flood="{count} of {total} slides have no speaker notes",
    check=check,
    enabled_by_default=False,
)
