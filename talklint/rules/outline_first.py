"""An outline slide comes before the motivation.

What it flags:
    An outline or table-of-contents slide that comes before the first slide
    stating the problem or why it matters. A talk with no such slide at all
    gets ``missing-motivation`` instead: there is nothing to move the
    outline after. An outline the talk shows at each section (Beamer's
    ``\\AtBeginSection``, or a slide repeated by hand) opens the talk when
    the first section starts right after the title: the fix says to state
    the problem before the first section, or to show the outline from the
    second section on.

Why it matters:
    "Introduction, Background, Method, Results, Conclusion" is the same
    for every talk and tells the audience nothing. Give them a reason to
    care first; a roadmap, if you need one, makes sense after the problem.

Flagged example:
    Title · Outline · Motivation · …

Better example:
    Title · "Robots fail silently" · Outline · …

Options:
    None.
"""

from __future__ import annotations

from collections.abc import Iterator

from talklint.findings import Problem, Severity
from talklint.rule import Context, NoOptions, Rule
from talklint.wording import quoted


def check(context: Context, options: NoOptions) -> Iterator[Problem]:
    found = context.analysis.judged_story
    if found is None:
        return
    outlines = [i for i, r in enumerate(found.roles) if r.role == "outline"]
    motivation = found.first("motivation")
    if not outlines or motivation is None or motivation < outlines[0]:
        return
    outline = outlines[0]
    slide = found.slides[outline]
    if len(outlines) > 1:
        # The outline the talk shows at each section: the first one cannot move alone.
        fix = (
            f"{slide.subject.capitalize()}{quoted(slide.title)} is the first of the {len(outlines)} outlines shown "
            "at each section: state the problem before the first section begins, or show the outline from the "
            "second section on"
        )
    else:
        fix = f"Move {found.describe(outline)} after the slide that states the problem, or drop it"
    yield Problem(message=f"the outline ({found.describe(outline)}) comes before the motivation", fix=fix, slide=slide)


RULE = Rule(
    code="TL110",
    name="outline-first",
    category="narrative",
    severity=Severity.INFO,
    doc=__doc__ or "",
    options=NoOptions(),
    check=check,
)
