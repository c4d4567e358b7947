"""A slide shows a long code listing.

What it flags:
    A code block of more than 10 lines on a slide; one finding per slide,
    however many long listings it shows.

Why it matters:
    Nobody reads twenty lines of code from the back of a room while
    listening to you. Show the three lines that matter, or a diagram of
    what the code does.

Flagged example:
    # Our training loop
    ```python
    (25 lines)
    ```

Better example:
    # One line changes the training loop
    ```python
    loss = task_loss + 0.1 * calibration_loss(logits, labels)
    ```

Options:
    max-lines (int, default 10): lines allowed in one code block.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from talklint.findings import Problem, Severity
from talklint.model import CodeBlock, Slide
from talklint.rule import Context, Rule


@dataclass(frozen=True)
class Options:
    max_lines: int = 10


def check(context: Context, options: Options) -> Iterator[Problem]:
    for slide in context.distinct_slides:
        long = [b for b in slide.blocks if isinstance(b, CodeBlock) and b.line_count > options.max_lines]
        if long:
            yield _problem(slide, long, options.max_lines)


def _problem(slide: Slide, listings: list[CodeBlock], limit: int) -> Problem:
    """One finding per slide: two long listings on a slide are one slide to cut, not two findings."""
    languages = {block.language for block in listings}
    language = f"{languages.pop()} " if len(languages) == 1 and "" not in languages else ""
    if len(listings) == 1:
        shown = f"{listings[0].line_count} lines of {language}code"
    else:
        counts = " and ".join(str(block.line_count) for block in listings)
        shown = f"{len(listings)} {language}listings of {counts} lines"
    first = listings[0].location
    return Problem(
        message=f"{slide.subject} shows {shown} (limit {limit})",
        fix=(
            f"Cut the code on {slide.named} to the few lines that make the point "
            f"(highlight them), and link the full listing"
        ),
        slide=slide,
        weight=max(block.line_count for block in listings),
        location=first if first.line else None,
    )


RULE = Rule(
    code="TL207",
    name="code-on-slide",
    category="detail",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=Options(),
    flood="{slides} slides show long code listings",
    check=check,
)
