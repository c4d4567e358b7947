"""A slide shows a long code listing.

What it flags:
    A code block of more than 10 lines on a slide.

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
from talklint.model import CodeBlock
from talklint.rule import Context, Rule
from talklint.wording import quoted


@dataclass(frozen=True)
class Options:
    max_lines: int = 10


def check(context: Context, options: Options) -> Iterator[Problem]:
    for slide in context.slides:
        for block in slide.blocks:
            if not isinstance(block, CodeBlock) or block.line_count <= options.max_lines:
                continue
            language = f"{block.language} " if block.language else ""
            yield Problem(
                message=(f"{slide.label} shows {block.line_count} lines of {language}code (limit {options.max_lines})"),
                fix=(
                    f"Cut the code on {slide.label}{quoted(slide.title)} to the few lines that make the point "
                    f"(highlight them), and link the full listing"
                ),
                slide=slide,
                weight=block.line_count,
                location=block.location if block.location.line else None,
            )


RULE = Rule(
    code="TL207",
    name="code-on-slide",
    category="detail",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=Options(),
    flood="{count} slides show long code listings",
    check=check,
)
