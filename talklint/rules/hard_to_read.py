"""Prose on a slide or in the notes is hard to read.

What it flags:
    The prose of a slide (title, paragraphs, bullets) or of its speaker
    notes, when it has 30 words or more and its Flesch-Kincaid grade is
    above 14 (beyond a university degree). Talks that are mostly not
    English are skipped. On a slide that ``text-wall`` flags, its finding
    stands for this one: cutting the text is the first fix.

Why it matters:
    Long words in long sentences are hard to read on a screen and harder to
    follow when spoken. Notes written like a paper turn into a talk that
    sounds like one.

Flagged example:
    Notes: "The methodological contribution constitutes a generalisation of
    heteroscedastic regression frameworks to multimodal observational
    modalities, necessitating ..."

Better example:
    Notes: "We let the noise level change from sensor to sensor. That one
    change makes the robot's confidence honest."

Options:
    max-grade (float, default 14): the highest grade accepted.
    notes (bool, default true): check speaker notes too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from talklint.findings import Problem, Severity
from talklint.rule import Context, Rule
from talklint.wording import quoted


@dataclass(frozen=True)
class Options:
    max_grade: float = 14.0
    notes: bool = True


def check(context: Context, options: Options) -> Iterator[Problem]:
    analysis = context.analysis
    if not analysis.is_english:
        return
    for slide in context.slides:
        facts = analysis.slide(slide)
        places = [("slide text", facts.grade)]
        if options.notes:
            places.append(("notes", facts.notes_grade))
        for place, grade in places:
            if grade is None or grade <= options.max_grade:
                continue
            yield Problem(
                message=f"the {place} of {slide.label} read at grade {grade:g} (limit {options.max_grade:g})",
                fix=(
                    f"Rewrite the {place} of {slide.label}{quoted(slide.title)} in shorter sentences "
                    f"and everyday words: aim for grade {options.max_grade:g} or below"
                ),
                slide=slide,
                weight=grade,
            )


RULE = Rule(
    code="TL208",
    name="hard-to-read",
    category="language",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=Options(),
    flood="{count} texts on {slides} slides read above the reading-grade limit",
    defers_to=("TL201",),
    check=check,
)
