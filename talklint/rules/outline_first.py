"""An outline slide comes before the motivation.

What it flags:
    An outline or table-of-contents slide that comes before the first slide
    stating the problem or why it matters. A talk with no such slide at all
    gets ``missing-motivation`` instead: there is nothing to move the
    outline after.

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


def check(context: Context, options: NoOptions) -> Iterator[Problem]:
    found = context.analysis.judged_story
    if found is None:
        return
    outline = next((i for i, r in enumerate(found.roles) if r.role == "outline"), None)
    motivation = found.first("motivation")
    if outline is None or motivation is None or motivation < outline:
        return
    yield Problem(
        message=f"the outline ({found.describe(outline)}) comes before the motivation",
        fix=f"Move {found.describe(outline)} after the slide that states the problem, or drop it",
        slide=found.slides[outline],
    )


RULE = Rule(
    code="TL110",
    name="outline-first",
    category="narrative",
    severity=Severity.INFO,
    doc=__doc__ or "",
    options=NoOptions(),
    check=check,
)
