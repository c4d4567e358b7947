"""What ``talklint:`` directives suppress, decided per slide.

Every parser turns its format's comment syntax into ``Directive`` values;
their meaning is decided here once for all formats:

- ``disable=R`` turns R off from the directive's slide until the slide
  holding a matching ``enable=R`` (not included, unless it is the same
  slide); never re-enabled, it also covers talk-level findings when it sits
  before or on the first slide.
- ``disable-next-slide=R`` covers the following slide; in a deck's notes a
  ``disable=R`` line covers that slide only.
- ``disable-file=R`` covers the whole file. No rule list means every rule.

``role=vision`` is not a suppression: it declares a slide's narrative role
(``talklint.analysis.roles``) and suppresses nothing.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from talklint.model import Directive, DirectiveAction

# The grammar of a ``talklint:`` comment, the same in every format (each parser finds its comments).
_DIRECTIVE = re.compile(
    r"^\s*talklint\s*:\s*(disable-next-slide|disable-file|disable|enable)\s*(?:=\s*(.*?))?\s*$",
    re.IGNORECASE | re.DOTALL,
)
_ROLE_DIRECTIVE = re.compile(r"^\s*talklint\s*:\s*role\s*=\s*([A-Za-z-]+)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class RawDirective:
    """A directive as a parser reads it, before it knows the slide it belongs to."""

    action: DirectiveAction
    rules: tuple[str, ...]
    line: int
    role: str = ""


def parse_directive(comment: str, line: int) -> RawDirective | None:
    """Read ``talklint: disable=TL201,text-wall`` or ``talklint: role=vision`` (the comment's inner text)."""
    role = _ROLE_DIRECTIVE.match(comment)
    if role:
        return RawDirective(DirectiveAction.ROLE, (), line, role.group(1).lower())
    match = _DIRECTIVE.match(comment)
    if not match:
        return None
    names = tuple(n.strip() for n in (match.group(2) or "").split(",") if n.strip())
    return RawDirective(DirectiveAction(match.group(1).lower()), names, line)


@dataclass(frozen=True)
class _Span:
    rules: frozenset[str]  # codes and names; empty means all rules
    first: float
    last: float  # inclusive; math.inf when open-ended
    covers_talk: bool


class Suppressions:
    def __init__(self, directives: tuple[Directive, ...]) -> None:
        self._spans = _spans(directives)

    def suppresses(self, code: str, name: str, slide: int | None) -> bool:
        for span in self._spans:
            if span.rules and code not in span.rules and name not in span.rules:
                continue
            if slide is None:
                if span.covers_talk:
                    return True
            elif span.first <= slide <= span.last:
                return True
        return False


def _spans(directives: tuple[Directive, ...]) -> list[_Span]:
    spans: list[_Span] = []
    ordered = sorted(directives, key=lambda d: (d.slide, d.location.line or 0))
    for index, directive in enumerate(ordered):
        rules = frozenset(r for r in directive.rules if r.lower() != "all")
        action = directive.action
        if action is DirectiveAction.DISABLE_FILE:
            spans.append(_Span(rules, -math.inf, math.inf, True))
        elif action is DirectiveAction.DISABLE_SLIDE:
            spans.append(_Span(rules, directive.slide, directive.slide, False))
        elif action is DirectiveAction.DISABLE_NEXT_SLIDE:
            spans.append(_Span(rules, directive.slide + 1, directive.slide + 1, False))
        elif action is DirectiveAction.DISABLE:
            end = _matching_enable(ordered[index + 1 :], rules)
            if end is None:
                spans.append(_Span(rules, directive.slide, math.inf, directive.slide <= 1))
            else:
                spans.append(_Span(rules, directive.slide, max(end - 1, directive.slide), False))
    return spans


def _matching_enable(later: list[Directive], rules: frozenset[str]) -> int | None:
    for directive in later:
        if directive.action is not DirectiveAction.ENABLE:
            continue
        named = frozenset(r for r in directive.rules if r.lower() != "all")
        if not named or not rules or rules & named:
            return directive.slide
    return None
