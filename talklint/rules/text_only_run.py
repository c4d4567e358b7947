"""A long run of slides with only text.

What it flags:
    More than 3 content slides in a row with no picture, chart or diagram;
    the title slide, acknowledgments and references, and a closing "Thank
    you" or "Questions?" slide are not part of a run. Decks only (slide decks and PowerPoint, not outlines).
    Info by default.

Why it matters:
    A picture gives the audience a rest from reading and something to
    remember. A long stretch of text slides is where attention drops.

Flagged example:
    Slides 5-9: five slides of bullets.

Better example:
    Slides 5-9: bullets broken by a diagram of the system on slide 7.

Options:
    max-run (int, default 3): text-only slides allowed in a row.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from talklint.analysis.roles import NAMES_AND_THANKS
from talklint.findings import Problem, Severity
from talklint.model import Slide, build_runs
from talklint.rule import Context, Rule

FRAMING_ROLES = NAMES_AND_THANKS | {"title"}


@dataclass(frozen=True)
class Options:
    max_run: int = 3


def check(context: Context, options: Options) -> Iterator[Problem]:
    first_step = {steps[-1].number: steps[0] for steps in build_runs(context.slides)}  # fullest → first step
    run: list[Slide] = []
    for slide in [*context.distinct_slides, None]:  # a slide built over steps counts once
        # The title slide, thanks and references frame the talk: nobody waits for a picture there.
        framing = slide is not None and context.analysis.role(slide).role in FRAMING_ROLES
        if slide is not None and not slide.images and slide.blocks and not framing:
            run.append(slide)
            continue
        if len(run) > options.max_run:
            middle, start = run[len(run) // 2], first_step[run[0].number]
            span = start.label_to(run[-1])
            yield Problem(
                message=f"{span} are {len(run)} text-only slides in a row (limit {options.max_run})",
                fix=(f"Break up {span} with a picture, chart or diagram — for example on {middle.named}"),
                slide=start,
                weight=len(run),
            )
        run = []


RULE = Rule(
    code="TL211",
    name="text-only-run",
    category="detail",
    severity=Severity.INFO,
    doc=__doc__ or "",
    options=Options(),
    flood="{count} runs of slides have no picture, chart or diagram",
    check=check,
    decks_only=True,
)
