"""The explicit registry of built-in Python rules.

Each rule lives in its own module whose docstring is its documentation.
Declarative rules come from ``rules/*.yaml`` and third-party rules from the
``talklint.rules`` entry-point group; ``talklint.registry`` joins them all.
"""

from __future__ import annotations

from talklint.rule import AnyRule
from talklint.rules import (
    duplicate_title,
    empty_slide,
    missing_notes,
    missing_title,
    notes_overrun,
    parse_error,
    parse_warning,
    slide_budget,
    unknown_suppression,
)

BUILTIN_RULES: tuple[AnyRule, ...] = (
    parse_error.RULE,
    unknown_suppression.RULE,
    parse_warning.RULE,
    missing_title.RULE,
    duplicate_title.RULE,
    empty_slide.RULE,
    slide_budget.RULE,
    notes_overrun.RULE,
    missing_notes.RULE,
)
