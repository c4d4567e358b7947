"""Prose on a slide or in the notes is hard to read.

What it flags:
    The prose of a slide (title, paragraphs, bullets) or of its speaker
    notes, when it has 30 words or more, reads as sentences (10 words or
    more to a sentence on average: a list of short items such as "Citation
    network" is not prose, and its long words are jargon-density's matter)
    and its Flesch-Kincaid grade is above 14 (beyond a university degree),
    a hyphenated compound read as its words ("background-subtracted" is two
    everyday words). Talks that are mostly not
    English are skipped, and so are the names on a title slide and lists of
    thanks. A list in the notes is read item by item, each item a sentence,
    as a slide's bullets are. On a slide that ``text-wall`` flags, its
    finding stands for this one: cutting the text is the first fix. The fix
    names what to change: the longest sentence (20 words or more) and the
    longest words (four syllables or more, everyday words such as
    "analysis" aside).

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

from talklint.analysis import notes_prose, visible_prose
from talklint.analysis.language import reading_load
from talklint.findings import Problem, Severity
from talklint.rule import Context, Rule
from talklint.wording import listing


@dataclass(frozen=True)
class Options:
    max_grade: float = 14.0
    notes: bool = True


LONG_SENTENCE = 20  # words: a sentence this long is the first thing to split


def check(context: Context, options: Options) -> Iterator[Problem]:
    analysis = context.analysis
    if not analysis.is_english:
        return
    fullest = {slide.number for slide in context.distinct_slides}  # a build's text is read at its last step
    for slide in context.slides:
        facts = analysis.slide(slide)
        places: list[tuple[str, float | None]] = []
        roles = analysis.role(slide)
        # A title slide's names and affiliations, or a list of thanks, are not sentences to read.
        if slide.number in fullest and roles.role != "title" and not roles.names_and_thanks:
            places.append(("slide text", facts.grade))
        if options.notes:
            places.append(("notes", facts.notes_grade))
        for place, grade in places:
            if grade is None or grade <= options.max_grade:
                continue
            text = visible_prose(slide) if place == "slide text" else notes_prose(slide)  # the text graded
            yield Problem(
                message=(
                    f"the {place} of {slide.label} {'read' if place == 'notes' else 'reads'} at grade {grade:g} "
                    f"(limit {options.max_grade:g})"
                ),
                fix=f"Rewrite the {place} of {slide.named}: {_moves(text)}; "
                f"aim for grade {options.max_grade:g} or below",
                slide=slide,
                weight=grade,
            )


def _moves(text: str) -> str:
    """What to change, named from the text itself: its longest sentence, its longest words."""
    load = reading_load(text)
    moves = []
    if load.longest_sentence >= LONG_SENTENCE:
        moves.append(f"split its longest sentence ({load.longest_sentence} words)")
    if load.long_words:
        moves.append(f"replace long words such as {listing(list(load.long_words[:3]))} with everyday ones")
    return " and ".join(moves) if moves else "use shorter sentences and everyday words"


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
    decks_only=True,
)
