"""Part of a talk could not be read: a file it names, a frame, a page, or words shown only as pictures.

What it flags:
    A Slidev ``src:`` import, a Quarto ``{{< include >}}``, a knitr child
    chunk or a LaTeX ``\\input`` that is missing, circular, outside the
    repository or unreadable; a text file that is not UTF-8 and was read as
    Windows-1252; a line cut at the length limit; a Beamer frame nested too
    deeply to read; a Beamer talk most of whose words stand outside any
    frame (its frames built by commands defined in a file that is not
    there); a PDF page that draws more objects than the limit; a talk three
    in four of whose slides show no word to read (pictures of text), whose
    story is then not judged. The rest of the talk is linted; this finding
    says what was left out, and its fix what to do about that reason.

Why it matters:
    Slides that talklint never saw are slides it never checked: a clean
    report on half a talk is misleading.

Flagged example:
    ---
    src: ./pages/results.md    # the file does not exist
    ---

Better example:
    ---
    src: ./pages/results.md    # committed next to slides.md
    ---

Options:
    None.
"""

from __future__ import annotations

from collections.abc import Iterator

from talklint.findings import Problem, Severity
from talklint.rule import Context, NoOptions, Rule


def check(context: Context, options: NoOptions) -> Iterator[Problem]:
    for warning in context.talk.warnings:
        yield Problem(
            message=warning.message,
            fix=warning.fix or "Make the file available (or fix the path) so that every slide is linted",
            location=warning.location,
        )


RULE = Rule(
    code="TL004",
    name="parse-warning",
    category="input",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=NoOptions(),
    flood="{count} parts of the talk could not be read",
    check=check,
)
