"""A ``talklint:`` comment names a rule or a narrative role that does not exist.

What it flags:
    A ``disable``, ``enable``, ``disable-next-slide`` or ``disable-file``
    directive (a Markdown comment, a line in PowerPoint notes) whose rule
    list holds a code or name talklint does not know, and a ``role=``
    directive whose role is not one of talklint's narrative roles.

Why it matters:
    A misspelt suppression silently suppresses nothing: the speaker thinks a
    finding is handled while the rule keeps firing, or a later rename leaves
    stale comments behind. A misspelt role declares nothing, and the story
    rules keep judging the slide by its words.

Flagged example:
    <!-- talklint: disable=text-walls -->
    <!-- talklint: role=visoin -->

Better example:
    <!-- talklint: disable=text-wall -->
    <!-- talklint: role=vision -->

Options:
    None.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Sequence

from talklint.analysis.roles import ROLES
from talklint.findings import Problem, Severity
from talklint.model import Directive, DirectiveAction
from talklint.rule import Context, NoOptions, Rule


def check(context: Context, options: NoOptions) -> Iterator[Problem]:
    slides = {slide.number: slide for slide in context.talk.slides}
    for directive in context.talk.directives:
        for message, fix in _unknown_names(directive, context.known_rules):
            yield Problem(message=message, fix=fix, slide=slides.get(directive.slide), location=directive.location)


def _unknown_names(directive: Directive, known_rules: frozenset[str]) -> Iterator[tuple[str, str]]:
    """(message, fix) for each rule or role the directive names that talklint does not know."""
    if directive.action is DirectiveAction.ROLE:
        if directive.role not in ROLES:
            hint = _hint(directive.role, ROLES, f"one of: {', '.join(ROLES)}")
            yield (
                f"'talklint: role={directive.role}' names unknown role '{directive.role}'",
                f"Fix '{directive.role}' in the comment ({hint})",
            )
        return
    for name in directive.rules:
        if name not in known_rules and name.lower() != "all":
            hint = _hint(name, sorted(known_rules), "run 'talklint rules' for the list")
            yield (
                f"'talklint: {directive.action.value}' names unknown rule '{name}'",
                f"Fix or remove '{name}' in the comment ({hint})",
            )


def _hint(name: str, known: Sequence[str], otherwise: str) -> str:
    close = difflib.get_close_matches(name, known, n=1)
    return f"did you mean '{close[0]}'?" if close else otherwise


RULE = Rule(
    code="TL003",
    name="unknown-suppression",
    category="input",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=NoOptions(),
    check=check,
)
