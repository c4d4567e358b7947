"""A slide shows nothing: no text, picture, table or code.

What it flags:
    A content slide (not hidden, not backup) with no title, no text and no
    picture, video, table, code or math. Speaker notes do not count: the
    audience does not see them.

Why it matters:
    An empty slide is usually a leftover from editing, or a placeholder for
    a figure that never arrived. On the day it shows as a blank screen and
    costs the speaker a moment of confusion.

Flagged example:
    ---

    <!-- TODO figure -->

    ---

Better example:
    ---

    ![Latency falls from 80 ms to 35 ms](latency.png)

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
        if slide.title.strip() or slide.blocks:
            continue
        yield Problem(
            message=f"{slide.subject} is empty",
            fix=f"Delete {slide.label}, or put on it the picture or sentence it was meant to show",
            slide=slide,
        )


RULE = Rule(
    code="TL306",
    name="empty-slide",
    category="structure",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=NoOptions(),
    flood="{count} slides are empty",
    check=check,
)
