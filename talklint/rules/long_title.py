"""A slide title is too long.

What it flags:
    A slide title of more than 15 words. The title slide is left alone: its
    title is the talk's (often the thesis's), and the whole slide is its room.
    A short label before a colon ("PAPER 3 · MECHANISM: …", "Result 2: …")
    is not counted: it is set apart from the sentence that wraps.

Why it matters:
    A sentence title is good; a paragraph in the title bar is not. Past
    fifteen words the title wraps onto three lines and stops being the
    slide's one message.

Flagged example:
    # In this section we will discuss the various different ways in which our method can be applied to robots

Better example:
    # Our method runs on three kinds of robots

Options:
    max-words (int, default 15): words allowed in a title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from talklint.findings import Problem, Severity
from talklint.model import count_words
from talklint.rule import Context, Rule


@dataclass(frozen=True)
class Options:
    max_words: int = 15


# A label before the title's sentence, then a colon: three words at most ("Result 2: …", "Aim 1: …") or a kicker
# in capitals ("PAPER 3 · MECHANISM: The effect …"); not a phrase of its own ("Back to the Future: Why …").
_LABEL = re.compile(r"^\s*(?:(?:[^:\s]+\s+){0,2}[^:\s]+|[^a-z:]{1,40}):\s+(?=\S)")


def check(context: Context, options: Options) -> Iterator[Problem]:
    for slide in context.distinct_slides:
        words = count_words(_LABEL.sub("", slide.title, count=1))
        # The title slide's title is the talk's (often the thesis's): the whole slide is its room.
        if words <= options.max_words or context.analysis.role(slide).role == "title":
            continue
        yield Problem(
            message=f"the title of {slide.label} has {words} words (limit {options.max_words})",
            fix=(
                f"Shorten the title of {slide.label} to its claim in {options.max_words} words or fewer; "
                f"move the qualifications into the slide or the notes"
            ),
            slide=slide,
            weight=words,
        )


RULE = Rule(
    code="TL304",
    name="long-title",
    category="structure",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=Options(),
    flood="{count} titles run over the word limit",
    check=check,
    decks_only=True,
)
