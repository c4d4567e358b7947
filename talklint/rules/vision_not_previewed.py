"""The vision first appears after the opening.

What it flags:
    A talk with a vision or a research agenda, none of whose opening slides
    (the first 20% of the main talk's content slides, and at least the first
    five, with the title, outline and closing slides among them) states
    the vision: the big picture comes late, or only as future work at the
    end. (A talk with neither is missing-vision's finding.)

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
from talklint.model import Slide
from talklint.rule import Context, NoOptions, Rule


def check(context: Context, options: NoOptions) -> Iterator[Problem]:
    found = context.analysis.judged_story
    if found is None:
        return
    opening = found.opening_size
    vision = found.where("vision")
    if any(i < opening for i in vision):
        return
    later = vision or found.where("agenda")
    if not later:
        return  # no vision and no agenda at all: missing-vision says so
    first = later[0]
    slide = found.slides[first]
    # Only plans: the talk states no vision, wherever they come (a short talk's plans may sit in its opening).
    what = "the vision" if vision else "no slide states the vision; where the work goes (the agenda)"
    after = f", after the opening (the first {opening} of {len(found.slides)} slides)" if first >= opening else ""
    yield Problem(
        message=f"{what} first appears on {found.describe(first)}{after}",
        fix=_fix(found.slides[min(opening, len(found.slides)) - 1], slide, bool(vision), first < opening),
        slide=slide,
    )


def _fix(last_opening: Slide, later: Slide, is_vision: bool, in_opening: bool) -> str:
    if is_vision:
        # A vision slide's title may name it ("Where I want to take this") rather than say it: the fix points to the
        # slide, whose words the speaker brings forward in one sentence.
        return (
            f"Preview the vision by {last_opening.label}: say in one sentence what {later.named} says, right after the "
            f"problem, then return to it at the end"
        )
    # Only plans: the opening needs the direction they serve, not the list itself. A short talk's plans may
    # stand in its opening already ("by slide 6" would name the plans' own slide).
    lead = "Say where the work goes" if in_opening else f"Preview where the work goes by {last_opening.label}"
    title = later.title or "your plans"
    return (
        f"{lead}: one sentence on the long-term goal that '{title}' ({later.label}) works towards, right after "
        f"the problem, then return to it at the end"
    )


RULE = Rule(
    code="TL102",
    name="vision-not-previewed",
    category="narrative",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=NoOptions(),
    check=check,
)
