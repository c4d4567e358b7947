"""The talk opens with technical detail before saying why it matters.

What it flags:
    A technical slide (detail score 0.5 or more) among the first three
    content slides after the title slide, before any slide that states the
    problem or why it matters (found by the words in
    ``rules/vocab/motivation.yaml``: problem, why, challenge, matters, ...).

Why it matters:
    The first minutes decide whether the committee follows the rest. An
    opening with notation or a table of results loses the people who do
    not yet know why they should care.

Flagged example:
    1 Title · 2 "Notation" (four equations) · 3 "Problem statement"

Better example:
    1 Title · 2 "Robots fail silently in homes" · 3 "The idea" · then the notation

Options:
    window (int, default 3): how many opening slides after the title are checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from talklint.findings import Problem, Severity
from talklint.model import Slide
from talklint.resources import vocabulary
from talklint.rule import Context, Rule, Scope


@dataclass(frozen=True)
class Options:
    window: int = 3


@lru_cache(maxsize=1)
def _motivation_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = vocabulary("motivation")

    def pattern(words: list[str]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)

    return pattern(data["title"]), pattern(data["body"])


def states_motivation(slide: Slide) -> bool:
    title, body = _motivation_patterns()
    return bool(title.search(slide.title) or body.search(slide.body_text) or body.search(slide.notes))


def check(context: Context, options: Options) -> Iterator[Problem]:
    slides = context.talk.content_slides[1 : 1 + options.window]
    analysis = context.analysis
    for slide in slides:
        if states_motivation(slide):
            return
        if analysis.slide(slide).technical:
            yield Problem(
                message=(
                    f"{slide.label} '{slide.title or 'untitled'}' is technical "
                    f"(detail {analysis.slide(slide).detail:.2f}) and comes before any slide "
                    "that says why the work matters"
                ),
                fix=(
                    f"Open with the problem: put a slide before {slide.label} that says what fails today and "
                    f"why it matters, and move this detail after it"
                ),
                slide=slide,
            )
            return


RULE = Rule(
    code="TL210",
    name="technical-opening",
    category="detail",
    severity=Severity.WARNING,
    scope=Scope.TALK,
    doc=__doc__ or "",
    options=Options(),
    check=check,
)
