"""A ``talklint:`` suppression comment names a rule that does not exist.

What it flags:
    A ``disable``, ``enable``, ``disable-next-slide`` or ``disable-file``
    directive (a Markdown comment, a line in PowerPoint notes) whose rule
    list holds a code or name talklint does not know.

Why it matters:
    A misspelt suppression silently suppresses nothing: the speaker thinks a
    finding is handled while the rule keeps firing, or a later rename leaves
    stale comments behind.

Flagged example:
    <!-- talklint: disable=text-walls -->

Better example:
    <!-- talklint: disable=text-wall -->

Options:
    None.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from talklint.findings import Problem, Severity
from talklint.rule import Context, NoOptions, Rule, Scope


def check(context: Context, options: NoOptions) -> Iterator[Problem]:
    slides = {slide.number: slide for slide in context.talk.slides}
    for directive in context.talk.directives:
        for name in directive.rules:
            if name in context.known_rules or name.lower() == "all":
                continue
            close = difflib.get_close_matches(name, sorted(context.known_rules), n=1)
            hint = f"did you mean '{close[0]}'?" if close else "run 'talklint rules' for the list"
            yield Problem(
                message=f"'talklint: {directive.action.value}' names unknown rule '{name}'",
                fix=f"Fix or remove '{name}' in the comment ({hint})",
                slide=slides.get(directive.slide),
                location=directive.location,
            )


RULE = Rule(
    code="TL003",
    name="unknown-suppression",
    category="input",
    severity=Severity.WARNING,
    scope=Scope.TALK,
    doc=__doc__ or "",
    options=NoOptions(),
    check=check,
)
