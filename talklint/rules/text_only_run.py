"""A long run of slides with only text.

What it flags:
    More than 3 content slides in a row with no picture, chart or diagram;
    the title slide, the talk's outline (a roadmap shown again before each
    part too), a divider, acknowledgments and references, and a closing
    "Thank you" or "Questions?" slide are not content: they end a run. So do
    the slides whose part is words by nature, as a job talk ends: the research
    agenda, the lessons, the collaborators and the takeaways. Decks
    only (slide decks and PowerPoint, not outlines). Info by default.

Why it matters:
    A picture gives the audience a rest from reading and something to
    remember. A long stretch of text slides is where attention drops.

Flagged example:
    Slides 5-9: five slides of bullets.

Better example:
    Slides 5-9: bullets broken by a diagram of the system on slide 7.

The fix names the slide of the run that a visual suits best by its part of
the story (a chart for results, a diagram for the method or the background, a
picture for the problem or the uptake; the nearest the run's middle among
equals), not the outline or the plans.

Options:
    max-run (int, default 3): text-only slides allowed in a row.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from talklint.findings import Problem, Severity
from talklint.model import Slide, build_runs
from talklint.rule import Context, Rule


@dataclass(frozen=True)
class Options:
    max_run: int = 3


def check(context: Context, options: Options) -> Iterator[Problem]:
    first_step = {steps[-1].number: steps[0] for steps in build_runs(context.slides)}  # fullest → first step
    run: list[Slide] = []
    for slide in [*context.distinct_slides, None]:  # a slide built over steps counts once
        # The title slide, the outline, a divider, thanks and references frame the talk: nobody waits for a
        # picture there, and a roadmap between two parts is the pause a picture would give.
        framing = slide is not None and context.analysis.role(slide).frames_the_talk
        # The plans, the lessons, the people and the takeaways are words by nature: the ending of a job talk is
        # text, and a picture is not what it lacks.
        in_words = (
            slide is not None and context.analysis.is_english and context.analysis.role(slide).role in _WORDS_BY_NATURE
        )
        if slide is not None and not slide.images and slide.blocks and not framing and not in_words:
            run.append(slide)
            continue
        if len(run) > options.max_run:
            start = first_step[run[0].number]
            span = start.label_to(run[-1])
            example, visual = _example(context, run)
            yield Problem(
                message=f"{span} are {len(run)} text-only slides in a row (limit {options.max_run})",
                fix=f"Break up {span} with a picture, chart or diagram — for example {visual}on {example.named}",
                slide=start,
                weight=len(run),
            )
        run = []


_WORDS_BY_NATURE = frozenset({"agenda", "lessons", "collaboration", "conclusion"})
# What a slide of each part of the story shows best: results as a chart, a method or background as a diagram, the
# problem or the uptake as a picture. The outline, the vision and the plans are words by nature.
_VISUAL_FOR = {
    "results": "a chart",
    "approach": "a diagram",
    "background": "a diagram",
    "motivation": "a picture",
    "impact": "a picture",
}


def _example(context: Context, run: list[Slide]) -> tuple[Slide, str]:
    """The slide of the run that a visual suits best by its part of the story (results first, in the order of
    ``_VISUAL_FOR``), the nearest the run's middle among equals, and that visual ("a chart "); the run's middle
    slide and no visual named where no slide's part suits one, or the talk's parts are not read (not English)."""
    middle = len(run) // 2
    roles = [context.analysis.role(slide).role for slide in run] if context.analysis.is_english else []
    suited = [i for i, role in enumerate(roles) if role in _VISUAL_FOR]
    if not suited:
        return run[middle], ""
    order = list(_VISUAL_FOR)
    index = min(suited, key=lambda i: (order.index(roles[i]), abs(i - middle)))
    return run[index], f"{_VISUAL_FOR[roles[index]]} "


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
