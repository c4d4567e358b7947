"""A content slide has no title.

What it flags:
    A slide of the main talk (not hidden, not backup) whose title is empty,
    unless the slide is a picture slide: pictures and at most a short
    caption or credit (12 words).
    The first slide is the title slide and is not checked, nor is a table
    of contents, a slide of thanks, the closing slide (the title page shown
    again, "Thank you" as a picture) or a quotation with its source (they
    explain themselves),
    and an empty slide is left to ``empty-slide``. The fix quotes a sentence
    of the slide that states a claim and could be its title (in English talks:
    in another language it gives the plain advice).

Why it matters:
    The title is the one line everybody reads. A slide without one leaves
    the audience to guess why it is on screen, and it cannot be found again
    in the slide sorter, the PDF outline or a question afterwards.

Flagged example:
    ---

    - 3.2x faster than the baseline on all five benchmarks

Better example:
    ---

    # Our compiler makes every benchmark at least 3x faster

    - 3.2x faster than the baseline on all five benchmarks

Options:
    allow-image-only (bool, default true): do not flag picture slides.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from talklint.findings import Problem, Severity
from talklint.model import Image, Slide
from talklint.rule import Context, Rule
from talklint.wording import title_from_body

CAPTION_WORDS = 12


@dataclass(frozen=True)
class Options:
    allow_image_only: bool = True


def check(context: Context, options: Options) -> Iterator[Problem]:
    for slide in context.talk.content_slides[1:]:
        if slide.title.strip() or not slide.blocks:
            continue  # an empty slide is empty-slide's finding, not this rule's
        if options.allow_image_only and _only_images(slide):
            continue
        # A table of contents, thanks, the closing slide (the title page shown again, "Thank you" as a picture)
        # frame the talk: they say what they are without a title.
        if context.analysis.role(slide).frames_the_talk or _is_quotation(slide):
            continue
        # Which sentence states a claim is read in English: another language's slide gets the plain advice.
        quoted = title_from_body(slide) if context.analysis.is_english else ""
        yield Problem(message=f"{slide.subject} has no title", fix=_fix(slide, quoted), slide=slide)


def _is_quotation(slide: Slide) -> bool:
    """A quotation and its source: the quote is what the audience reads, as a title would be."""
    blocks = slide.text_blocks
    first = blocks[0].text.strip() if blocks else ""
    return len(blocks) <= 2 and first[:1] in "“\"‘'" and first[-1:] in "”\"’'"


def _only_images(slide: Slide) -> bool:
    return any(isinstance(b, Image) for b in slide.blocks) and slide.words <= CAPTION_WORDS


def _fix(slide: Slide, sentence: str) -> str:
    """Quote a sentence of the slide that could be its title, when it has one."""
    if sentence:
        return f"Give {slide.label} a title that states its point, e.g. '{sentence}'"
    return f"Give {slide.label} a title that states its point: the one sentence the audience should remember"


RULE = Rule(
    code="TL301",
    name="missing-title",
    category="structure",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=Options(),
    flood="{count} of {total} slides have no title",
    check=check,
    decks_only=True,
)
