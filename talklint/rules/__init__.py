"""The explicit registry of built-in Python rules.

Each rule lives in its own module whose docstring is its documentation.
Declarative rules come from ``rules/*.yaml`` and third-party rules from the
``talklint.rules`` entry-point group; ``talklint.registry`` joins them all.
"""

from __future__ import annotations

from talklint.rule import AnyRule
from talklint.rules import (
    bullet_overload,
    code_on_slide,
    duplicate_title,
    empty_slide,
    equation_overload,
    hard_to_read,
    jargon_density,
    long_title,
    missing_notes,
    missing_title,
    notes_overrun,
    number_overload,
    parse_error,
    parse_warning,
    slide_budget,
    technical_opening,
    text_only_run,
    text_wall,
    too_technical_overall,
    topic_title,
    undefined_acronym,
    unknown_suppression,
    unsupported_language,
)

BUILTIN_RULES: tuple[AnyRule, ...] = (
    parse_error.RULE,
    unsupported_language.RULE,
    unknown_suppression.RULE,
    parse_warning.RULE,
    missing_title.RULE,
    duplicate_title.RULE,
    empty_slide.RULE,
    slide_budget.RULE,
    notes_overrun.RULE,
    missing_notes.RULE,
    text_wall.RULE,
    bullet_overload.RULE,
    equation_overload.RULE,
    jargon_density.RULE,
    undefined_acronym.RULE,
    number_overload.RULE,
    code_on_slide.RULE,
    hard_to_read.RULE,
    too_technical_overall.RULE,
    technical_opening.RULE,
    text_only_run.RULE,
    topic_title.RULE,
    long_title.RULE,
)
