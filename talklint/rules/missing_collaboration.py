"""The talk never says who you want to work with.

What it flags:
    A talk in which no main-talk slide or note carries the collaboration
    role: collaborators, colleagues, "who I want to work with", the
    department, team or community you would join ("Joining the team", "How I
    would fit in"), the lab you will build and the students you mentor
    ("Building a lab", "Mentoring"); not a team of machines ("Team of agents").

Why it matters:
    A job talk answers "what will you work on here, and with whom". Naming
    the people and groups you would work with shows you know the place and
    how your research fits it.

Flagged example:
    … Research agenda · Takeaways

Better example:
    … Research agenda · "Who I want to work with: HCI, learning theory, the robotics lab" · Takeaways

Options:
    None. Off by default: the ``faculty`` and ``research-scientist`` profiles
    turn it on (as a warning); select it (``extend-select``) for others.
"""

from __future__ import annotations

from collections.abc import Iterator

from talklint.findings import Problem, Severity
from talklint.rule import Context, NoOptions, Rule


def check(context: Context, options: NoOptions) -> Iterator[Problem]:
    found = context.analysis.judged_story
    if found is None or found.where("collaboration"):
        return
    agenda = found.first("agenda")
    where = f"next to {found.describe(agenda)}" if agenda is not None else "before the takeaways"
    yield Problem(
        message="the talk never says who you want to work with",
        fix=f"Add, {where}, the people, groups and communities you would work with, and on what",
    )


RULE = Rule(
    code="TL109",
    name="missing-collaboration",
    category="narrative",
    severity=Severity.INFO,
    doc=__doc__ or "",
    options=NoOptions(),
    check=check,
    enabled_by_default=False,
)
