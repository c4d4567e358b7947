"""A slide carries a wall of text.

What it flags:
    A slide whose running text and bullets below the title pass the warning
    limit (43 words), and as an error the hard limit (80 words). Words the
    audience does not read as text do not count: labels of figures and
    diagrams (paragraphs of 3 words or fewer), short table cells and the
    numbers, units and statistics in cells ("41,766 µs (σ=0.79)"), a table's
    rows set as text, as a PDF export prints them ("Nursery 8 1,266 548,064",
    read as cells: more numbers than words), references
    (footnotes that cite a work by its authors' names, as a PDF export prints
    them, included), citations and credit lines, URLs, code, formulas (one
    word each), notes.
    Slides of thanks and references ("Thank you", "References") are left
    alone. Decks only: in a
    Markdown outline the text under a heading is the plan of what to say.
    Each wall is its own finding (each is a slide to cut, with its own count)
    unless walls stand on most of the talk's content slides; then one finding
    lists them, with the worst as its example (a configured
    ``max-findings-per-rule`` sets that number instead).

Why it matters:
    An audience reads a slide faster than you speak it, and stops listening
    while it reads. A job-talk slide should carry one claim the audience can
    take in at a glance; the argument belongs to your voice.

Flagged example:
    # Our loss function

    - We minimise the expected negative log-likelihood of the observed
      trajectories under the learned dynamics model, regularised by ...
      (90 more words)

Better example:
    # One loss ties the dynamics model to the data

    - Likelihood of observed trajectories + a smoothness penalty
    (the derivation moves to the notes or a backup slide)

Options:
    max-words (int, default 43): words of text above which the slide is flagged.
    error-words (int, default 80): words of text above which the finding is an
    error (unless you configured the rule's severity).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from talklint.findings import Problem, Severity
from talklint.metrics import METRICS
from talklint.model import Slide
from talklint.rule import Context, Rule
from talklint.wording import plural, quoted


@dataclass(frozen=True)
class Options:
    max_words: int = 43
    error_words: int = 80


def check(context: Context, options: Options) -> Iterator[Problem]:
    for slide in context.distinct_slides:
        words = int(METRICS["text-words"](slide))
        if words <= options.max_words or context.analysis.role(slide).names_and_thanks:
            continue
        yield Problem(
            message=f"{slide.subject} shows {words} words of text (limit {options.max_words})",
            fix=_fix(slide, words, options.max_words),
            slide=slide,
            escalate=words > options.error_words,
            weight=words,
        )


def _fix(slide: Slide, words: int, limit: int) -> str:
    moved = [plural(words - limit, "word")]
    equations = int(METRICS["display-math"](slide))
    if equations:
        moved.insert(0, plural(equations, "equation"))
    return (
        f"{slide.subject.capitalize()}{quoted(slide.title)} shows {words} words of text (limit {limit}): "
        "keep one claim in the title, "
        f"move the detail ({', '.join(moved)} or more) to the notes or a backup slide"
    )


RULE = Rule(
    code="TL201",
    name="text-wall",
    category="detail",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=Options(),
    flood="{count} of {total} slides are walls of text",
    itemised=True,
    check=check,
    decks_only=True,
)
