"""The vision opens the talk but the closing does not return to it.

What it flags:
    A talk whose vision appears in the opening (the first 20% of slides,
    at least 5), and not itself among the last three content slides,
    while none of the last three content slides (thanks,
    references and "Questions?" aside) returns to the vision or the agenda:
    states it, or says most of the vision slide's words again, in any form
    (the research questions asked at the start, now answered; the aims
    "Improve …, Predict …" summed up as "Improved …, Predicted …"). A
    vision asked as a question is answered by the conclusions at the end.

Why it matters:
    Opening and closing on the same idea is what makes a talk feel like a
    story. Returning to the vision at the end tells the committee that the
    work you showed is the first step towards it.

Flagged example:
    "My vision" on slide 2 … Results · Conclusion · Questions?

Better example:
    "My vision" on slide 2 … Results · "Next: robots that know what they do not know" · Takeaways

Options:
    None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from talklint.findings import Problem, Severity
from talklint.model import Slide
from talklint.rule import Context, NoOptions, Rule


def check(context: Context, options: NoOptions) -> Iterator[Problem]:
    found = context.analysis.judged_story
    if found is None or len(found.slides) < 6:
        return
    first = found.first("vision")
    if first is None or first >= found.opening_size:
        return
    if first in found.content[-CLOSING_SLIDES:]:
        return  # a short talk's vision, stated among its last slides of content, is where the talk closes
    # The last three slides of content: thanks, references and "Questions?" do not push the agenda out.
    closing = [i for i in found.content if i > first][-CLOSING_SLIDES:]
    vision = found.slides[first]
    # (an agenda told in a title alone, "Next: a casebook on algorithmic evidence (2027)", is no content slide, but
    # it returns to where the work goes all the same)
    ending = range(closing[0] if closing else first + 1, len(found.slides))
    if any(found.roles[i].has("vision") or found.roles[i].has("agenda") for i in ending):
        return
    if any(_says_again(found.slides[i], vision) for i in closing):
        return
    if "?" in vision.text and any(found.states(i, "conclusion") for i in closing):
        return  # the question the talk opened on ("Do firms still pay more in expensive cities?"), now answered
    yield Problem(
        message=f"the vision on {found.describe(first)} is not revisited in the closing slides",
        fix=(
            f"In the takeaways, return to the vision of {found.slides[first].label} in one sentence: "
            f"how the work you showed is the first step towards it"
        ),
        slide=found.slides[len(found.slides) - 1],
    )


CLOSING_SLIDES = 3
REPEATED_SHARE = 0.6  # of the vision slide's words: a slide that says this much of it again returns to it


def _says_again(later: Slide, vision: Slide) -> bool:
    words = _words(vision)
    return len(words) >= 3 and len(words & _words(later)) >= REPEATED_SHARE * len(words)


def _words(slide: Slide) -> set[str]:
    """The slide's words of four letters or more, by their first letters: the aim "Improve methods" comes back
    as the summary's "Improved methods", "Contribute to" as "Contributed to"."""
    return {word.lower()[:STEM_LETTERS] for word in re.findall(r"[^\W\d_]{4,}", slide.text)}


STEM_LETTERS = 6  # "improv" for improve, improved, improving; "contri" for contribute, contributed

RULE = Rule(
    code="TL111",
    name="vision-not-revisited",
    category="narrative",
    severity=Severity.INFO,
    doc=__doc__ or "",
    options=NoOptions(),
    check=check,
)
