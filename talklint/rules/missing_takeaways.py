"""The talk does not end on its takeaways.

What it flags:
    A talk in which none of the last three slides of the main talk (which
    ends at its "Questions?" or "Thank you" slide; references and extra
    slides after it are backup; a run of "Thank you" slides counts once)
    states the takeaways: a summary, a recap, conclusions, the
    contributions, the lessons learned, what to remember ("Three things to
    remember", "Key points", "TL;DR", "In sum", "Three messages: …" even in
    a picture's notes; "Highlights", "So what?",
    "Key findings" or "Putting it all together" alone as the talk ends;
    right after the agenda, claims said again under a title that names
    nothing, "Three points" over "Robots that ask fail half as often"),
    the "Closing" part of an outline or
    a script (a title headed "Closing", not "Closing the sim-to-real
    gap"), in its own words (title, text or
    notes), or a slide whose part in the story is the vision ("The big
    picture", "Where this goes"): ending on it gives the audience the big
    message to take home. The finding says which slide the talk ends on (e.g. "ends on
    'Questions?'"); when the talk has a conclusion slide that only thanks,
    future work and the like follow, the fix moves it to the end instead of
    asking for a new one.

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

from talklint.analysis.story import Story
from talklint.findings import Problem, Severity
from talklint.rule import Context, Rule
from talklint.wording import plural


@dataclass(frozen=True)
class Options:
    window: int = 3


def check(context: Context, options: Options) -> Iterator[Problem]:
    found = context.analysis.judged_story
    if found is None:
        return
    closing = found.closing(options.window)
    if any(found.concludes(i) or found.roles[i].role == "vision" for i in closing):
        return
    last = found.slides[-1]
    earlier = _earlier_takeaways(found, closing[0])
    if earlier is not None:
        summary = found.slides[earlier]
        fix = (
            f"Move {summary.named} to just before {last.label}, so that your takeaways stay on screen "
            f"during the questions ({plural(len(found.slides) - 1 - earlier, 'slide')} follow it now)"
        )
    else:
        fix = (
            f"The talk ends on {last.named}: put a 'Takeaways' slide "
            f"before it with your 2-3 messages, and leave it on screen during the questions"
        )
    yield Problem(
        message=(
            f"none of the last {len(closing)} slides states the takeaways; "
            f"the talk ends on {found.describe(len(found.slides) - 1)}"
        ),
        fix=fix,
        slide=last,
    )


def _earlier_takeaways(found: Story, before: int) -> int | None:
    """The conclusion slide that the talk's ending pushed out of the last slides: only thanks, future work
    and the like follow it (a summary of one part, with more results after it, is no ending to move)."""
    for index in range(before - 1, -1, -1):
        role = found.roles[index].role
        if role == "conclusion" and found.concludes(index):
            return index
        if role not in _ENDING:
            return None
    return None


# What may follow the takeaways at the end of a talk without telling more of it.
_ENDING = frozenset({"agenda", "vision", "collaboration", "lessons", "impact", "acknowledgments", "closing", "other"})


RULE = Rule(
    code="TL106",
    name="missing-takeaways",
    category="narrative",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=Options(),
    check=check,
)
