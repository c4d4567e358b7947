"""The speaker notes, read aloud, run past the talk's length.

What it flags:
    Speaker notes of the main talk (not hidden, not backup slides) that,
    read at the given pace (130 words a minute by default), take longer
    than the declared duration plus a tolerance (10% by default). Nothing is
    flagged without a declared duration or without notes.

Why it matters:
    Notes are often a script. A script longer than the slot means the talk
    will overrun, and the speaker will rush or skip the conclusion and the
    research agenda, the parts a hiring committee remembers.

Flagged example:
    A 30-minute talk whose notes hold 5,200 words (40 minutes at 130 wpm).

Better example:
    The same talk with notes cut to about 3,600 words, the detail moved to
    backup slides.

Options:
    words-per-minute (int, default 130): speaking pace.
    tolerance (float, default 0.10): how far over the duration is accepted.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from talklint.findings import Problem, Severity
from talklint.rule import Context, Rule


@dataclass(frozen=True)
class Options:
    words_per_minute: int = 130
    tolerance: float = 0.10


def check(context: Context, options: Options) -> Iterator[Problem]:
    talk = context.talk
    if talk.duration is None or options.words_per_minute <= 0:
        return
    slides = talk.content_slides
    words = sum(s.notes_words for s in slides)
    if not words:
        return
    minutes = words / options.words_per_minute
    allowed = talk.duration * (1 + options.tolerance)
    if minutes <= allowed:
        return
    budget_words = int(talk.duration * options.words_per_minute)
    longest = max(slides, key=lambda s: s.notes_words)
    yield Problem(
        message=(
            f"the notes hold {words:,} words, {minutes:.0f} minutes at {options.words_per_minute} words a minute, "
            f"for a {talk.duration:g}-minute talk"
        ),
        fix=(
            f"Cut the notes by about {words - budget_words:,} words to fit {talk.duration:g} minutes; "
            f"start with {longest.label} ({longest.notes_words} words of notes)"
        ),
    )


RULE = Rule(
    code="TL402",
    name="notes-overrun",
    category="timing",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=Options(),
    check=check,
)
