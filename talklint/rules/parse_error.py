"""A file could not be read as a talk.

What it flags:
    A talk that cannot be parsed: a truncated or encrypted ``.pptx``, a
    legacy ``.ppt``, a Git LFS pointer, a zip bomb, XML with entity
    declarations, a binary file named ``.md``, an empty file, front matter
    that is not valid YAML, a missing or unreadable path. The message gives
    the reason in one line. This finding is made by the engine, not by a
    check, and it always makes talklint exit with code 2.

Why it matters:
    A talk talklint cannot read is a talk it cannot check; better to say
    so loudly than to pass it silently.

Flagged example:
    talk.pptx: a Git LFS pointer, not the deck itself

Better example:
    Run ``git lfs pull`` so that talk.pptx is the real deck.

Options:
    None.
"""

from __future__ import annotations

from collections.abc import Iterator

from talklint.findings import Problem, Severity
from talklint.rule import Context, NoOptions, Rule


def check(context: Context, options: NoOptions) -> Iterator[Problem]:
    """Parse errors are reported by the engine when parsing fails."""
    return iter(())


RULE = Rule(
    code="TL001",
    name="parse-error",
    category="input",
    severity=Severity.ERROR,
    doc=__doc__ or "",
    options=NoOptions(),
    check=check,
)
