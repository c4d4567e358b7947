"""More slides than the talk's length allows.

What it flags:
    A deck with more content slides than the declared duration allows at
    the given pace, by default one slide a minute. Content slides are the
    ones the audience sees in the main talk, each once: not hidden or backup
    slides, not the title and closing ("Questions?", "Thank you") slides, and
    a slide built up over several steps (overlays, duplicated slides, PDF
    pages) counts once; for a Markdown outline, planned times in its headings ("(5 min)")
    that add up to more than the duration. Nothing is flagged when no
    duration is declared (``--duration``, the ``duration`` key, or front
    matter ``talklint: {duration: 45}``).

Why it matters:
    Running out of time is the most common way a job talk fails: the
    vision and the agenda sit at the end, and they are what gets cut.
    A slide a minute is the pace at which an audience can follow.

Flagged example:
    A 45-minute job talk with 62 content slides.

Better example:
    A 45-minute job talk with 40 content slides, and the extra derivations
    after a "Backup" divider, ready for questions.

Options:
    slides-per-minute (float, default 1.0): the pace the budget allows.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

from talklint.findings import Problem, Severity
from talklint.model import Talk
from talklint.rule import Context, Rule
from talklint.wording import minutes, plural

# Slides on screen while nothing is presented: the title and the closing "Questions?" or "Thank you".
_NOT_TIMED = frozenset({"title", "closing"})


@dataclass(frozen=True)
class Options:
    slides_per_minute: float = 1.0


def check(context: Context, options: Options) -> Iterator[Problem]:
    talk = context.talk
    if talk.duration is None:
        return
    if talk.is_outline:
        yield from _check_planned_times(talk, talk.duration)
        return
    roles = context.analysis
    slides = [s for s in talk.distinct_slides if roles.role(s).role not in _NOT_TIMED]
    limit = math.floor(talk.duration * options.slides_per_minute)
    if len(slides) <= limit:
        return
    over = len(slides) - limit
    yield Problem(
        message=(
            f"{len(slides)} content slides for a {talk.duration:g}-minute talk "
            f"(limit {limit} at {options.slides_per_minute:g} per minute)"
        ),
        fix=(
            f"Cut or merge {plural(over, 'slide')}, or move the detail slides after a 'Backup' divider "
            f"({slides[limit].subject} is the first one past the budget)"
        ),
    )


def _check_planned_times(talk: Talk, duration: float) -> Iterator[Problem]:
    planned = [s for s in talk.content_slides if s.planned_minutes is not None]
    total = sum(s.planned_minutes or 0.0 for s in planned)
    if total <= duration:
        return
    longest = max(planned, key=lambda s: s.planned_minutes or 0.0)
    yield Problem(
        message=f"the planned times add up to {minutes(total)} for a {duration:g}-minute talk",
        fix=(
            f"Cut {minutes(total - duration)}: the longest part is '{longest.title}' ({longest.planned_minutes:g} min)"
        ),
    )


RULE = Rule(
    code="TL401",
    name="slide-budget",
    category="timing",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=Options(),
    check=check,
)
