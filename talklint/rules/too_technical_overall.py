"""Too much of the talk is technical.

What it flags:
    A talk in which the share of main-talk content slides that are
    technical (a detail score of 0.5 or more: equations, code, tables,
    numbers, jargon, dense text) exceeds the profile's budget: 40% for a
    job talk or faculty talk, 50% for research-scientist, 60% for
    ML-engineer and robotics interviews, 80% for a conference talk. The
    finding names the longest run of technical slides. ``talklint outline``
    shows the detail score of every slide as a bar.

Why it matters:
    A job talk is judged on the story and the vision more than on the
    depth of any one derivation. A talk that is mostly detail leaves no
    time for why the work matters and where you will take it.

Flagged example:
    A 30-slide talk with 18 slides of equations, tables and code.

Better example:
    The same talk with 10 technical slides, each introduced by a slide
    that says in words what it shows; the rest in backup slides.

Options:
    max-share (float, default 0.4): share of technical content slides allowed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from talklint.findings import Problem, Severity
from talklint.model import Slide
from talklint.rule import Context, Rule, Scope


@dataclass(frozen=True)
class Options:
    max_share: float = 0.4


def check(context: Context, options: Options) -> Iterator[Problem]:
    slides = context.slides
    if len(slides) < 5:
        return
    analysis = context.analysis
    technical = [analysis.slide(s).technical for s in slides]
    share = sum(technical) / len(slides)
    if share <= options.max_share:
        return
    run = longest_run(slides, technical)
    allowed = int(options.max_share * len(slides))
    yield Problem(
        message=(
            f"{sum(technical)} of {len(slides)} content slides are technical "
            f"({share:.0%}, budget {options.max_share:.0%}); the longest run is slides {run[0].number}-{run[-1].number}"
        ),
        fix=(
            f"Bring the technical slides down to {allowed}: start with slides {run[0].number}-{run[-1].number} "
            f"('{run[0].title or 'untitled'}' …) — keep the one result they lead to, say the idea in words, "
            f"and move the rest to backup slides"
        ),
    )


def longest_run(slides: tuple[Slide, ...], flags: list[bool]) -> list[Slide]:
    best: list[Slide] = []
    current: list[Slide] = []
    for slide, flag in zip(slides, flags, strict=True):
        current = [*current, slide] if flag else []
        if len(current) > len(best):
            best = current
    return best


RULE = Rule(
    code="TL209",
    name="too-technical-overall",
    category="detail",
    severity=Severity.WARNING,
    scope=Scope.TALK,
    doc=__doc__ or "",
    options=Options(),
    check=check,
)
