"""Two slides far apart carry the same title.

What it flags:
    The same title (compared without case, punctuation, spaces or a section
    number in front: "3.2 Results", "ProposedMethod"; "Study 1" and "Study 2"
    differ) on two content slides that are not next to each other. A run of
    consecutive slides under one title is one unit of the talk (a build or a
    topic spread over slides): a slide without a title that shows something
    (a picture) continues it, and one aside inside such a run (a detail slide
    between two of its steps) does not end it; titles marked as continuations ("(cont.)",
    "(continued)", "(2/3)", "II"), a recurring roadmap or overview slide
    (the same text, or the outline role, shown again between parts) and a
    section title page shown again are never flagged, nor a slide named
    like the section its title page opened ("2. Inverse problems", then a
    recap slide "Inverse problems"), nor is the title
    slide, nor a title repeated in another section (the same step of two
    parts told alike: "Predictions" in Study 1 and in Study 2; the overview
    shown again, or a section title page, starts another part).

Why it matters:
    A repeated title hides the progress of the talk: the audience cannot
    tell that slide 18 says something new when it looks like slide 6, and
    the speaker loses a chance to state each slide's point.

Flagged example:
    Slide 6 "Results" ... slide 18 "Results"

Better example:
    Slide 6 "Caching halves the latency" ... slide 18 "The gain holds at 10x the load"

Options:
    allow-consecutive (bool, default true): treat consecutive slides with the
    same title as one unit and do not flag them.

    ``talklint check --fix`` retitles the later slide "… (cont.)" in Markdown
    and LaTeX talks; give it a title of its own if it is not a continuation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from talklint.findings import Edit, Problem, Severity
from talklint.model import Slide
from talklint.rule import Context, Rule

_CONTINUATION = re.compile(
    r"(\(\s*cont(?:inued|'d|d)?\.?\s*\)|\bcont(?:inued|'d)?\.?$|\(\s*\d+\s*/\s*\d+\s*\)|\b(?:ii|iii|iv)$|\bpart\s+\d+$)",
    re.IGNORECASE,
)


_SECTION_NUMBER = re.compile(r"^\W*\d+(?:\.\d+)*[.):]?\s+")
RUN_GAP = 2  # a title shown again two slides after a run of it resumes the run


@dataclass(frozen=True)
class Options:
    allow_consecutive: bool = True


def normalise(title: str) -> str:
    """A title without case, punctuation or its section number ("3.2 Results"): "Study 1" and "Study 2" differ."""
    words = re.findall(r"[^\W_]+", _SECTION_NUMBER.sub("", title.lower()))
    return " ".join(words)


def _title_key(title: str) -> str:
    """A title as the audience recognises it: a missing space ("ProposedMethod") does not make it another."""
    return normalise(title).replace(" ", "")


def check(context: Context, options: Options) -> Iterator[Problem]:
    first_seen: dict[str, Slide] = {}
    runs: dict[str, tuple[int, int]] = {}  # title → where its latest run of slides starts and ends
    part_of: dict[str, int] = {}  # the part of the talk (between two showings of the overview) it was shown in
    part = 0
    # A slide without a title that shows something (a picture) continues the one before: it neither repeats
    # nor interrupts a title. An empty slide keeps its place.
    shown = [slide for slide in context.talk.content_slides[1:] if _title_key(slide.title) or not slide.blocks]
    for at, slide in enumerate(shown):
        if _signpost(context, slide):
            part += 1
        key = _title_key(slide.title)
        start, last = runs.get(key, (at, at - RUN_GAP - 1))
        # A run of slides under one title goes on after one aside (a detail slide between two of its steps).
        resumed = at - last == 1 or (at - last == RUN_GAP and last > start)
        runs[key] = (start if resumed else at, at)
        if not key or _CONTINUATION.search(slide.title.strip()):
            continue
        if key not in first_seen:
            first_seen[key], part_of[key] = slide, part
            continue
        first = first_seen[key]
        if _parallel_parts(first, slide) or part_of[key] != part:
            first_seen[key], part_of[key] = slide, part
            continue
        if options.allow_consecutive and resumed:
            first_seen[key] = slide  # the run goes on: a later repeat is compared with its last slide
            continue
        if _same_text(first, slide) or _signpost(context, slide):
            continue
        if _signpost(context, first):
            first_seen[key] = slide  # a section's title page names the section; a slide of it may bear the name
            continue
        yield Problem(
            message=f"{slide.subject} repeats the title '{slide.title}' of {first.label}",
            fix=(
                f"Retitle {slide.label} with what it adds beyond {first.label}, "
                f"or mark it '{slide.title} (cont.)' if it continues that slide"
            ),
            slide=slide,
            edit=Edit(slide.title, f"{slide.title} (cont.)"),
        )
        first_seen[key] = slide


def _parallel_parts(first: Slide, second: Slide) -> bool:
    """The same step of two parts told alike ("Predictions" in Study 1 and in Study 2): the section names it."""
    return bool(first.section and second.section) and first.section != second.section


def _signpost(context: Context, slide: Slide) -> bool:
    """An overview shown at each part, or a section's title page: repeating its title is the point."""
    return (bool(slide.title) and not slide.blocks) or context.analysis.role(slide).role == "outline"


def _same_text(first: Slide, second: Slide) -> bool:
    """A roadmap shown again between parts: (nearly) the same words."""
    a, b = set(normalise(first.body_text).split()), set(normalise(second.body_text).split())
    return bool(a | b) and len(a & b) / len(a | b) >= 0.8


RULE = Rule(
    code="TL302",
    name="duplicate-title",
    category="structure",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=Options(),
    flood="{count} slides repeat the title of an earlier slide",
    check=check,
)
