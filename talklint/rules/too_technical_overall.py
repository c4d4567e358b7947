"""Too much of the talk is technical.

What it flags:
    An English talk in which the share of main-talk content slides (title,
    outline, closing and acknowledgment slides aside, and dividers: a title
    alone that names a part or asks its question) that are technical
    (dominated by equations, code, dense method or result detail, as the
    role model judges each slide; the share is the mean of those
    judgements) exceeds the profile's budget: 40% for a
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
from talklint.rule import Context, Rule
from talklint.wording import share_over


@dataclass(frozen=True)
class Options:
    max_share: float = 0.4


def check(context: Context, options: Options) -> Iterator[Problem]:
    found = context.analysis.judged_story
    if found is None:
        return
    content = found.content
    if len(content) < 5:
        return
    slides = tuple(found.slides[i] for i in content)
    technical = [found.technical(i) for i in content]
    share = found.technical_share
    allowed = int(options.max_share * len(slides))
    if share <= options.max_share:
        return
    # The longest run of slides judged technical; or, when none is surely technical, the likeliest one.
    run = longest_run(slides, technical) or [
        slides[max(range(len(content)), key=lambda i: found.technical_probability[content[i]])]
    ]
    span = run[0].label_to(run[-1])
    first_title = f" ('{run[0].title}' …)" if run[0].title.strip() else ""
    yield Problem(
        message=(
            f"about {share_over(share, options.max_share)} of the {len(slides)} content slides are technical "
            f"(budget {options.max_share:.0%}); the longest run is {span}"
        ),
        fix=(
            f"Bring the technical slides down to {allowed} of {len(slides)}: start with {span}{first_title} "
            f"— keep the one result they lead to, say the idea in words, "
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
    doc=__doc__ or "",
    options=Options(),
    check=check,
)
