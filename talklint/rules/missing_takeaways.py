"""The talk does not end on its takeaways.

What it flags:
    A talk in which none of the last three slides of the main talk (which
    ends at its "Questions?" or "Thank you" slide; references and extra
    slides after it are backup; a run of "Thank you" slides counts once)
    states the takeaways: a summary, a recap, conclusions, the
    contributions, the lessons learned, what to remember ("Three things to
    remember", "Key points", "TL;DR"), in its own words (title, text or
    notes). The finding says which slide the talk ends on (e.g. "ends on
    'Questions?'").

Why it matters:
    The last slide stays on screen through the questions, often for ten
    minutes. "Questions?" wastes it; your two or three messages keep
    working while people ask.

Flagged example:
    … Future work · Questions?

Better example:
    … Future work · Takeaways (the 3 messages) · (questions taken on this slide)

Options:
    window (int, default 3): closing slides that are checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from talklint.findings import Problem, Severity
from talklint.rule import Context, Rule


@dataclass(frozen=True)
class Options:
    window: int = 3


def check(context: Context, options: Options) -> Iterator[Problem]:
    found = context.analysis.judged_story
    if found is None:
        return
    closing = found.closing(options.window)
    if any(found.concludes(i) for i in closing):
        return
    last = found.slides[-1]
    yield Problem(
        message=(
            f"none of the last {len(closing)} slides states the takeaways; "
            f"the talk ends on {found.describe(len(found.slides) - 1)}"
        ),
        fix=(
            f"The talk ends on {last.named}: put a 'Takeaways' slide "
            f"before it with your 2-3 messages, and leave it on screen during the questions"
        ),
        slide=last,
    )


RULE = Rule(
    code="TL106",
    name="missing-takeaways",
    category="narrative",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=Options(),
    check=check,
)
